"""Reading one question of a dialogue file (everything except its ``when``).

The result is a :class:`QuestionDraft`: what could be read, plus where it stands in the file.
Conditions are resolved afterwards (:mod:`bot.dialogues.conditions`), once every question of
the file is known.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from yaml.nodes import Node

from bot.dialogues.fields import (
    FileReport,
    mapping_of,
    read_bool,
    read_id,
    read_int,
    read_local_text,
)
from bot.dialogues.gemeenten import OPTION_LISTS
from bot.dialogues.hint_repeats import repeated_hint
from bot.dialogues.localtext import LocalText
from bot.dialogues.model import (
    OPTION_TYPES,
    QUESTION_TYPES,
    SCALE_MAX,
    SCALE_MIN,
    SCALE_STEPS_LIMIT,
    TEXT_LENGTH_LIMIT,
    TEXT_MAX_LENGTH,
    TEXT_MIN_LENGTH,
    Condition,
    Option,
    Question,
    QuestionType,
)
from bot.dialogues.yamlnodes import (
    Entry,
    entries_of,
    is_mapping,
    is_sequence,
    items_of,
    text_of,
)
from bot.i18n import N_

COMMON_KEYS: Final = frozenset({"id", "type", "prompt", "optional", "when"})
KEYS_BY_TYPE: Final[dict[str, frozenset[str]]] = {
    "text": frozenset({"min_length", "max_length"}),
    "choice": frozenset({"options", "options_from"}),
    "multi": frozenset({"options", "options_from", "max_choices"}),
    "scale": frozenset({"min", "max"}),
    "number": frozenset({"min", "max", "decimals"}),
    "info": frozenset(),
}
QUESTION_KEYS: Final = COMMON_KEYS.union(*KEYS_BY_TYPE.values())
OPTION_KEYS: Final = frozenset({"id", "label", "exclusive"})


@dataclass
class QuestionDraft:
    """A question as read from the file; ``valid`` is False when any of its own fields had a
    problem (it is then never turned into a :class:`Question`)."""

    node: Node
    id: str | None
    id_node: Node | None
    type: QuestionType | None
    prompt: LocalText | None
    optional: bool
    when: Entry | None
    options: tuple[Option, ...] | None
    options_from: str | None
    min_value: int | None
    max_value: int | None
    min_length: int | None
    max_length: int | None
    max_choices: int | None
    valid: bool
    decimals: bool = False

    def build(self, when: Condition | None) -> Question:
        assert self.valid and self.id is not None and self.type is not None
        assert self.prompt is not None
        return Question(
            id=self.id,
            type=self.type,
            prompt=self.prompt,
            optional=self.optional,
            when=when,
            options=self.options or (),
            options_from=self.options_from,
            min_value=self.min_value,
            max_value=self.max_value,
            min_length=self.min_length,
            max_length=self.max_length,
            max_choices=self.max_choices,
            decimals=self.decimals,
        )


def read_question(report: FileReport, node: Node) -> QuestionDraft | None:
    """Read one item of ``questions:``; ``None`` (after a problem) when it is not a mapping."""
    if not is_mapping(node):
        report.add(
            node,
            N_("Each question must be a mapping with at least an id, a type and a prompt."),
        )
        return None
    before = len(report.problems)
    entries = mapping_of(report, node, QUESTION_KEYS)

    question_id: str | None = None
    id_entry = entries.get("id")
    if id_entry is None:
        report.add(node, N_("This question has no 'id'."))
    else:
        question_id = read_id(report, id_entry.value)

    question_type = _read_type(report, node, entries.get("type"))

    prompt: LocalText | None = None
    prompt_entry = entries.get("prompt")
    if prompt_entry is None:
        report.add(node, N_("This question has no 'prompt'."))
    else:
        prompt = read_local_text(report, prompt_entry)

    optional = False
    optional_entry = entries.get("optional")
    if optional_entry is not None:
        # Every question may have it (DESIGN.md §4); on an info screen it changes nothing.
        optional = bool(read_bool(report, optional_entry.value, key="optional"))

    if question_type is not None:
        for key, entry in entries.items():
            if key not in COMMON_KEYS and key not in KEYS_BY_TYPE[question_type]:
                report.add(
                    entry.key_node,
                    N_("'{key}' does not apply to a question of type '{type}'."),
                    key=key,
                    type=question_type,
                )

    draft = QuestionDraft(
        node=node,
        id=question_id,
        id_node=id_entry.value if id_entry is not None else None,
        type=question_type,
        prompt=prompt,
        optional=optional,
        when=entries.get("when"),
        options=None,
        options_from=None,
        min_value=None,
        max_value=None,
        min_length=None,
        max_length=None,
        max_choices=None,
        valid=False,
    )
    if question_type == "text":
        _read_text_limits(report, entries, draft)
    elif question_type in ("scale", "number"):
        _read_range(report, entries, draft)
        decimals_entry = entries.get("decimals")
        if decimals_entry is not None and question_type == "number":
            draft.decimals = bool(read_bool(report, decimals_entry.value, key="decimals"))
    elif question_type in OPTION_TYPES:
        _read_options(report, node, entries, draft)
    draft.valid = len(report.problems) == before
    if draft.valid and prompt_entry is not None:
        _warn_about_repeated_hints(report, prompt_entry, draft)
    return draft


def _warn_about_repeated_hints(report: FileReport, entry: Entry, draft: QuestionDraft) -> None:
    """A warning for each language whose prompt says again what the bot's own hint below the
    question says (:mod:`bot.dialogues.hint_repeats`)."""
    texts = (
        [(item.key or "", item.value) for item in entries_of(entry.value)]
        if is_mapping(entry.value)
        else [("nl", entry.value)]
    )
    for language, node in texts:
        found = repeated_hint(
            draft.type or "",
            language.lower(),
            text_of(node) or "",
            options_from=draft.options_from,
            decimals=draft.decimals,
        )
        if found is not None:
            report.warn(
                node,
                N_(
                    "The '{language}' prompt says “{found}”, and the bot already says that "
                    "below the question. Leave it out, so it is not read twice."
                ),
                language=language.lower(),
                found=found,
            )


def _read_type(report: FileReport, node: Node, entry: Entry | None) -> QuestionType | None:
    types = ", ".join(QUESTION_TYPES)
    if entry is None:
        report.add(node, N_("This question has no 'type'. Use one of: {types}."), types=types)
        return None
    value = text_of(entry.value)
    if value not in QUESTION_TYPES:
        report.add(
            entry.value,
            N_("Unknown question type '{type}'. Use one of: {types}."),
            type=value or "",
            types=types,
        )
        return None
    return value


def _first_key(default: Node, *entries: Entry | None) -> Node:
    """Where to point at for a problem of several keys: the first of them that is present."""
    return next((entry.key_node for entry in entries if entry is not None), default)


def _read_text_limits(report: FileReport, entries: dict[str, Entry], draft: QuestionDraft) -> None:
    min_entry, max_entry = entries.get("min_length"), entries.get("max_length")
    minimum: int | None = TEXT_MIN_LENGTH
    maximum: int | None = TEXT_MAX_LENGTH
    if min_entry is not None:
        minimum = read_int(report, min_entry.value, key="min_length", minimum=1)
    if max_entry is not None:
        maximum = read_int(report, max_entry.value, key="max_length", minimum=1)
        if maximum is not None and maximum > TEXT_LENGTH_LIMIT:
            report.add(
                max_entry.value,
                N_("'max_length' may be at most {limit}; found {value}."),
                limit=TEXT_LENGTH_LIMIT,
                value=maximum,
            )
            maximum = None
    if minimum is not None and maximum is not None and minimum > maximum:
        report.add(
            _first_key(draft.node, min_entry, max_entry),
            N_("'min_length' ({min_length}) is greater than 'max_length' ({max_length})."),
            min_length=minimum,
            max_length=maximum,
        )
    draft.min_length, draft.max_length = minimum, maximum


def _read_range(report: FileReport, entries: dict[str, Entry], draft: QuestionDraft) -> None:
    min_entry, max_entry = entries.get("min"), entries.get("max")
    minimum = read_int(report, min_entry.value, key="min") if min_entry is not None else None
    maximum = read_int(report, max_entry.value, key="max") if max_entry is not None else None
    if draft.type == "scale":
        if min_entry is None:
            minimum = SCALE_MIN
        if max_entry is None:
            maximum = SCALE_MAX
    draft.min_value, draft.max_value = minimum, maximum
    if minimum is None or maximum is None:
        return
    at = _first_key(draft.node, min_entry, max_entry)
    if minimum > maximum:
        report.add(
            at,
            N_("'min' ({min}) is greater than 'max' ({max})."),
            min=minimum,
            max=maximum,
        )
    elif draft.type == "scale" and minimum == maximum:
        report.add(
            at,
            N_("A scale needs at least two steps, but 'min' and 'max' are both {value}."),
            value=minimum,
        )
    elif draft.type == "scale" and maximum - minimum + 1 > SCALE_STEPS_LIMIT:
        report.add(
            at,
            N_("A scale may have at most {limit} steps; {min} to {max} has {steps}."),
            limit=SCALE_STEPS_LIMIT,
            min=minimum,
            max=maximum,
            steps=maximum - minimum + 1,
        )


def _read_options(
    report: FileReport, node: Node, entries: dict[str, Entry], draft: QuestionDraft
) -> None:
    options_entry, from_entry = entries.get("options"), entries.get("options_from")
    options: tuple[Option, ...] | None = None
    if options_entry is not None and from_entry is not None:
        report.add(from_entry.key_node, N_("Use either 'options' or 'options_from', not both."))
    elif options_entry is None and from_entry is None:
        report.add(
            node,
            N_("A question of type '{type}' needs 'options' or 'options_from'."),
            type=draft.type or "",
        )
    elif from_entry is not None:
        name = text_of(from_entry.value)
        if name is not None and name in OPTION_LISTS:
            draft.options_from = name
            options = OPTION_LISTS[name]
        else:
            report.add(
                from_entry.value,
                N_("Unknown list '{name}' in 'options_from'. Known lists: {known}."),
                name=name or "",
                known=", ".join(sorted(OPTION_LISTS)),
            )
    elif options_entry is not None:
        options = _read_option_list(report, options_entry, draft.type or "")
    draft.options = options

    together = [option for option in options or () if not option.exclusive]
    if options and len(together) < len(options) and len(together) < 2:
        report.add(
            options_entry.key_node if options_entry is not None else node,
            N_(
                "A multi question needs at least two options that are not exclusive; "
                "otherwise use a question of type 'choice'."
            ),
        )
    choices_entry = entries.get("max_choices")
    if choices_entry is not None:
        draft.max_choices = read_int(report, choices_entry.value, key="max_choices", minimum=1)
        if draft.max_choices is not None and options and draft.max_choices > len(together):
            if len(together) == len(options):
                message = N_("'max_choices' is {value}, but the question has only {count} options.")
            else:
                message = N_(
                    "'max_choices' is {value}, but only {count} options can be chosen "
                    "together (an exclusive option goes alone)."
                )
            report.add(choices_entry.value, message, value=draft.max_choices, count=len(together))


def _read_exclusive(report: FileReport, entry: Entry | None, question_type: str) -> bool:
    """``exclusive: true`` on an option of a multi: it goes alone ("Niets")."""
    if entry is None:
        return False
    if question_type != "multi":
        report.add(
            entry.key_node,
            N_(
                "'exclusive' only applies to an option of a multi question; in a '{type}' "
                "question only one answer can be chosen anyway."
            ),
            type=question_type,
        )
        return False
    return bool(read_bool(report, entry.value, key="exclusive"))


def _read_option_list(
    report: FileReport, entry: Entry, question_type: str
) -> tuple[Option, ...] | None:
    if not is_sequence(entry.value):
        report.add(
            entry.value,
            N_("'options' must be a list of options, each with an id and a label."),
        )
        return None
    before = len(report.problems)
    options: list[Option] = []
    seen: set[str] = set()
    for item in items_of(entry.value):
        if not is_mapping(item):
            report.add(item, N_("Each option must be a mapping with an id and a label."))
            continue
        fields = mapping_of(report, item, OPTION_KEYS)
        option_id: str | None = None
        if "id" not in fields:
            report.add(item, N_("This option has no 'id'."))
        else:
            option_id = read_id(report, fields["id"].value)
            if option_id is not None and option_id in seen:
                report.add(
                    fields["id"].value,
                    N_("The option id '{id}' appears twice in this question."),
                    id=option_id,
                )
                option_id = None
        label: LocalText | None = None
        if "label" not in fields:
            report.add(item, N_("This option has no 'label'."))
        else:
            label = read_local_text(report, fields["label"])
        exclusive = _read_exclusive(report, fields.get("exclusive"), question_type)
        if option_id is not None:
            seen.add(option_id)
            if label is not None:
                options.append(Option(option_id, label, exclusive))
    if len(items_of(entry.value)) < 2:
        report.add(
            entry.key_node,
            N_("A question of type '{type}' needs at least two options."),
            type=question_type,
        )
    return tuple(options) if len(report.problems) == before else None
