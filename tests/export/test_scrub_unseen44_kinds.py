"""The forty-second round of rules, written from what ``unseen44`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen44`` has pupils
and students in sessions, voice typing, volunteers and board members, newcomers and border
neighbours):

- how long one has a role, after a name and its age or "hier," ("Wilma, 61, sinds 2015
  coördinator van …", "Marian hier, sinds 2020 bestuurslid van …"), "sinds de oprichting";
- a volunteer with how long and where ("sinds 2008 vrijwilliger bij de Zonnebloem afdeling
  Rijssen"; a volunteer with where only stays, as blind annotators disagree on it);
- "onze schutterskoning van dit jaar"; an age "op zn 18e";
- a surname spelled out in letters ("t e n d a m"), a spoken street before a spoken postcode
  with "één", a date of birth read out in numbers ("twaalf twaalf twee duizend zes");
- a month of what befell someone ("sinds zijn val in januari"); a season and year in German
  and English ("seit Sommer 2021", "in summer 2019");
- a degree programme at "the UT" after "X here,"; voice assistants are no names ("oke siri").

And what it kept: "op je 18e" (anyone's), "vrijwilliger bij de voedselbank in Almelo", "de val in
januari was ijzig", "In het derde jaar van de pabo moet je veel stage lopen".
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Even voorstellen: Wilma ten Hoopen, 61, sinds 2015 coördinator van de Thuishulp in "
            "Kampen. Ik",
            "Even voorstellen: [naam], [leeftijd], [functie]. Ik",
        ),
        (
            "Marian hier, sinds 2020 bestuurslid van de KBO in Saasveld. Onze",
            "[naam] hier, [functie]. Onze",
        ),
        ("Ik ben sinds de oprichting lid van de dorpsraad Bentelo. Met", "Ik ben [functie]. Met"),
        (
            "Ik ben sinds 2008 vrijwilliger bij de Zonnebloem afdeling Rijssen en bezoek",
            "Ik ben [functie] en bezoek",
        ),
        ("Ik ben al 12 jaar vrijwilliger bij de bibliotheek in Goor.", "Ik ben [functie]."),
        (
            "Bennie Oude Nijeweme, onze schutterskoning van dit jaar, heeft drie avonden",
            "[naam], onze [functie], heeft drie avonden",
        ),
        (
            "die bleek ook brandweerman te zijn, op zn 18e 😳",
            "die bleek ook brandweerman te zijn, op zn [leeftijd] 😳",
        ),
        (
            "mijn naam is henk ten dam dat is t e n d a m ik heb een vraag",
            "mijn naam is [naam] dat is [naam] ik heb een vraag",
        ),
        (
            "mijn adres is oude deventerweg honderdtwaalf acht één twee één r k olst en",
            "mijn adres is [adres] [postcode] olst en",
        ),
        (
            "ik ben negentien jaar geboren op twaalf twaalf twee duizend zes en ik woon",
            "ik ben [leeftijd] geboren op [datum] en ik woon",
        ),
        (
            "en Hendrik, die sinds zijn val in januari niet meer buiten komt",
            "en [naam], die sinds zijn val in [datum] niet meer buiten komt",
        ),
        ("Wir wohnen seit Sommer 2021 in Denekamp", "Wir wohnen seit [datum] in Denekamp"),
        ("we moved here in summer 2019", "we moved here in [datum]"),
        (
            "hi! niamh here, 2nd year european public administration at the UT. I rent",
            "hi! [naam] here, [school]. I rent",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "waarom mag je pas op je 18e stemmen?",
        "ik ben vrijwilliger bij de voedselbank in Almelo",
        "de val in januari was ijzig",
        "In het derde jaar van de pabo moet je veel stage lopen",
        "oke siri ik wil reageren op de vraag",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
