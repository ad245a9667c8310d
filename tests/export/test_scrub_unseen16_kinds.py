"""The kinds ``unseen16`` and ``unseen19`` let through, read after their blind measurement and
fixed in general in the eighteenth round, shown on made-up sentences (none is copied from the
corpus): the town after a school with its class, a class code after "klas", a profile between a
level and its school; ages after "ben" mid-sentence, after "is now", in "die is …", joined to
another age by a pronoun, two ages after "we waren"; postcodes, plates and house numbers read
out, a foreign plate after "kenteken", a farm's name as its address — and what must stay.
Rules without deduce, and one test through the export worker with deduce."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber, ScrubItem
from bot.export.worker import ExportWorker
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text, expected",
    [
        ("groetjes lieke, 4havo van het jacobus in enschede", "groetjes [naam], [school]"),
        ("wij zijn klas 2a pius x college almelo en", "wij zijn [school] en"),
        ("ik zit in klas HV3C van het Greijdanus en", "ik zit in [school] en"),
        ("ik doe 2 vmbo zorg op het Reggesteyn en vind", "ik doe [school] en vind"),
        ("ik zit in 3 havo op het Carmel in Den Ham.", "ik zit in [school]."),
    ],
)
def test_schools(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "fiets elke dag naar school ben pas 12 lol",
            "fiets elke dag naar school ben pas [leeftijd] lol",
        ),
        ("Mien zuster Gerda is now 77 en fit.", "Mien zuster [naam] is now [leeftijd] en fit."),
        (
            "met mijn dochter noor die is elf komma ze",
            "met mijn dochter [naam] die is [leeftijd] komma ze",
        ),
        ("ik ben nu 81 en hij 84.", "ik ben nu [leeftijd] en hij [leeftijd]."),
        ("WE WAREN TWINTIG EN DRIEENTWINTIG TOEN", "WE WAREN [leeftijd] EN [leeftijd] TOEN"),
    ],
)
def test_ages(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("mijn postcode is acht nul twee twee b k en", "mijn postcode is [postcode] en"),
        ("postcode zeven vijf nul een AB dank je", "postcode [postcode] dank je"),
        ("huisnummer achtentwintig en mijn", "huisnummer [adres] en mijn"),
        ("ik woon in almelo aan de bosrand zestien en", "ik woon in almelo aan [adres] en"),
        ("mijn auto h t drie vier zes b staat", "mijn auto [kenteken] staat"),
        (
            "mein Auto hat noch das Kennzeichen BOR-KX 77 und",
            "mein Auto hat noch das Kennzeichen [kenteken] und",
        ),
        (
            "Onze boerderij erve 't Veltkamp ligt bij Delden.",
            "Onze boerderij [adres] ligt bij Delden.",
        ),
        (
            "Wij wonen op de boerderij 't Brookhuis in Lemele.",
            "Wij wonen op de boerderij [adres] in Lemele.",
        ),
        (
            "Kom langs op 't Olde Erf, de koffie staat klaar.",
            "Kom langs op [adres], de koffie staat klaar.",
        ),
    ],
)
def test_structured_data_read_out_and_farms(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de postcode is iets om op te zoeken",  # no postcode read out
        "de postcode is vijf en twintig",  # no valid postcode
        "mijn auto is rood en de fiets is blauw",  # no plate
        "mijn auto de twee en de vier",
        "het kenteken van de auto is bekend",
        "de boerderij van de buren is mooi",  # no farm's name
        "we waren met z'n twintigen",
        "ik ben 3 keer gevallen",  # no age
        "in 4 havo is het zwaar in Raalte",  # no school, so no town of it
        "postcode zeven zes nul negen en huisnummer weet ik niet",  # "en" is no letter of it
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_with_deduce_as_an_export_runs(worker: ExportWorker) -> None:
    items = [
        ScrubItem("mijn postcode is zeven vier vier een c d en ik ben pas 14 lol"),
        ScrubItem("Wij boeren op erve 't Hulsveld bij Markelo, mijn zoon Wim die is dertig."),
    ]
    young, farm = worker.scrub(items, "nl").result(timeout=120)
    assert young.text == "mijn postcode is [postcode] en ik ben pas [leeftijd] lol"
    assert farm.text == "Wij boeren op [adres] bij Markelo, mijn zoon [naam] die is [leeftijd]."
