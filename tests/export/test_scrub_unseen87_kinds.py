"""The sixty-eighth round of rules, written from what ``unseen87`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen87`` is
teachers, parents and Statenleden after a game, and rare roles in small places — 25 of 268
items came through, twelve of them roles, eight schools):

- roles as teachers sign: a field and a school by its name ("docent maatschappijleer
  Reggesteyn", "sectievoorzitter geschiedenis Greijdanus Zwolle"), after "|" as after a comma
  ("Wouter | Statenlid JA21 |"), a school's name with "a" in it ("het Thomas a Kempis"), for
  whom a seat is held ("lid van Provinciale Staten namens de ChristenUnie");
- schools: "vmbo-kader", "vmbo-basis", the programme before its level after "de studenten
  van", "een student van" or "mijn groep" ("Sociaal Werk niveau 4 jaar 2 van het ROC van
  Twente");
- ages: one's age last after one's traits ("Ik ben havenmeester van Blokzijl sinds 2010 en
  66."), two names and their ages ("Wij zijn Aukje en Wessel, 38 en 40");
- names: a surname with its prefix after "ik heet echt", also one that is a place ("van
  Wijhe");
- no data: "die meneer van de Staten", the town after a postcode whose letters read as a
  title ("7642 DS Wierden": no "ds", dominee).
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
            "Hartelijke groet, Karin Wolters | docent maatschappijleer Reggesteyn | 06-41872390",
            "Hartelijke groet, [naam] | [functie] | [telefoon]",
        ),
        (
            "Hoogachtend, H.J. Mulder, sectievoorzitter geschiedenis Greijdanus Zwolle",
            "Hoogachtend, H.J. Mulder, [functie]",
        ),
        (
            "Als teamleider bovenbouw van het Thomas a Kempis in Zwolle wil ik",
            "Als [functie] wil ik",
        ),
        (
            "met genoegen heb ik als lid van Provinciale Staten namens de ChristenUnie deelgenomen",
            "met genoegen heb ik als [functie] deelgenomen",
        ),
        (
            "onze dochter deed mee met 2 vmbo-kader van het Noordik in Vriezenveen en kwam",
            "onze dochter deed mee met [school] en kwam",
        ),
        (
            "bij het Statenspel met de studenten van Sociaal Werk niveau 4 jaar 2 van het ROC "
            "van Twente in Hengelo. Sommige",
            "bij het Statenspel met de studenten van [school]. Sommige",
        ),
        (
            "namens mijn groep Juridisch Dienstverlener niveau 4 jaar 1 van Deltion in Zwolle "
            "hartelijk bedankt",
            "namens mijn groep [school] hartelijk bedankt",
        ),
        (
            "Ik ben havenmeester van Blokzijl sinds 2010 en 66. 's Zomers",
            "Ik ben [functie] en [leeftijd]. 's Zomers",
        ),
        (
            "Wij zijn Aukje en Wessel, 38 en 40, en sinds vorig jaar",
            "Wij zijn [naam] en [naam], [leeftijd] en [leeftijd], en sinds vorig jaar",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    ["ik ben er om 8 en 9.", "ik werk in Haarle a lot", "ik heet echt blij"],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ja ik heet echt van Wijhe en woon niet in Wijhe",
            "ja ik heet echt [naam] en woon niet in Wijhe",
        ),
        (
            "dat deed die meneer van de Staten echt goed",
            "dat deed die meneer van de Staten echt goed",
        ),
        (
            "bezorgd op Rectorijstraat 9, 7642 DS Wierden. Dat is geen goed bestuur.",
            "bezorgd op [adres], [postcode] Wierden. Dat is geen goed bestuur.",
        ),
    ],
)
def test_with_deduce(worker: ExportWorker, text: str, expected: str) -> None:
    (result,) = worker.scrub([ScrubItem(text, KnownPerson(None, None, None))], "nl").result(
        timeout=120
    )
    assert result.text == expected
