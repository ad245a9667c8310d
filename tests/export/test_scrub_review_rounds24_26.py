"""A review of rounds 24–26 with about 620 made-up sentences: what those rounds took of ordinary
sentences and the leaks next to them. Each high or medium finding that was fixed is one
sentence here (rules alone, no deduce)."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text",
    [
        # a place's own name after "heet" / "called" stays
        "Het dorp waar ik woon heet Denekamp.",
        "The town is called Hengelo and it is in Twente.",
        # "nummer" and a number word is a ranking or a count, not a house, with no one living there
        "Albert Heijn is de supermarkt nummer één van Nederland.",
        "Het fietspad nummer twaalf loopt langs de Vecht.",
        "de hoofdweg nummer twee keer afgesloten dit jaar",
        # a role in brackets needs a person before it and nothing else in the bracket
        "Ook Almelo (wethouder van wonen) kwam met plannen.",
        "Tubbergen (burgemeester is een vrouw) ligt in Twente.",
        # a group's count in brackets is no age
        "De deelnemers (40, uit heel Overijssel) kwamen in Zwolle.",
        "We waren met 15 de jongste groep van de dag.",
        # "at" with a word that is a holiday, not a school
        "My daughter is in grade 5 at Christmas she had a play.",
        "Mijn adres is niet belangrijk, de Kerkstraat is mooi.",
    ],
)
def test_ordinary_sentences_stay(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ik ben journalist bij Tubantia over de Statenverkiezingen en schrijf veel.",
            "Ik ben [functie] over de Statenverkiezingen en schrijf veel.",
        ),
        (
            "Mijn zus (wethouder in Ommen) zegt dat het goed gaat.",
            "Mijn zus ([functie]) zegt dat het goed gaat.",
        ),
        (
            "ik woon aan de kerkweg zeventien 7451 ab holten",
            "ik woon aan de [adres] [postcode] holten",
        ),
        ("Mein Mann ist am 2. Dezember 2019 gestorben.", "Mein Mann ist am [datum] gestorben."),
        ("Ik ben docent Japans aan de Universiteit Twente.", "Ik ben [functie]."),
        ("wiej wont op erve kamphuis an de markeloseweg en", "wiej wont op [adres] en"),
        (
            "Mijn adres is Kerkstraat 5, Molenweg 3 was het vroeger.",
            "Mijn adres is [adres], [adres] was het vroeger.",
        ),
    ],
)
def test_what_goes(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    ["In Hengelo 5 nieuwe scholen gebouwd.", "Albert Heijn 2 pakken melk gekocht voor de buren."],
)
def test_no_house_number_mark_on_counts(rules: Scrubber, text: str) -> None:
    result = rules.scrub(text)
    assert result.text == text
    assert result.marks == ()
