"""The sixty-fourth round of rules, written from what ``unseen78`` let through (made-up sentences
of the same kinds, not the corpus lines; ``unseen78`` is newcomers and expats, elderly writers
with long stories, and voice typing — written as part of the holdout of stop 29 and measured once
there: 24 of 348 items came through, six of them structured, all read out to a phone):

- read out to a phone: an e-mail with "at" after a word for mail ("mail me info at groen hof
  goor punt n l", "mail naar pris cilla punt ramdin at gmail punt com"), the top-level domain
  spelled "n l", a site "w w w punt … punt n l", a handle after "check apenstaartje", a street
  whose ending was heard apart ("op de wier den se straat honderd twaalf"), a name read out in
  pieces after a title or kin ("juf il se had", "mevrouw ha ver kate kwam", "met statenlid wes
  sel ink we");
- ages: an age in words after "hij is" where voice typing runs on ("hij is dertien bel mij"),
  "when she was eight";
- roles: the next role after "en later nog" or ", daarna nog jaren", a role after one's years
  of life in brackets ("Mijn man Evert (1933-2018) was koster van …"), a programme before its
  level after "doet";
- names: an Arabic surname with its particle ("Lina Al-Khatib");
- no data: "om familie te zoeken", "kende de secretaris elke boer in Markelo, Stokkum en
  Herike", "van 1958 tot 1996, bijna veertig jaar".
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
            "als je zoiets organiseert mail me info at groen hof goor punt n l",
            "als je zoiets organiseert mail me [e-mail]",
        ),
        (
            "dan zie je het zelf mail naar pris cilla punt ramdin at gmail punt com",
            "dan zie je het zelf mail naar [e-mail]",
        ),
        ("bel me of mail michiel punt brouwer at ziggo punt n l", "bel me of mail [e-mail]"),
        ("kijk maar op w w w punt jelle bouwt punt n l hij is", "kijk maar op [link] hij is"),
        (
            "check apenstaartje achraf punt zwolle die gaan echt viraal",
            "check [account] die gaan echt viraal",
        ),
        (
            "waarom duurt het zo lang ik woon op de wier den se straat honderd twaalf en",
            "waarom duurt het zo lang ik woon op de [adres] en",
        ),
        ("juf il se had alles super geregeld", "juf [naam] had alles super geregeld"),
        (
            "mijn buurvrouw mevrouw ha ver kate kwam ook ze is",
            "mijn buurvrouw mevrouw [naam] kwam ook ze is",
        ),
        ("met statenlid wes sel ink we hebben het", "met statenlid [naam] we hebben het"),
        (
            "hij zit in klas 2b en hij is dertien bel mij even op",
            "hij zit in klas 2b en hij is [leeftijd] bel mij even op",
        ),
        (
            "She moved here when she was eight and didn't speak",
            "She moved here when she was [leeftijd] and didn't speak",
        ),
        (
            "Harm was ouderling in Vollenhove en later nog raadslid voor de CHU in Brederwiede.",
            "[naam] was [functie] en later nog [functie].",
        ),
        (
            "Ik was hoofd van de school in Weerselo, daarna nog jaren voorzitter van het "
            "schoolbestuur in Dinkelland. Ik",
            "Ik was [functie], daarna nog jaren [functie]. Ik",
        ),
        (
            "Mijn man Evert (1933-2018) was koster van de Ontmoetingskerk in Nieuwleusen. Goed",
            "Mijn man [naam] ([datum]) was [functie]. Goed",
        ),
        (
            "ze doet pedagogisch werk niveau vier op het deltion ik zat",
            "ze doet [school] ik zat",
        ),
        (
            "lol de Lange (onze mentor, 2m02) was voorzitter en moest bukken",
            "lol [naam] (onze mentor, 2m02) was voorzitter en moest bukken",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mijn vader fietste naar Rotterdam om familie te zoeken, dat vergeet je nooit.",
        "In mijn tijd kende de secretaris elke boer in Markelo, Stokkum en Herike bij naam.",
        "I was at home punt nl",
        "mail me, I was at home dot com",
        "het apenstaartje is een raar teken",
        "waarom mogen kinderen nie stemmen? ik weet",
        "de juf van de klas zei",
        "met de burgemeester van zwolle gepraat",
        "hij is dertien gulden kwijt",
        "ik ben zestien jaar lid van de club",
        "when we were two teams",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_duration_after_a_range_of_years_is_no_age(rules: Scrubber) -> None:
    # since round 75 the years set off after the role are part of it (how long it was held)
    assert (
        scrubbed(
            rules,
            "Ik was onderwijzeres aan de school in Nieuwleusen van 1958 tot 1996, "
            "bijna veertig jaar. Ik ben 89.",
        )
        == "Ik was [functie]. Ik ben [leeftijd]."
    )


def test_an_organisation_after_a_name_read_out_stays(rules: Scrubber) -> None:
    assert (
        scrubbed(rules, "dat zei ook meneer wouter van pro demos heel mooi")
        == "dat zei ook meneer [naam] van pro demos heel mooi"
    )


def test_a_surname_with_an_arabic_particle(worker: ExportWorker) -> None:
    item = ScrubItem(
        "ik kan mensen helpen! bel of app. Lina Al-Khatib", KnownPerson(None, None, None)
    )
    (result,) = worker.scrub([item], "nl").result(timeout=120)
    assert result.text == "ik kan mensen helpen! bel of app. [naam]"
