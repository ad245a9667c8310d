"""Street addresses: a street name followed by a house number.

A street without a number ("de Dorpsstraat is te druk") stays: it does not point at one
household, and stories about traffic need it.
"""

from __future__ import annotations

import re

from bot.export.scrub.kinds import Kind
from bot.export.scrub.spans import Span

_SUFFIXES = (
    "straat|laan|weg|plein|dijk|kade|steeg|gracht|singel|hof|pad|dreef|park|markt|brink|erf|"
    "allee|boulevard|baan|wal|kamp|es|veld|horst|hoek|zoom|stede|haven|oord|plantsoen|kolk|"
    "akker|berg|dam|poort|hoeve|ring|kanaal|vaart|tuin|tuinen|weide|weiden|marke|meent|dries|"
    "hegge|stegge|molen|borg|hof|wijk|straatje|steegje|laantje|pleintje|gaarde|donk|loop|"
    "lanen|burcht|schans|waard|rade|stoep|haar|hei|heide|landen|boer|bos|brug|hoven"
)
_HOUSE_NUMBER = r"\d{1,4}(?:[ -]?[a-zA-Z](?![\w]))?(?:[-/]\d{1,4})?(?:\s?(?:hs|bis|rood|zw))?"
_STREET = re.compile(
    r"(?<![\w-])("
    # Capitalised: one to four words, the last ending in a street suffix
    # ("Burgemeester Backxlaan", "Oude Rijksweg", "Van Heekstraat", "Markt").
    r"(?:(?:[A-Z][\w'.-]*|van|de|der|den|het|'t|ter|ten|op|in)\s){0,3}"
    rf"[A-Z][\w'-]*(?:{_SUFFIXES})"
    r"|"
    # Lower case: one word with something before the suffix ("dorpsstraat", "hoogeweg").
    rf"[a-z][\w'-]+(?:{_SUFFIXES})"
    r")\s+("
    + _HOUSE_NUMBER
    + r")(?![\w,.]\d)(?!\s*(?:%|km|keer|jaar|uur|minuten|euro|meter|m\b|x\b))"
)


_COMMON_WORDS = frozenset(
    {"antwoord", "woord", "akkoord", "voorwoord", "nawoord", "wachtwoord", "trefwoord", "boord"}
)
"""Ordinary words that end like a street ("Antwoord 2", "akkoord 3") are not addresses."""


def find(text: str) -> list[Span]:
    spans = []
    for m in _STREET.finditer(text):
        if m.group(1).split()[-1].lower() in _COMMON_WORDS:
            continue
        spans.append(Span(m.start(1), m.end(2), Kind.ADDRESS, "address"))
    return spans
