"""Which language to speak to someone: one rule, for answers and for the messages the bot
sends on its own (reminders, news, idea decisions, session messages, notices of moved or
cancelled events, role changes, the command menu).

The language the citizen chose (/taal), else their Telegram language when we have it, else
the default (``DOETMEE_LOCALE``).
"""

from __future__ import annotations

from bot.i18n import Catalogs, Translator
from bot.storage.citizens import Citizen


def primary_subtag(language_code: str | None) -> str | None:
    """``nl-BE`` → ``nl``; Telegram sends IETF tags."""
    if not language_code:
        return None
    return language_code.replace("_", "-").split("-")[0].lower()


def speaking(catalogs: Catalogs, chosen: str | None, telegram_code: str | None) -> Translator:
    """The rule: ``chosen`` (/taal), else ``telegram_code`` if we have it, else the default."""
    if catalogs.supports(chosen):
        return catalogs.get(chosen)
    telegram = primary_subtag(telegram_code)
    if catalogs.supports(telegram):
        return catalogs.get(telegram)
    return catalogs.get(catalogs.default_locale)


def of_citizen(catalogs: Catalogs, citizen: Citizen | None) -> Translator:
    """The language of a message to this citizen that nobody asked for just now (a
    reminder, news, …): the rule, with the Telegram language we last saw."""
    if citizen is None:
        return catalogs.get(catalogs.default_locale)
    return speaking(catalogs, citizen.language, citizen.telegram_language)


def choose(catalogs: Catalogs, citizen: Citizen | None, telegram_code: str | None) -> Translator:
    """The language of an answer to an update: the rule, with the update's Telegram
    language (``citizen`` None: someone we keep nothing about, e.g. in a group)."""
    return speaking(catalogs, citizen.language if citizen else None, telegram_code)
