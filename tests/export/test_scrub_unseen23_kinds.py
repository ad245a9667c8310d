"""The twenty-seventh round of rules, written from what ``unseen23`` let through (made-up
sentences of the same kinds, not the corpus lines):

- the citizen's own first name that is a word too ("Storm", "Sky"), typed in lower case where
  it signs the answer off ("groetjes storm", "- sky 14");
- a class with its level and no school ("uit h3c", "mijn 4 havo"): kept — most annotators
  leave it — but marked for the editor; "groetjes 2b mavo" is no street ("groetj-es") with a
  house number;
- Twents double surnames after "Kleine", "Grote" and "Nijen" ("Harm Kleine Koerkamp");
- "op de gezegende leeftijd van vierennegentig jaren", "at the ripe old age of 90";
- where someone lives by the building next to it ("ik woon naast de kerk in bruinehaar");
- "mbo niveau twee bij het deltion"; a dialect street ("Kerkstraete nummer achttien");
- a route written with an en dash after a role ("buschauffeur op de lijn Hardenberg–Emmen").

And what it kept that it had taken: a role played in a game ("deed mee als gedeputeerde" in a
sentence about the game, "ik was burgemeester in het spel"), a name as a kind of person in
English ("such a Karen"), "al 2 jr omrijden", "geen mensen onder de veertig".
"""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        (
            "meer bussen in de avond aub 🙏 groetjes storm",
            KnownPerson("Storm", "Oosterhof"),
            "meer bussen in de avond aub 🙏 groetjes [naam]",
        ),
        (
            "wifi in de trein pls - sky 15",
            KnownPerson("Sky"),
            "wifi in de trein pls - [naam] [leeftijd]",
        ),
        (
            "het was storm op de dijk en de bus reed niet",
            KnownPerson("Storm"),
            "het was storm op de dijk en de bus reed niet",
        ),
        (
            "- storm is gevaarlijk voor de dijken",
            KnownPerson("Storm"),
            "- storm is gevaarlijk voor de dijken",
        ),
    ],
)
def test_own_name_signing_off(
    rules: Scrubber, text: str, person: KnownPerson, expected: str
) -> None:
    assert scrubbed(rules, text, person) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "de jongen van Gerrit Kleine Deters won de debatfinale",
            "de jongen van [naam] won de debatfinale",
        ),
        (
            "Ik mocht op de prachtige leeftijd van zevenentachtig jaren nog stemmen.",
            "Ik mocht op de prachtige leeftijd van [leeftijd] nog stemmen.",
        ),
        (
            "At the ripe old age of 91 I voted again.",
            "At the ripe old age of [leeftijd] I voted again.",
        ),
        ("ik ben zevenentachtig jaren oud en", "ik ben [leeftijd] en"),
        (
            "ik woon naast de kerk in lemele en de weg is slecht",
            "ik woon [adres] en de weg is slecht",
        ),
        ("Wij wonen boven de bakker in Delden.", "Wij wonen [adres]."),
        (
            "ik zit op mbo niveau drie bij het deltion in zwolle en ik wil",
            "ik zit op [school] en ik wil",
        ),
        ("Ik woon an de Molenstraete nummer twaalf en", "Ik woon an de [adres] en"),
        (
            "Ik ben al tien jaar machinist op de lijn Zwolle–Emmen en ik zie",
            "Ik ben [functie] en ik zie",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("groetjes van lotte uit v4b, doei", "v4b"),
        ("Mijn 3 havo heeft het Democratiespel gespeeld.", "3 havo"),
        ("groetjes 2b mavo van meneer Kamphuis", "2b mavo"),
    ],
)
def test_a_class_alone_is_kept_and_marked(rules: Scrubber, text: str, marked: str) -> None:
    result = rules.scrub(text)
    assert marked in result.text
    assert "[adres]" not in result.text
    assert any(text[start:end] == marked for start, end in result.marks_in_source)


@pytest.mark.parametrize(
    "text",
    [
        "bij het Statenspel deed onze juf mee als gedeputeerde en wilde overal windmolens",
        "ik was burgemeester in het spel en we gaven alles uit aan een zwembad",
        "the guy from the rich party was such a Karen, he said it every sentence",
        "wanneer komt de brug nou af?? al 2 jr omrijden",
        "waarom waren er bijna geen mensen onder de veertig?",
        "ik woon naast de snelweg en hoor de hele nacht auto's",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_name_said_before_stays_a_name(rules: Scrubber) -> None:
    out = scrubbed(
        rules,
        "My neighbour Ineke helps me with the forms, but not everyone has an Ineke nearby.",
    )
    assert "Ineke" not in out


def test_an_age_after_a_signature_stays_an_age(rules: Scrubber) -> None:
    out = scrubbed(rules, "mijn dochter is al 2 jr en ze kan nergens spelen")
    assert out == "mijn dochter is al [leeftijd] en ze kan nergens spelen"
