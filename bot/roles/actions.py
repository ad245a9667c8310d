"""The buttons of /rol."""

from __future__ import annotations

from dataclasses import dataclass

from bot.messaging.actions import Action, action


@action("invite")
@dataclass(frozen=True)
class Invite(Action):
    role: str


@action("role", "ask")
@dataclass(frozen=True)
class AskTakeAway(Action):
    user_id: int


@action("role", "take")
@dataclass(frozen=True)
class TakeAway(Action):
    user_id: int


@action("role", "back")
@dataclass(frozen=True)
class RolesOverview(Action):
    """The overview again, in place of the question."""


@action("role", "cancel")
@dataclass(frozen=True)
class CancelInvitation(Action):
    invite_id: int
