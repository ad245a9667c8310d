"""Ordinary sentences about good government that the context rules of the ninth to twelfth
rounds must leave as they are (a review of those rounds found each of these taken before the
rules were made to ask whether the word may be a name at all). Rules without deduce."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text",
    [
        # a word after or before a verb of naming that is an ordinary word
        "De oppositie noemt haar incompetent.",
        "Critici noemen hem populist omdat hij dat zei",
        "They called him corrupt.",
        "Ik noemde haar voorstel, maar niemand luisterde",
        "Terecht noemden ze hem.",
        # a word after "dit is", "wij zijn" or "ik ben" that is a word, not a name
        "Dit is stikstofbeleid van het Rijk.",
        "Wij zijn plattelandsbewoners uit Twente.",
        "Ik ben gemeenteambtenaar, mijn werk is leuk",
        "Ik ben vegetariër, mijn familie niet.",
        "I'm undecided, my vote is open.",
        # a business with no family in its name
        "De supermarkt op de hoek is dicht.",
        "De winkel van de bakker sluit",
        "De molen De Hoop staat er nog",
        # amounts and spans are no date of a letter
        "Onze aanvraag van 10.000 euro werd afgewezen.",
        "Mijn melding van 2-3 weken geleden",
        "Our request of 3.5 million",
        # places after kin, the last of a list, a group with an age
        "Ik wil mijn kleinkinderen Overijssel laten zien.",
        "Mijn auto (bouwjaar 2008) rijdt nog",
        "belangrijk.Team werk",
        # an employer that could be any of many
        "Ik werk bij een groot bedrijf in Enschede.",
        "hij werkt bij de supermarkt in Enschede",
    ],
)
def test_ordinary_sentences_stay(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("met Anna, Sara en opa.", "met [naam], [naam] en opa."),
        ("Scholieren, 14 jaar oud.", "Scholieren, [leeftijd]."),
        ("Ik gaf Piet n boek", "Ik gaf [naam] n boek"),
        (
            "Ik heb op 14 oktober een formulier ingediend.",
            "Ik heb op [datum] een formulier ingediend.",
        ),
    ],
)
def test_only_the_personal_part_goes(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected
