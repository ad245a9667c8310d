"""First names of other countries, which deduce's Dutch list lacks, are names in lower case too
(``world_first_names.txt``, written by ``scripts/update_world_first_names.py`` from
gender-guesser less every dictionary word). Found in round 46: a class of newcomers' children
typing each other's names ("heeft iemand kacper gezien??") let 22 of 85 names through.

And what it keeps: greetings and dialect spellings that are names somewhere ("Moin", "naor"
for naar, "maor" for maar), words of the languages the answers are written in."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from bot.export.scrub.vocabulary import vocabulary
from tests.export import update_scripts
from tests.export.rule_scrubbing import scrubbed


def test_the_shipped_names_are_gender_guessers_less_the_dictionaries() -> None:
    script = update_scripts.load("update_world_first_names")
    assert script.TARGET.read_text(encoding="utf-8") == script.render()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "heeft iemand kacper gezien?? hij zou de kaarten printen",
            "heeft iemand [naam] gezien?? hij zou de kaarten printen",
        ),
        ("ik zit naast wiktoria en bohdan in de klas", "ik zit naast [naam] en [naam] in de klas"),
        ("ghina is haar buskaart kwijt", "[naam] is haar buskaart kwijt"),
        ("mykyta vertaalt alles voor ons", "[naam] vertaalt alles voor ons"),
    ],
)
def test_names_of_other_countries_in_lower_case(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Moin, wir kommen aus Gronau und Ahaus",
        "wiej gaot naor Raalte maor eerst noar de karke",
        "de hele zaal reed mee naar London",
    ],
)
def test_greetings_dialect_and_words_stay(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_no_dictionary_word_is_among_them() -> None:
    names = vocabulary().first_names
    assert {"kacper", "bohdan", "ghina", "wiktoria"} <= names
    assert not {"naor", "maor", "moin", "hele", "zaal", "london", "kita"} & names
