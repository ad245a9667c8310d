"""The sixty-seventh round of rules, written from what ``unseen86`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen86`` is voice
typing and newcomers — 19 of 252 items came through, eight of them structured: IBANs and
addresses read out):

- read out to a phone: an IBAN whose bank code is said by its letters' names ("en el
  vijfentachtig i en ge bee …", "a bee en a"), a street named after someone with a house
  number in words before "daar" ("op de van heeckerenstraat elf daar …"), an e-mail with an
  initial read out before it ("s hiemstra at hotmail punt com"), a farm's handle after "volg ons
  op instagram" (only a public body's is left);
- names: one's own name last in an answer with no stop at all ("… toch niet genoeg ans"), one's
  long surname split by the phone ("joke nijen huis"), a surname with its prefix after
  "heette geloof ik" ("de wilde");
- schools and roles: a school named after someone with no article ("5 vwo van Thomas a
  Kempis"), "ISK class 2 at …", an internship at a business by its name ("stage bij
  autobedrijf Nijhuis in Goor").
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
            "kunnen jullie het overmaken op en el vijfentachtig i en ge bee zes negen twee acht "
            "nul negen zes drie twee drie alvast bedankt",
            "kunnen jullie het overmaken op [iban] alvast bedankt",
        ),
        (
            "terugstorten op en el eenennegentig a bee en a twee vier vier vier twee vijf negen "
            "nul vier acht graag",
            "terugstorten op [iban] graag",
        ),
        (
            "de stoep voor ons huis op de van heeckerenstraat elf daar zijn al twee mensen",
            "de stoep voor ons huis op de [adres] daar zijn al twee mensen",
        ),
        (
            "ik heb op s hiemstra at hotmail punt com nooit meer iets gehoord",
            "ik heb op [e-mail] nooit meer iets gehoord",
        ),
        (
            "volg ons op instagram apenstaartje boerin underscore wilma of kom langs",
            "volg ons op instagram [account] of kom langs",
        ),
        (
            "het statenlid heette geloof ik de wilde en hij luisterde goed",
            "het statenlid heette geloof ik [naam] en hij luisterde goed",
        ),
        ("hij zit in 5 vwo van Thomas a Kempis in Zwolle. hij", "hij zit in [school]. hij"),
        (
            "I was in the Statenspel with my class ISK class 2 at Het Erasmus in Almelo.",
            "I was in the Statenspel with [school].",
        ),
        (
            "ik doe nu stage bij autobedrijf Nijhuis in Goor 3 dagen in de week",
            "ik doe nu [functie] 3 dagen in de week",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "volg ons op apenstaartje provincie underscore overijssel",
        "die heette de kapsalonpartij omdat",
        # a class alone stays, marked for the editor (test_scrub_unseen23_kinds.py)
        "ik ben docent en mijn vier havo heeft vandaag het statenspel gespeeld",
        "op het schoolplein twee bankjes",
        "ik loop over de kerkstraat twee keer",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        (
            "ik breng haar elke dinsdag soep maar dat is toch niet genoeg ans",
            KnownPerson("Ans Veldhuis", None, None),
            "ik breng haar elke dinsdag soep maar dat is toch niet genoeg [naam]",
        ),
        (
            "ik ben joke nijen huis en ik was bij de avond",
            KnownPerson("Joke Nijenhuis", None, None),
            "ik ben [naam] en ik was bij de avond",
        ),
        (
            "ik liep in het bos man wat mooi",
            KnownPerson("Piet", "Bosman", None),
            "ik liep in het bos man wat mooi",
        ),
    ],
)
def test_ones_own_name(worker: ExportWorker, text: str, person: KnownPerson, expected: str) -> None:
    (result,) = worker.scrub([ScrubItem(text, person)], "nl").result(timeout=120)
    assert result.text == expected
