"""The kinds the fourth independent measurement (corpus part ``unseen5``, mostly teenagers'
chat) let through, fixed in general and shown here on made-up sentences (none is copied from
the corpus): a username typed without "@", a link typed with a space before its dot — and what
must stay: abbreviations with a number ("art.12", "v1.2"), prices, ordinary words before a
full stop. Without deduce unless a test says so."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text, expected",
    [
        # a username without "@": letters, a dot and letters ending in digits
        ("voeg me toe: sanne.dkr09", "voeg me toe: [account]"),
        # a word with an underscore and a digit
        ("volg me op mees_2010 als je wilt", "volg me op [account] als je wilt"),
        ("dm naar lot_xx_3 ofzo", "dm naar [account] ofzo"),
    ],
)
def test_a_handle_without_at(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a link typed with a space before its dot, or the dot spelled out
        ("kijk op hengelosevoetbalmeiden .nl", "kijk op [link]"),
        ("onze site is buurtvereniging-de-es punt nl", "onze site is [link]"),
    ],
)
def test_a_link_typed_with_a_space(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "zie art.12 van de wet, v1.2 van de app en blz.3 van het boek",
        "ik verdien 5,12 per uur en dat is 4.50 te weinig",
        "dat was echt leuk .nl is geen woord",  # a short word before a loose ".nl"
        "de site van de gemeente: hengelo .nl",  # a municipality's site stays
        "ik_ben_moe en het was saai",  # underscores without a digit
    ],
)
def test_no_handle_or_link_where_there_is_none(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
