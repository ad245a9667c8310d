"""Everything no feature handles: a sensible short answer, or silence on purpose."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import acknowledge, send, visitor
from bot.people import language
from bot.runtime.context import BotContext
from bot.screens import notices


async def not_text(update: Update, context: BotContext) -> None:
    """Stickers, photos, voice messages, locations, …: we only read text."""
    who = await visitor(update, context)
    await send(update, context, notices.only_text(who.t))


async def unknown_command(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    await send(update, context, notices.not_understood(who.t))


async def edited(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    await send(update, context, notices.edited_message(who.t))


async def stale_button(update: Update, context: BotContext) -> None:
    """A button we did not make, or one whose moment has passed: a short notice, no change."""
    who = await visitor(update, context)
    await acknowledge(update, notices.stale_button(who.t))


async def group_command(update: Update, context: BotContext) -> None:
    """In a group we only point to the private chat; other group messages are ignored.

    Nothing is stored about people in groups: they have not talked to the bot themselves.
    """
    user = update.effective_user
    t = language.choose(context.services.catalogs, None, user.language_code if user else None)
    await send(update, context, notices.private_chat_only(t, context.services.bot_username))


async def button_outside_private_chat(update: Update, context: BotContext) -> None:
    """A button pressed in a group (or any chat but the private one): a short notice on the
    button, nothing else. Nothing is stored about the person."""
    user = update.effective_user
    t = language.choose(context.services.catalogs, None, user.language_code if user else None)
    await acknowledge(update, notices.buttons_private_only(t))


async def ignore(update: Update, context: BotContext) -> None:
    """Messages in groups and channels that are not meant for the bot: ignored on purpose."""
