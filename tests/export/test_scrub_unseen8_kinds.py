"""The kinds ``unseen8`` let through, read after its blind measurement and fixed in general in
the tenth round, shown here on made-up sentences (none is copied from the corpus): frequent
first names that are no word ("bram", "tijn", "lars") as names anywhere, the initial of a
surname after a first name, a word that opens a sentence as "onze" role, ages after a name in
words ("Fenne, twaalf joar", "van acht joar") or in a relative clause ("die nu 22 is"),
classes with a vmbo level or for newcomers, "mbo niveau 4", work behind a counter, a job
coordinated, "fam." as a title — and what must stay. Rules without deduce."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text, expected",
    [
        ("dat deed daan v wel bij mij", "dat deed [naam] wel bij mij"),
        ("Noor B. zei het al", "[naam] zei het al"),
        ("toen zei lotte o jee", "toen zei [naam] o jee"),  # "o" is no initial
        (
            "wij waren de blauwe haaien. storm was onze lijsttrekker en hij hield een speech",
            "wij waren de blauwe haaien. [naam] was onze lijsttrekker en hij hield een speech",
        ),
        ("Storm is mijn aanvoerder bij de JO15", "[naam] is mijn aanvoerder bij de JO15"),
        ("groeten, fam. Sprakel", "groeten, fam. [naam]"),
        ("GROETEN FAM. SPRAKEL", "GROETEN FAM. [naam]"),
    ],
)
def test_names_with_an_initial_as_a_role_and_of_a_family(
    rules: Scrubber, text: str, expected: str
) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gisteren was onze voorzitter er niet",  # a frequent word opens the sentence
        "Ommen was onze gastheer",  # a place
        "Dat was onze voorzitter",
        "Helaas was onze burgemeester er niet.",  # an adverb opens the sentence
        "Democratie is onze leider.",  # an ordinary word
    ],
)
def test_what_stays_around_those_names(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mien kleindochter Fenne, twaalf joar, dee ok met",
            "Mien kleindochter [naam], [leeftijd], dee ok met",
        ),
        (
            "mijn kleinzoon Gerrit van acht joar mocht meedoen",
            "mijn kleinzoon [naam] van [leeftijd] mocht meedoen",
        ),
        (
            "Mijn kleinzoon Joost, die nu 22 is en in Utrecht studeert, zegt",
            "Mijn kleinzoon [naam], die nu [leeftijd] is en in Utrecht studeert, zegt",
        ),
        (
            "mijn kleindochter Isa, die vijftien is, fietst elke dag",
            "mijn kleindochter [naam], die [leeftijd] is, fietst elke dag",
        ),
        # a surname that is a number word, with no "jaar" after it, is the surname
        ("Gerrit van Acht zei dat het goed was", "[naam] zei dat het goed was"),
        # a count in the relative clause is no age
        ("Jan, die 3 keer won, was er ook", "Jan, die 3 keer won, was er ook"),
    ],
)
def test_ages_after_a_name(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ik zit in klas 2 kader op het reggesteyn", "ik zit in [school]"),
        ("groetjes, mbo niveau 4 verpleegkunde bij deltion", "groetjes, [school]"),
        ("My daughter is in the ISK class of Het Erasmus", "My daughter is in [school]"),
        # a class for newcomers without a school is none of one person
        ("de ISK is belangrijk voor nieuwkomers", "de ISK is belangrijk voor nieuwkomers"),
        (
            "ik werk zaterdags achter de kassa bij de jumbo in Nijverdal",
            "ik werk [functie]",
        ),
        ("I coordinate the newcomers programme at Saxion in Enschede", "I coordinate [functie]"),
    ],
)
def test_classes_and_jobs(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected
