"""The twenty-second round of rules, written from what ``unseen24`` let through (made-up
sentences of the same kinds, not the corpus lines):

- a month written out in full is never read as its abbreviation ("2 February" was "[datum]ruary");
- handles in any script ("@zoë_bakt"), a plate's number said as "twee en zeventig";
- a street with its house number in dialect ("vieftien") before "bi'j";
- classes in number words ("drie vwo"), a programme before its year ("doe verpleegkunde jaar 1
  aan windesheim") and a programme of two words joined by "en" ("zorg en welzijn");
- "de tachtig gepasseerd"; a number before a plural noun counts things, it is no age;
- a name after "mijn achternaam is", whatever word it is; German "Frau" and "Herr";
- a club by its initials in lower case ("vv de zweef") names where a role is; "wel" before a
  role, "sinds dit voorjaar" with it; a member of a board after an adjective ("het algemeen
  bestuur").
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our son was born on 2 February in Isala in Zwolle.",
            "Our son was born on [datum] in Isala in Zwolle.",
        ),
        ("ik ben geboren op 3 augustus 1950", "ik ben geboren op [datum]"),
        (
            "zet ze online als @zoë_bakt. Mensen kijken",
            "zet ze online als [account]. Mensen kijken",
        ),
        (
            "er staat een busje met kenteken v t l twee en zeventig g op de parkeerplaats",
            "er staat een busje met kenteken [kenteken] op de parkeerplaats",
        ),
        (
            "Wi'j wont an de Kerkweg vieftien bi'j Dalfsen, dichte an de Vecht.",
            "Wi'j wont an de [adres] bi'j Dalfsen, dichte an de Vecht.",
        ),
    ],
)
def test_dates_handles_plates_and_addresses(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "hoi ik doe verpleegkunde jaar 2 aan saxion en de stage is zwaar",
            "hoi ik doe [school] en de stage is zwaar",
        ),
        ("zit op deltion, niveau 3 zorg en welzijn, en we", "zit op [school], en we"),
        ("Ik doe nu Landstede niveau 2 sport en bewegen.", "Ik doe nu [school]."),
        (
            "mijn dochter zit in drie vwo van het carmel in hengelo en fietst",
            "mijn dochter zit in [school] en fietst",
        ),
    ],
)
def test_schools_as_students_and_parents_write_them(
    rules: Scrubber, text: str, expected: str
) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text", ["ik zit op een havo", "wij hebben twee havo klassen", "ik doe nu jaarlijks mee"]
)
def test_no_school_without_a_class(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ik ben de negentig gepasseerd en nog fit.",
            "Ik ben de [leeftijd] gepasseerd en nog fit.",
        ),
        ("hij is de 90 al voorbij", "hij is de [leeftijd] al voorbij"),
        ("I turned fifty this spring", "I turned [leeftijd] this spring"),
        ("mijn oma is 80 inmiddels", "mijn oma is [leeftijd] inmiddels"),
    ],
)
def test_ages(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mn opa is al 4 kippen kwijt door de vos",
        "de 30 graden zijn voorbij",
        "we zijn de twintig minuten voorbij",
        "mijn dochter is 3 weken oud",
    ],
)
def test_counts_are_no_ages(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "en ja mijn achternaam is vos, nee geen familie",
            "en ja mijn achternaam is [naam], nee geen familie",
        ),
        ("haar bijnaam is de lange", "haar bijnaam is [naam]"),
        (
            "Guten Tag, ich bin Frau Brinkmann aus Gronau.",
            "Guten Tag, ich bin Frau [naam] aus Gronau.",
        ),
        ("Herr Jansen hat gesagt, dass", "Herr [naam] hat gesagt, dass"),
    ],
)
def test_names_after_their_label_or_title(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mijn achternaam is ook lastig om te spellen",
        "mijn naam is niet belangrijk",
        "ich habe eine Frau und zwei Kinder",
    ],
)
def test_no_name_after_a_label_without_one(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "maar ik ben wel al trainer bij de jo9 van vv de zweef elke zaterdag, dus",
            "maar ik ben wel al [functie] elke zaterdag, dus",
        ),
        ("ik ben scheidsrechter bij vv bentelo", "ik ben [functie]"),
        (
            "Ik ben sinds dit najaar raadslid in Dalfsen en ik leer veel.",
            "Ik ben [functie] en ik leer veel.",
        ),
        (
            "Ik ben lid van het algemeen bestuur van Waterschap Vechtstromen namens de boeren.",
            "Ik ben [functie] namens de boeren.",
        ),
    ],
)
def test_roles(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik ben lid van de tennisclub",
        "Ik ben lid van de bibliotheek",
        "ik ben wel blij",
        "ik ben trainer van de jo11",
        "hij deed alsof hij echt gedeputeerde was",
    ],
)
def test_no_role_where_none_is(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
