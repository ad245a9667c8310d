"""Bot API methods on messages: sendMessage, editMessageText/Caption/ReplyMarkup,
deleteMessage(s), sendChatAction, answerCallbackQuery."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from bot.sandbox.api_error import ApiError
from bot.sandbox.params import Params
from bot.sandbox.state import SandboxState, StoredMessage
from bot.sandbox.targets import (
    caption_content,
    editable_message,
    formatted,
    reply_markup,
    reply_target,
    target_chat,
    target_message,
)
from bot.sandbox.telegram_json import message_json

NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
CALLBACK_ANSWER_LIMIT = 200


def send_message(state: SandboxState, params: Params) -> dict[str, Any]:
    chat = target_chat(state, params)
    text = formatted(params, "text")
    markup = reply_markup(params)
    reply_to = reply_target(chat, params)
    message = state.add_message(
        chat,
        sender_id=state.identity.id,
        from_bot=True,
        content={"text": text.plain, "entities": text.entities},
        source=text.source,
        parse_mode=text.parse_mode,
        reply_markup=markup,
        reply_to_message_id=reply_to,
        link_preview_options=params.json("link_preview_options"),
    )
    return message_json(message, state)


def _inline(markup: dict[str, Any] | None) -> dict[str, Any] | None:
    return markup if markup is not None and "inline_keyboard" in markup else None


def _new_markup(message: StoredMessage, markup: dict[str, Any] | None) -> dict[str, Any] | None:
    """An edit replaces the inline keyboard (none given: removed); a reply keyboard stays."""
    if (
        markup is None
        and message.reply_markup is not None
        and _inline(message.reply_markup) is None
    ):
        return message.reply_markup
    return markup


def edit_message_text(state: SandboxState, params: Params) -> dict[str, Any]:
    message = editable_message(state, params)
    if "text" not in message.content:
        raise ApiError.bad_request("there is no text in the message to edit")
    text = formatted(params, "text")
    markup = reply_markup(params, inline_only=True)
    content = {**message.content, "text": text.plain, "entities": text.entities}
    unchanged_text = content == message.content
    if unchanged_text and markup == _inline(message.reply_markup):
        raise ApiError.bad_request(NOT_MODIFIED)
    state.edit_message(
        message,
        content=content,
        source=text.source,
        parse_mode=text.parse_mode,
        reply_markup=_new_markup(message, markup),
    )
    return message_json(message, state)


def edit_message_caption(state: SandboxState, params: Params) -> dict[str, Any]:
    message = editable_message(state, params)
    if not any(key in message.content for key in ("document", "photo", "voice")):
        raise ApiError.bad_request("there is no caption in the message to edit")
    text = formatted(params, "caption", caption=True)
    markup = reply_markup(params, inline_only=True)
    base = {k: v for k, v in message.content.items() if k not in ("caption", "caption_entities")}
    content = {**base, **caption_content(text)}
    if content == message.content and markup == _inline(message.reply_markup):
        raise ApiError.bad_request(NOT_MODIFIED)
    state.edit_message(
        message,
        content=content,
        source=text.source,
        parse_mode=text.parse_mode,
        reply_markup=_new_markup(message, markup),
    )
    return message_json(message, state)


def edit_message_reply_markup(state: SandboxState, params: Params) -> dict[str, Any]:
    message = editable_message(state, params)
    markup = reply_markup(params, inline_only=True)
    if markup == _inline(message.reply_markup):
        raise ApiError.bad_request(NOT_MODIFIED)
    state.edit_message(message, reply_markup=_new_markup(message, markup))
    return message_json(message, state)


def delete_message(state: SandboxState, params: Params) -> bool:
    chat = target_chat(state, params, check_blocked=False)
    message = target_message(chat, params, "message to delete not found")
    state.delete_message(message)
    return True


def delete_messages(state: SandboxState, params: Params) -> bool:
    chat = target_chat(state, params, check_blocked=False)
    ids = params.json("message_ids")
    if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
        raise ApiError.bad_request("message identifiers are not specified")
    for message_id in ids:
        message = chat.message(int(message_id))
        if message is not None and not message.deleted:
            state.delete_message(message)
    return True


def send_chat_action(state: SandboxState, params: Params) -> bool:
    chat = target_chat(state, params)
    action = params.text("action")
    if action not in CHAT_ACTIONS:
        raise ApiError.bad_request("wrong parameter action in request")
    chat.actions.append({"action": action, "date": int(time.time())})
    state.events.emit("chat_action", chat.id, action=action)
    return True


def answer_callback_query(state: SandboxState, params: Params) -> bool:
    query_id = params.text("callback_query_id")
    record = state.callbacks.get(query_id or "")
    if record is None or record.answered:
        raise ApiError.bad_request(
            "query is too old and response timeout expired or query ID is invalid"
        )
    text = params.text("text")
    if text is not None and len(text) > CALLBACK_ANSWER_LIMIT:
        raise ApiError.bad_request("MESSAGE_TOO_LONG")
    record.answered = True
    record.text = text
    record.show_alert = params.boolean("show_alert")
    record.url = params.text("url")
    record.cache_time = params.integer("cache_time")
    state.events.emit("callback_answered", record.chat_id, callback=record.view())
    return True


METHODS: dict[str, Callable[[SandboxState, Params], Any]] = {
    "sendMessage": send_message,
    "editMessageText": edit_message_text,
    "editMessageCaption": edit_message_caption,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "deleteMessage": delete_message,
    "deleteMessages": delete_messages,
    "sendChatAction": send_chat_action,
    "answerCallbackQuery": answer_callback_query,
}
