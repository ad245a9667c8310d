"""What a review of rounds 29 and 30 found, fixed: about 750 made-up sentences run through the
rules before and after the rounds. Made-up sentences only."""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("groetjes storm van 2b", "groetjes [naam] van 2b"),
        ("groetjes storm xxx", "groetjes [naam] xxx"),
        ("groetjes storm, 15 jaar", "groetjes [naam], [leeftijd]"),
        ("- storm van h3c", "- [naam] van [school]"),
        ("het dak is eraf - storm van vorige week", "het dak is eraf - storm van vorige week"),
    ],
)
def test_own_word_name_after_a_closing_word(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text, KnownPerson("Storm", "Oosterhof")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It used to be Frank who organised the Statenspel",
            "It used to be [naam] who organised the Statenspel",
        ),
        ("Op 5 mei ben ik 40 jaar geworden.", "Op [datum] ben ik [leeftijd] geworden."),
        ("Op 5 mei ben ik tante geworden", "Op [datum] ben ik tante geworden"),
        (
            "mijn zoon, 24 jaar in mei, woont in Zwolle",
            "mijn zoon, [leeftijd] in mei, woont in Zwolle",
        ),
        (
            "ik heb tot mijn 67 jaar gewerkt bij de boer",
            "ik heb tot mijn [leeftijd] gewerkt bij de boer",
        ),
        (
            "Onze trainer van de JO13 van Rohda in 2022 was heel goed",
            "Onze [functie] was heel goed",
        ),
        ("ik ben drie en dertig jaar en woon in Ommen", "ik ben [leeftijd] en woon in Ommen"),
        (
            "Meine Oma wohnt in Gronau und ist 88 Jahre alt.",
            "Meine Oma wohnt in Gronau und ist [leeftijd] Jahre alt.",
        ),
        (
            "Ik woon aan de Gronauer Straße 12, 48599 Gronau",
            "Ik woon aan de [adres], [postcode] Gronau",
        ),
        ("Ik ben receptionist bij de Jumbo in Hengelo", "Ik ben [functie]"),
        ("Met groet,\nJan Zwiers\nsecretaris dorpsraad Vasse", "Met groet,\n[naam]\n[functie]"),
        ("Ik ben voorzitter VVD afdeling Ommen", "Ik ben [functie]"),
        ("Met Sinterklaas 2012 ben ik 10 geworden.", "Met [datum] ben ik [leeftijd] geworden."),
        (
            "Mijn moeder is vorige week 80 geworden.",
            "Mijn moeder is vorige week [leeftijd] geworden.",
        ),
    ],
)
def test_leaks_closed(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "To be Frank, it was great",
        "De burgemeester van Almelo in 2015 was beter",
        "De minister-president in 2010 was Balkenende",
        "ik ben vijf en twintig jaar getrouwd",
        "de postcode is vijf en twintig",
        "Hoi\nde burgemeester van Almelo moet meer doen",
        "Ik ben paardrijder in Lemelerveld",
        "Het was een echte head-to-head race in Ommen.",
        "Ik ben lead in de schoolmusical van het Carmel in Raalte",
        "I'd love to live next to the church.",
        "Ik rij de tractor van mijn opa op het land in Haarle.",
        "Wir sind Mitglieder im Schützenverein Gronau.",
        "Ik vind dat je op de leeftijd van 16 al mag stemmen.",
        "Ik ben gewoon de kok bij ons thuis in Lemele.",
        "ik werk bij de Snackbar op de hoek",
        "De deelnemers (40, uit heel Overijssel) kwamen in Zwolle.",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
