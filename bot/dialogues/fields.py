"""Reading single values out of a dialogue file, reporting what is wrong with each.

A :class:`FileReport` collects the problems of one file. The ``read_*`` functions return the
value, or ``None`` after reporting a problem, so the caller carries on and every problem of a
file is found in one go.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import yaml
from yaml.nodes import Node

from bot.dialogues.localtext import DUTCH, LocalText
from bot.dialogues.model import ID_MAX_LENGTH, NUMBER_LIMIT
from bot.dialogues.problems import ParamValue, Problem
from bot.dialogues.yamlnodes import (
    MAX_DEPTH,
    MAX_VALUES,
    Entry,
    bool_of,
    compose,
    entries_of,
    expanded_beyond,
    int_of,
    is_mapping,
    is_null,
    line_of,
    text_of,
    too_deep,
)
from bot.i18n import N_

ID_PATTERN: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
LANGUAGE_PATTERN: Final = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*")


@dataclass
class FileReport:
    """The problems found so far in one file, and the warnings (which do not make it
    invalid)."""

    file: Path
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def add(self, at: Node | int | None, message: str, **params: ParamValue) -> None:
        line = line_of(at) if isinstance(at, Node) else at
        self.problems.append(Problem(self.file, line, message, params))

    def warn(self, at: Node | int | None, message: str, **params: ParamValue) -> None:
        line = line_of(at) if isinstance(at, Node) else at
        self.warnings.append(Problem(self.file, line, message, params, warning=True))


def mapping_of(report: FileReport, node: Node, allowed: Collection[str]) -> dict[str, Entry]:
    """The entries of a mapping by key, reporting keys that are not text, unknown, or repeated.

    Unknown and repeated keys are left out of the result (the first of a repeated key is kept).
    """
    result: dict[str, Entry] = {}
    for entry in entries_of(node):
        if entry.key is None:
            report.add(
                entry.key_node,
                N_("This key is not a plain word."),
            )
        elif entry.key not in allowed:
            report_unknown_key(report, entry, allowed)
        elif entry.key in result:
            report.add(
                entry.key_node,
                N_("The key '{key}' appears twice here."),
                key=entry.key,
            )
        else:
            result[entry.key] = entry
    return result


def report_unknown_key(report: FileReport, entry: Entry, allowed: Collection[str]) -> None:
    key = entry.key or ""
    close = difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.6)
    if close:
        report.add(
            entry.key_node,
            N_("Unknown key '{key}'. Did you mean '{suggestion}'?"),
            key=key,
            suggestion=close[0],
        )
    else:
        report.add(
            entry.key_node,
            N_("Unknown key '{key}'. Allowed here: {allowed}."),
            key=key,
            allowed=", ".join(sorted(allowed)),
        )


def read_id(report: FileReport, node: Node, *, key: str = "id") -> str | None:
    """An id: lowercase letters, digits and single dashes, at most 32 characters."""
    value = text_of(node)
    if value is None or not ID_PATTERN.fullmatch(value) or len(value) > ID_MAX_LENGTH:
        report.add(
            node,
            N_(
                "'{key}' must be lowercase letters, digits and dashes (like goed-bestuur), "
                "at most {limit} characters; found '{value}'."
            ),
            key=key,
            limit=ID_MAX_LENGTH,
            value=_shown(node),
        )
        return None
    return value


def read_int(report: FileReport, node: Node, *, key: str, minimum: int | None = None) -> int | None:
    """A whole number within ±NUMBER_LIMIT, and at least ``minimum`` when given."""
    value = int_of(node)
    if value is None:
        report.add(
            node,
            N_("'{key}' must be a whole number; found '{value}'."),
            key=key,
            value=_shown(node),
        )
        return None
    if minimum is not None and value < minimum:
        report.add(
            node,
            N_("'{key}' must be at least {minimum}; found {value}."),
            key=key,
            minimum=minimum,
            value=value,
        )
        return None
    if abs(value) > NUMBER_LIMIT:
        report.add(
            node,
            N_("'{key}' must lie between -{limit} and {limit}; found {value}."),
            key=key,
            limit=NUMBER_LIMIT,
            value=value,
        )
        return None
    return value


def read_bool(report: FileReport, node: Node, *, key: str) -> bool | None:
    value = bool_of(node)
    if value is None:
        report.add(
            node,
            N_("'{key}' must be true or false; found '{value}'."),
            key=key,
            value=_shown(node),
        )
    return value


TEXT_LIMITS: dict[str, int] = {"title": 200, "label": 100, "intro": 2000, "prompt": 3000}
"""Characters per language: a question with its title and hint stays within one Telegram
message (4096), and a label fits on a button."""


def _fits(report: FileReport, node: Node, key: str, language: str, text: str) -> bool:
    limit = TEXT_LIMITS.get(key, TEXT_LIMITS["prompt"])
    if len(text) <= limit:
        return True
    report.add(
        node,
        N_("The '{language}' text of '{key}' is too long: {length} characters, at most {limit}."),
        language=language,
        key=key,
        length=len(text),
        limit=limit,
    )
    return False


def read_local_text(report: FileReport, entry: Entry) -> LocalText | None:
    """A text per language (``{nl: "…", en: "…"}``); a plain text means Dutch only.

    Dutch is required. Other language codes are free (``de``, ``fy`` …) but each must hold
    plain, non-empty text, no longer than its :data:`TEXT_LIMITS`.
    """
    key = entry.key or ""
    node = entry.value
    if not is_mapping(node):
        plain = text_of(node)
        if plain is not None and plain.strip():
            if not _fits(report, node, key, DUTCH, plain.strip()):
                return None
            return LocalText.of(plain.strip())
        if plain is None and not is_null(node):
            report.add(
                node,
                N_('\'{key}\' must be a text per language, like {{nl: "…", en: "…"}}.'),
                key=key,
            )
            return None
        report.add(entry.key_node, N_("'{key}' has no Dutch text (nl)."), key=key)
        return None
    texts: dict[str, str] = {}
    valid = True
    for item in entries_of(node):
        language = (item.key or "").lower()
        if not LANGUAGE_PATTERN.fullmatch(language):
            report.add(
                item.key_node,
                N_("'{language}' in '{key}' is not a language code (use codes like nl or en)."),
                language=item.key or _shown(item.key_node),
                key=key,
            )
            valid = False
            continue
        if language in texts:
            report.add(
                item.key_node,
                N_("The language '{language}' appears twice in '{key}'."),
                language=language,
                key=key,
            )
            valid = False
            continue
        text = text_of(item.value)
        if text is None and not is_null(item.value):
            report.add(
                item.value,
                N_("The '{language}' text of '{key}' must be plain text."),
                language=language,
                key=key,
            )
            valid = False
            continue
        if not (text or "").strip():
            if language != DUTCH:
                report.add(
                    item.key_node,
                    N_("The '{language}' text of '{key}' is empty."),
                    language=language,
                    key=key,
                )
                valid = False
            continue
        texts[language] = (text or "").strip()
        valid = _fits(report, item.value, key, language, texts[language]) and valid
    if DUTCH not in texts:
        report.add(entry.key_node, N_("'{key}' has no Dutch text (nl)."), key=key)
        return None
    return LocalText.from_mapping(texts) if valid else None


def _shown(node: Node) -> str:
    """A short rendering of a node for a message."""
    text = text_of(node)
    if text is not None:
        return text if len(text) <= 40 else text[:39] + "…"
    if is_null(node):
        return ""
    return "…"


_YAML_PROBLEMS: tuple[tuple[tuple[str, ...], str, bool], ...] = (
    (
        ("quoted scalar",),
        N_("A quote (\" or ') is opened here but not closed."),
        True,
    ),
    (
        ("flow mapping", "expected ',' or '}'"),
        N_("A {{ … }} is opened here but not closed with }}, or a comma is missing in it."),
        True,
    ),
    (
        ("flow sequence", "expected ',' or ']'"),
        N_("A [ … ] is opened here but not closed with ], or a comma is missing in it."),
        True,
    ),
    (
        ("could not find expected ':'",),
        N_("A colon (:) is missing after a name, like 'prompt: …'."),
        False,
    ),
    (
        ("expected <block end>", "mapping values are not allowed", "did not find expected"),
        N_(
            "This line is not indented like the lines around it, or a colon (:) is missing "
            "or one too many. Text with a colon in it must be between quotes."
        ),
        False,
    ),
)
"""PyYAML's problem texts as plain sentences (the first match wins), and whether the line to
name is where the quote or bracket was opened rather than where the parser gave up."""


def _plain_yaml_problem(detail: str) -> tuple[str, bool] | None:
    for fragments, sentence, where_it_opened in _YAML_PROBLEMS:
        if any(fragment in detail for fragment in fragments):
            return sentence, where_it_opened
    return None


def compose_reported(
    report: FileReport, text: str, empty: str = N_("The file is empty.")
) -> Node | None:
    """The YAML node tree of ``text``, or None with the problem added to ``report``
    (bad YAML with its line, tabs used for indenting, or ``empty`` for an empty file). A file
    nested too deeply or that grows too large through aliases (a "YAML bomb") is refused
    before anything is read from it."""
    deep = too_deep(text)
    if deep is not None:
        report.add(
            deep,
            N_("Lists and mappings are nested more than {limit} levels deep here."),
            limit=MAX_DEPTH,
        )
        return None
    try:
        root = compose(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        context = error.context
        if context and error.context_mark is not None and error.context_mark is not mark:
            context = f"{context} (line {error.context_mark.line + 1})"
        detail = ", ".join(part for part in (context, error.problem) if part)
        if "\t" in detail or "'\\t'" in detail:
            report.add(
                mark.line + 1 if mark else None,
                N_("A tab is used for indenting; YAML only allows spaces."),
            )
        elif (plain := _plain_yaml_problem(detail)) is not None:
            sentence, where_it_opened = plain
            at = error.context_mark if where_it_opened and error.context_mark else mark
            report.add(at.line + 1 if at else None, sentence)
        else:
            report.add(
                mark.line + 1 if mark else None,
                N_("This is not valid YAML: {detail}."),
                detail=detail or str(error),
            )
        return None
    except yaml.YAMLError as error:
        report.add(None, N_("This is not valid YAML: {detail}."), detail=str(error))
        return None
    if root is None:
        report.add(None, empty)
        return None
    reused = expanded_beyond(root)
    if reused is not None:
        report.add(
            reused,
            N_(
                "With its aliases (*name) written out, this file has more than {limit} "
                "values. Write the texts out instead of repeating them with & and *."
            ),
            limit=MAX_VALUES,
        )
        return None
    return root
