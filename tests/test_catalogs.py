"""Every user-facing string is translated in every catalog, with the same placeholders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from bot.i18n import LOCALES_DIR, SUPPORTED_LOCALES, load_translations

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"(?<!\{)\{([a-z_]+)\}(?!\})")
TAG = re.compile(r"</?[a-z]+>")


def source_messages() -> set[str | tuple[str, ...]]:
    keywords = {"gettext": None, "ngettext": (1, 2), "N_": None}
    found: set[str | tuple[str, ...]] = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT / "bot"), method_map=[("**.py", "python")], keywords=keywords
    ):
        found.add(message)
    return found


def catalog(locale: str):
    with (LOCALES_DIR / locale / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=locale)


def test_the_source_has_many_messages() -> None:
    assert len(source_messages()) > 100


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_message_is_translated(locale: str) -> None:
    po = catalog(locale)
    missing = []
    for message in source_messages():
        msgid = message[0] if isinstance(message, tuple) else message
        entry = po.get(msgid)
        strings = (
            (entry.string if isinstance(entry.string, tuple) else (entry.string,)) if entry else ()
        )
        if entry is None or not all(strings) or entry.fuzzy:
            missing.append(msgid)
    assert not missing, f"{len(missing)} untranslated in {locale}: {missing[:10]}"


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_translations_keep_placeholders_and_tags(locale: str) -> None:
    wrong = []
    for entry in catalog(locale):
        if not entry.id:
            continue
        ids = entry.id if isinstance(entry.id, tuple) else (entry.id,)
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        for text in strings:
            if not text:
                continue
            if set(PLACEHOLDER.findall(text)) - set(PLACEHOLDER.findall(" ".join(ids))):
                wrong.append((entry.id, "placeholders", text))
            if sorted(TAG.findall(text)) != sorted(TAG.findall(ids[0])):
                wrong.append((entry.id, "tags", text))
    assert not wrong, wrong[:5]


def test_catalogs_load_and_translate() -> None:
    catalogs = load_translations("nl")
    assert catalogs.get("nl").gettext("Question {n} of {m}", n=2, m=5) == "Vraag 2 van 5"
    assert catalogs.get("en").gettext("Question {n} of {m}", n=2, m=5) == "Question 2 of 5"
    assert catalogs.get("fr").locale == "nl"  # unsupported: the default
