"""The kinds ``unseen13`` let through, read after its blind measurement and fixed in general in
the fifteenth round, shown on made-up sentences (none is copied from the corpus): answers
shouted or written With Capitals On Every Word read as ordinary text (:mod:`bot.export.scrub.case`),
political parties kept, a year spoken as one word, an age after "btw", a programme before its
mbo level, a username after "met de naam", a name before "zn", the month and year of a fire or
a move, a nickname in dialect ("neumt ze mien"), a word no list knows shaped as one who does
something after kin, an address spoken with its number in words, a school's name with "a" —
and what must stay. Rules without deduce."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Wat We Nodig Hebben Is Handhaving. Er Staat Een Busje Voor Lindelaan 7 In Goor, Van "
            "De Buurman Rick Zwiers. Niemand Doet Er Wat Aan.",
            "Wat We Nodig Hebben Is Handhaving. Er Staat Een Busje Voor [adres] In Goor, Van De "
            "Buurman [naam]. Niemand Doet Er Wat Aan.",
        ),
        (
            "MIJN VROUW IS GEVALLEN VOOR DE DEUR EN HEEFT HAAR POLS GEBROKEN. GROETEN JOHAN KOSTER",
            "MIJN VROUW IS GEVALLEN VOOR DE DEUR EN HEEFT HAAR POLS GEBROKEN. GROETEN [naam]",
        ),
        (
            "Ik Heb Het Statenspel Gezien Met Mijn Dochter Roos En Het Was Heel Leerzaam. Wij "
            "Wonen In Markelo",
            "Ik Heb Het Statenspel Gezien Met Mijn Dochter [naam] En Het Was Heel Leerzaam. Wij "
            "Wonen In Markelo",
        ),
    ],
)
def test_shouted_and_title_cased_answers(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "ik ben geboren op vijf juli negentienhonderdzevenenveertig in dedemsvaart punt",
            "ik ben geboren op [datum] in dedemsvaart punt",
        ),
        (
            "dm me als je wil, ik ben sterre btw, 16, en ik wil meedoen",
            "dm me als je wil, ik ben [naam] btw, [leeftijd], en ik wil meedoen",
        ),
        (
            "ik doe verzorgende ig niveau 3 op het deltion en mijn stage is in Kampen",
            "ik doe [school] en mijn stage is in Kampen",
        ),
        (
            "in het online panel zat iemand met de naam tukkervibes die goede punten had",
            "in het online panel zat iemand met de naam [account] die goede punten had",
        ),
        (
            "dat moment dat mo zn speech vergat was legendarisch",
            "dat moment dat [naam] zn speech vergat was legendarisch",
        ),
        (
            "Toen oons huus in de brand stun in oktober 2019, kwamen de noabers.",
            "Toen oons huus in de brand stun in [datum], kwamen de noabers.",
        ),
        ("we zijn in mei 2018 verhuisd naar Ommen", "we zijn in [datum] verhuisd naar Ommen"),
        (
            "Hier neumt ze mien nog altied de Dalfser, al woon ik hier al veertig jaar.",
            "Hier neumt ze mien nog altied [naam], al woon ik hier al veertig jaar.",
        ),
        (
            "Mien opa Jan Hendrik Morsink was holtrichter van de marke Lemselo, en hee zei altied",
            "Mien opa [naam] was [functie], en hee zei altied",
        ),
        (
            "punt mijn adres is de wieken negen in nijverdal punt",
            "punt mijn adres is [adres] in nijverdal punt",
        ),
        (
            "Mijn zoon deed mee namens 6 vwo van het Thomas a Kempis en wij wachtten.",
            "Mijn zoon deed mee namens [school] en wij wachtten.",
        ),
    ],
)
def test_the_kinds_of_the_fifteenth_round(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "waar een statenlid van GroenLinks en een statenlid van de VVD samen de stemming uitlegden",
        "in maart 2019 was de inloopavond in het dorpshuis",  # no life of one's own
        "wij wonen op de boerderij twee kilometer verderop",  # a distance, no house number
        "de boom zijn takken hangen over de weg",
        "een kat met de naam poes",  # a word, no username
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_an_ordinary_answer_keeps_its_capitals(rules: Scrubber) -> None:
    """Only an answer with capitals on most of its ordinary words is read in lower case: the
    names and places in an ordinary one keep theirs."""
    assert scrubbed(rules, "Goed bestuur is luisteren, zei Anna in Zwolle.") == (
        "Goed bestuur is luisteren, zei [naam] in Zwolle."
    )
