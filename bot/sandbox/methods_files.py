"""Bot API methods with files: sendDocument, sendPhoto (multipart uploads or a known
``file_id``) and getFile."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from typing import Any

from bot.sandbox.api_error import ApiError
from bot.sandbox.files import StoredFile, image_size
from bot.sandbox.params import Params
from bot.sandbox.state import SandboxState
from bot.sandbox.targets import caption_content, formatted, reply_markup, reply_target, target_chat
from bot.sandbox.telegram_json import document_json, file_json, message_json, photo_json

_GENERIC_TYPES = (None, "", "application/octet-stream")


def _file_from_request(state: SandboxState, params: Params, field: str, kind: str) -> StoredFile:
    upload = params.upload(field)
    if upload is not None:
        if not upload.data:
            raise ApiError.bad_request("file must be non-empty")
        mime_type = upload.content_type
        if mime_type in _GENERIC_TYPES and upload.filename:
            mime_type = mimetypes.guess_type(upload.filename)[0] or mime_type
        if kind == "photo" and image_size(upload.data) is None:
            raise ApiError.bad_request("IMAGE_PROCESS_FAILED")
        return state.add_file(
            kind,
            upload.data,
            file_name=upload.filename if kind == "document" else None,
            mime_type=(mime_type or "application/octet-stream") if kind == "document" else None,
            from_bot=True,
        )
    reference = params.text(field)
    if not reference:
        raise ApiError.bad_request(f"there is no {field} in the request")
    known = state.files.get(reference)
    if known is not None:
        return known
    if reference.startswith(("http://", "https://")):
        raise ApiError.bad_request("failed to get HTTP URL content")
    raise ApiError.bad_request("wrong file identifier/HTTP URL specified")


def _send_file(state: SandboxState, params: Params, field: str) -> dict[str, Any]:
    chat = target_chat(state, params)
    caption = formatted(params, "caption", caption=True)
    markup = reply_markup(params)
    reply_to = reply_target(chat, params)
    stored = _file_from_request(state, params, field, field)
    body = document_json(stored) if field == "document" else photo_json(stored)
    message = state.add_message(
        chat,
        sender_id=state.identity.id,
        from_bot=True,
        content={field: body, **caption_content(caption)},
        source=caption.source,
        parse_mode=caption.parse_mode,
        reply_markup=markup,
        reply_to_message_id=reply_to,
    )
    return message_json(message, state)


def send_document(state: SandboxState, params: Params) -> dict[str, Any]:
    return _send_file(state, params, "document")


def send_photo(state: SandboxState, params: Params) -> dict[str, Any]:
    return _send_file(state, params, "photo")


DOWNLOAD_LIMIT = 20 * 1024 * 1024
"""Bots download files of at most 20 MB from Telegram's own Bot API server."""


def get_file(state: SandboxState, params: Params) -> dict[str, Any]:
    stored = state.files.get(params.text("file_id") or "")
    if stored is None:
        raise ApiError.bad_request("invalid file_id")
    if stored.size > DOWNLOAD_LIMIT:
        raise ApiError.bad_request("file is too big")
    return file_json(stored)


METHODS: dict[str, Callable[[SandboxState, Params], Any]] = {
    "sendDocument": send_document,
    "sendPhoto": send_photo,
    "getFile": get_file,
}
