"""The sixty-sixth round of rules, written from what ``unseen80`` let through (made-up sentences
of the same kinds, not the corpus lines; ``unseen80`` is a mix of all styles of issue 14 —
written as part of the holdout of stop 29 and measured once there: 8 of 185 items came through,
and deduce took some English words for names):

- names: a surname's initial before a verb of the third person ("fleur k heeft t gered");
- ages: one's age right after "<name> hier" opening an answer ("salma hier 👋 16, …");
- schools: a school in lower case right after its class without "op" ("4 havo het
  kottenpark");
- roles: a ward by its number ("verpleegkundige in opleiding op afdeling 3 oost van het ZGT in
  Almelo");
- handles: a username with an underscore and no digit where a platform is named or followed
  ("hij mag me snappen emmaa_vrb");
- no data: "de mevrouw van gisteren" (when, not who); with deduce, "My Dutch is still A2" and "i
  live in Kampen 3 years" (a town and a number, no address).
"""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber, ScrubItem
from bot.export.worker import ExportWorker
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "salma hier 👋 16, 4 havo het kottenpark. goed bestuur",
            "[naam] hier 👋 [leeftijd], [school]. goed bestuur",
        ),
        (
            "ik loop stage als verpleegkundige in opleiding op afdeling 3 oost van het ZGT in "
            "Almelo en goed bestuur is",
            "ik loop stage als [functie] en goed bestuur is",
        ),
        (
            "hij zei dat hij Sven heette, hij mag me snappen emmaa_vrb",
            "hij zei dat hij [naam] heette, hij mag me snappen [account]",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik wil een vraag stellen aan de mevrouw van gisteren in raalte punt",
        "de variabele user_name in python",
        "Wij hier 16 uur",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "maar hij las t van zn telefoon af 💀💀 fleur k heeft t gered",
            "maar hij las t van zn telefoon af 💀💀 [naam] heeft t gered",
        ),
        (
            "Honestly patience. My Dutch is still A2 and at the Statenspel",
            "Honestly patience. My Dutch is still A2 and at the Statenspel",
        ),
        (
            "I am from Asmara, i live in Kampen 3 years. in democratiespel",
            "I am from Asmara, i live in Kampen 3 years. in democratiespel",
        ),
        ("mevrouw van dijk zei dat het goed was", "mevrouw [naam] zei dat het goed was"),
    ],
)
def test_with_deduce(worker: ExportWorker, text: str, expected: str) -> None:
    (result,) = worker.scrub([ScrubItem(text, KnownPerson(None, None, None))], "nl").result(
        timeout=120
    )
    assert result.text == expected
