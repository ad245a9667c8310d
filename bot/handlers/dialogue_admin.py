"""How Telegram reaches /dialogen (:mod:`bot.dialogue_admin`): the overview, a dialogue's
card and its buttons, a ``.yaml`` file sent as a document, its preview (buttons and typed
answers) and activation; staff only."""

from __future__ import annotations

from bot.dialogue_admin import flow, preview, upload
from bot.dialogue_admin.actions import (
    Activate,
    Card,
    Overview,
    PreviewPress,
    SendFile,
    SendQr,
    SetStatus,
    TryUpload,
)
from bot.handlers.feature import Command, DocumentInput, Feature, TextInput, pressed, staff

STAFF = staff("dialogen")

FEATURE = Feature(
    "dialogue admin",
    commands={"dialogen": Command(lambda s, v, _: flow.overview(s, v), STAFF)},
    buttons=(
        pressed(Overview, lambda s, v, _: flow.overview(s, v, replace=True), STAFF),
        pressed(Card, lambda s, v, a: flow.card(s, v, a.dialogue_id), STAFF),
        pressed(SendFile, lambda s, v, a: flow.send_file(s, v, a.dialogue_id), STAFF),
        pressed(SendQr, lambda s, v, a: flow.send_qr(s, v, a.dialogue_id), STAFF),
        pressed(SetStatus, lambda s, v, a: flow.set_status(s, v, a.dialogue_id, a.status), STAFF),
        pressed(Activate, lambda s, v, a: upload.activate(s, v, a.upload_id), STAFF),
        pressed(TryUpload, lambda s, v, a: preview.start(s, v, a.upload_id), STAFF),
        pressed(PreviewPress, preview.press, STAFF),
    ),
    text_inputs={preview.AWAITING: TextInput(preview.typed, STAFF)},
    documents=DocumentInput(upload.received, STAFF, upload.looks_like_dialogue),
)
