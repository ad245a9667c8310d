"""The seventy-second round of rules, written from what ``unseen81`` let through (made-up
sentences of the same kinds, not the corpus lines; ``unseen81`` is teenagers of a class or team
chat and adults in Twente and Salland — written as part of the session's holdout and measured
once at its end: 13 of 229 items came through, two of them streets named without a number):

- a street after "achter de", "naast de", "tegenover de", and one ending in "-wal" or "-waal"
  ("op het pleintje aan de Kattenwaal");
- a seat held for years on a council in dialect ("zat vrogger twaalf joar in de gemeenteroad
  van Tubbergen");
- the teacher of a class with its school ("Als leerkracht van groep 7/8 van obs De Schakel in
  Lutten");
- "ICT'er bij Vrieling Installatietechniek in Enschede".
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "we spelen elke dag basketbal op het veldje achter de Hogelandsingel maar",
            "we spelen elke dag basketbal op het veldje achter de [adres] maar",
        ),
        (
            "we zitten altijd op het pleintje aan de Kattenwaal. snap me",
            "we zitten altijd op het pleintje aan de [adres]. snap me",
        ),
        (
            "Mien man Herman zat vrogger twaalf joar in de gemeenteroad van Tubbergen en hee",
            "Mien man [naam] zat vrogger [functie] en hee",
        ),
        (
            "Als leerkracht van groep 7/8 van obs De Schakel in Lutten wil ik jullie bedanken",
            "Als [functie] wil ik jullie bedanken",
        ),
        (
            "Ik ben 29 en ICT'er bij Vrieling Installatietechniek in Enschede, ik lees",
            "Ik ben [leeftijd] en [functie], ik lees",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "het huis naast de kerk",
        "we stonden achter de Oude Markt",
        "we liepen over de Stadswal naar huis",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
