"""/taal: choose the language."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import acknowledge, decoded, send, send_all, visitor
from bot.runtime.context import BotContext
from bot.settings import language as language_switch
from bot.settings import language_screens


async def choose(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    await send(update, context, language_screens.choose_language(who.t))


async def chosen(update: Update, context: BotContext) -> None:
    await acknowledge(update)
    (code,) = decoded(update, context.services.codec).args or ("",)
    who = await visitor(update, context)
    await send_all(update, context, await language_switch.switch(context.services, who, code))
