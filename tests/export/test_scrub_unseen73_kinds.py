"""The sixtieth round of rules, written from what ``unseen73`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen73`` is pupils of
10–14 after a Democratiespel and voice-typed answers — 28 of 147 items came through, 9 of them
structured):

- names read out to a phone, split into the words it heard, after an introduction or "op naam
  van" in an answer in lower case ("ik ben gerrit jan schol ten uit …", "u spreekt met mo hammed
  el am rani", "op naam van f tij ink", "op naam van wim en gerda nij huis");
- addresses read out: a street in pieces before its suffix ("op de del dener straat honderd
  twaalf", "naar oude rijs sense weg vijf a"), a street before a postcode read out ("naar de
  esch dertien zeven vier acht twee p d"), the street where one lives after "bij ons", after
  "sinds die tijd op de boerderij", after the town ("ik woon in al melo op de wier dense
  straat");
- an e-mail read out with a number in it ("anouk hesselink twee en tachtig apenstaartje …");
- an IBAN with a space inside its bank's code ("NL03 ING B 2672 4904 22");
- ages: after "die is pas" and an emoji, after "word volgende week";
- over-scrubbing: "to be frank" in lower case, "ik ben jarig op …" (deduce lists "jarig" as a
  first name).
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ik ben gerrit jan schol ten uit lemmeler veld en ik wou",
            "ik ben [naam] uit lemmeler veld en ik wou",
        ),
        (
            "goedenavond u spreekt met mo hammed el am rani ik ben blij",
            "goedenavond u spreekt met [naam] ik ben blij",
        ),
        ("hi this is david o connell i moved to deventer", "hi this is [naam] i moved to deventer"),
        ("mijn naam is ai sel yield ik woon in hengelo", "mijn naam is [naam] ik woon in hengelo"),
        ("op naam van f tij ink klopt het dat", "op naam van [naam] klopt het dat"),
        ("op naam van wim en gerda nij huis", "op naam van [naam] en [naam]"),
        (
            "ik woon in hengel o op de del dener straat honderd twaalf ik ben moeder",
            "ik woon in hengel o op de [adres] ik ben moeder",
        ),
        (
            "stuur het maar naar oude rijs sense weg vijf a zeven vier vier een k l nijver dal",
            "stuur het maar naar [adres] [postcode] nijver dal",
        ),
        (
            "sturen naar de esch dertien zeven vier acht twee p d haaks bergen",
            "sturen naar [adres] [postcode] haaks bergen",
        ),
        (
            "bij ons op de esweg in oldenzaal rijden vrachtwagens",
            "bij ons op de [adres] in oldenzaal rijden vrachtwagens",
        ),
        (
            "wij wonen sinds die tijd op de boerderij aan de haarweg in hellendoorn",
            "wij wonen sinds die tijd op de boerderij aan de [adres] in hellendoorn",
        ),
        (
            "ik woon in al melo op de wier dense straat mijn vrouw",
            "ik woon in al melo op de [adres] mijn vrouw",
        ),
        (
            "mijn mail is anouk hesselink twee en tachtig apenstaartje gmail punt com",
            "mijn mail is [e-mail]",
        ),
        ("overmaken op NL03 ING B 2672 4904 22 graag", "overmaken op [iban] graag"),
        (
            "mijn zusje Fenne, die is pas 3 🐕 maar",
            "mijn zusje [naam], die is pas [leeftijd] 🐕 maar",
        ),
        (
            "en juf marieke word volgende week 40 🎉",
            "en juf [naam] word volgende week [leeftijd] 🎉",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik ben erg blij met de avond",
        "ik ben benieuwd wat er gebeurt",
        "this is a good idea",
        "mijn naam is niet belangrijk maar ik vind",
        "my name is not important",
        "ik ben jarig op de eerste zaterdag van de zomer",
        "and to be frank i did not know",
        "bij ons op de snelweg is het druk",
        "ik typte w w w punt en toen was het punt nl",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_an_account_number_with_a_split_code_is_one_only_when_it_is_valid(
    rules: Scrubber,
) -> None:
    assert scrubbed(rules, "op NL03 ING B 2672 4904 22 graag") == "op [iban] graag"
    assert "[iban]" not in scrubbed(rules, "op NL03 ING B 2672 4904 21 graag")
