"""Translations: gettext catalogs in ``locales/``, compiled in memory at start-up.

The ``.po`` files are the source of truth; they are read with Babel and turned into
gettext catalogs when the bot starts, so a fresh clone needs no manual compile step.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from bot.runtime.shipped_files import shipped

SUPPORTED_LOCALES: tuple[str, ...] = ("nl", "en")
LOCALES_DIR = shipped("locales")
DOMAIN = "messages"


def N_(message: str) -> str:
    """Mark a string for extraction without translating it now."""
    return message


@dataclass(frozen=True)
class Translator:
    """The gettext functions for one language."""

    locale: str
    catalog: NullTranslations

    def gettext(self, message: str, **params: object) -> str:
        text = self.catalog.gettext(message)
        return text.format(**params) if params else text

    def ngettext(self, singular: str, plural: str, n: int, **params: object) -> str:
        text = self.catalog.ngettext(singular, plural, n)
        return text.format(n=n, **params)


class Catalogs:
    """All loaded catalogs, keyed by locale."""

    def __init__(self, catalogs: dict[str, NullTranslations], default_locale: str) -> None:
        self._catalogs = catalogs
        self.default_locale = default_locale

    def get(self, locale: str | None) -> Translator:
        chosen = locale if locale in self._catalogs else self.default_locale
        return Translator(chosen, self._catalogs[chosen])

    def supports(self, locale: str | None) -> bool:
        return locale in self._catalogs


def compile_catalog(po_path: Path) -> NullTranslations:
    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, locale=po_path.parent.parent.name)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(fp=buffer, domain=DOMAIN)


def load_translations(default_locale: str, locales_dir: Path = LOCALES_DIR) -> Catalogs:
    catalogs: dict[str, NullTranslations] = {}
    for locale in SUPPORTED_LOCALES:
        po_path = locales_dir / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
        catalogs[locale] = compile_catalog(po_path) if po_path.exists() else NullTranslations()
    return Catalogs(catalogs, default_locale)
