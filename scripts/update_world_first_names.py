"""Write ``bot/export/scrub/world_first_names.txt``: first names from many countries that no
Dutch, English or German dictionary has, for the names deduce's (Dutch) list lacks.

deduce's first names are those of the Netherlands' own registers: "kacper", "mykyta", "bohdan",
"ghina" and "wiktoria" are not on it, so a class of newcomers' children typing each other's
names in lower case went through. gender-guesser ships Jörg Michael's list of first names with
how common each is in 54 countries. This script keeps of it the names that

- are used in a country outside East Asia (names only China, Japan, Korea or Vietnam give are
  romanised syllables that Dutch and English words are made of too: "woon", "moo", "lao");
- are letters only and three letters or more;
- are no word of pyspellchecker's whole Dutch, English or German dictionary ("hele", "zaal",
  "reed", "london" and "kita" are names somewhere too), nor a Dutch word as Twents and Sallands
  spell it ("naor" naar, "maor" maar: :data:`~bot.export.scrub.vocabulary.DIALECT_SPELLINGS`).

The scrubber reads the file in every export worker beside deduce's list
(:mod:`bot.export.scrub.vocabulary`). Run this after upgrading either package
(``tests/export/test_world_first_names.py`` checks the file against the installed versions):

    .venv/bin/python scripts/update_world_first_names.py
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from gender_guesser.detector import Detector
from spellchecker import SpellChecker

from bot.export.scrub.vocabulary import DIALECT_SPELLINGS

TARGET = (
    Path(__file__).resolve().parent.parent / "bot" / "export" / "scrub" / "world_first_names.txt"
)
EAST_ASIA = ("china", "japan", "korea", "vietnam")
MIN_LETTERS = 3


def dictionary(language: str) -> set[str]:
    return set(SpellChecker(language=language, distance=1).word_frequency.dictionary)


def dialect_of_dutch(name: str, dutch: set[str]) -> bool:
    """Whether ``name`` is a Dutch word in a dialect's spelling ("naor" → "naar")."""
    return any(
        spelled in name and name.replace(spelled, standard) in dutch
        for spelled, standard in DIALECT_SPELLINGS
    )


def names() -> list[str]:
    detector = Detector(case_sensitive=False)
    east_asia = {Detector.COUNTRIES.index(country) for country in EAST_ASIA}
    dutch = dictionary("nl")
    words = dutch | dictionary("en") | dictionary("de")
    kept = []
    for name, by_gender in detector.names.items():
        if len(name) < MIN_LETTERS or not name.isalpha() or name in words:
            continue
        if dialect_of_dutch(name, dutch):
            continue
        countries = {
            column
            for frequencies in by_gender.values()
            for column, frequency in enumerate(frequencies)
            if frequency.strip()
        }
        if countries - east_asia:
            kept.append(name)
    return sorted(kept)


def render() -> str:
    lines = [
        "# First names of many countries that no Dutch, English or German dictionary has, from",
        f"# gender-guesser {version('gender-guesser')} (Jörg Michael's list of first names, GNU",
        f"# FDL) less the words of pyspellchecker {version('pyspellchecker')}'s dictionaries.",
        "# Written by scripts/update_world_first_names.py; do not edit by hand.",
    ]
    return "\n".join(lines + names()) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")
