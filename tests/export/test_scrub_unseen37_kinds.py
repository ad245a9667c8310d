"""The fortieth round of rules, written from what ``unseen37`` let through (made-up sentences of
the same kinds, not the corpus lines; ``unseen37`` has teenagers, villages, people with rare
roles, newcomers and voice typing, and was the part nobody read from the thirty-fifth round to
the fortieth):

- after a word for kin, a name in lower case that is a word too, before an age in brackets
  ("mn zusje roos (11)");
- a nickname after "noemt hem nu", before an apposition ("smulle de baas");
- a first name in lower case that is a word too, opening a clause before a verb only a person
  does ("lieve zei", "lieve heeft er een foto van gemaakt");
- an age after a name and "van" before "en ik …" ("ik ben noor van 15 en ik woon");
- the street of one's house without its number ("achter oons huus an de Kerkweg"), spoken
  addresses after "ons huis op de" and with "honderd…" in one word;
- a role after a name and a part of a town ("wijkagent Zwolle-Zuid": no surname), after
  "allebei", after "sinds juni 2022"; "boa", "kassajongen";
- the year a newcomer came, as they say it ("ik kom 2015 naar Almelo");
- a class code with the school's initials ("2c rsg");
- deduce's names that start with a word for kin ("Noaber Dinie") keep that word.

And what it kept: chat words after a class code ("3b ff"), "storm was heftig", the towns
newcomers come from ("uit Kharkiv").
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber, ScrubItem
from bot.export.worker import ExportWorker
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mn zusje roos (11) filmde alles", "mn zusje [naam] ([leeftijd]) filmde alles"),
        (
            "iedereen noemt hem nu smulle de baas van de klas",
            "iedereen noemt hem nu [naam] de baas van de klas",
        ),
        ("ok. lieve zei dat het klopte", "ok. [naam] zei dat het klopte"),
        (
            "hij lachte 🦄 lieve heeft er een foto van gemaakt",
            "hij lachte 🦄 [naam] heeft er een foto van gemaakt",
        ),
        (
            "ik ben noor van 15 en ik woon in Almelo",
            "ik ben [naam] van [leeftijd] en ik woon in Almelo",
        ),
        (
            "'t pad achter oons huus an de Kerkweg in Boekelo is kapot",
            "'t pad achter oons huus an de [adres] in Boekelo is kapot",
        ),
        ("mijn adres is kerkstraat honderdvijftien", "mijn adres is [adres]"),
        (
            "de bus staat voor ons huis op de brink negen in lemele",
            "de bus staat voor ons huis op [adres] in lemele",
        ),
        ("Groet, Anna Bos, wijkagent Zwolle-Zuid", "Groet, [functie]"),
        (
            "Mijn man Henk en ik, allebei leraar op de Wheemschool in Raalte, fietsen",
            "Mijn man [naam] en ik, allebei [functie], fietsen",
        ),
        (
            "Ik ben sinds juni 2022 boa bij de gemeente Ommen en zie",
            "Ik ben [functie] en zie",  # since round 41 one mark with its years
        ),
        ("ik werk als kassajongen bij de jumbo in raalte", "ik werk als [functie]"),
        ("ik kom 2015 naar Almelo voor werk", "ik kom [datum] naar Almelo voor werk"),
        ("wij van 2c rsg hebben gewonnen", "wij van [school] hebben gewonnen"),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    ["in 3b ff kijken", "storm was heftig vannacht", "Mijn broer komt uit Kharkiv"],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_word_for_kin_before_deduces_name_stays(worker: ExportWorker) -> None:
    text = "Noaber Dinie hef mie eholpen met schrieven."
    result = worker.scrub([ScrubItem(text, None)], "nl").result()[0].text
    assert result == "Noaber [naam] hef mie eholpen met schrieven."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my car (WA 12345) was fined", "my car ([kenteken]) was fined"),
        ("Ukrainian car AA 1234 BB is parked", "Ukrainian car [kenteken] is parked"),
        ("mijn auto 34 ABC 123 uit Turkije", "mijn auto [kenteken] uit Turkije"),
        ("nummerbord: 81.ZH.KL", "nummerbord: [kenteken]"),
        ("mijn auto met Pools kenteken PZ 1234A", "mijn auto met Pools kenteken [kenteken]"),
    ],
)
def test_plates_of_any_country_after_a_vehicle(rules: Scrubber, text: str, expected: str) -> None:
    """Found while checking the parts nobody read (no line of them read): a plate of any
    country right after a word for a vehicle, with two digits or more; a nationality before a
    noun is no name."""
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mijn auto BMW X5 is nieuw",
        "mijn auto 2 keer per week",
        "we hebben een auto met 5 deuren",
        "de bus 74 naar Zwolle",
        "mijn auto APK is verlopen",
        "ik sprak met Engels en Duits",
    ],
)
def test_what_stays_after_a_vehicle(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
