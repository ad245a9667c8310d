"""The catalog's texts with their readers, for the glossary tests.

Every msgid in ``bot/`` is found with Babel's extractor (as ``scripts/update_catalogs.py``
finds them), together with the file it is in and the comment right above its gettext call
("# audience: staff"); ``locales/glossary.yaml`` says which whole files are for whom and
which buttons speak for the citizen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "locales" / "glossary.yaml"
AUDIENCES = ("citizen", "facilitator", "staff", "developer")
"""From the strictest reader to the least strict."""

TAG = re.compile(r"<[^>]+>")
LINK = re.compile(r"https?://\S+")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


@dataclass(frozen=True)
class Text:
    msgid: str
    locale: str
    strings: tuple[str, ...]
    audience: str
    citizen_voice: bool
    files: tuple[str, ...]


@cache
def glossary() -> dict[str, Any]:
    with GLOSSARY.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def file_audience(path: str) -> str:
    for audience, prefixes in glossary()["files"].items():
        if any(path == prefix or path.startswith(prefix) for prefix in prefixes):
            return str(audience)
    return "citizen"


@cache
def sources() -> dict[str, list[tuple[str, list[str]]]]:
    """msgid -> [(file, comments)] for every gettext call in bot/."""
    found: dict[str, list[tuple[str, list[str]]]] = {}
    keywords = {"gettext": None, "ngettext": (1, 2), "N_": None}
    for filename, _line, message, comments, _context in extract_from_dir(
        str(ROOT / "bot"),
        method_map=[("**.py", "python")],
        keywords=keywords,
        comment_tags=("audience:",),
    ):
        msgid = message[0] if isinstance(message, tuple) else message
        found.setdefault(msgid, []).append((f"bot/{filename}", list(comments)))
    return found


def _audience_of(file: str, comments: list[str]) -> str:
    for comment in comments:
        if comment.startswith("audience:"):
            return comment.split(":", 1)[1].strip()
    return file_audience(file)


@cache
def texts(locale: str) -> tuple[Text, ...]:
    with (ROOT / "locales" / locale / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalog = read_po(handle, locale=locale)
    found = sources()
    result = []
    for entry in catalog:
        if not entry.id:
            continue
        msgid = entry.id[0] if isinstance(entry.id, tuple) else entry.id
        uses = found.get(msgid, [])
        audiences = [_audience_of(file, comments) for file, comments in uses]
        audience = min(audiences, key=AUDIENCES.index) if audiences else "citizen"
        voice = msgid in glossary()["citizen_voice"]
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        result.append(
            Text(
                msgid=msgid,
                locale=locale,
                strings=tuple(s for s in strings if s),
                audience=audience,
                citizen_voice=voice,
                files=tuple(sorted({file for file, _c in uses})),
            )
        )
    return tuple(result)


def plain(text: str) -> str:
    """The words a reader sees: no tags, a placeholder or a link as one word."""
    return PLACEHOLDER.sub("X", LINK.sub("X", TAG.sub("", text)))


def sentences(text: str) -> list[str]:
    return [part for part in SENTENCE_END.split(plain(text)) if part.strip()]


def words(sentence: str) -> list[str]:
    return WORD.findall(sentence)


def contains(text: str, phrase: str) -> bool:
    """Whether the phrase stands in the text as whole words (any case)."""
    pattern = r"(?<![\w/-])" + re.escape(phrase).replace(r"\ ", r"\s+") + r"(?![\w-])"
    return re.search(pattern, plain(text), flags=re.IGNORECASE) is not None
