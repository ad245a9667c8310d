"""The forty-fifth round of rules, written from what ``unseen48`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen48`` has
students of MBO, hbo and university, signatures of associations and organisations, voice typing
and short reactions — 42 of 303 items came through, most of them programmes and roles):

- a programme with its year and group, and the school after it ("Sociaal Werk jaar 2, klas
  SW2B op Deltion", "Creative Technology year 1, group CreaTe-1C at the UT", "HBO-ICT jaar 1,
  klas EHI1V.Sd, Saxion Deventer", "… cohort IEM-24");
- a role on a signature's line with a food bank, a municipality, a parish, "Plaatselijk Belang"
  or "v.v." ("coördinator Voedselbank Hardenberg", "griffier gemeente Dinkelland");
- a BSN read out after "bsn nummer dat is", a unit after an address ("Ariënsplein 6, unit 27").

And what it kept: "Het team van jaar 3 won", "de griffier gemeente Dinkelland zei" (an office
spoken of), "mijn adres staat op de site".
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik studeer Sociaal Werk jaar 2, klas SW2B op Deltion en ik", "ik studeer [school] en ik"),
        ("Creative Technology year 1, group CreaTe-1C at the UT", "[school]"),
        ("PEM jaar 2, groep PEM2-A op Landstede Zwolle", "[school]"),
        ("HBO-ICT jaar 1, klas EHI1V.Sd, Saxion Deventer", "[school]"),
        ("BSc Industrial Engineering and Management year 1, cohort IEM-24", "[school]"),
        ("Marja Hofman, coördinator Voedselbank Hardenberg", "[naam], [functie]"),
        ("Henk Wolters, griffier gemeente Dinkelland", "[naam], [functie]"),
        (
            "de ambtenaar vroeg mijn bsn nummer dat is vijf zes nul acht negen vijf nul negen vier",
            "de ambtenaar vroeg mijn bsn nummer dat is [bsn]",
        ),
        (
            "I live in a container unit at Ariënsplein 6, unit 27, 7511 JX Enschede.",
            "I live in a container unit at [adres], [postcode] Enschede.",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het team van jaar 3 won",
        "de griffier gemeente Dinkelland zei",
        "mijn adres staat op de site",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    "text",
    [
        "In level 3, group 12 is the hardest part of the game.",
        "Jaar 2, team 10 had de beste presentatie",
        "Bij ons op school zitten in jaar 2, groep 3a en 3b kinderen",
        "In Minecraft level 3 team 2b won",
        "Het Provinciehuis jaar 2, team 12 doet mee",
        "het adres op pagina twee.",
        "vul je adres op regel drie in",
        "ik woon op kamer 3.14 van de flat",
    ],
)
def test_what_the_review_of_round_45_found(rules: Scrubber, text: str) -> None:
    """A year and a group with no programme before them and no school after them, "adres"
    without "is" before words that are no street, a room number with a decimal."""
    assert "[school]" not in scrubbed(rules, text) and "[adres]" not in scrubbed(rules, text)
