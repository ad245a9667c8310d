"""/instellingen: see settings, withdraw or give consent."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import acknowledge, decoded, send, visitor
from bot.privacy import withdrawal
from bot.runtime.context import BotContext
from bot.settings import screens


async def show(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    await send(
        update, context, screens.preferences(who.t, who.citizen, context.services.settings.timezone)
    )


async def withdraw(update: Update, context: BotContext) -> None:
    await acknowledge(update)
    who = await visitor(update, context)
    step = decoded(update, context.services.codec).args
    await send(update, context, await withdrawal.on_button(context.services, who, step))
