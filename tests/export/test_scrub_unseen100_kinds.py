"""The eightieth round of rules, written from what ``unseen100`` let through (made-up sentences
of the same kinds, not the corpus lines; ``unseen100`` is a mix of all styles — written blind at
this session's start, measured by numbers only, then read in this round: 5 of 208 items came
through, one of them structured; none after it):

- the age a birthday brought, after its day ("Ik ben op 14 maart tachtig geworden");
- a role a neighbourhood gives ("buurtmoeder in de Rivierenwijk", "klassenouder", "leesmoeder");
- a surname that is a word too after how pupils address someone, with what only people do
  after it ("juf baan lag dubbel") — not an adverb ("de juf meteen riep") or a field after a
  job ("onze docent burgerschap, zei");
- two people's initials and their surname in a sign-off ("G. en H. Kleine Schaars");
- a street read out before "bedankt" or "groetjes" ("aan de hofstraat zevenentwintig bedankt").
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ik ben op 2 april negentig geworden en had",
            "Ik ben op [datum] [leeftijd] geworden en had",
        ),
        (
            "Ik ben buurtmoeder in de Rivierenwijk en zie elke dag",
            "Ik ben [functie] en zie elke dag",
        ),
        ("😭😭 juf baan lag dubbel", "😭😭 juf [naam] lag dubbel"),
        ("Met vriendelijke groeten, G. en H. Kleine Schaars", "Met vriendelijke groeten, [naam]"),
        (
            "ik woon aan de hofstraat zevenentwintig bedankt",
            "ik woon aan de [adres] bedankt",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de juf meteen riep dat we stil moesten zijn",
        "de juf lag dubbel",
        "groetjes x. tot snel",
        "onze docent burgerschap, zei vooraf dat het zou lukken",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
