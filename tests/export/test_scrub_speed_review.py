"""What a review of the export's speed-up found: searching the lower-cased text without
IGNORECASE misses the letters IGNORECASE matches to another letter than their lower case ("ı"
of Turkish names to "i", "ſ" to "s"), and so did the shortcut that skips a citizen's own name
where no piece of it stands in the answer. Such texts are searched as they are now."""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik doe nıveau 4 op het ROC van Twente", "Ik doe [school]"),
        ("volg aylın_2009 maar", "volg [account] maar"),
        ("Op 12 julı verhuisden we naar Almelo.", "Op [datum] verhuisden we naar Almelo."),
    ],
)
def test_a_dotless_i_is_still_found(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


def test_ones_own_name_with_a_dotless_i_is_still_found(rules: Scrubber) -> None:
    person = KnownPerson("Aylin", "Yilmaz", None)
    assert scrubbed(rules, "ik speel altijd met aylın en haar zus", person) == (
        "ik speel altijd met [naam] en haar zus"
    )


def test_a_username_of_digits_is_still_found(rules: Scrubber) -> None:
    person = KnownPerson(None, None, "12345")
    assert scrubbed(rules, "mijn nummer is 12345 toch", person) == "mijn nummer is [account] toch"
