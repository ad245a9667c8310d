"""Sending a Reply to a chat with python-telegram-bot (used by handlers and the outbox).

Texts go out through :meth:`telegram.Bot.do_api_request` with the Bot API's own JSON for the
keyboard, not through ``send_message`` / ``edit_message_text``. Those build a
:class:`telegram.Message` (and a keyboard of PTB objects) from Telegram's answer, which we
never read; in ``benchmarks/dialogue_benchmark.py`` that was the largest single cost of the
dialogue path, and leaving it out gave about a quarter more updates per second. The request
still takes PTB's whole path: the rate limiter, the HTTP layer, and the mapping of Telegram's
errors to ``BadRequest``, ``Forbidden`` and ``RetryAfter``.

PTB warns when ``do_api_request`` names a method it also has as a typed one;
:func:`expect_untyped_calls` silences exactly those two warnings.
"""

from __future__ import annotations

import logging
import warnings
from typing import Any

from telegram import Bot, BotCommandScopeChat, InputFile
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.warnings import PTBUserWarning

from bot.messaging.callback_codec import CallbackCodec
from bot.messaging.reply import Button, Reply

log = logging.getLogger(__name__)

UNTYPED_METHODS = ("sendMessage", "editMessageText", "editMessageReplyMarkup")


def expect_untyped_calls() -> None:
    """Once, when the Application is built: the calls below are meant, do not warn of them."""
    for method in UNTYPED_METHODS:
        warnings.filterwarnings(
            "ignore", message=f"Please use 'Bot.{method}'", category=PTBUserWarning
        )


def keyboard(reply: Reply, codec: CallbackCodec) -> dict[str, Any] | None:
    """The reply's buttons as the Bot API's ``InlineKeyboardMarkup`` JSON."""
    if not reply.buttons:
        return None
    rows = [[_button(button, codec) for button in row] for row in reply.buttons]
    return {"inline_keyboard": rows}


def _button(button: Button, codec: CallbackCodec) -> dict[str, str]:
    if button.url:
        return {"text": button.label, "url": button.url}
    assert button.action is not None, f"button {button.label!r} has neither action nor url"
    return {"text": button.label, "callback_data": codec.encode(button.action)}


def _text_parameters(reply: Reply, codec: CallbackCodec) -> dict[str, Any]:
    parameters: dict[str, Any] = {"text": reply.text, "parse_mode": ParseMode.HTML.value}
    buttons = keyboard(reply, codec)
    if buttons is not None:
        parameters["reply_markup"] = buttons
    return parameters


async def send_new(bot: Bot, chat_id: int, reply: Reply, codec: CallbackCodec) -> int | None:
    """The reply as a new message, then its file or picture, if any; returns the id of the
    text message (read from Telegram's answer without building a ``Message``)."""
    sent = await bot.do_api_request(
        "sendMessage", api_kwargs={"chat_id": chat_id, **_text_parameters(reply, codec)}
    )
    await send_attachments(bot, chat_id, reply)
    message_id = sent.get("message_id") if isinstance(sent, dict) else None
    return message_id if isinstance(message_id, int) else None


async def edit(bot: Bot, chat_id: int, message_id: int, reply: Reply, codec: CallbackCodec) -> None:
    """The message ``message_id`` becomes the reply (an unchanged text is no error), then
    its file or picture follows, if any."""
    parameters = {"chat_id": chat_id, "message_id": message_id, **_text_parameters(reply, codec)}
    try:
        await bot.do_api_request("editMessageText", api_kwargs=parameters)
    except BadRequest as error:
        if "not modified" not in error.message:
            raise
    await send_attachments(bot, chat_id, reply)


async def change_earlier(
    bot: Bot, chat_id: int, message_id: int, reply: Reply, codec: CallbackCodec
) -> None:
    """An earlier message becomes the reply (or, with ``buttons_only``, only gets the reply's
    buttons). The person may have deleted it, or it may already look like that: both are
    fine, nothing else depends on it."""
    buttons = keyboard(reply, codec) or {"inline_keyboard": []}
    try:
        if reply.buttons_only:
            await bot.do_api_request(
                "editMessageReplyMarkup",
                api_kwargs={"chat_id": chat_id, "message_id": message_id, "reply_markup": buttons},
            )
        else:
            parameters = {"chat_id": chat_id, "message_id": message_id}
            await bot.do_api_request(
                "editMessageText", api_kwargs={**parameters, **_text_parameters(reply, codec)}
            )
    except BadRequest as error:
        log.info("earlier message %s not changed: %s", message_id, error.message)


async def show_commands(bot: Bot, chat_id: int, commands: tuple[tuple[str, str], ...]) -> None:
    """Telegram's command menu for one chat (scope ``chat``)."""
    await bot.set_my_commands(list(commands), scope=BotCommandScopeChat(chat_id))


async def send_attachments(bot: Bot, chat_id: int, reply: Reply) -> None:
    if reply.document is not None:
        await bot.send_document(
            chat_id=chat_id,
            document=InputFile(reply.document.content, filename=reply.document.filename),
            caption=reply.document.caption or None,
        )
    if reply.photo is not None:
        await bot.send_photo(chat_id=chat_id, photo=reply.photo)
