"""What a review of rounds 54 and 55 found (532 made-up sentences, scrubbed before and after),
each fixed in general: a "second role" that was the others' role and the opinion after it ("ik
ben boer in Staphorst en boeren worden niet gehoord"); a visit to the Kamer taken for a seat
("ik zat in de Tweede Kamer op de tribune", "de tweede kamer bij de tandarts"); any capitalised
word before a number after an age taken for a name and its age ("ik ben 16, Wiskunde 5"); a word
in capitals before "jaar" taken for a programme ("IK ZIT IN JAAR 2 …")."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ik ben boer in Staphorst en boeren worden niet gehoord.",
            "Ik ben [functie] en boeren worden niet gehoord.",
        ),
        (
            "Ik ben boer in Staphorst en spits is altijd druk.",
            "Ik ben [functie] en spits is altijd druk.",
        ),
        ("Ik ben 16, Wiskunde 5, Engels 7.", "Ik ben [leeftijd], Wiskunde 5, Engels 7."),
        (
            "Ik ben 70 en Ommen 15 kilometer verderop.",
            "Ik ben [leeftijd] en Ommen 15 kilometer verderop.",
        ),
        ("Opa is 90, Oma 88.", "Opa is [leeftijd], Oma [leeftijd]."),
        ("IK ZIT IN JAAR 2 OP HET PIUS X COLLEGE", "IK ZIT IN [school]"),
    ],
)
def test_found(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ik zat in de Tweede Kamer op de publieke tribune.",
        "Ik zit in de tweede kamer op de gang bij de tandarts.",
        "Zit ik in Provinciale Staten? Nee, ik ben gewoon burger.",
    ],
)
def test_a_visit_is_no_seat(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
