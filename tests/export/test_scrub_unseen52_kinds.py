"""The fifty-first round of rules, written from what ``unseen52`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen52`` is
Statenleden, teachers and staff after a session, volunteers signing for their club, and parents
and grandparents — 11 of 304 items came through, most of them roles):

- an age in words before "jaar" where voice typing runs on into the next clause without a stop
  ("hij is zestien jaar zijn bsn is …", "ze is elf jaar het is een rode jas");
- a handle after "op Discord heet hij".

And what it keeps: "hij is vijftien jaar lid van de club", "ik was veertig jaar koster".
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hij is zestien jaar zijn school is ver weg", "hij is [leeftijd] zijn school is ver weg"),
        ("ze is elf jaar het is een rode jas", "ze is [leeftijd] het is een rode jas"),
        ("op Discord heet hij noah_bouwt. Wij wonen", "op Discord heet hij [account]. Wij wonen"),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    ["hij is vijftien jaar lid van de club", "op discord heet het kanaal algemeen"],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
