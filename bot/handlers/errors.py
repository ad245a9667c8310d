"""The one error handler: log what failed (never the citizen's words), tell the citizen."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden

from bot.people import language
from bot.runtime.context import BotContext
from bot.screens import notices
from bot.storage import citizens

log = logging.getLogger("bot.errors")


def describe(update: object) -> str:
    """Which update failed, without its content."""
    if not isinstance(update, Update):
        return repr(type(update).__name__)
    kind = next(
        (
            name
            for name in ("message", "edited_message", "callback_query", "my_chat_member")
            if getattr(update, name, None) is not None
        ),
        "other",
    )
    chat = update.effective_chat.id if update.effective_chat else None
    return f"update {update.update_id} ({kind}, chat {chat})"


async def on_error(update: object, context: BotContext) -> None:
    error = context.error
    services = context.services
    if isinstance(error, Forbidden) and isinstance(update, Update) and update.effective_user:
        log.info("user %s blocked the bot; marked inactive", update.effective_user.id)
        await citizens.mark_inactive(services.db, update.effective_user.id)
        return
    log.error("error while handling %s", describe(update), exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    user = update.effective_user
    citizen = await citizens.get(services.db, user.id) if user else None
    t = language.choose(services.catalogs, citizen, user.language_code if user else None)
    try:
        await context.bot.send_message(
            update.effective_chat.id, notices.something_went_wrong(t).text
        )
    except Exception:  # the citizen may be unreachable; it is logged above
        log.warning("could not tell %s about the error", describe(update))
