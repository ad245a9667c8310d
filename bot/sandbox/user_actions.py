"""What simulated citizens do: send messages (text, sticker, photo, voice, location, contact,
document), edit them, press buttons, post in groups, block the bot. Each action stores the
message in its chat and queues the update Telegram would send the bot."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from bot.sandbox.files import tiny_png
from bot.sandbox.markup import inline_buttons, keyboard_buttons
from bot.sandbox.state import CallbackRecord, SandboxChat, SandboxState, SandboxUser, StoredMessage
from bot.sandbox.telegram_json import (
    callback_query_json,
    command_entities,
    document_json,
    member_update_json,
    message_json,
    photo_json,
    sticker_json,
    voice_json,
)

FAKE_VOICE = b"OggS\x00\x02" + b"\x00" * 64
FAKE_STICKER = b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 24


@dataclass
class ControlError(Exception):
    """A control request that cannot be done; answered with ``status`` and a JSON body."""

    status: int
    message: str
    details: dict[str, Any] = field(default_factory=dict)

    def body(self) -> dict[str, Any]:
        return {"error": self.message, **self.details}


def acting_user(state: SandboxState, user_id: int, **fields: Any) -> SandboxUser:
    """The user (created or updated with the given fields); sending unblocks the bot, as
    Telegram makes a user do before writing to a bot they blocked."""
    user = state.ensure_user(user_id, **fields)
    if user.blocked_bot:
        set_blocked(state, user_id, blocked=False, notify=True)
    return user


def chat_for(state: SandboxState, user: SandboxUser, chat_id: int | None) -> SandboxChat:
    if chat_id is None or chat_id == user.id:
        return state.chats[user.id]
    chat = state.chats.get(chat_id)
    if chat is None:
        if chat_id > 0:
            raise ControlError(404, f"chat {chat_id} does not exist (groups have negative ids)")
        chat = state.ensure_group(chat_id)
    return chat


def text_content(text: str, entities: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    found = entities if entities is not None else command_entities(text)
    return {"text": text, "entities": found}


def send(
    state: SandboxState,
    user: SandboxUser,
    content: dict[str, Any],
    *,
    chat_id: int | None = None,
    reply_to_message_id: int | None = None,
) -> dict[str, Any]:
    chat = chat_for(state, user, chat_id)
    if reply_to_message_id is not None and chat.message(reply_to_message_id) is None:
        raise ControlError(404, f"message {reply_to_message_id} not in chat {chat.id}")
    seq = state.events.seq
    message = state.add_message(
        chat,
        sender_id=user.id,
        from_bot=False,
        content=content,
        reply_to_message_id=reply_to_message_id,
    )
    update_id = state.queue_update("message", message_json(message, state), chat.id)
    return {
        "update_id": update_id,
        "message_id": message.message_id,
        "chat_id": chat.id,
        "seq": seq,
    }


def photo_content(state: SandboxState, data: bytes | None, caption: str | None) -> dict[str, Any]:
    stored = state.add_file("photo", data or tiny_png(), mime_type="image/png", from_bot=False)
    content: dict[str, Any] = {"photo": photo_json(stored)}
    if caption:
        content["caption"] = caption
    return content


def document_content(
    state: SandboxState,
    data: bytes,
    file_name: str,
    mime_type: str | None,
    caption: str | None,
) -> dict[str, Any]:
    stored = state.add_file(
        "document", data, file_name=file_name, mime_type=mime_type, from_bot=False
    )
    content: dict[str, Any] = {"document": document_json(stored)}
    if caption:
        content["caption"] = caption
    return content


def voice_content(state: SandboxState, data: bytes | None, duration: int) -> dict[str, Any]:
    stored = state.add_file("voice", data or FAKE_VOICE, mime_type="audio/ogg", from_bot=False)
    return {"voice": voice_json(stored, duration)}


def sticker_content(state: SandboxState, emoji: str | None) -> dict[str, Any]:
    stored = state.add_file("sticker", FAKE_STICKER, mime_type="image/webp", from_bot=False)
    return {"sticker": sticker_json(stored, emoji)}


def edit_text(
    state: SandboxState, user: SandboxUser, message_id: int, text: str, chat_id: int | None
) -> dict[str, Any]:
    chat = chat_for(state, user, chat_id)
    message = chat.message(message_id)
    if message is None or message.deleted or message.from_bot or message.sender_id != user.id:
        raise ControlError(404, f"user {user.id} has no message {message_id} in chat {chat.id}")
    if "text" not in message.content:
        raise ControlError(400, f"message {message_id} has no text to edit")
    seq = state.events.seq
    state.edit_message(message, content=text_content(text))
    update_id = state.queue_update("edited_message", message_json(message, state), chat.id)
    return {"update_id": update_id, "message_id": message_id, "chat_id": chat.id, "seq": seq}


def _available_buttons(chat: SandboxChat) -> list[dict[str, Any]]:
    shown = [
        {
            "message_id": message.message_id,
            "buttons": [
                {"text": b["text"], "callback_data": b.get("callback_data"), "url": b.get("url")}
                for b in inline_buttons(message.reply_markup)
            ],
        }
        for message in chat.messages
        if message.from_bot and not message.deleted and inline_buttons(message.reply_markup)
    ]
    if chat.reply_keyboard:
        shown.append(
            {
                "reply_keyboard": [b.get("text") for b in keyboard_buttons(chat.reply_keyboard)],
            }
        )
    return shown


def _find_inline(
    state: SandboxState,
    chat: SandboxChat,
    message_id: int | None,
    text: str | None,
    data: str | None,
) -> tuple[StoredMessage, dict[str, Any]] | None:
    if message_id is not None:
        message = chat.message(message_id)
        candidates = [message] if message is not None and not message.deleted else []
    else:
        candidates = state.latest_with_button(chat)
    for message in candidates:
        for button in inline_buttons(message.reply_markup):
            if text is not None and button.get("text") != text:
                continue
            if data is not None and button.get("callback_data") != data:
                continue
            return message, button
    return None


def press(
    state: SandboxState,
    user: SandboxUser,
    *,
    chat_id: int | None = None,
    message_id: int | None = None,
    text: str | None = None,
    data: str | None = None,
    forge: bool = False,
) -> dict[str, Any]:
    """Press an inline button (by visible text and/or callback data; in ``message_id`` or the
    latest bot message that has it), or a reply-keyboard button (sends its text). With
    ``forge`` the callback data is sent as given, whatever the message's buttons are."""
    chat = chat_for(state, user, chat_id)
    if text is None and data is None:
        raise ControlError(400, "press needs the button text or its callback data")
    seq = state.events.seq
    if forge:
        message = chat.message(message_id) if message_id is not None else None
        if message is None:
            raise ControlError(404, "a forged press needs an existing message_id")
        return {**_callback(state, user, chat, message, data), "seq": seq}
    found = _find_inline(state, chat, message_id, text, data)
    if found is not None:
        message, button = found
        if "callback_data" not in button:
            kind = next((k for k in button if k != "text"), "unknown")
            raise ControlError(
                400,
                f"button {button['text']!r} is a {kind} button: it sends no callback query",
                {"button": button},
            )
        return {**_callback(state, user, chat, message, button["callback_data"]), "seq": seq}
    keyboard = [b for b in keyboard_buttons(chat.reply_keyboard) if b.get("text") == text]
    if message_id is None and keyboard:
        return _press_keyboard(state, user, chat, keyboard[0])
    raise ControlError(
        404,
        f"no button {text or data!r} in chat {chat.id}"
        + (f" message {message_id}" if message_id is not None else ""),
        {"available": _available_buttons(chat)},
    )


def _callback(
    state: SandboxState,
    user: SandboxUser,
    chat: SandboxChat,
    message: StoredMessage,
    data: str | None,
) -> dict[str, Any]:
    query_id = str(secrets.randbits(63))
    state.callbacks[query_id] = CallbackRecord(query_id, chat.id, user.id, message.message_id, data)
    body = callback_query_json(query_id, user, chat, message, data, state)
    update_id = state.queue_update("callback_query", body, chat.id)
    return {
        "update_id": update_id,
        "callback_query_id": query_id,
        "message_id": message.message_id,
        "chat_id": chat.id,
        "data": data,
    }


def _press_keyboard(
    state: SandboxState, user: SandboxUser, chat: SandboxChat, button: dict[str, Any]
) -> dict[str, Any]:
    if chat.reply_keyboard and chat.reply_keyboard.get("one_time_keyboard"):
        chat.reply_keyboard = None
    if button.get("request_contact"):
        content: dict[str, Any] = {
            "contact": {
                "phone_number": user.phone_number or f"+3161{user.id % 10_000_000:07d}",
                "first_name": user.first_name,
                "user_id": user.id,
            }
        }
        if user.last_name:
            content["contact"]["last_name"] = user.last_name
    elif button.get("request_location"):
        content = {"location": {"latitude": 52.3874, "longitude": 6.4301}}
    else:
        content = text_content(button["text"], entities=[])
    return send(state, user, content, chat_id=chat.id)


def set_blocked(state: SandboxState, user_id: int, *, blocked: bool, notify: bool) -> int | None:
    """Block or unblock the bot; with ``notify`` the bot gets the ``my_chat_member`` update
    Telegram sends. Returns its update id."""
    user = state.ensure_user(user_id)
    if user.blocked_bot == blocked:
        return None
    user.blocked_bot = blocked
    state.events.emit("user_blocked_bot" if blocked else "user_unblocked_bot", user_id)
    if not notify:
        return None
    old, new = ("member", "kicked") if blocked else ("kicked", "member")
    body = member_update_json(state, user, old, new, int(time.time()))
    return state.queue_update("my_chat_member", body, user_id)
