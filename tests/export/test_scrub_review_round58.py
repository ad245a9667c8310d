"""What a helper's review of the fifty-eighth round (188 sentences of its own, and 236 more on
exclamations) found the new rules took that is no one's, or missed: each fixed, the sentences
kept here. "Knap zeg" stays taken as a surname on purpose: "Visser zeg, doe normaal" addresses
someone, and no list tells the two apart."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text",
    [
        # a field, a churchyard or a road of anyone by one's house is no address
        "op het grasveld voor ons huis spelen de kinderen",
        "op het kerkhof achter ons huis ligt mijn opa",
        "op de ventweg voor ons huis staan auto's",
        "vanuit ons huis horen we de snelweg nummer vijfendertig de hele nacht",
        "na de verbouwing van het huis reden we via de rijksweg nummer vijfendertig terug",
        # kin in English before a weekday, a feast or a war
        "I called my aunt Monday evening about the bus",
        "we visited my uncle Easter Monday",
        "my grandfather WWII medals are in the museum",
        # German writes its nouns with a capital: no kin words of German in the list
        "Ik heb gestern mit meinem Bruder Fußball gespielt",
        # ordinary words between "w w w punt" and "punt nl"; a word before ", mijn <kin>"
        "ik typte w w w punt en toen was het punt nl",
        "het was de mooiste roos, mijn moeder was er zo trots op",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("het huis is op naam van jan gezet.", "het huis is op naam van [naam] gezet."),
        ("op naam van jan gerrit de vries graag", "op naam van [naam] graag"),
        ("we wonen aan de zuideres 5 in Losser", "we wonen aan de [adres] in Losser"),
        ("roos, mijn zus, werkt bij de thuiszorg", "[naam], mijn zus, werkt bij de thuiszorg"),
        # "als de <office>" after a verb of starting is "as"; "zou … werken als" is a fact
        (
            "ik ben begonnen als de eerste vrouwelijke wethouder van Hellendoorn",
            "ik ben begonnen als [functie]",
        ),
        (
            "In 1975 zou ik beginnen als leerling-verpleegkundige in het Deventer ziekenhuis, dat",
            "In [datum] zou ik beginnen als [functie], dat",
        ),
        (
            "ik zou later werken als onderwijzer in Markelo, tot",
            "ik zou later werken als [functie], tot",
        ),
        ("mien zeun wör volgende weake twintig", "mien zeun wör volgende weake [leeftijd]"),
        ("mijn opa wodt volgende joar negentig", "mijn opa wodt volgende joar [leeftijd]"),
        (
            "De buurman en ik zijn eigenaar van het bos achter de kerk",
            "De buurman en ik zijn [functie] achter de kerk",
        ),
    ],
)
def test_what_goes(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected
