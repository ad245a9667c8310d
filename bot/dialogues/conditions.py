"""Reading the ``when:`` of a question, against the questions before it.

Forms (every listed question must match — AND; within one question any listed option will):

- ``when: {belangrijkst: anders}`` — a ``choice`` answered ``anders``, or a ``multi`` that
  includes it;
- ``when: {belangrijkst: [anders, eerlijk]}`` — any of these options;
- ``when: {vertrouwen: {max: 4}}`` — a ``scale``/``number`` answer within ``min``..``max``
  (inclusive; give one or both); ``when: {vertrouwen: 3}`` means exactly 3.

A condition may only refer to an earlier question, so the dialogue always runs forward.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from yaml.nodes import Node

from bot.dialogues.fields import FileReport, mapping_of, read_int
from bot.dialogues.model import (
    OPTION_TYPES,
    RANGE_TYPES,
    Condition,
    OptionRequirement,
    RangeRequirement,
    Requirement,
)
from bot.dialogues.questions import QuestionDraft
from bot.dialogues.yamlnodes import Entry, entries_of, int_of, is_mapping, items_of, text_of
from bot.i18n import N_

RANGE_KEYS: Final = frozenset({"min", "max"})


def read_condition(
    report: FileReport, drafts: Sequence[QuestionDraft], position: int
) -> Condition | None:
    """The condition of ``drafts[position]`` (``None`` when it has none or it is invalid)."""
    draft = drafts[position]
    if draft.when is None:
        return None
    entries = entries_of(draft.when.value)
    if not is_mapping(draft.when.value) or not entries:
        report.add(
            draft.when.value,
            N_(
                "'when' must name an earlier question and the answer it needs, "
                "like {{belangrijkst: anders}}."
            ),
        )
        return None
    before = len(report.problems)
    by_id = {d.id: (index, d) for index, d in enumerate(drafts) if d.id is not None}
    requirements: list[Requirement] = []
    seen: set[str] = set()
    for entry in entries:
        target_id = entry.key
        if target_id is None:
            report.add(entry.key_node, N_("'when' must name a question by its id."))
            continue
        if target_id in seen:
            report.add(
                entry.key_node,
                N_("The question '{question}' appears twice in 'when'."),
                question=target_id,
            )
            continue
        seen.add(target_id)
        if target_id == draft.id:
            report.add(entry.key_node, N_("A question cannot depend on itself in 'when'."))
            continue
        if target_id not in by_id:
            report.add(
                entry.key_node,
                N_("'when' refers to the question '{question}', which does not exist."),
                question=target_id,
            )
            continue
        index, target = by_id[target_id]
        if index > position:
            report.add(
                entry.key_node,
                N_(
                    "'when' refers to the question '{question}', which comes later. "
                    "A question can only depend on an earlier one."
                ),
                question=target_id,
            )
            continue
        requirement = _read_requirement(report, entry, target)
        if requirement is not None:
            requirements.append(requirement)
    if len(report.problems) != before or not requirements:
        return None
    return Condition(tuple(requirements))


def _read_requirement(
    report: FileReport, entry: Entry, target: QuestionDraft
) -> Requirement | None:
    target_id = target.id or ""
    if target.type in OPTION_TYPES:
        return _read_options(report, entry, target)
    if target.type in RANGE_TYPES:
        return _read_range(report, entry, target_id)
    if target.type is None:
        return None  # the target's type is already reported
    report.add(
        entry.key_node,
        N_(
            "'when' refers to the question '{question}' of type '{type}'; a condition can only "
            "use a choice, multi, scale or number question."
        ),
        question=target_id,
        type=target.type,
    )
    return None


def _read_options(report: FileReport, entry: Entry, target: QuestionDraft) -> Requirement | None:
    target_id = target.id or ""
    nodes: list[Node] = items_of(entry.value) if not is_mapping(entry.value) else []
    if text_of(entry.value) is not None:
        nodes = [entry.value]
    if not nodes:
        report.add(
            entry.value,
            N_(
                "In 'when', give the option id of '{question}' that is needed, "
                "or a list of option ids."
            ),
            question=target_id,
        )
        return None
    known = {option.id for option in target.options} if target.options is not None else None
    option_ids: list[str] = []
    for node in nodes:
        option_id = text_of(node)
        if option_id is None:
            report.add(
                node,
                N_(
                    "In 'when', give the option id of '{question}' that is needed, "
                    "or a list of option ids."
                ),
                question=target_id,
            )
        elif known is not None and option_id not in known:
            report.add(
                node,
                N_(
                    "'when' uses the option '{option}', "
                    "but the question '{question}' has no such option."
                ),
                option=option_id,
                question=target_id,
            )
        elif option_id not in option_ids:
            option_ids.append(option_id)
    if known is None:
        return None  # the target's options are already reported
    return OptionRequirement(target_id, tuple(option_ids))


def _read_range(report: FileReport, entry: Entry, target_id: str) -> Requirement | None:
    exact = int_of(entry.value)
    if exact is not None:
        return RangeRequirement(target_id, exact, exact)
    if not is_mapping(entry.value):
        report.add(
            entry.value,
            N_(
                "In 'when', the answer to '{question}' is a number: give a range like "
                "{{min: 1, max: 4}} or one number."
            ),
            question=target_id,
        )
        return None
    before = len(report.problems)
    fields = mapping_of(report, entry.value, RANGE_KEYS)
    minimum = read_int(report, fields["min"].value, key="min") if "min" in fields else None
    maximum = read_int(report, fields["max"].value, key="max") if "max" in fields else None
    if not fields and len(report.problems) == before:
        report.add(
            entry.value,
            N_(
                "In 'when', the answer to '{question}' is a number: give a range like "
                "{{min: 1, max: 4}} or one number."
            ),
            question=target_id,
        )
    if minimum is not None and maximum is not None and minimum > maximum:
        report.add(
            entry.value,
            N_("'min' ({min}) is greater than 'max' ({max})."),
            min=minimum,
            max=maximum,
        )
    if len(report.problems) != before:
        return None
    return RangeRequirement(target_id, minimum, maximum)
