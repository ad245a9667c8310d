"""The fiftieth round of rules, written from what ``unseen53`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen53`` is MBO and
hbo students after a debate final, people telling their own stories, and hurried voice-typed
messages — 14 of 258 items came through, 3 of them structured):

- a programme in capitals or of several words before its level ("ik doe Zorg & Welzijn niveau
  3 bij Deltion", "ik doe Nederlands als tweede taal niveau 1 bij …");
- a class code with a dash ("klas P2-04 van de pabo …");
- children's ages after "waren" ("mijn kinderen waren 4 en 7");
- one's own address read out after "ons adres is" ("ons adres is de brinkhorst twaalf");
- a plate read out after "kenteken" that no sidecode has ("kenteken x k p nul vier acht").

And what it keeps: "ik doe mee aan niveau 3 van het spel", "de kinderen waren 30 minuten te
laat", "mijn adres is veranderd sinds 12 mei", "ons adres is bekend bij de gemeente".
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik doe Zorg & Welzijn niveau 3 bij Deltion in Zwolle", "ik doe [school]"),
        (
            "ik doe Nederlands als tweede taal niveau 1 bij ROC van Twente en",
            "ik doe [school] en",
        ),
        ("ik zit in klas P2-04 van de pabo op Windesheim.", "ik zit in [school]."),
        (
            "mijn kinderen waren 4 en 7, ik kon",
            "mijn kinderen waren [leeftijd] en [leeftijd], ik kon",
        ),
        ("ons adres is brinkhorst twaalf in Heino", "ons adres is [adres] in Heino"),
        ("een boete, kenteken x k p nul vier acht, echt", "een boete, kenteken [kenteken], echt"),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik doe mee aan niveau 3 van het spel",
        "de kinderen waren 30 minuten te laat",
        "ons adres is bekend bij de gemeente",
        "het kenteken moet je altijd bij je hebben",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_changed_address_is_no_address(rules: Scrubber) -> None:
    assert scrubbed(rules, "mijn adres is veranderd sinds 12 mei") == (
        "mijn adres is veranderd sinds [datum]"
    )
