"""The thirty-third round of rules, written from what ``unseen34`` let through (made-up
sentences of the same kinds, not the corpus lines; ``unseen34`` is half typed live in
sessions):

- an IBAN read out with its bank's code in capitals ("NL nul vier ABNA …");
- a handle read out after a platform's name ("mijn insta is apenstaartje … underscore …");
- initials without dots after "op naam van" ("op naam van d de boer");
- ages: "ben vandaag zeventien geworden", "bin'k achtentachtig", "Ze heet Nina en is 16.",
  and punctuation as voice typing writes it ("die is elf komma deed …");
- names: a first name cut short after it was named ("kevin … sorry kev"), a name no language
  has repeated in lower case with its particle ("El Amrani … el amrani");
- roles: "helpende", a party after "namens" in a signature ("Statenlid namens D66"), a role
  of a programme whose name has a verb in it ("projectleider van Overijssel doet mee! bij de
  provincie");
- classes "2bk", "4 kb", "3 gt" before their school.

And what it kept: "hie" (Sallands "hij"), "Konto" before
a "Kontoinhaber" with a name, "de helpende zei", "namens iedereen", "4 kb groot".
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "de vergoeding mag naar NL nul vier ABNA nul vier zeven twee zes zes acht zeven acht "
            "een, dank",
            "de vergoeding mag naar [iban], dank",
        ),
        (
            "mijn insta is apenstaartje lotte underscore k twee nul een nul",
            "mijn insta is [account]",
        ),
        (
            "mijn tiktok is apenstaartje bram underscore veen en die van mijn zus",
            "mijn tiktok is [account] en die van mijn zus",
        ),
        (
            "maak het over op naam van d de boer alvast bedankt",
            "maak het over op naam van [naam] alvast bedankt",
        ),
        (
            "ben vandaag zeventien geworden en zit hier",
            "ben vandaag [leeftijd] geworden en zit hier",
        ),
        ("ik ben gisteren 15 geworden", "ik ben gisteren [leeftijd] geworden"),
        ("Now bin'k achtentachtig en fiets nog", "Now bin'k [leeftijd] en fiets nog"),
        (
            "Ze heet Nina en is 16. Kunnen jullie mailen?",
            "Ze heet [naam] en is [leeftijd]. Kunnen jullie mailen?",
        ),
        ("mijn zoon heet Bram en is 12.", "mijn zoon heet [naam] en is [leeftijd]."),
        (
            "mijn kleinzoon ruben komma die is elf komma deed ook mee",
            "mijn kleinzoon [naam] komma die is [leeftijd] komma deed ook mee",
        ),
        (
            "ik won van kevin van het roc 😤 sorry kev",
            "ik won van [naam] van het roc 😤 sorry [naam]",
        ),
        (
            "onze coach meneer El Amrani bleef tot 11 uur 🙏 el amrani for president",
            "onze coach meneer [naam] bleef tot 11 uur 🙏 [naam] for president",
        ),
        ("Ik ben Statenlid namens de SP in Overijssel.", "Ik ben [functie] in Overijssel."),
        (
            "Ik ben projectleider van Overijssel doet mee! bij de provincie en wil",
            "Ik ben [functie] en wil",
        ),
        ("ik werk als helpende in Denekamp en", "ik werk als [functie] en"),
        ("vmbo ftw. 2bk assink haaksbergen heeft gewonnen", "vmbo ftw. [school] heeft gewonnen"),
        (
            "een leerling uit mijn 4 kb van het Canisius in Almelo zei",
            "een leerling uit [school] zei",
        ),
        ("ik zit in 3 gt op de Waerdenborch", "ik zit in [school]"),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mien wief zeg dat ok. Hie wil now in de Staten, zeg hie.",
        "de helpende zei niks",
        "ik heb het namens iedereen gezegd",
        "de file is 4 kb groot",
        "het plan heet Zwolle 2030 en is 12 miljoen",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_name_that_is_a_dialect_word_repeats_only_capitalised(rules: Scrubber) -> None:
    text = "Mien wief Riek zeg dat. Wiej bint nich riek."
    assert scrubbed(rules, text) == "Mien wief [naam] zeg dat. Wiej bint nich riek."


def test_a_short_form_is_no_dialect_word(rules: Scrubber) -> None:
    assert scrubbed(rules, "marco zei dat mar niet kon") == "[naam] zei dat mar niet kon"
