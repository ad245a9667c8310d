"""The fifty-fourth round of rules, written from what ``unseen61`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen61`` is parents
and grandparents, Statenleden and teachers naming pupils, and teenagers' chat — 18 of 321 items
came through):

- a second role joined to the first by "en", with its topic or its place ("Statenlid voor de
  SP en woordvoerder natuur", "verpleegkundige in het MST en teamleider van de nachtdienst");
- one's own seat in Provinciale Staten or the Kamer, named without an article ("ik zit sinds
  2019 in Provinciale Staten voor de PvdA") — not "wij zaten in de Staten" (the hall);
- two classes of one school joined ("groep 4 en groep 7 van De Regenboog");
- an age after a name with the verb left out ("Lisa is twaalf en Tim negen");
- a programme by its capitals before its year or level ("ICT niveau 4 bij …", "IB year 5");
- Twents number words ("dattien", "twalf", "dattig").
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik ben Statenlid voor de SP en woordvoerder natuur, dus", "Ik ben [functie], dus"),
        (
            "ik ben verpleegkundige in het MST en teamleider van de nachtdienst.",
            "ik ben [functie].",
        ),
        (
            "Ik zit sinds 2019 in Provinciale Staten voor de PvdA en ik",
            "Ik zit [functie] en ik",
        ),
        (
            "ze gaan naar groep 4 en groep 7 van De Regenboog. Fijn",
            "ze gaan naar [school]. Fijn",
        ),
        (
            "Lisa is twaalf en Tim negen. Waarom",
            "[naam] is [leeftijd] en [naam] [leeftijd]. Waarom",
        ),
        ("ik doe ICT niveau 4 bij Deltion in Zwolle.", "ik doe [school]."),
        ("Hee is dattien en hef", "Hee is [leeftijd] en hef"),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    ["wij zaten in de Staten toen het gebeurde", "de motie zit in Provinciale Staten"],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_count_after_a_name_is_no_age(rules: Scrubber) -> None:
    assert scrubbed(rules, "ik ben 15 en Jan 3 keer gezakt") == (
        "ik ben [leeftijd] en [naam] 3 keer gezakt"
    )


def test_a_second_role_needs_its_where(rules: Scrubber) -> None:
    assert scrubbed(rules, "ik ben voorzitter van de ijsclub en secretaris, en") == (
        "ik ben [functie] en secretaris, en"
    )
