"""The buttons of sessions (wire names as in earlier versions: ``sess:<verb>:…`` for the
facilitator, ``sdlg`` and ``sanswer`` for participants, ``school``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from bot.messaging.actions import Action, Words, action


@action("sess", "new")
@dataclass(frozen=True)
class NewSession(Action):
    """Ask for the name of a new session."""


@action("sess", "def")
@dataclass(frozen=True)
class UseDefaultName(Action):
    """Open the new session under the proposed name."""


@action("sess", "list")
@dataclass(frozen=True)
class MySessions(Action):
    pass


@action("sess", "open")
@dataclass(frozen=True)
class OpenSession(Action):
    session_id: int


@action("sess", "qr")
@dataclass(frozen=True)
class ShowQr(Action):
    session_id: int


@action("sess", "dlgs")
@dataclass(frozen=True)
class ChooseDialogueToSend(Action):
    session_id: int


@action("sess", "pd")
@dataclass(frozen=True)
class SendDialogue(Action):
    session_id: int
    number: int
    """The number the push will get: a second press (or a replay) sends nothing new."""
    dialogue_id: str


@action("sess", "ask")
@dataclass(frozen=True)
class AskQuestion(Action):
    session_id: int


@action("sess", "stand")
@dataclass(frozen=True)
class Results(Action):
    session_id: int


@action("sess", "refresh")
@dataclass(frozen=True)
class RefreshResults(Action):
    session_id: int


@action("sess", "q")
@dataclass(frozen=True)
class ShowQuestion(Action):
    """One question of the results (of the push with this number), at this page."""

    session_id: int
    push_number: int
    index: int
    page: int


@action("sess", "qp")
@dataclass(frozen=True)
class TurnPage(Action):
    """Another page of a question's written answers, in place."""

    session_id: int
    push_number: int
    index: int
    page: int


@action("sess", "pdf")
@dataclass(frozen=True)
class SummaryPdf(Action):
    session_id: int


@action("sess", "close")
@dataclass(frozen=True)
class AskClose(Action):
    session_id: int


@action("sess", "shut")
@dataclass(frozen=True)
class CloseSession(Action):
    session_id: int


@action("sdlg")
@dataclass(frozen=True)
class StartPushed(Action):
    """A participant's Start under a pushed dialogue."""

    push_id: int


@action("sanswer")
@dataclass(frozen=True)
class AnswerPrompt(Action):
    """A participant's Answer under a pushed question."""

    push_id: int


@action("school")
@dataclass(frozen=True)
class SchoolPermission(Action):
    """The facilitator's answer: did the school arrange the parents' permission?"""

    session_id: int
    arranged: Annotated[bool, Words("yes", "no")]
