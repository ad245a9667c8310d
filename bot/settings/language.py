"""/taal: the citizen chooses the language; their menu and waiting reminders follow."""

from __future__ import annotations

from bot.events import reminders
from bot.messaging.reply import Reply
from bot.people.visitor import Visitor
from bot.roles import command_menu
from bot.screens import menu
from bot.services import Services
from bot.settings import language_screens
from bot.storage import citizens


async def switch(services: Services, visitor: Visitor, code: str) -> list[Reply]:
    """/taal's buttons: speak ``code`` from now on; the command menu and the waiting
    reminders follow."""
    if not services.catalogs.supports(code):
        return []
    await citizens.set_language(services.db, visitor.user_id, code)
    await reminders.renew_for(
        services.db, services.catalogs, services.settings.timezone, visitor.user_id
    )
    t = services.catalogs.get(code)
    commands = tuple(await command_menu.commands_for(services, visitor.user_id, t))
    return [language_screens.language_chosen(t, commands), menu.main_menu(t)]
