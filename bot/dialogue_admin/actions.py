"""The buttons of /dialogen: the overview, a dialogue's card and what it offers, and an
uploaded file's preview and activation."""

from __future__ import annotations

from dataclasses import dataclass

from bot.dialogues.status import Status
from bot.messaging.actions import Action, action


@action("dadm")
@dataclass(frozen=True)
class Overview(Action):
    """Back to the list of dialogues."""


@action("dadm_card")
@dataclass(frozen=True)
class Card(Action):
    dialogue_id: str


@action("dadm_file")
@dataclass(frozen=True)
class SendFile(Action):
    """The dialogue's current file, as a document."""

    dialogue_id: str


@action("dadm_qr")
@dataclass(frozen=True)
class SendQr(Action):
    dialogue_id: str


@action("dadm_set")
@dataclass(frozen=True)
class SetStatus(Action):
    """Pause, activate or archive."""

    dialogue_id: str
    status: Status


@action("dadm_act")
@dataclass(frozen=True)
class Activate(Action):
    """Write the checked upload into the folder: new runs start on it."""

    upload_id: int


@action("dadm_try")
@dataclass(frozen=True)
class TryUpload(Action):
    """Walk through the checked upload as a citizen would, storing nothing."""

    upload_id: int


@action("dadm_pv")
@dataclass(frozen=True)
class PreviewPress(Action):
    """A button of a question in the preview (the steps of ``bot.answering.actions.Step``)."""

    upload_id: int
    index: int
    step: str
    value: str = ""
