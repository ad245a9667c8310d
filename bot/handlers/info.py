"""/privacy and /help: readable without consent."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import send, send_all, visitor
from bot.people.consent import is_current
from bot.privacy.statement import privacy_statement
from bot.runtime.context import BotContext
from bot.screens import menu


async def privacy(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    settings = context.services.settings
    statement = privacy_statement(
        who.t,
        settings.retention_days,
        settings.contacts,
        consented=is_current(who.citizen.consent_version),
    )
    await send_all(update, context, statement)


async def help_command(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    await send(update, context, menu.help_text(who.t))


async def main_menu(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    await send(update, context, menu.main_menu(who.t))
