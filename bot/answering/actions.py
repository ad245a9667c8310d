"""The buttons of a dialogue (wire names as in earlier versions: ``dlg``, ``again``, ``q``,
``quote``, ``quotes_done``)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from bot.messaging.actions import Action, Flag, action

LISTED = "l"
"""Pressed in the list of dialogues: that message becomes the dialogue's first."""
IN_SUMMARY = "s"
"""Pressed on the summary at the end of a dialogue (not on the quoting question)."""


class Step(StrEnum):
    """What an answer button does with its question."""

    CHOOSE = "c"
    SCALE = "s"
    TOGGLE = "m"
    DONE = "d"
    SKIP = "k"
    BACK = "b"
    NEXT = "n"
    PAUSE = "p"
    KEEP = "h"
    RESUME = "r"


@action("dlg")
@dataclass(frozen=True)
class ChooseDialogue(Action):
    """A dialogue from /gesprek's list, or "▶️ Go on" under a paused one."""

    dialogue_id: str
    listed: Annotated[bool, Flag(LISTED)] = False


@action("again")
@dataclass(frozen=True)
class StartAgain(Action):
    dialogue_id: str


@action("q")
@dataclass(frozen=True)
class Answer(Action):
    """A button of the question with this index in the run: an option, a scale value, a
    tick, done, skip, back, next, pause, keep, go on."""

    run_id: int
    index: int
    step: Step
    value: str = ""
    """The option's index or the scale's value; empty for the other steps (always written)."""


@action("quote")
@dataclass(frozen=True)
class ToggleQuote(Action):
    """☐/☑: may we quote the answer to the question with this index."""

    run_id: int
    index: int
    in_summary: Annotated[bool, Flag(IN_SUMMARY)] = False


@action("quotes_done")
@dataclass(frozen=True)
class QuotesDone(Action):
    run_id: int
    in_summary: Annotated[bool, Flag(IN_SUMMARY)] = False
