"""What a review of rounds 49 and 50 found (701 sentences before and after, written by a helper
who probed the change): a German street and postcode read into any "Word N, NNNNN Noun"
("Gruppe 2, 25000 Teilnehmer"); children's ages read into prices and everyone's age groups
("kinderen 7,50 euro", "voor kinderen 6, 7 en 8 jaar"); a degree spoken of taken as someone's
("Every MSc Robotics student at the UT"); "waren" with a count or a score ("De leerlingen waren
30 in totaal", "De jongens waren 2-0 voor"); the cues "hier is", "this is" and "ich bin" taking
brands and words ("hier is lidl goedkoper", "this is cringe"); a surname after an introduction
taking laughter and chat ("ik ben mila haha"); "mijn adres is btw een geheim". Each fixed: a
German postcode needs a street's shape or a form's words, children's ages one's own children
and a comma with a space, a degree someone's sentence, "waren" one's own children and two ages,
those cues only a surname after a first name, an address read out no chat word and no "een"."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "Gruppe 2, 25000 Teilnehmer insgesamt",
        "Woche 3, 10000 Radfahrer sind über die Grenze",
        "Stap 3, 25000 Overijsselaars deden mee",
        "Entree: volwassenen 10 euro, kinderen 7,50 euro.",
        "Kids 5,95 per persoon",
        "Activiteiten voor kinderen 6, 7 en 8 jaar in de bibliotheek",
        "Every MSc Robotics student at the UT gets a laptop",
        "The MSc Public Health, year 1, is offered online.",
        "Elke BSc Technische Geneeskunde student aan de UT loopt stage.",
        "De jongens waren 2-0 voor bij de rust",
        "De leerlingen waren 30 in totaal",
        "hier is lidl goedkoper",
        "ich bin pendlerin seit 20 Jahren",
        "this is cringe",
        "hier is veul te doen",
        "mijn adres is btw een geheim",
        "mijn adres is idd drie keer veranderd",
    ],
)
def test_what_the_review_found_taken_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik ben mila haha", "ik ben [naam] haha"),
        ("ik ben iris nogsteeds boos", "ik ben [naam] nogsteeds boos"),
        ("Ich wohne Am Kanal 8, 48531 Nordhorn und", "Ich wohne [adres], [postcode] Nordhorn und"),
        ("mijn zoons waren toen 6 en 8", "mijn zoons waren toen [leeftijd] en [leeftijd]"),
        (
            "wij zijn met vijf: ik, mijn man, kinderen 12, 9, 4.",
            "wij zijn met vijf: ik, mijn man, kinderen [leeftijd], [leeftijd], [leeftijd].",
        ),
    ],
)
def test_what_the_review_found_is_right_now(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected
