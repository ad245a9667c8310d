"""The thirtieth round of rules, written from what ``unseen32`` let through (made-up sentences of
the same kinds, not the corpus lines; ``unseen32`` is about work and study, with 64 roles):

- a role after "dit jaar", "in het dagelijks leven", "sinds kort"; a role joined by "en" with
  words of time between;
- where a role is: "bij Hotel de Kruisberg", "bij Koeltransport Ter Haar in Dalfsen", "van de
  gemeenteraad van Dinkelland" (no participle: "gemeenteraad" starts with "ge-"), "voor de
  zuivelfabriek in Borculo", "at a defence electronics company in Hengelo";
- a role in brackets after a surname ("Ton Bakker (voorzitter van …)"); a role in a signature
  without a link ("Statenlid SP", "oud-raadslid Steenwijkerland (2014-2022)", "directeur obs
  Het Kompas, Haaksbergen"), also on the line under the name;
- jobs by their task ("ik draai de nachten op …", "ik rij … regiotaxi voor de gemeente …") —
  not a driver of a bus or taxi in a town or region alone, as the blind annotators leave it;
- roles no list had: "assessor", "shiftlead", "souschef", "-rijder", "fellow", a role joined
  by a hyphen to a person word ("student-assessor"); English roles that are no Dutch word
  without English around them ("ik ben co-founder van …");
- German: "Wir sind seit 2011 Bäcker in Glanerbrug", a job with a Dutch where in a German
  sentence, "im 2. Semester … an der UT", a German street and postcode;
- a surname that is a place after a name a rule took ("van Ans van Goor oet Goor").
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ik ben dit jaar penningmeester van studievereniging Taurus op de UT en",
            "Ik ben dit jaar [functie] en",
        ),
        (
            "Ik ben raadslid in Tubbergen en in het dagelijks leven melkveehouder in Albergen.",
            "Ik ben [functie] en in het dagelijks leven [functie].",
        ),
        (
            "ik ben runner en sinds kort shiftlead bij de bezorghub van Picnic in Zwolle, we",
            "ik ben runner en sinds kort [functie], we",
        ),
        ("ik ben souschef bij Hotel de Zwaan in Delden, we zoeken", "ik ben [functie], we zoeken"),
        (
            "Ik ben transportplanner bij Transport Ter Haar in Dalfsen en plan",
            "Ik ben [functie] en plan",
        ),
        ("Als griffier van de gemeenteraad van Tubbergen heb ik", "Als [functie] heb ik"),
        (
            "ik ben melkrijder voor de zuivelfabriek in Borculo en ik rij",
            "ik ben [functie] en ik rij",
        ),
        (
            "I'm Ravi, software test lead at a defence company in Hengelo. I'd",
            "I'm [naam], [functie]. I'd",
        ),
        (
            "Mijn buurman Ton Bakker (voorzitter van wijkraad Berflo Es) wil vast meedoen",
            "Mijn buurman [naam] ([functie]) wil vast meedoen",
        ),
        ("Met groet,\nJan Zwiers, Statenlid SP", "Met groet,\n[functie]"),
        ("Harm Jansen, oud-raadslid Steenwijkerland (2010-2018)", "Harm [naam], [functie]"),
        (
            "Met vriendelijke groet,\nMarjolein Brink\ndirecteur obs De Wegwijzer, Haaksbergen",
            "Met vriendelijke groet,\n[naam]\n[functie]",
        ),
        (
            "ik draai de nachten op de dementie-afdeling van De Bongerd in Wierden. Het",
            "ik draai [functie]. Het",
        ),
        (
            "Ik rij met mijn eigen bedrijfje regiotaxi voor de gemeente Ommen en",
            "Ik rij met mijn eigen bedrijfje [functie] en",
        ),
        (
            "ik ben student-assessor in het faculteitsbestuur van BMS op de UT dus",
            "ik ben [functie] dus",
        ),
        (
            "Ik ben co-founder van GreenGrow, een spin-off van de UT",
            "Ik ben [functie], een spin-off van de UT",
        ),
        (
            "As a research fellow at the TechMed Centre of the University of Twente, I was",
            "As [functie], I was",
        ),
        (
            "Wir sind seit 2009 Bäcker in Glanerbrug, klanten van beide kanten.",
            "Wir sind [functie], klanten van beide kanten.",
        ),
        (
            "Ich arbeite als Pflegekraft op de IC van ZGT in Almelo, seit zwei Jahren. Ich bin da.",
            "Ich arbeite als [functie]. Ich bin da.",
        ),
        (
            "Ich studiere im 3. Semester Maschinenbau an der UT und pendel",
            "Ich studiere [school] und pendel",
        ),
        (
            "Mit freundlichen Grüßen\nKlaus Terhorst\nBahnhofstraße 12\n48599 Gronau",
            "Mit freundlichen Grüßen\n[naam]\n[adres]\n[postcode] Gronau",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik rij taxi in Hengelo en Borne, mijn auto is zwart",
        "ik rij al 22 jaar bus in het vechtdal en de mensen worden agressiever",
        "ik zit in de jongerenraad van Twenterand.",
        "het was vet in Ommen",
        "ik ben docent Nederlands",
        "Ich studiere gern, im 2. Semester war es schwer.",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
