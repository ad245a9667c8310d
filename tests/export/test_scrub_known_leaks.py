"""Leaks the reviews of the fifty-first round left open, fixed in general (made-up sentences):
a name no list knows as the subject of "heeft" and a participle only people's doing has ("luwam
heeft gewonnen"), and a German postcode after "PLZ ist" or where one lives ("Ich wohne in
48599 Gronau")."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("selamawit heeft gewonnen met haar motie", "[naam] heeft gewonnen met haar motie"),
        ("en kibrom had de motie voorgelezen", "en [naam] had de motie voorgelezen"),
        (
            "Meine PLZ ist 48599 und ich wohne in Gronau",
            "Meine PLZ ist [postcode] und ich wohne in Gronau",
        ),
        ("Ich wohne in 48599 Gronau", "Ich wohne in [postcode] Gronau"),
    ],
)
def test_fixed(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "corona heeft alles veranderd",
        "tiktok heeft gewonnen van youtube",
        "de klas heeft gestemd",
        "dat heeft gewonnen, zeker weten",
        "wir sind 25000 Menschen in Gronau",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
