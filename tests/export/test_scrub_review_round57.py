"""What a helper's review of the fifty-seventh round (59 sentences of its own) found the new
rules took that is no one's, or missed: each fixed, the sentences kept here."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text",
    [
        # a pet's name is no verb, preposition, adverb, pronoun or weekday
        "hoe ons paard heette weet ik niet meer",
        "Het paard heet in het dialect gewoon een peerd.",
        "het paard heette vroeger anders",
        "the dog named after my grandfather was a beagle",
        "The dog I had as a kid came from a farm",
        "I fed the cat Sunday and then drove to Zwolle.",
        "ik heb een hond Hij is heel lief",
        # a nickname needs a first name before it
        "wij noemen zoiets altijd de achterkant, en de achterkant van het dorp is mooi",
        "wij noemen Deurningen altijd het dorp, en het dorp is trots",
        # a word before "mijn <kin>" after a comma, or after an article, is a word
        "het was de mooiste roos, mijn moeder was er zo trots op",
        "het was een flinke storm, mijn vader moest het dak repareren",
        # "als je" is "if you" where the word does not open a clause
        "Bij storm als je over de dijk fietst waait het hard",
        # "klas van" with a possessive and a verb is no programme
        "in de klas van mijn zoon zitten kinderen die graag lezen",
        # a shortened possessive after a verb of saying
        "Ik zei M'n vader gaat er niet over",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("onze kat heet eigenlijk gewoon minoes", "onze kat heet eigenlijk gewoon [naam]"),
        ("Mijn zoon heet Storm. Bij storm waait het", "Mijn zoon heet [naam]. Bij storm waait het"),
        ("Roos, mijn zus, zei het", "[naam], mijn zus, zei het"),
    ],
)
def test_what_goes(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected
