"""What a helper's review of rounds 63 and 64 found (100 sentences of its own, scrubbed before
and after; 30 better, 16 worse), each worse one mended and held here:

- a placing or a length read as an age: "en is 3 geworden in haar klasse", "zwemwedstrijd, 2
  geworden!!" (no birthday spoken of), "en al 12 jaar" (how long), "jarig, 15 en 16 maart"
  (days), "hij is twaalf vierkante meter" (a measure in text with no stops);
- words taken for names: a game ending a list before "en ik" ("Fortnite, Valorant en ik"), a
  thing in capitals before "voor vrienden" ("een BBQ"), Twents "zee da" after kin;
- a place swallowed into a business's name after "en" ("restaurant Smit en Enschede is …");
- ways and dams that are no one's street ("de Nieuwe Waterweg", "de Afsluitdijk", "de
  Pieterpad", "de kabouterpad", "de modderpad");
- a role lost to a capitalised organisation starting with "Meer" ("trainer bij Meer Bewegen
  voor Ouderen in Borne"): quantifiers end only a role's field now.
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "ze liep de 10 km in Goor en is 3 geworden in haar klasse",
        "Ik heb meegedaan aan de zwemwedstrijd, 2 geworden!!",
        "Ik ben vrijwilliger bij de voedselbank en al 12 jaar.",
        "mijn kamer hij is twaalf vierkante meter groot echt klein",
        "de boom hij is twintig centimeter gegroeid",
        "ik speel Fortnite, Valorant en ik kijk soms Netflix",
        "we deden Monopoly, Rummikub en ik won natuurlijk",
        "een BBQ voor vrienden in de tuin",
        "mijn oma zee da ze moe was",
        "we voeren met de boot op de Nieuwe Waterweg naar zee",
        "we reden over de dijk, het was druk op de Afsluitdijk",
        "we liepen met de klas op de kabouterpad in het bos",
        "het was glad op de modderpad achter de boerderij",
        "we zijn een stuk van de Pieterpad gelopen en sliepen bij de Pieterpad camping",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "mijn zus en ik zijn allebei jarig, 15 en 16 maart",
            "mijn zus en ik zijn allebei jarig, [datum]",
        ),
        (
            "ik ben kok bij restaurant Smit en Enschede is mijn thuis",
            "ik ben [functie] en Enschede is mijn thuis",
        ),
        ("Ik ben trainer bij Meer Bewegen voor Ouderen in Borne", "Ik ben [functie]"),
        ("mail me gerust info at groenhof goor punt n l", "mail me gerust [e-mail]"),
    ],
)
def test_mended(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected
