"""What a helper's review of rounds 65 to 68 found (98 sentences of its own, scrubbed before and
after; 49 better, 18 worse), each worse one mended and held here:

- a subject or a day typed with a capital after a class read as its school ("in klas 2 van
  Duits", "in groep 7 op Maandag"): after "van" or "op" with no article only a word no list
  knows names a school;
- "k" for "ik" after a first name read as an initial ("emma k kan vandaag niet"): only before
  a verb that only the third person has ("fleur k heeft");
- the last of a list of numbers after "ik ben … en" read as an age ("met punt 12 en 16.", "in
  week 32 en 33.");
- words joined by an underscore read as a handle where a platform is named ("die glow_up
  filmpjes");
- a public body's handle read out after "volg ons" ("apenstaartje landschap underscore
  overijssel"), and "apenstaartje" alone taken for the handle after "insta";
- one's own name that is a word too, last in an unstopped answer ("het was echt storm", "ik heb
  nog steeds hoop");
- a clause read as a teacher's field before a school ("Als docent weet je dat Deltion …");
- a birthday's number lost where no birthday word is written ("Gisteren was het feest. 14
  geworden!!"): from ten it is an age, below it a placing.
"""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber, ScrubItem
from bot.export.worker import ExportWorker
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "in klas 2 van Duits hadden we elke week een toets",
        "in 4 havo van Geschiedenis leer je over de Koude Oorlog",
        "in groep 7 op Maandag hebben we gym",
        "ik ben het eens met punt 12 en 16.",
        "ik ben er in week 32 en 33.",
        "op tiktok zie je overal die glow_up filmpjes",
        "volg ons op insta apenstaartje landschap underscore overijssel",
        "Als docent weet je dat Deltion veel te groot is",
        "Ik heb meegedaan aan de zwemwedstrijd, 2 geworden!!",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gisteren was het feest. 14 geworden!! en ik kreeg een fiets",
            "Gisteren was het feest. [leeftijd] geworden!! en ik kreeg een fiets",
        ),
        ("ik zit op de MR van het Vechtdal College", "ik zit op [functie]"),
    ],
)
def test_mended(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("ik zei tegen emma k kan vandaag niet", None, "ik zei tegen [naam] k kan vandaag niet"),
        ("ik liep langs het strand en het was echt storm", "Storm", None),
        ("ik heb nog steeds hoop", "Hoop", None),
    ],
)
def test_with_deduce(
    worker: ExportWorker, text: str, person: str | None, expected: str | None
) -> None:
    item = ScrubItem(text, KnownPerson(person, None, None))
    (result,) = worker.scrub([item], "nl").result(timeout=120)
    assert result.text == (expected or text)
