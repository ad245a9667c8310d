"""Reading the text of one dialogue file into a :class:`Dialogue`, finding every problem."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from yaml.nodes import Node

from bot.dialogues.conditions import read_condition
from bot.dialogues.fields import (
    FileReport,
    compose_reported,
    mapping_of,
    read_bool,
    read_id,
    read_int,
    read_local_text,
)
from bot.dialogues.localtext import LocalText
from bot.dialogues.model import Dialogue
from bot.dialogues.problems import Problem
from bot.dialogues.questions import QuestionDraft, read_question
from bot.dialogues.yamlnodes import (
    Entry,
    foreign_tags,
    is_mapping,
    is_null,
    is_sequence,
    items_of,
    line_of,
)
from bot.i18n import N_

DIALOGUE_KEYS: Final = frozenset({"id", "version", "title", "intro", "story_consent", "questions"})


@dataclass(frozen=True)
class FileResult:
    """What one file yielded: the dialogue when it has no problems, the problems, and the
    warnings (which do not stop the dialogue from being used).

    ``dialogue_id``/``id_line`` are filled whenever the id itself could be read, so ids
    repeated across files are found even in files with other problems.
    """

    file: Path
    dialogue: Dialogue | None
    problems: tuple[Problem, ...]
    dialogue_id: str | None = None
    id_line: int | None = None
    warnings: tuple[Problem, ...] = ()
    version_line: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "problems", tuple(sorted(self.problems, key=Problem.sort_key)))
        object.__setattr__(self, "warnings", tuple(sorted(self.warnings, key=Problem.sort_key)))


def read_dialogue(text: str, file: Path) -> FileResult:
    """Check the YAML ``text`` of a dialogue file and build its :class:`Dialogue`."""
    report = FileReport(file)
    root = compose_reported(report, text)
    if root is None:
        return FileResult(file, None, tuple(report.problems))
    for node in foreign_tags(root):
        report.add(
            node,
            N_("The tag '{tag}' is not allowed in a dialogue file."),
            tag=str(node.tag),
        )
    if not is_mapping(root):
        report.add(
            root,
            N_("A dialogue file must be a mapping with id, version, title and questions."),
        )
        return FileResult(file, None, tuple(report.problems))

    entries = mapping_of(report, root, DIALOGUE_KEYS)
    dialogue_id: str | None = None
    id_line: int | None = None
    if "id" in entries:
        dialogue_id = read_id(report, entries["id"].value)
        id_line = line_of(entries["id"].value)
    else:
        report.add(root, N_("The dialogue has no 'id'."))

    version: int | None = None
    version_line: int | None = None
    if "version" in entries:
        version = read_int(report, entries["version"].value, key="version", minimum=1)
        version_line = line_of(entries["version"].value)
    else:
        report.add(root, N_("The dialogue has no 'version' (a whole number, 1 or higher)."))

    title: LocalText | None = None
    if "title" in entries:
        title = read_local_text(report, entries["title"])
    else:
        report.add(root, N_("The dialogue has no 'title'."))

    intro: LocalText | None = None
    if "intro" in entries and not is_null(entries["intro"].value):
        intro = read_local_text(report, entries["intro"])

    story_consent = False
    if "story_consent" in entries:
        story_consent = bool(read_bool(report, entries["story_consent"].value, key="story_consent"))

    drafts = _read_questions(report, root, entries.get("questions"))
    conditions = [read_condition(report, drafts, index) for index in range(len(drafts))]

    warnings = tuple(report.warnings)
    if report.problems:
        return FileResult(
            file, None, tuple(report.problems), dialogue_id, id_line, warnings, version_line
        )
    assert dialogue_id is not None and version is not None and title is not None
    dialogue = Dialogue(
        id=dialogue_id,
        version=version,
        title=title,
        intro=intro,
        story_consent=story_consent,
        questions=tuple(d.build(c) for d, c in zip(drafts, conditions, strict=True)),
        source=file,
    )
    return FileResult(file, dialogue, (), dialogue_id, id_line, warnings, version_line)


def _read_questions(report: FileReport, root: Node, entry: Entry | None) -> list[QuestionDraft]:
    if (
        entry is None
        or is_null(entry.value)
        or (is_sequence(entry.value) and not items_of(entry.value))
    ):
        report.add(entry.key_node if entry else root, N_("The dialogue has no questions."))
        return []
    if not is_sequence(entry.value):
        report.add(entry.value, N_("'questions' must be a list of questions."))
        return []
    drafts = [d for node in items_of(entry.value) if (d := read_question(report, node))]
    seen: dict[str, int] = {}
    for draft in drafts:
        if draft.id is None or draft.id_node is None:
            continue
        if draft.id in seen:
            report.add(
                draft.id_node,
                N_("The question id '{id}' is already used on line {line}."),
                id=draft.id,
                line=seen[draft.id],
            )
        else:
            seen[draft.id] = line_of(draft.id_node)
    if drafts and all(draft.type == "info" for draft in drafts):
        report.add(
            entry.key_node,
            N_("The dialogue has only info screens; it needs at least one question to answer."),
        )
    return drafts
