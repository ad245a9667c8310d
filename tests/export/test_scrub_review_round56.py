"""What a review of round 56 and its fixes found (599 made-up sentences, scrubbed before and
after), each fixed in general: a year read out as "twintig …" took times, prices and plan years
("in twintig dertig minuten", "voor twintig negenennegentig") — the rule is gone; a house number
in hundreds after a street took speeds and counts ("op de snelweg honderdtwintig", "op de Markt
tweehonderd") — now only where an address is asked for or a postcode follows; the programme after
"klas" took "gaat samen met" — gone; a seat in the Staten said with "zit ik", "toen" or
"jarenlang" was lost; a list of three ages after names lost its last; a subject in capitals after
"docent" was no topic."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "Ik fiets in twintig dertig minuten naar school.",
        "Ik kocht die jas voor twintig negenennegentig.",
        "Wij rijden op de snelweg honderdtwintig, dat is genoeg.",
        "Wij hadden op de Markt tweehonderd, vorig jaar driehonderd bezoekers.",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De klas gaat samen met jaar 3 van het Carmel op kamp.",
            "De klas gaat samen met [school] op kamp.",
        ),
        ("Ik ben docent in Zwolle en docent Duits.", "Ik ben [functie]."),
        ("Sinds 2019 zit ik in Provinciale Staten voor de PVV.", "Sinds [datum] zit ik [functie]."),
        ("Nu zit ik in Provinciale Staten voor GroenLinks.", "Nu zit ik [functie]."),
        ("Ik zat jarenlang in de Tweede Kamer.", "Ik zat [functie]."),
        (
            "Ik ben 35, Bram 7, Sem 5 en Julia 2.",
            "Ik ben [leeftijd], [naam] [leeftijd], [naam] [leeftijd] en [naam] [leeftijd].",
        ),
        (
            "de bushalte bij ons aan de Oldenzaalsestraat honderd twaalf in Losser is kapot",
            "de bushalte bij ons aan de [adres] in Losser is kapot",
        ),
    ],
)
def test_found(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected
