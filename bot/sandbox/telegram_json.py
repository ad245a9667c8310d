"""Building Telegram Bot API objects (User, Chat, Message, CallbackQuery, File, …) in exactly
Telegram's JSON shape from the stand-in's state."""

from __future__ import annotations

import re
from typing import Any

from bot.sandbox.files import StoredFile, image_size
from bot.sandbox.formatting import utf16_len
from bot.sandbox.state import BotIdentity, SandboxChat, SandboxState, SandboxUser, StoredMessage

_BOT_COMMAND = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,64})?(?![\w/])")


def bot_user_json(identity: BotIdentity, *, full: bool = False) -> dict[str, Any]:
    user: dict[str, Any] = {
        "id": identity.id,
        "is_bot": True,
        "first_name": identity.first_name,
        "username": identity.username,
    }
    if full:
        user.update(
            can_join_groups=True,
            can_read_all_group_messages=False,
            supports_inline_queries=False,
            can_connect_to_business=False,
            has_main_web_app=False,
        )
    return user


def user_json(user: SandboxUser) -> dict[str, Any]:
    shown: dict[str, Any] = {"id": user.id, "is_bot": False, "first_name": user.first_name}
    if user.last_name:
        shown["last_name"] = user.last_name
    if user.username:
        shown["username"] = user.username
    if user.language_code:
        shown["language_code"] = user.language_code
    return shown


def chat_json(chat: SandboxChat, state: SandboxState) -> dict[str, Any]:
    if chat.type == "private":
        user = state.users[chat.id]
        shown: dict[str, Any] = {"id": chat.id, "type": "private", "first_name": user.first_name}
        if user.last_name:
            shown["last_name"] = user.last_name
        if user.username:
            shown["username"] = user.username
        return shown
    return {"id": chat.id, "type": chat.type, "title": chat.title}


def sender_json(message: StoredMessage, state: SandboxState) -> dict[str, Any]:
    if message.from_bot:
        return bot_user_json(state.identity)
    return user_json(state.users[message.sender_id])


def message_json(
    message: StoredMessage, state: SandboxState, *, with_reply: bool = True
) -> dict[str, Any]:
    chat = state.chats[message.chat_id]
    shown: dict[str, Any] = {
        "message_id": message.message_id,
        "from": sender_json(message, state),
        "chat": chat_json(chat, state),
        "date": message.date,
    }
    if message.edit_date is not None:
        shown["edit_date"] = message.edit_date
    if with_reply and message.reply_to_message_id is not None:
        replied = chat.message(message.reply_to_message_id)
        if replied is not None and not replied.deleted:
            shown["reply_to_message"] = message_json(replied, state, with_reply=False)
    shown.update({key: value for key, value in message.content.items() if value not in ([], None)})
    markup = message.reply_markup
    if markup is not None and "inline_keyboard" in markup:
        shown["reply_markup"] = {"inline_keyboard": markup["inline_keyboard"]}
    return shown


def callback_query_json(
    query_id: str,
    user: SandboxUser,
    chat: SandboxChat,
    message: StoredMessage,
    data: str | None,
    state: SandboxState,
) -> dict[str, Any]:
    shown: dict[str, Any] = {
        "id": query_id,
        "from": user_json(user),
        "message": message_json(message, state),
        "chat_instance": chat.instance,
    }
    if data is not None:
        shown["data"] = data
    return shown


def command_entities(text: str) -> list[dict[str, Any]]:
    """``bot_command`` entities for every ``/command`` in the text, as Telegram marks them."""
    return [
        {
            "type": "bot_command",
            "offset": utf16_len(text[: match.start()]),
            "length": utf16_len(match.group()),
        }
        for match in _BOT_COMMAND.finditer(text)
    ]


def file_json(stored: StoredFile) -> dict[str, Any]:
    """A Telegram File (the answer of getFile); PTB prefixes ``file_path`` with its file URL."""
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": stored.size,
        "file_path": stored.file_path,
    }


def document_json(stored: StoredFile) -> dict[str, Any]:
    shown: dict[str, Any] = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": stored.size,
    }
    if stored.file_name:
        shown["file_name"] = stored.file_name
    if stored.mime_type:
        shown["mime_type"] = stored.mime_type
    return shown


def photo_json(stored: StoredFile) -> list[dict[str, Any]]:
    width, height = image_size(stored.data) or (1, 1)
    return [
        {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": stored.size,
            "width": width,
            "height": height,
        }
    ]


def voice_json(stored: StoredFile, duration: int) -> dict[str, Any]:
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "duration": duration,
        "mime_type": stored.mime_type or "audio/ogg",
        "file_size": stored.size,
    }


def sticker_json(stored: StoredFile, emoji: str | None) -> dict[str, Any]:
    shown: dict[str, Any] = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "file_size": stored.size,
    }
    if emoji:
        shown["emoji"] = emoji
    return shown


def member_update_json(
    state: SandboxState, user: SandboxUser, old_status: str, new_status: str, date: int
) -> dict[str, Any]:
    """A ``my_chat_member`` update body: the user blocked (``kicked``) or unblocked the bot."""

    def member(status: str) -> dict[str, Any]:
        shown: dict[str, Any] = {"user": bot_user_json(state.identity), "status": status}
        if status == "kicked":
            shown["until_date"] = 0
        return shown

    return {
        "chat": chat_json(state.chats[user.id], state),
        "from": user_json(user),
        "date": date,
        "old_chat_member": member(old_status),
        "new_chat_member": member(new_status),
    }
