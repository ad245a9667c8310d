"""Dialogue definitions and answers as JSON, for the database.

A run must finish on the definition it started on, even when the file later gets a new
version, and also after a restart. So when a run starts the storage layer keeps
``to_json(dialogue)`` (once per ``(id, version)`` is enough) and, when it needs the definition
again, uses ``from_json`` — the file may have changed or be gone by then.

The JSON is plain data::

    {"format": 1, "id": "goed-bestuur", "version": 1, "title": {"nl": "…", "en": "…"},
     "intro": {…} | null, "story_consent": true, "source": "dialogen/goed-bestuur.yaml",
     "questions": [{"id": "…", "type": "choice", "prompt": {…}, "optional": false,
                    "when": [{"question": "…", "options": ["…"]}
                             | {"question": "…", "min": 1, "max": 4}] | null,
                    "options": [{"id": "…", "label": {…}, "exclusive": true (only when set)}],
                    "options_from": "gemeenten" | null,
                    "min": …, "max": …, "min_length": …, "max_length": …,
                    "max_choices": …, "decimals": true (only when set)}]}

Options that came from ``options_from`` are stored in full, so a stored run keeps the list it
was shown. ``from_json`` raises ``ValueError`` on anything that is not such a definition.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final, cast

from bot.dialogues.answers import Answers, AnswerValue
from bot.dialogues.localtext import LocalText
from bot.dialogues.model import (
    QUESTION_TYPES,
    Condition,
    Dialogue,
    Option,
    OptionRequirement,
    Question,
    RangeRequirement,
    Requirement,
)

FORMAT: Final = 1

JsonObject = dict[str, Any]


def to_data(dialogue: Dialogue) -> JsonObject:
    """The definition as JSON-compatible dictionaries and lists."""
    return {
        "format": FORMAT,
        "id": dialogue.id,
        "version": dialogue.version,
        "title": dialogue.title.as_dict(),
        "intro": dialogue.intro.as_dict() if dialogue.intro is not None else None,
        "story_consent": dialogue.story_consent,
        "source": str(dialogue.source),
        "questions": [_question_data(question) for question in dialogue.questions],
    }


def to_json(dialogue: Dialogue) -> str:
    return json.dumps(to_data(dialogue), ensure_ascii=False, sort_keys=True)


def from_data(data: object) -> Dialogue:
    """The definition back from :func:`to_data`; ``ValueError`` when ``data`` is not one."""
    top = _object(data, "dialogue")
    if top.get("format") != FORMAT:
        raise ValueError(f"unknown dialogue format {top.get('format')!r}")
    try:
        return Dialogue(
            id=_str(top, "id"),
            version=_int(top, "version"),
            title=_text(top.get("title"), "title"),
            intro=_text(top["intro"], "intro") if top.get("intro") is not None else None,
            story_consent=_bool(top, "story_consent"),
            source=Path(_str(top, "source")),
            questions=tuple(_question(item) for item in _list(top.get("questions"), "questions")),
        )
    except (KeyError, TypeError) as error:
        raise ValueError(f"not a dialogue definition: {error}") from error


def from_json(text: str | bytes) -> Dialogue:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON: {error}") from error
    return from_data(data)


def fingerprint(dialogue: Dialogue) -> str:
    """A hash of the definition's content (not of where it was read from): equal
    fingerprints mean the same questions. Lets the storage layer notice a file that was
    changed without raising its version."""
    data = to_data(dialogue)
    del data["source"]
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def answers_to_json(answers: Answers) -> str:
    """Answers as a JSON object (a ``multi`` answer becomes a list, a skip ``null``)."""
    return json.dumps(
        {key: list(value) if isinstance(value, tuple) else value for key, value in answers.items()},
        ensure_ascii=False,
        sort_keys=True,
    )


def answers_from_json(text: str | bytes) -> dict[str, AnswerValue]:
    """Answers back from :func:`answers_to_json`; ``ValueError`` on values of the wrong kind.
    (Use :func:`bot.dialogues.answering.fits` to check them against a question.)"""
    data = _object(json.loads(text), "answers")
    answers: dict[str, AnswerValue] = {}
    for key, value in data.items():
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            answers[key] = tuple(value)
        elif value is None or (
            isinstance(value, str | int | float)
            and not isinstance(value, bool)
            and (not isinstance(value, float) or math.isfinite(value))
        ):
            answers[key] = value
        else:
            raise ValueError(f"answer {key!r} has an unsupported value {value!r}")
    return answers


def _question_data(question: Question) -> JsonObject:
    data: JsonObject = {
        "id": question.id,
        "type": question.type,
        "prompt": question.prompt.as_dict(),
        "optional": question.optional,
        "when": (
            [_requirement_data(r) for r in question.when.requirements]
            if question.when is not None
            else None
        ),
        "options": [_option_data(option) for option in question.options],
        "options_from": question.options_from,
        "min": question.min_value,
        "max": question.max_value,
        "min_length": question.min_length,
        "max_length": question.max_length,
        "max_choices": question.max_choices,
    }
    if question.decimals:  # only when set: older definitions keep their fingerprint
        data["decimals"] = True
    return data


def _option_data(option: Option) -> JsonObject:
    data: JsonObject = {"id": option.id, "label": option.label.as_dict()}
    if option.exclusive:  # only when set: older definitions keep their fingerprint
        data["exclusive"] = True
    return data


def _requirement_data(requirement: Requirement) -> JsonObject:
    if isinstance(requirement, OptionRequirement):
        return {"question": requirement.question_id, "options": list(requirement.option_ids)}
    return {
        "question": requirement.question_id,
        "min": requirement.minimum,
        "max": requirement.maximum,
    }


def _question(data: object) -> Question:
    item = _object(data, "question")
    question_type = _str(item, "type")
    if question_type not in QUESTION_TYPES:
        raise ValueError(f"unknown question type {question_type!r}")
    when = item.get("when")
    return Question(
        id=_str(item, "id"),
        type=question_type,
        prompt=_text(item.get("prompt"), "prompt"),
        optional=_bool(item, "optional"),
        when=(
            Condition(tuple(_requirement(r) for r in _list(when, "when")))
            if when is not None
            else None
        ),
        options=tuple(
            Option(_str(o, "id"), _text(o.get("label"), "label"), _bool(o, "exclusive"))
            for o in (_object(raw, "option") for raw in _list(item.get("options", []), "options"))
        ),
        options_from=_optional_str(item, "options_from"),
        min_value=_optional_int(item, "min"),
        max_value=_optional_int(item, "max"),
        min_length=_optional_int(item, "min_length"),
        max_length=_optional_int(item, "max_length"),
        max_choices=_optional_int(item, "max_choices"),
        decimals=_bool(item, "decimals"),
    )


def _requirement(data: object) -> Requirement:
    item = _object(data, "condition")
    if "options" in item:
        options = _list(item["options"], "options")
        if not all(isinstance(option, str) for option in options):
            raise ValueError("condition options must be strings")
        return OptionRequirement(_str(item, "question"), tuple(options))
    return RangeRequirement(
        _str(item, "question"), _optional_int(item, "min"), _optional_int(item, "max")
    )


def _object(data: object, what: str) -> Mapping[str, Any]:
    if not isinstance(data, dict):
        raise ValueError(f"{what} must be a JSON object")
    return cast(Mapping[str, Any], data)


def _list(data: object, what: str) -> list[Any]:
    if not isinstance(data, list):
        raise ValueError(f"{what} must be a JSON list")
    return data


def _text(data: object, what: str) -> LocalText:
    texts = _object(data, what)
    if not all(isinstance(value, str) for value in texts.values()):
        raise ValueError(f"{what} must map languages to strings")
    return LocalText.from_mapping(texts)


def _str(item: Mapping[str, Any], key: str) -> str:
    value = item.get(key)
    if not isinstance(value, str):
        raise ValueError(f"{key!r} must be a string")
    return value


def _optional_str(item: Mapping[str, Any], key: str) -> str | None:
    return None if item.get(key) is None else _str(item, key)


def _int(item: Mapping[str, Any], key: str) -> int:
    value = item.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{key!r} must be a whole number")
    return value


def _optional_int(item: Mapping[str, Any], key: str) -> int | None:
    return None if item.get(key) is None else _int(item, key)


def _bool(item: Mapping[str, Any], key: str) -> bool:
    value = item.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f"{key!r} must be true or false")
    return value
