"""The seventy-ninth round of rules, written from what ``unseen99`` let through (made-up
sentences of the same kinds, not the corpus lines; ``unseen99`` is teachers, mentors, parents
and Statenleden after a Statenspel and people with rare roles in small places — written blind
at this session's start, measured by numbers only, then read in this round: 17 of 347 items
came through, none structured):

- a programme's capitalised name before its level or year ("Zorg & Welzijn niveau 3 jaar 2 bij
  ROC van Twente", "Leraar Geschiedenis jaar 3 aan Windesheim");
- who teaches a class, named right before it ("leerkracht groep 8 op De Bongerd in Olst"): one
  role, the class and school inside it;
- the age of a name repeated later ("(Chantal, Dewi en Rahaf) … Rahaf is pas 17, mag dat?");
- the age names share in brackets ("Kick, Femke en Thijmen (alle drie 15)");
- a role after "Nu ben ik 82 en …";
- a place of two words right after a role, and for whom ("boswachter Sallandse Heuvelrug bij
  Staatsbosbeheer").

And what this round stopped taking: Staatsbosbeheer and Natuurmonumenten as names ("samen met
Staatsbosbeheer"): they are public bodies on the keep list now.
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mentor hier van Zorg & Welzijn niveau 3 jaar 2 bij ROC van Twente in Almelo. Drie",
            "Mentor hier van [school]. Drie",
        ),
        (
            "Voor mijn opleiding (Leraar Geschiedenis jaar 3 aan Windesheim) moet ik",
            "Voor mijn opleiding ([school]) moet ik",
        ),
        (
            "Alvast dank! Gertie, leerkracht groep 8 op De Bongerd in Olst",
            "Alvast dank! [naam], [functie]",
        ),
        (
            "Drie (Chantal, Dewi en Rahaf) waren er. Rahaf is pas 17, mag dat?",
            "Drie ([naam], [naam] en [naam]) waren er. [naam] is pas [leeftijd], mag dat?",
        ),
        (
            "Kick, Femke en Thijmen (alle drie 15) hebben zelf gebeld",
            "[naam], [naam] en [naam] (alle drie [leeftijd]) hebben zelf gebeld",
        ),
        (
            "Nu ben ik 82 en kerkvoogd van de Oude Blasius in Delden. Goed",
            "Nu ben ik [leeftijd] en [functie]. Goed",
        ),
        (
            "vragen? Marco, boswachter Sallandse Heuvelrug bij Staatsbosbeheer, bel gerust",
            "vragen? [naam], [functie], bel gerust",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de kosten (allebei 20)",
        "samen met Staatsbosbeheer de bosrand opgeruimd",
        "wij zaten met de klas in de zaal",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
