"""The forty-eighth round of rules, written from what ``unseen49`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen49`` is pupils
typing during a Statenspel and a Democratiespel, writing at home afterwards, and voice-typed
messages of pupils and parents — 28 of 194 items came through, 11 of 15 schools):

- someone's own class with no school named, as pupils and parents write it ("ik zit in 4 vwo",
  "mijn dochter zit op vwo twee", "Emre uit één havo", a class code signing off "h2c
  represent");
- a BSN read out a little after its word when its nine digits pass the eleven test ("een
  burger service nummer, moet dat echt, het is …");
- an age after "ik ben letterlijk", after "wordt op <datum>";
- a nickname explained by a title and a surname in brackets ("de baard (meneer Smit van
  geschiedenis)"), a lower-case name after "hun voorzitter", a word no list knows before
  "woont".

And what it keeps: a class spoken of ("in 3 havo leer je veel", "vanaf 4 vwo kies je", "dit is
voor 3 havo"), "groep 8", "klas 1b", a language level ("B1"), a place after "uit" before
"woont", "de conciërge (meneer Smit)".
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik zit in 4 vwo en ik vind", "ik zit in [school] en ik vind"),
        ("mijn dochter zit op vwo twee en", "mijn dochter zit op [school] en"),
        ("ik zit in vijf havo dus", "ik zit in [school] dus"),
        ("de moeder van Emre uit één havo zegt", "de moeder [naam] uit [school] zegt"),
        ("wij hebben gewonnen h2c represent", "wij hebben gewonnen [school] represent"),
        ("ik mag nog niet stemmen 😭 3 havo-b", "ik mag nog niet stemmen 😭 [school]"),
        (
            "ze vragen een burger service nummer, moet dat echt, het is twee zes vijf zeven "
            "acht vier drie een een en",
            "ze vragen een burger service nummer, moet dat echt, het is [bsn] en",
        ),
        ("ik ben letterlijk 12", "ik ben letterlijk [leeftijd]"),
        ("mijn zus wordt op 3 mei zestien en dan", "mijn zus wordt op [datum] [leeftijd] en dan"),
        (
            "de baard (meneer Smit van geschiedenis) speelt de griffier",
            "[naam] (meneer [naam] van geschiedenis) speelt de griffier",
        ),
        ("hun voorzitter bo schreeuwt zo hard", "hun voorzitter [naam] schreeuwt zo hard"),
        ("tesfit woont pas een jaar in Ommen", "[naam] woont pas een jaar in Ommen"),
        ("sanne uit Charkiv woont nu in Ommen", "[naam] uit Charkiv woont nu in Ommen"),
        ("de conciërge (meneer Smit) deed open", "de conciërge (meneer [naam]) deed open"),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "in 3 havo leer je veel",
        "vanaf 4 vwo kies je een profiel",
        "dit is voor 3 havo",
        "ik zit in groep 8",
        "wij zitten in klas 1b",
        "ik heb taalniveau B1 gehaald",
        "de burger service nummer vraag is lastig, er wonen twee vier zes mensen",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
