"""The thirty-seventh round of rules, written from what ``unseen35`` let through (made-up
sentences of the same kinds, not the corpus lines; ``unseen35`` has MBO, HBO and university
students, parents, people with rare roles, newcomers and voice-typed answers):

- a school, its programme and its level ("Deltion Sport en Bewegen niveau 4 jaar 2"), a school
  with its town before the class ("Landstede Raalte klas GT3B"), "brugklas 1C", "entree
  opleiding op Deltion";
- one's own nickname from one's username where a name stands ("ik ben memo" of "memo_ytz"); a
  first name that is a word too between two names of a list ("wout ties marit en ik"); a
  nickname after "noemt hem" followed by an emoji;
- "al sinds 2001" before a role; "Social Work" inside the name of a programme;
- e-mail read out word by word around "apenstaartje" ("peter punt jansen zevenenzestig
  apenstaartje gmail punt com", "fam bolhuis apenstaartje kpn mail punt nl");
- "de wetering vierentwintig" as a street with its number in words.

And what it kept: "een memo van de directeur", "Deltion en toen naar klas 3", "het entree was
gratis".
"""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik zit op Deltion Sport en Bewegen niveau 4 jaar 2 en had", "ik zit op [school] en had"),
        ("groet bram, Landstede Raalte klas GT3B", "groet [naam], [school]"),
        ("zit nu in brugklas 1C van het Canisius in Almelo. Is er", "zit nu in [school]. Is er"),
        ("ik doe entree opleiding op Deltion Zwolle. later", "ik doe [school]. later"),
        (
            "deed met z'n vieren mee: wout ties marit en ik. verloren",
            "deed met z'n vieren mee: [naam] en ik. verloren",
        ),
        (
            "rutger (iedereen noemt hem ruggie 😂) en we wonnen",
            "[naam] (iedereen noemt hem [naam] 😂) en we wonnen",
        ),
        (
            "Ik ben al sinds 2001 de postbode van Lattrop en Breklenkamp en ken",
            "Ik ben [functie] en ken",
        ),
        (
            "Als student-assistent bij de opleiding Social Work van Saxion Deventer merk ik",
            "Als [functie] merk ik",
        ),
        (
            "mijn email is peter punt jansen zevenenzestig apenstaartje gmail punt com stuur",
            "mijn email is [e-mail] stuur",
        ),
        (
            "email fam bolhuis apenstaartje kpn mail punt nl wij willen graag",
            "email [e-mail] wij willen graag",
        ),
        (
            "mijn nieuwe adres is de wetering vierentwintig in kampen",
            "mijn nieuwe adres is [adres] in kampen",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


def test_ones_nickname_from_the_username(rules: Scrubber) -> None:
    person = KnownPerson("Mehmet", "Yilmaz", "memo_ytz")
    assert (
        scrubbed(rules, "yo ik ben memo, doe ICT-beheer", person)
        == "yo ik ben [naam], doe ICT-beheer"
    )
    assert scrubbed(rules, "een memo van de directeur", person) == "een memo van de directeur"


@pytest.mark.parametrize(
    "text",
    [
        "ik ging naar Deltion en toen naar klas 3",
        "het entree was gratis",
        "het Deltion heeft klas 3",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
