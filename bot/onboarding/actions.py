"""The buttons of first contact: consent, the age band, a parent's or the school's permission."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from bot.messaging.actions import Action, Flag, action


class ConsentChoice(StrEnum):
    SHOW = "show"
    """The short statement with the question (for someone who has not seen it yet)."""
    YES = "yes"
    NO = "no"


@action("consent")
@dataclass(frozen=True)
class Consent(Action):
    choice: ConsentChoice
    below: Annotated[bool, Flag("below")] = False
    """Under the whole statement (/privacy): the answer comes as a new message."""


@action("ageband")
@dataclass(frozen=True)
class AgeBand(Action):
    index: int
    """The band's place in :data:`bot.people.consent.AGE_BANDS`."""


class GuardianAnswer(StrEnum):
    YES = "yes"
    """A parent or guardian agrees."""
    SCHOOL = "school"
    """The school arranged it, for the session the citizen is joining."""
    NO = "no"
    """Not yet."""


@action("guardian")
@dataclass(frozen=True)
class Guardian(Action):
    answer: GuardianAnswer
    session_id: int | None = None
    """With ``school``: the session whose school permission counts."""
