"""What a helper's review of the sixty-second round (70 sentences of its own, 140 in trials)
found the new rules took that is no one's, or missed: each fixed, the sentences kept here."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text",
    [
        # dialect and chat after "ik ben" are no name read out, nor a surname in capitals
        "ik ben heul bliej met de nieje kearke",
        "ik ben arg bliej met oons dorp",
        # counts and years of service this week are no age
        "Fleur is deze week 3 nachten op kamp",
        "Marja is deze week 25 jaar in de zorg werkzaam",
        "Henk is deze week 40 jaar bij de brandweer",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text.replace("Fleur", "[naam]").replace(
        "Marja", "[naam]"
    ).replace("Henk", "[naam]")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lotte is deze week 12 geworden", "[naam] is deze week [leeftijd] geworden"),
        (
            "Mein Schwiegersohn Jens ist Arzt im Klinikum Nordhorn.",
            "Mein Schwiegersohn [naam] ist [functie].",
        ),
        ("tussen januari en maart 2023 werkte ik daar", "tussen [datum] werkte ik daar"),
        ("Oonze noaber, dee dokter in Oldenzaal is, zei", "Oonze noaber, dee [functie] is, zei"),
    ],
)
def test_what_goes(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected
