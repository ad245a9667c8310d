"""Word lists the name, age and postcode rules share, read from ``wordlists.txt``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Final


@cache
def _sections() -> dict[str, tuple[str, ...]]:
    text = resources.files("bot.export.scrub").joinpath("wordlists.txt").read_text("utf-8")
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    per_line = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1]
            per_line = name.endswith(":lines")
            current = sections.setdefault(name.removesuffix(":lines"), [])
            continue
        if current is None:
            raise ValueError(f"wordlists.txt: entry before the first section: {line!r}")
        current.extend([line] if per_line else line.split())
    return {name: tuple(entries) for name, entries in sections.items()}


def longest_first(words: Iterable[str]) -> list[str]:
    """Words in the order a regex alternation must try them: longest first ("schoonzoon"
    before "zoon"), then alphabetically, so a pattern built from a set is the same text in
    every process (and its compiled form can be kept: :mod:`bot.export.scrub.patterns`)."""
    return sorted(words, key=lambda word: (-len(word), word))


def _words(section: str) -> frozenset[str]:
    return frozenset(_sections()[section])


TITLES: Final[frozenset[str]] = _words("titles")
RELATIONS: Final[frozenset[str]] = _words("relations")
RELATIONS_PATTERN: Final[str] = "|".join(re.escape(word) for word in longest_first(RELATIONS))
"""The words for kin as one regex alternation, longest first ("schoonzoon" before "zoon")."""
GREETINGS: Final[frozenset[str]] = _words("greetings")
SIGN_OFFS: Final[tuple[str, ...]] = tuple(sorted(_sections()["sign_offs"], key=len, reverse=True))
CONNECTORS: Final[frozenset[str]] = _words("connectors")
INTERFIXES: Final[tuple[str, ...]] = tuple(sorted(_sections()["interfixes"], key=len, reverse=True))
INTERFIX_WORDS: Final[frozenset[str]] = frozenset(i.lower() for i in INTERFIXES)
"""The surname prefixes in lower case ("van der", "ter"), for lookups."""
NOT_NAMES: Final[frozenset[str]] = _words("not_names")
DISTRICT_SUFFIX: Final[str] = r"-(?i:noord|zuid|oost|west|centrum|midden|binnenstad)"
"""What makes a town's name a part of it: "Enschede-Noord", "Zwolle-Zuid"."""
_DISTRICT_AT_THE_END = re.compile(rf"{DISTRICT_SUFFIX}$")


def district_town(word: str) -> str | None:
    """The town of a part of a town ("Enschede" of "Enschede-Noord"); ``None`` for any other
    word."""
    m = _DISTRICT_AT_THE_END.search(word)
    return word[: m.start()] if m is not None else None


EMOJI: Final[str] = r"\u2600-\u27bf\U0001f300-\U0001faff"
"""The emoji, as the inside of a character class: chat ends a clause or a name with one."""
NEVER_NAMES: Final[frozenset[str]] = NOT_NAMES | CONNECTORS | TITLES
"""Never a name, whatever stands around the word: the words that are none, the connectors and
the titles."""
ENGLISH_COMMON: Final[frozenset[str]] = _words("english_common")
AMBIGUOUS_NAMES: Final[frozenset[str]] = _words("ambiguous_names")
CUED_FIRST_NAMES: Final[frozenset[str]] = _words("cued_first_names")
DURATION_BEFORE: Final[frozenset[str]] = _words("duration_before")
DURATION_AFTER: Final[frozenset[str]] = _words("duration_after")
UNITS: Final[frozenset[str]] = _words("units")
DIALECT_WORDS: Final[frozenset[str]] = _words("dialect")
DIALECT_ALSO_NAMES: Final[frozenset[str]] = _words("dialect_also_names")
DUTCH_WORDS_ALSO_NAMES: Final[frozenset[str]] = _words("dutch_words_also_names")
CHAT_WORDS: Final[frozenset[str]] = _words("chat_words")
PERSON_BEFORE: Final[frozenset[str]] = _words("person_before")
OBJECT_VERBS: Final[frozenset[str]] = _words("object_verbs")
PERSON_AFTER: Final[frozenset[str]] = _words("person_after")
PERSONAL_TITLES: Final[frozenset[str]] = frozenset(w.rstrip(".") for w in _words("personal_titles"))
NICKNAME_ADJECTIVES: Final[frozenset[str]] = _words("nickname_adjectives")
NICKNAME_NOUNS: Final[frozenset[str]] = _words("nickname_nouns")
DETERMINERS: Final[frozenset[str]] = frozenset(
    {"de", "het", "'t", "’t", "een", "'n", "n", "die", "deze", "dat", "dit", "elke", "iedere"}
    | {"geen", "mijn", "m'n", "mn", "je", "jouw", "zijn", "z'n", "zn", "haar", "ons", "onze"}
    | {"hun", "the", "a", "an", "this", "that", "my", "your", "his", "her", "our", "their", "no"}
)
"""Words before a noun that make the word after them a word, not a name ("een roos", "de storm
van Kampen", "mijn kick")."""
AFTER_A_NAME_READ_OUT: Final[frozenset[str]] = frozenset(
    {"en", "maar", "want", "omdat", "dus", "graag", "alstublieft", "alsjeblieft", "bedankt"}
    | {"dank", "groet", "groetjes", "met", "in", "te", "uit", "voor", "ik", "wij", "we", "het"}
    | {"is", "was", "of", "and", "please", "thanks", "stond", "staat", "staan", "stonden"}
    | {"laten", "liet", "lieten", "zetten", "zet", "komen", "kwam", "gaan", "ging", "zijn"}
    | {"worden", "werd", "gezet", "gedaan", "geschreven", "gekocht", "gestaan", "gekomen"}
    | {"gegeven", "gemaakt", "geregeld", "overgezet", "overgeschreven", "klopt", "kan", "kunt"}
    | {"alvast", "aub", "svp", "dan", "nog", "even", "ook", "wel", "niet", "toch", "pls", "zo"}
    | {"snel", "morgen", "vandaag", "overmaken", "storten", "sturen", "betalen"}
)
"""Where a name read out in lower case ends and the sentence goes on ("op naam van jan gezet",
"op naam van jan de vries graag", "ik ben gerrit jan schol ten en ik …")."""
WEEKDAYS: Final[frozenset[str]] = frozenset(
    {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "monday"}
    | {"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
"""The days of the week, Dutch and English: capitalised, no name ("me en Maandag")."""
MONTH_NAMES: Final[frozenset[str]] = frozenset(
    {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september"}
    | {"oktober", "november", "december", "january", "february", "march", "may", "june"}
    | {"july", "august", "october", "januar", "februar", "märz", "mai", "dezember"}
)
"""The months written out, Dutch, English and German: capitalised, no name ("in April", "June")."""
