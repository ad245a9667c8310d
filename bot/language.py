"""Which language to speak to a citizen."""

from __future__ import annotations

from bot import command_menu, reminders
from bot.i18n import Catalogs, Translator
from bot.reply import Reply
from bot.screens import language as language_screens
from bot.screens import menu
from bot.services import Services
from bot.storage import citizens
from bot.storage.citizens import Citizen
from bot.visitor import Visitor


def primary_subtag(language_code: str | None) -> str | None:
    """``nl-BE`` → ``nl``; Telegram sends IETF tags."""
    if not language_code:
        return None
    return language_code.replace("_", "-").split("-")[0].lower()


def choose(catalogs: Catalogs, citizen: Citizen | None, telegram_code: str | None) -> Translator:
    """Their own choice (/taal), else their Telegram language if we have it, else the default."""
    if citizen is not None and catalogs.supports(citizen.language):
        return catalogs.get(citizen.language)
    telegram = primary_subtag(telegram_code)
    if catalogs.supports(telegram):
        return catalogs.get(telegram)
    return catalogs.get(catalogs.default_locale)


async def switch(services: Services, visitor: Visitor, code: str) -> list[Reply]:
    """/taal's buttons: speak ``code`` from now on; the command menu follows."""
    if not services.catalogs.supports(code):
        return []
    await citizens.set_language(services.db, visitor.user_id, code)
    await reminders.renew_for(
        services.db, services.catalogs, services.settings.timezone, visitor.user_id
    )
    t = services.catalogs.get(code)
    commands = tuple(await command_menu.commands_for(services, visitor.user_id, t))
    return [language_screens.language_chosen(t, commands), menu.main_menu(t)]
