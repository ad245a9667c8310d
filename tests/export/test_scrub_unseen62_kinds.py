"""The fifty-fifth round of rules, written from what ``unseen62`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen62`` is a class's
group chat after a Democratiespel, young workers of mixed origin, elderly villagers — 14 of 250
items came through, 10 of them roles):

- a team of a club in the place of a role ("aanvoerder van heren 2 bij de hockeyclub in …",
  "trainer van JO13-2 bij …"), and "dames 1" / "ladies 1" no street;
- roles no list had: "bode", "hoofdleiding" and "jeugdleiding" of a camp or club, the one who
  represents or is parent of a class ("klassenvertegenwoordiger van 2 vwo op …").
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "want ik ben aanvoerder van heren 3 bij de hockeyclub in Raalte en",
            "want ik ben [functie] en",
        ),
        ("ik ben trainer van JO13-2 bij vv Heeten en", "ik ben [functie] en"),
        ("ik ben hoofdleiding van het zomerkamp van scouting Borne en", "ik ben [functie] en"),
        (
            "ik ben klassenvertegenwoordiger van 3 havo op het Carmel en ik",
            "ik ben [functie] en ik",
        ),
        ("mijn vader is bode op het gemeentehuis van Ommen.", "mijn vader is [functie]."),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ze speelt bij dames 1 van de hockeyclub",
        "de heren 2 van Heeten wonnen",
        "we played against the ladies 1 team",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
