"""The forty-ninth round of rules, written from what ``unseen51`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen51`` is
newcomers in simple Dutch and English, expats and international students, and German neighbours
— 26 of 188 items came through, 2 of them structured):

- a German street and postcode on a signature line ("Lange Reihe 12, 48529 Nordhorn"), a German
  postcode after "PLZ";
- a degree with its programme and year in any order, and the university after it ("MSc Applied
  Physics, 2nd year at UT", "– Ines Vogel, BA Psychology, year 3, UT", "final-year MSc Nanotech
  student at UT");
- ages listed after "kinderen" ("kinderen 12, 9, 4"), "she turns 30 on …";
- a word no list knows after a naming cue, with the surname after it ("hallo ik ben hamid
  sultani", "hier ist …").

And what it keeps: "Im Jahr 2019, 50000 Menschen", "kinderen 3 en 4 keer per week", "the MSc
Robotics at the UT is hard", "hier is de bus".
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anmeldung: Gerda Kamps, Lange Reihe 12, 48529 Nordhorn, Tel. 05921 123456",
            "Anmeldung: [naam], [adres], [postcode] Nordhorn, Tel. [telefoon]",
        ),
        ("PLZ 48683 Ahaus", "PLZ [postcode] Ahaus"),
        ("I'm doing MSc Applied Physics, 2nd year at UT and", "I'm doing [school] and"),
        ("– Ines Vogel, BA Psychology, year 3, UT", "– [naam] Vogel, [school]"),
        ("asking as a final-year MSc Nanotech student at UT", "asking as a [school]"),
        (
            "wij zijn met zes: mijn man, kinderen 12, 9, 4 en mijn moeder.",
            "wij zijn met zes: mijn man, kinderen [leeftijd], [leeftijd], [leeftijd] en mijn "
            "moeder.",
        ),
        ("she turns 30 on Friday so", "she turns [leeftijd] on Friday so"),
        ("hallo ik ben hamid sultani ik woon in Almelo", "hallo ik ben [naam] ik woon in Almelo"),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we hebben kinderen 3 en 4 keer per week op de club",
        "the MSc Robotics at the UT is hard",
        "hier is de bus",
        "this is amazing",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_german_word_after_a_name_is_no_surname(rules: Scrubber) -> None:
    assert (
        scrubbed(rules, "hey ich bin Emily aus Nordhorn, 16")
        == "hey ich bin [naam] aus Nordhorn, [leeftijd]"
    )


def test_a_name_no_list_knows_joined_to_a_name(rules: Scrubber) -> None:
    # "Krzysiek en Ania slapen …": a capitalised word no list knows, joined by "en" to a name
    assert scrubbed(rules, "niet goed. Wojtek en Ania slapen in een caravan") == (
        "niet goed. [naam] en [naam] slapen in een caravan"
    )
