"""Ordinary and public sentences that the rules of rounds thirteen to sixteen took before a
review of those rounds (each of these was replaced then), and personal data in forms close to
what those rounds meant to catch. Rules without deduce."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber, ScrubItem
from bot.export.worker import ExportWorker
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text",
    [
        # a street's suffix and a number word that is no house number
        "Er moet op het schoolplein een zebrapad komen.",
        "Er ligt op het fietspad een gat van een meter.",
        "Ik woon op het platteland een eind buiten Ommen.",
        "Ik woon op de grens twee gemeenten verder.",
        # "zijn" and "haar" say nothing of a name before them
        "Beren zijn gevaarlijk, de provincie moet ingrijpen.",
        "Kerst zijn we altijd in Ommen.",
        # a role after a comma that is not the writer's own
        "Ik was erbij, wethouder van Hellendoorn gaf een toespraak.",
        "Ik ben het eens met de plannen, burgemeester van Raalte heeft gelijk.",
        # a word on "-kracht" or "-hulp" that is no job
        "Wat ontbreekt is bestuurskracht bij de gemeente Hof van Twente.",
        "Het probleem is slagkracht bij de provincie in Zwolle.",
        "Mijn punt is schuldhulp in Almelo.",
        # an organisation after "tnv", "t.a.v."
        "Doneren kan tnv Voedselbank Almelo.",
        "Stuur het t.a.v. afdeling vergunningen.",
        # public days and events
        "Op 4 mei herdenken we de gevallen soldaten bij het monument in Markelo.",
        "Ik ben op 12 maart naar de informatieavond over de ontslagen bij de fabriek geweest.",
        "Hoorzitting op 12 mei in het provinciehuis, iedereen is welkom.",
        "Mijn oma vertelt over de watersnood van '53 waar veel mensen gestorven zijn.",
        "Op de begraafplaats in Ommen zijn in 1945 Canadese soldaten begraven.",
        "Ik hoop dat het nieuwe ziekenhuis in 2030 klaar is.",
        "In juli 2021 is Limburg overstroomd, wij willen dat hier niet.",
        "Op 12 mei is ons nieuwe ziekenhuis in Almelo geopend.",
        # coming somewhere is no arrival from abroad
        # shouted answers: a word no list knows is a word
        "DE ANWB ZEGT DAT DE WEG GEVAARLIJK IS VOOR FIETSERS IN GOOR EN MARKELO.",
        "WIJ WILLEN MEER GROEN ZOALS BOOMPJES EN BLOEMETJES LANGS DE WEG IN HENGELO.",
        # "van onze club" says nothing of a name before it
        "Ik ben de grootste fan van onze club en wil een nieuw stadion.",
        # scores, issue numbers, counts
        "De scores waren 3 1 2 0 en 2 1.",
        "Zie issue#1234 op de site van de provincie.",
        "De bus ging van nul, tien, twintig, vijftig, honderd procent vol.",
        # hobbies, and an app's name
        "Ik ben een fervent vogelspotter in de Weerribben.",
        "ik ben fietsliefhebber in salland",
        "Er is een app met de naam fietsmaatje die ik gebruik.",
    ],
)
def test_ordinary_and_public_sentences_stay(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("graag overmaken tnv j de vries", "graag overmaken tnv [naam]"),
        ("overmaken tnv de jong", "overmaken tnv [naam]"),
        ("tnv hr van der veen", "tnv hr [naam]"),
        ("tnv A.J. Oude Luttikhuis", "tnv [naam]"),
        ("Ik sprak met A.J. (Albert) Wessels.", "Ik sprak met [naam]."),
        ("Mijn verjaardag: 12 juni!", "Mijn verjaardag: [datum]!"),
        ("een echte twentse boer 40 jaar lang", "een echte twentse boer 40 jaar lang"),
        (
            "MIJN VROUW IS GEVALLEN VOOR KERKSTRAAT 9, 8331 KL STEENWIJK. J. KOSTER",
            "MIJN VROUW IS GEVALLEN VOOR [adres], [postcode] STEENWIJK. [naam]",
        ),
        (
            "Toen ik in 1978 weduwe werd, kwam de burgemeester op de koffie.",
            "Toen ik in [datum] weduwe werd, kwam de burgemeester op de koffie.",
        ),
        (
            "deze zomer was ik leider van de kinderclub op camping De Zandkuil in Beerze",
            "deze zomer was ik [functie]",
        ),
        ("mijn postcode is 7 4 3 1 a k in diepenveen", "mijn postcode is [postcode] in diepenveen"),
    ],
)
def test_personal_data_close_to_the_rounds_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


def test_a_title_cased_name_keeps_its_surname(rules: Scrubber) -> None:
    text = "Mijn Vriend Jan De Boer Zegt Dat De Weg Gevaarlijk Is Voor Fietsers In Goor"
    assert scrubbed(rules, text) == (
        "Mijn Vriend [naam] Zegt Dat De Weg Gevaarlijk Is Voor Fietsers In Goor"
    )


ENGLISH_ANSWER = (
    "Moved from Manchester to Giethoorn in 2021 with my wife Claire. Lovely village, but in "
    "Summer you can't get to your own front door for the tourists."
)
ENGLISH_SCRUBBED = ENGLISH_ANSWER.replace("Claire", "[naam]").replace("2021", "[datum]")


def test_english_words_in_an_english_answer_stay(rules: Scrubber) -> None:
    """Issue 14, point 3: in an answer written in English, "in Summer" is the season."""
    assert scrubbed(rules, ENGLISH_ANSWER) == ENGLISH_SCRUBBED


def test_english_words_stay_with_deduce_too(worker: ExportWorker) -> None:
    """deduce reads "Lovely" and "Summer" as first names; the sentence shows they are words.
    A name after a word for a person stays a name ("my wife Claire", "my daughter Hope")."""
    items = [
        ScrubItem(ENGLISH_ANSWER),
        ScrubItem("In the summer my daughter Hope helps at the farm with the animals and kids."),
    ]
    english, daughter = worker.scrub(items, "nl").result(timeout=120)
    assert english.text == ENGLISH_SCRUBBED
    assert (
        daughter.text
        == "In the summer my daughter [naam] helps at the farm with the animals and kids."
    )
