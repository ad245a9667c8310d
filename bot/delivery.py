"""Sending a Reply to a chat with python-telegram-bot (used by handlers and the outbox)."""

from __future__ import annotations

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.constants import ParseMode

from bot.callback_codec import CallbackCodec
from bot.reply import Reply


def markup(reply: Reply, codec: CallbackCodec) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    keyboard = [
        [
            InlineKeyboardButton(button.label, url=button.url)
            if button.url
            else InlineKeyboardButton(
                button.label, callback_data=codec.encode(button.action or "", *button.args)
            )
            for button in row
        ]
        for row in reply.buttons
    ]
    return InlineKeyboardMarkup(keyboard)


async def send_new(bot: Bot, chat_id: int, reply: Reply, codec: CallbackCodec) -> None:
    """The reply as a new message, then its file or picture, if any."""
    await bot.send_message(
        chat_id=chat_id,
        text=reply.text,
        parse_mode=ParseMode.HTML,
        reply_markup=markup(reply, codec),
    )
    await send_attachments(bot, chat_id, reply)


async def send_attachments(bot: Bot, chat_id: int, reply: Reply) -> None:
    if reply.document is not None:
        await bot.send_document(
            chat_id=chat_id,
            document=InputFile(reply.document.content, filename=reply.document.filename),
            caption=reply.document.caption or None,
        )
    if reply.photo is not None:
        await bot.send_photo(chat_id=chat_id, photo=reply.photo)
