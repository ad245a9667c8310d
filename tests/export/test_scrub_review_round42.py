"""What a review of round 42 found (515 made-up sentences, before and after, by a helper who
wrote none of the rules): roles spoken of taken with "van dit jaar", the month of a cabinet's
or a phone's "val", real girls named Alexa, and leaks next to the round's kinds. Each is fixed.
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "De voorzitter van dit jaar moet nog gekozen worden.",
        "Wie wordt de schutterskoning van dit jaar?",
        "Het kabinet is sinds zijn val in januari demissionair.",
        "Mijn telefoon doet het niet meer sinds zijn val in maart.",
        "Here, third year students at the UT have no housing.",
        "Wie sinds 2020 vrijwilliger bij de voedselbank is, krijgt een VOG vergoed.",
        "I think prices fall 2025 is too optimistic",
        "oke siri ik wil reageren op de vraag",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "mijn dochter Alexa is 12 en zit op het Carmel",
            "mijn dochter [naam] is [leeftijd] en zit op het Carmel",
        ),
        ("ik heet Alexa en ik zit in de brugklas", "ik heet [naam] en ik zit in de brugklas"),
        ("Hij is al 30 jaar onze dirigent bij de harmonie in Enter.", "Hij is [functie]."),
        ("ik ben al 10 jaar hun trainer bij vv Rijssen", "ik ben [functie]"),
        (
            "mijn adres is grotestraat één acht één twee één x y olst",
            "mijn adres is [adres] [postcode] olst",
        ),
        (
            "Bennie Oude Nijeweme, onze schutterskoning van dit jaar, heeft drie avonden",
            "[naam], onze [functie], heeft drie avonden",
        ),
    ],
)
def test_findings(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected
