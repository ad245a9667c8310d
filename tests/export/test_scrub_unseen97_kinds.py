"""The seventy-seventh round of rules, written from what ``unseen97`` let through (made-up
sentences of the same kinds, not the corpus lines; ``unseen97`` is teenagers after a debate
final and adults in dialect — written blind at this session's start, measured by numbers only,
then read in this round: 9 of 183 items came through, one of them structured):

- a name no list knows before "haar" ("Semhar haar slotpleidooi"), as before "z'n" and "d'r";
- a name no list knows before "wilde" or "wou", also after an emoji that ends the clause
  before it ("die twee zijn broers 😂 yonas wilde meer fietspaden");
- a first name before "in onze fractie/klas/partij", and a capitalised word no list knows
  before "uit onze …";
- the age a birthday brings ("ik ben op 2 december jarig dus bijna 14");
- how long a role is held in a number read out in three words ("al twee en twintig joar
  veurzitter van de buurtverening in Reutum");
- a street after "an 't" or "op het" ("an 't Jonenpad").

And what this round stopped taking: German towns over the border as names ("geboren in
Lingen"): Lingen, Meppen, Emlichheim, Neuenhaus, Uelsen, Schüttorf, Rheine, Emsland, Grafschaft
Bentheim, Stadtlohn and Coesfeld are places now.
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber, ScrubItem
from bot.export.worker import ExportWorker
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "🏆 Merhawit haar slotpleidooi was echt insane",
            "🏆 [naam] haar slotpleidooi was echt insane",
        ),
        (
            "die twee zijn broers 😂 awet wilde meer fietspaden",
            "die twee zijn broers 😂 [naam] wilde meer fietspaden",
        ),
        ("wij hadden Daan in onze fractie", "wij hadden [naam] in onze fractie"),
        ("shoutout naar Filmon uit onze klas", "shoutout naar [naam] uit onze klas"),
        (
            "ik ben op 3 mei jarig dus bijna 15 💅",
            "ik ben op [datum] jarig dus bijna [leeftijd] 💅",
        ),
        (
            "Ik bin al drie en dertig joar veurzitter van de buurtverening in Lemele en wi'j",
            "Ik bin [functie] en wi'j",
        ),
        (
            "mag hij gien huus bouwen an 't Bonkenpad? Wie wonen d'r",
            "mag hij gien huus bouwen an 't [adres]? Wie wonen d'r",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we hadden Twence in onze groep",
        "de beste ideeën in onze klas",
        "ik ben jarig en bijna 20 mensen kwamen",
        "we speelden op het schoolplein en op het Marktplein",
        "Bij ons thuis zeiden we Heit en Mem, en zo",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_with_deduce_as_an_export_runs(worker: ExportWorker) -> None:
    (born,) = worker.scrub(
        [ScrubItem("Ik ben geboren in Lingen maar woon al dertig jaar in Denekamp.")], "nl"
    ).result(timeout=120)
    assert born.text == "Ik ben geboren in Lingen maar woon al dertig jaar in Denekamp."
