"""The seventy-fifth round of rules, written from what ``unseen91`` let through (made-up
sentences of the same kinds, not the corpus lines; ``unseen91`` is teenagers after a debate
final or a Statenspel and people with roles in small places — last stop's holdout, measured once
at its end and read in this round: 12 of 239 items came through, none structured):

- an mbo programme set off before the year that starts its school ("mbo 4 sport en bewegen, 2e
  jaar, bij Landstede"), and the year before a level ("jaar 1 mbo 2 entree bij …");
- a number that opens a sentence, set off before a school or a role: the writer's age;
- how long a role is held, set off after it ("huisarts in Vroomshoop, al 26 jaar"), below fifty
  years (above it, "al 81 jaor" is the holder's age);
- "ik ben er nu 74", and an age set off after a role before a colon ("…, nu 76: …");
- a name that is a word too before "uit onze klas" ("naar max uit onze klas");
- a nickname in quotes explained in brackets ("'de prof' (= Wessel)"), article and all;
- a club's name of several capitalised words, a little word among them ("van Oranjevereniging
  Oranje Boven in Blokzijl").

And what this round stopped taking: the second place of a route joined by a dash
("de busverbinding Hardenberg-Zwolle": deduce took "Zwolle" for a surname).
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
            "ik doe mbo 3 sport en bewegen, 1e jaar, bij Landstede in Zwolle en wij",
            "ik doe [school] en wij",
        ),
        (
            "groetjes Sanne (mbo 4 juridisch medewerker, 2e jaar, ROC van Twente)",
            "groetjes [naam] ([school])",
        ),
        (
            "ik zit in jaar 2 mbo 2 entree bij het Alfa-college in Hardenberg en de bus",
            "ik zit in [school] en de bus",
        ),
        (
            "18, mbo 4 ondernemer horeca jaar 2 bij Deltion in Zwolle, en ik werk",
            "[leeftijd], [school], en ik werk",
        ),
        (
            "Als huisarts in Vroomshoop, al 26 jaar, zie ik dat",
            "Als [functie], zie ik dat",
        ),
        (
            "Ik bin koster van de kerk in Hertme, al 31 joar. De klokke",
            "Ik bin [functie]. De klokke",
        ),
        ("Ik ben er nu 74 en zie dat", "Ik ben er nu [leeftijd] en zie dat"),
        (
            "Een reactie van een oud-wethouder van Dalfsen, nu 76: goed bestuur",
            "Een reactie van [functie], nu [leeftijd]: goed bestuur",
        ),
        (
            "toen keek de hele zaal naar max uit onze klas en",
            "toen keek de hele zaal naar [naam] uit onze klas en",
        ),
        (
            "shoutout naar 'de prof' (= Wessel) die alles wist",
            "shoutout naar '[naam]' (= [naam]) die alles wist",
        ),
        (
            "Ik ben voorzitter van Oranjevereniging Oranje Boven in Blokzijl. Geboren",
            "Ik ben [functie]. Geboren",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de meeste stemmen uit onze klas",
        "ik ben er al 3 keer geweest",
        "ik ben er al 20 jaar lid",
        "Het was leuk. 45 mensen, en ik vond het goed",
        "de lijn Ommen–Zwolle en Zwolle-Hardenberg rijdt weer",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_with_deduce_as_an_export_runs(worker: ExportWorker) -> None:
    (route,) = worker.scrub(
        [ScrubItem("goed debat trouwens over de busverbinding Hardenberg-Zwolle")], "nl"
    ).result(timeout=120)
    assert route.text == "goed debat trouwens over de busverbinding Hardenberg-Zwolle"
