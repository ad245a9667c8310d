"""The seventieth round of rules, written from what ``unseen88`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen88`` is a mix of
all styles — 9 of 203 items came through):

- names: one's own surname with its prefix after one's first name at the end ("graag antwoord
  marian ter bekke"), a surname that is a place after "hij heet zelf van";
- roles as one signs: a field and a village ("organisator dorpsavonden Lemele"), a repair
  café by its name ("coördinator Repaircafé Borne-Noord"), the years of a role one retires
  from ("met pensioen na 38 jaar docent maatschappijleer op het Canisius in Almelo");
- no data: a postcode's letters read out are no initials ("… vier één E K Wierden": the town
  stays), "te" and a verb after a role ("als Statenlid beloofd terug te komen"), a place near a
  business ("a B&B near Vollenhove"), Twents "Waorum".
"""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber, ScrubItem
from bot.export.worker import ExportWorker
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Groet, Mark de Vries, organisator dorpsavonden Lemele", "Groet, [naam], [functie]"),
        (
            "Groetjes Annet Bruggink (coördinator Repaircafé Borne-Noord)",
            "Groetjes [naam] ([functie])",
        ),
        (
            "op 1 februari ga ik met pensioen na 38 jaar docent maatschappijleer op het Canisius "
            "in Almelo. Dank",
            "op [datum] ga ik met pensioen na [functie]. Dank",
        ),
        (
            "Ik heb als Statenlid beloofd terug te komen en dat doe ik ook.",
            "Ik heb als [functie] beloofd terug te komen en dat doe ik ook.",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I run a small B&B near Vollenhove and guests are surprised",
            "I run [functie] near Vollenhove and guests are surprised",
        ),
        (
            "Wij hebben een aspergekwekerij net buiten Hengevelde.",
            "Wij hebben [functie] net buiten Hengevelde.",
        ),
        ("na 38 jaar docent in Almelo ben ik moe", "na 38 jaar docent in Almelo ben ik moe"),
    ],
)
def test_the_place_near_stays(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        (
            "en da's levensgevaarlijk. graag antwoord marian ter bekke",
            "Marian",
            "en da's levensgevaarlijk. graag antwoord [naam]",
        ),
        (
            "en iedereen moest lachen want hij heet zelf van goor 😂",
            None,
            "en iedereen moest lachen want hij heet zelf [naam] 😂",
        ),
        (
            "op mijn adres Kerkstraat veertien a zeven zes vier één E K Wierden dank u wel",
            None,
            "op mijn adres [adres] [postcode] Wierden dank u wel",
        ),
        (
            "Waorum wordt de weg tussen Wesepe en Olst nooit es goed emaakt?",
            None,
            "Waorum wordt de weg tussen Wesepe en Olst nooit es goed emaakt?",
        ),
    ],
)
def test_with_deduce(worker: ExportWorker, text: str, person: str | None, expected: str) -> None:
    (result,) = worker.scrub([ScrubItem(text, KnownPerson(person, None, None))], "nl").result(
        timeout=120
    )
    assert result.text == expected
