"""The seventy-eighth round of rules, written from what ``unseen98`` let through (made-up
sentences of the same kinds, not the corpus lines; ``unseen98`` is voice-typed answers by adults
and newcomers writing Dutch with mistakes — written blind at this session's start, measured by
numbers only, then read in this round: 11 of 238 items came through, two of them structured):

- an e-mail address read out with "at" and "punt" both, its domain heard in words apart
  ("jeroen at repaircafe colmschate punt nl");
- a handle read out after "apenstaartje" with the places that are part of it ("apenstaartje
  vrijwillig olst wijhe");
- kin named with "is" ("My son is Aarav, …", "mijn dochter is Fenna.") — not what one is
  ("mijn vader was KNIL-militair", "my son is Dutch");
- kin, a name that is a word too, and where they are from ("mijn zoon mees uit groep zeven");
- one's own children "die zijn vier en zes";
- a business's lower-case name after "thuiszorg" in a role ("bij thuiszorg de esch in
  vriezenveen").
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "vragen over subsidie karin at dorpshuis lemele punt nl of kom langs",
            "vragen over subsidie [e-mail] of kom langs",
        ),
        (
            "ik ben al bezig op instagram apenstaartje samen raalte wie helpt mee",
            "ik ben al bezig op instagram [account] wie helpt mee",
        ),
        ("My son is Aarav, groep 7 of De Kubus.", "My son is [naam], [school]."),
        ("mijn dochter is Fenna.", "mijn dochter is [naam]."),
        (
            "en mijn zoon mees uit groep zeven van de plataan wil nu mee",
            "en mijn zoon [naam] uit [school] wil nu mee",
        ),
        (
            "met mijn dochters yasmin en hiba heen die zijn vier en zes en",
            "met mijn dochters [naam] en [naam] heen die zijn [leeftijd] en [leeftijd] en",
        ),
        (
            "ik werk als wijkverpleegkundige bij thuiszorg de esch in vriezenveen en ik",
            "ik werk als [functie] en ik",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we were at home dot com",
        "mijn vader was KNIL-militair. Hij zei het altijd",
        "my son is Dutch, and so am I",
        "mijn kinderen zitten op scholen die zijn 3 en 4 keer zo groot",
        "ik werk in de zorg de hele week",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
