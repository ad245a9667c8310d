"""The forty-third round of rules, written from what ``unseen46`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen46`` has pupils
answering on a screen, members and volunteers of associations writing with signatures, elderly
and dialect writers, residents from abroad):

- a role on the line of a signature with its association's kind and own name ("voorzitter
  IJsvereniging De Vlijt Lettele sinds 2014", "secretaris schutterij St. Sebastianus Weerselo",
  "jeugdcoördinator RKSV Fleringen");
- a business's name with "& Zn" ("bij kwekerij Bosch & Zn in Bergentheim");
- "scheper", "mölder" in dialect;
- a class code with a dash ("4vwo-c"), a German year of study ("2. Jahr … an der Saxion"), a
  year of study after "Hello from X,";
- an association after "Namens" is no name ("Namens IJsvereniging De Vlijt uit Lettele"), nor a
  saint after "St." ("Schutterij St. Sebastianus").
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
            "Met vriendelijke groet,\nGerard Brinkman\nvoorzitter IJsvereniging De Vlijt Lettele "
            "sinds 2014\n06-48213097",
            "Met vriendelijke groet,\n[naam]\n[functie]\n[telefoon]",
        ),
        (
            "Bennie Oude Luttikhuis\nsecretaris schutterij St. Sebastianus Weerselo\n"
            "Hoofdstraat 61",
            "[naam]\n[functie]\n[adres]",
        ),
        (
            "Sportieve groet,\nMarco ten Dam\njeugdcoördinator RKSV Fleringen sinds 2017",
            "Sportieve groet,\n[naam]\n[functie]",
        ),
        (
            "ik werk als teamleider in de kassen bij kwekerij Bosch & Zn in Bergentheim.",
            "ik werk als [functie].",
        ),
        (
            "mar wark al 35 joar in Haaksbergen as scheper van de schaapskudde op 't Buurserzand.",
            "mar wark al 35 joar in Haaksbergen as [functie].",
        ),
        (
            "ik ben mila, 16, 4vwo-c op het greijdanus in zwolle",
            "ik ben [naam], [leeftijd], [school]",
        ),
        (
            "Hi, ich bin Lena aus Münster, 2. Jahr Hotel Management an der Saxion in Deventer.",
            "Hi, ich bin [naam] aus Münster, [school].",
        ),
        (
            "Hello from Priya, second-year PhD at the UT. I came",
            "Hello from [naam], [school]. I came",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Namens IJsvereniging De Vlijt uit Lettele wil ik graag iets kwijt.",
        "de voorzitter van de vereniging zei dat het goed ging",
        "de Scheper löp d'r achter",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_saint_is_no_name(worker: ExportWorker) -> None:
    text = "Schutterij St. Sebastianus bestaat in Weerselo al sinds 1652."
    assert worker.scrub([ScrubItem(text, None)], "nl").result()[0].text == text
