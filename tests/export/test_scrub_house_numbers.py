"""House numbers no street suffix shows (issue #14: no street address may come through, and
every unsure spot is marked for the editor):

- a name with a house number right before a postcode is a street, whatever it ends in;
- a house number after a name no word list knows is marked for the editor — not after an
  ordinary word, a road, an article of law or text in capitals.
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U kunt schrijven naar Tichelwerk 14, 7631 AZ Ootmarsum.",
            "U kunt schrijven naar [adres], [postcode] Ootmarsum.",
        ),
        ("Mijn adres: Erve Kamphuis 3 7475 AB Markelo", "Mijn adres: [adres] [postcode] Markelo"),
        (
            "MIJN VROUW IS GEVALLEN VOOR KERKSTRAAT 9, 8331 KL STEENWIJK.",
            "MIJN VROUW IS GEVALLEN VOOR [adres], [postcode] STEENWIJK.",
        ),
    ],
)
def test_a_name_and_number_before_a_postcode_is_an_address(
    rules: Scrubber, text: str, expected: str
) -> None:
    assert scrubbed(rules, text) == expected


def test_a_house_number_after_an_unknown_name_is_marked(rules: Scrubber) -> None:
    text = "De koffie staat klaar bij Tolhuis 7 in Raalte, kom gerust."
    result = rules.scrub(text)
    assert result.text == text
    assert [text[start:end] for start, end in result.marks] == ["Tolhuis 7"]


@pytest.mark.parametrize(
    "text",
    [
        "Zie Artikel 12 van de wet",
        "Called 6 practices, none had room",
        "ik fiets over de N35 elke dag",
        "zit nu bij les 23 van de rijschool",
        "Het mooiste moment: Koninginnedag 1994, toen de burgemeester kwam",
        "IK WACHT AL 3 WEKEN OP ANTWOORD",
    ],
)
def test_no_mark_where_no_house_number_stands(rules: Scrubber, text: str) -> None:
    result = rules.scrub(text)
    assert result.text == text
    assert result.marks == ()
