"""What a Bot API call refers to (chat, message, reply target, text, markup), resolved with the
errors Telegram answers when it is missing or not allowed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.sandbox.api_error import ApiError
from bot.sandbox.formatting import FormattingError, format_text
from bot.sandbox.markup import MarkupError, validate_markup
from bot.sandbox.params import Params
from bot.sandbox.state import SandboxChat, SandboxState, StoredMessage


def target_chat(state: SandboxState, params: Params, *, check_blocked: bool = True) -> SandboxChat:
    raw = params.text("chat_id")
    if raw is None or raw == "":
        raise ApiError.bad_request("chat_id is empty")
    try:
        chat_id = int(raw)
    except ValueError as error:
        raise ApiError.bad_request("chat not found") from error
    chat = state.chats.get(chat_id)
    if chat is None:
        raise ApiError.bad_request("chat not found")
    if check_blocked and chat.type == "private" and state.users[chat.id].blocked_bot:
        raise ApiError.forbidden("bot was blocked by the user")
    return chat


def target_message(chat: SandboxChat, params: Params, missing: str) -> StoredMessage:
    message_id = params.integer("message_id", required=True)
    message = chat.message(message_id) if message_id is not None else None
    if message is None or message.deleted:
        raise ApiError.bad_request(missing)
    return message


def editable_message(state: SandboxState, params: Params) -> StoredMessage:
    if params.has("inline_message_id"):
        raise ApiError.bad_request("MESSAGE_ID_INVALID")
    chat = target_chat(state, params)
    message = target_message(chat, params, "message to edit not found")
    if not message.from_bot:
        raise ApiError.bad_request("message can't be edited")
    return message


def reply_target(chat: SandboxChat, params: Params) -> int | None:
    """The message id this one replies to (``reply_parameters`` or ``reply_to_message_id``)."""
    reply = params.json("reply_parameters") or {}
    if not isinstance(reply, dict):
        raise ApiError.bad_request("can't parse reply parameters JSON object")
    message_id = reply.get("message_id") or params.integer("reply_to_message_id")
    if message_id is None:
        return None
    allow = reply.get("allow_sending_without_reply") or params.boolean(
        "allow_sending_without_reply"
    )
    target = chat.message(int(message_id))
    if target is None or target.deleted:
        if allow:
            return None
        raise ApiError.bad_request("message to be replied not found")
    return target.message_id


@dataclass(frozen=True)
class FormattedText:
    source: str | None
    plain: str
    entities: list[dict[str, Any]]
    parse_mode: str | None


def formatted(params: Params, field: str = "text", *, caption: bool = False) -> FormattedText:
    source = params.text(field)
    parse_mode = params.text("parse_mode") or None
    entities = params.json("entities" if field == "text" else "caption_entities")
    try:
        plain, found = format_text(source, parse_mode, entities, caption=caption)
    except FormattingError as error:
        raise ApiError.bad_request(str(error)) from error
    return FormattedText(source, plain, found, parse_mode)


def caption_content(text: FormattedText) -> dict[str, Any]:
    if not text.plain:
        return {}
    return {"caption": text.plain, "caption_entities": text.entities}


def reply_markup(params: Params, *, inline_only: bool = False) -> dict[str, Any] | None:
    try:
        return validate_markup(params.json("reply_markup"), inline_only=inline_only)
    except MarkupError as error:
        raise ApiError.bad_request(str(error)) from error
