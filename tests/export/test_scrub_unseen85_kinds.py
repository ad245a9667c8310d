"""The sixty-ninth round of rules, written from what ``unseen85`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen85`` is
teenagers' chat in many languages after a game and adults in dialect — 14 of 224 items came
through, eight of them names no list knows):

- names: a surname no list knows after a first name found alone ("Szymon Nowicki jij was …",
  "El Khattabi") — a name no list knows before "en ik" and what the two did ("Ghaith en ik
  waren …") was taken too, until a review found "Netflix en ik waren …": it stays now, as a
  word no list knows stays after "en" elsewhere;
- ages: after "ik ben trouwens";
- no data: a day before its month read as an age ("Femke is 17 mei getrouwd"), "die meneer van
  de griffie".
"""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber, ScrubItem
from bot.export.worker import ExportWorker
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik ben trouwens 16, dus nog 1 kans", "ik ben trouwens [leeftijd], dus nog 1 kans"),
        ("Onze Femke is 17 mei getrouwd en wil", "Onze [naam] is [datum] getrouwd en wil"),
        ("ik ben 16 en mei is mijn maand", "ik ben [leeftijd] en mei is mijn maand"),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Twente en ik waren er klaar voor",
        "Netflix en ik waren vroeger beste vrienden haha",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Szymon Nowicki jij was een top teamgenoot ziomek",
            "[naam] jij was een top teamgenoot ziomek",
        ),
        ("en toen maakte El Khattabi hem wakker", "en toen maakte [naam] hem wakker"),
        (
            "die meneer van de griffie zei dat we mochten zitten",
            "die meneer van de griffie zei dat we mochten zitten",
        ),
    ],
)
def test_with_deduce(worker: ExportWorker, text: str, expected: str) -> None:
    (result,) = worker.scrub([ScrubItem(text, KnownPerson(None, None, None))], "nl").result(
        timeout=120
    )
    assert result.text == expected
