"""Which language to speak to a citizen."""

from __future__ import annotations

from bot.i18n import Catalogs, Translator
from bot.storage.citizens import Citizen


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
