"""The thirty-eighth round of rules, written from what ``unseen41`` let through (made-up
sentences of the same kinds, not the corpus lines; ``unseen41`` has students of ROC, hbo and
university, villagers and farmers, voice-typed messages and short reactions):

- a school with its programme and group code: one capitalised programme word between the school
  and its level ("ROC van Twente Verpleegkunde niveau 4"), the class or group code after it
  ("klas VP3C", ", group LG2B"), a programme joined by "en" before the code, "I study" before
  the programme, a degree programme with its year ("MSc Business Administration year 1"), a
  class said level first ("havo vier");
- an age joined to another by "is" with a person or a group for its subject ("wij zijn 17 en
  de rest van de klas is 16"), an age in words after a name and "van" ("Noor van acht");
- a street no suffix shows with its number read out ("aan de Hofkampen elf"), a room in a care
  home ("Het Meulenbelt kamer 14"), the farm one lives on with "'t" ("wont … op 't
  Brookhuis");
- a name spelled out letter by letter after it is said ("W O L T E R S");
- housemates and roommates as kin words; "ab-lid" as a role;
- a day's year after a comma ("on March 3rd, 2022").

And what it kept: a number before what it counts ("with ten people"), "de score was 3", "de
tandarts zit in Hardenberg", a body by its initials after "namens", German cities.
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "wij zijn Landstede mbo 4 Sport en Bewegen klas SB2A, duimen!",
            "wij zijn [school], duimen!",
        ),
        (
            "het team van ROC van Twente Verpleegkunde niveau 4 klas VP3C in Hengelo won",
            "het team van [school] won",
        ),
        ("I study Logistics niveau 2 at Deltion, group LG2B in Zwolle.", "I study [school]."),
        ("Sanne & Tim, Saxion Bestuurskunde jaar 3 groep BK3A", "[naam] & [naam], [school]"),
        (
            "exchange student here (MSc Business Administration year 1 group 4) and",
            "exchange student here ([school]) and",
        ),
        (
            "mijn dochter zit in havo vier van het Baudartius College.",
            "mijn dochter zit in [school].",
        ),
        (
            "wij zijn 17 en de rest van de klas is 16 haha",
            "wij zijn [leeftijd] en de rest van de klas is [leeftijd] haha",
        ),
        ("ik ben 15 en de score was 3", "ik ben [leeftijd] en de score was 3"),
        (
            "Ik breng Noor van acht en Jesse van vijf naar school",
            "Ik breng [naam] van [leeftijd] en [naam] van [leeftijd] naar school",
        ),
        ("wij wonen aan de Hofkampen elf in Goor", "wij wonen aan de [adres] in Goor"),
        (
            "mijn moeder woont in Het Meulenbelt kamer 14 in Enschede",
            "mijn moeder woont in [adres] in Enschede",
        ),
        (
            "wij wont al zestig joar op 't Brookhuis bij Markelo",
            "wij wont al zestig joar op [adres] bij Markelo",
        ),
        ("Dit is Gerda Wolters. W O L T E R S. Ik bel over", "Dit is [naam]. [naam]. Ik bel over"),
        ("my housemate Pieter and I cook", "my housemate [naam] and I cook"),
        ("ik ben ab-lid van de toneelvereniging in Olst", "ik ben [functie]"),
        ("I moved here on March 3rd, 2022 with my kids.", "I moved here on [datum] with my kids."),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we live with ten people in one house",
        "Jan van drie huizen verder zei het",
        "we zaten op de Markt twee uur te wachten",
        "de tandarts zit in Hardenberg, dat is ver",
        "Namens LTO Noord: bedankt voor de avond",
        "we moeten praten met Osnabrück en Keulen",
        "we wonen in Raalte en gaan op 't Zand wandelen",
        "Ik zit op het Deltion en 2024 was top",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_street_read_out_after_a_name_of_any_length(rules: Scrubber) -> None:
    """The street with its number read out after "<name> van de": for any name, not only one
    of three letters (found in the last read of the change)."""
    text = "Hallo dit is Henk van de Kloosterlanden twaalf in Diepenheim"
    assert scrubbed(rules, text) == "Hallo dit is [adres] in Diepenheim"
