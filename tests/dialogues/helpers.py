"""Shared helpers for the dialogue tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bot.dialogues.model import Dialogue
from bot.dialogues.problems import Problem
from bot.dialogues.reader import read_dialogue

HEAD = """\
id: proef
version: 1
title: {nl: Proef, en: Trial}
questions:
"""
"""A valid dialogue header; the questions that follow start on line 5."""


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def dialogue_from(text: str, name: str = "proef.yaml") -> Dialogue:
    """The dialogue of a YAML text; fails the test if the text has problems."""
    result = read_dialogue(dedent(text), Path(name))
    assert result.problems == (), [p.describe() for p in result.problems]
    assert result.dialogue is not None
    return result.dialogue


def problems_of(text: str) -> list[Problem]:
    return list(read_dialogue(dedent(text), Path("proef.yaml")).problems)


def found(problems: list[Problem]) -> list[tuple[int | None, str]]:
    return [(problem.line, problem.message) for problem in problems]
