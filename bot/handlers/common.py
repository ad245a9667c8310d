"""What every handler does: find out who is talking, and send a Reply."""

from __future__ import annotations

import contextlib

from telegram import Update
from telegram.error import BadRequest

from bot.messaging import delivery
from bot.messaging.reply import Outcome, Reply
from bot.people import language
from bot.people.visitor import Visitor
from bot.runtime.context import BotContext
from bot.storage import citizens


async def visitor(update: Update, context: BotContext) -> Visitor:
    user = update.effective_user
    chat = update.effective_chat
    assert user is not None and chat is not None
    services = context.services
    citizen = await citizens.seen(services.db, user.id, user.language_code)
    t = language.choose(services.catalogs, citizen, user.language_code)
    query = update.callback_query
    pressed = query.message if query is not None and query.message else None
    return Visitor(
        user.id,
        chat.id,
        citizen,
        t,
        update.update_id,
        user.first_name,
        user.last_name,
        message_id=pressed.message_id if pressed is not None else None,
        message_sent_at=pressed.date if pressed is not None else None,
    )


async def send(update: Update, context: BotContext, reply: Reply) -> None:
    """Send a reply to the chat of the update, or edit the pressed message (or the earlier
    message the reply names) in place."""
    chat = update.effective_chat
    assert chat is not None
    codec = context.services.codec
    query = update.callback_query
    shown: int | None
    if reply.earlier_message is not None:
        await delivery.change_earlier(context.bot, chat.id, reply.earlier_message, reply, codec)
        shown = reply.earlier_message
    elif reply.replace and query is not None and query.message is not None:
        shown = query.message.message_id
        await delivery.edit(context.bot, chat.id, shown, reply, codec)
    else:
        shown = await delivery.send_new(context.bot, chat.id, reply, codec)
    if reply.on_shown is not None and shown is not None:
        await reply.on_shown(shown)
    if reply.commands is not None:
        await delivery.show_commands(context.bot, chat.id, reply.commands)


async def send_all(update: Update, context: BotContext, replies: list[Reply]) -> None:
    for reply in replies:
        await send(update, context, reply)


async def deliver(update: Update, context: BotContext, outcome: Outcome) -> None:
    """The notice on the pressed button, the replies, then those of the slow work (if any)."""
    await acknowledge(update, outcome.notice)
    await send_all(update, context, outcome.replies)
    if outcome.later is not None:
        await send_all(update, context, await outcome.later())


async def acknowledge(update: Update, text: str | None = None) -> None:
    """Stop the spinner on a pressed button (optionally with a short notice)."""
    if update.callback_query is not None:
        with contextlib.suppress(BadRequest):
            await update.callback_query.answer(text)
