"""What a review of rounds 52 and 53 found (841 made-up sentences, scrubbed before and after),
each fixed in general: "open voor iedereen" taken as a nickname "for friends"; birthday steps of
grades, degrees, guests and buses; "ik snap je punt" read as a Snapchat handle; "ze noemen hem
soms de baas" as a nickname; "die zijn allemaal 99 cent"; "onze dorpsraad (25 geworden!)"; "en
ps5" as the next handle; "bij de dirk sanne" as a double first name; "ik wil de secretaris van de
dorpsraad zijn nummer geven" (his number, not a wish); "het Suikerfeest en Bayram" (feasts are
no names now) — and read-out handles now go on through a surname's prefix ("noor underscore de
vries")."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "het dorpshuis (open voor iedereen) wordt gesloten",
        "de kermis, leuk voor de familie, is in september",
        "the library (open for everyone) closed",
        "jarig en mijn cijfer ging van 5 naar 6",
        "de temperatuur ging van 20 naar 21 graden op mijn verjaardag",
        "birthday party: 20 -> 21 guests",
        "de turnvereniging ging van 30 naar 31 leden",
        "ik word gek, de bus van 17 -> 18 uur is weer te laat",
        "ik snap je punt wel",
        "ik snap het punt van de provincie niet",
        "facebook is punt 1 voor ouderen",
        "ze noemen hem soms de baas omdat hij alles regelt",
        "ik noem haar plan de oplossing",
        "die zijn allemaal 99 cent in de Action",
        "we zijn allemaal 11 spelers op het veld",
        "onze dorpsraad (25 geworden!) heeft een feest",
        # feasts are no names, also joined to a word taken for one
        "na het Suikerfeest en Pasen gaan we weer naar school",
        "met Newroz en Kerst is iedereen thuis",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ik wil de secretaris van de dorpsraad Lemele zijn nummer geven",
            "ik wil [functie] zijn nummer geven",
        ),
        ("snap: noor underscore de vries", "snap: [account]"),
        ("tiktok: luuk underscore van der berg", "tiktok: [account]"),
        ("mijn vriendinnen zijn allemaal 16", "mijn vriendinnen zijn allemaal [leeftijd]"),
        ("mijn broertje werd 9 -> 10", "mijn broertje werd [leeftijd] -> [leeftijd]"),
        ("insta sanne.b en ps5 spelen", "insta [account] en ps5 spelen"),
        ("ik heb bij de dirk sanne gezien", "ik heb bij de dirk [naam] gezien"),
    ],
)
def test_what_goes(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected
