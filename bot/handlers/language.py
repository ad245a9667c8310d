"""/taal: choose the language."""

from __future__ import annotations

from telegram import BotCommandScopeChat, Update

from bot import command_menu
from bot.context import BotContext
from bot.handlers.common import acknowledge, decoded, send, visitor
from bot.screens import language, menu
from bot.storage import citizens


async def choose(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    await send(update, context, language.choose_language(who.t))


async def chosen(update: Update, context: BotContext) -> None:
    await acknowledge(update)
    services = context.services
    (code,) = decoded(update, services.codec).args or ("",)
    if not services.catalogs.supports(code):
        return
    who = await visitor(update, context)
    await citizens.set_language(services.db, who.user_id, code)
    t = services.catalogs.get(code)
    await send(update, context, language.language_chosen(t))
    commands = await command_menu.commands_for(services, who.user_id, t)
    await context.bot.set_my_commands(commands, scope=BotCommandScopeChat(who.chat_id))
    await send(update, context, menu.main_menu(t))
