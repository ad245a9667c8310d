"""The buttons of events (wire names as in earlier versions: ``ev…``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from bot.messaging.actions import Action, Flag, action


@action("ev_list")
@dataclass(frozen=True)
class ShowAgenda(Action):
    """The agenda: a new message, or (``back``) in place of the pressed one."""

    back: Annotated[bool, Flag("b")] = False


@action("ev_list", "p")
@dataclass(frozen=True)
class AgendaPage(Action):
    page: int


@action("ev")
@dataclass(frozen=True)
class OpenEvent(Action):
    event_id: str
    in_place: Annotated[bool, Flag("r")] = False


@action("ev_rem")
@dataclass(frozen=True)
class Remind(Action):
    """Reminders on (``wanted``) or off: explicit, so pressing twice changes nothing."""

    event_id: str
    wanted: bool


@action("ev_ics")
@dataclass(frozen=True)
class CalendarFile(Action):
    event_id: str


@action("ev_staff")
@dataclass(frozen=True)
class StaffEvents(Action):
    """/evenement's list again, in place."""


@action("ev_staff", "p")
@dataclass(frozen=True)
class StaffEventsPage(Action):
    page: int


@action("ev_cancel")
@dataclass(frozen=True)
class AskCancelEvent(Action):
    event_id: str


@action("ev_cancel_ok")
@dataclass(frozen=True)
class CancelEvent(Action):
    event_id: str


@action("ev_file")
@dataclass(frozen=True)
class AskEventFile(Action):
    """Staff: add or change events by sending a file."""


@action("ev_file_stop")
@dataclass(frozen=True)
class StopEventFile(Action):
    """Staff: no file after all; back to /evenement's list."""
