"""The kinds the third independent measurement (corpus part ``unseen4``, much of it teenagers'
chat) let through or took away wrongly, fixed in general and shown here on made-up sentences
(none is copied from the corpus): names that are also words, joined by "en" to a name or with
a lower-case surname after them; chat sign-offs ("xoxo", "kusjes"); initials glued to a
surname ("p.hofstede"); a bare age after a name; a bilingual class ("tto") and a school's name
in lower case no list knows; roles in dialect spellings, jobs in the kitchen, an English role
set off by a comma, a rare role joined by "en" to what the writer says of themselves — and what
must stay: ordinary lower-case words in chat, a place someone comes from that is also a first
name, an English word before its noun at the start of a sentence, a typo of a frequent word.
Without deduce unless a test says so."""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber, ScrubItem
from bot.export.worker import ExportWorker
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name that is also a word, joined by "en" to a name
        ("jade en thijmen zaten achterin te slapen", "[naam] en [naam] zaten achterin te slapen"),
        ("toen gingen noortje en mats naar voren", "toen gingen [naam] en [naam] naar voren"),
        # a name that is also a word, with a surname prefix and a surname after it
        ("bram de beer won de stemming lol", "[naam] won de stemming lol"),
        ("ik zat naast roos van dijk", "ik zat naast [naam]"),
        # chat sign-offs
        ("meer bankjes in het park aub xoxo jade", "meer bankjes in het park aub xoxo [naam]"),
        ("dat was het kusjes mila", "dat was het kusjes [naam]"),
        # initials glued to a surname, as in an e-mail address without its domain
        ("graag reactie, mvg p.hofstede", "graag reactie, mvg [naam]"),
        ("vraag het maar aan j.a.veldkamp als je wilt", "vraag het maar aan [naam] als je wilt"),
    ],
)
def test_names_in_teen_chat(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # ordinary lower-case words around "en" and before "de"/"van"
        "we hadden pizza en cola en toen was het klaar",
        "ik ben de baas van de klas",
        "een roos van de buren stond in de vaas",
        "heb n scootmobiel, mar de stoep is scheef",  # "mar": the dialect's "maar"
        "ik heb het z.s.m. gedaan, o.a. voor school",  # abbreviations, no initials
        "zie ook i.p.v. dat formulier de nieuwe versie",
    ],
)
def test_ordinary_chat_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare number after a name where the signature ends or a class follows
        ("meer fietspaden!! groetjes lieke 14", "meer fietspaden!! groetjes [naam] [leeftijd]"),
        (
            "doe er wat aan. femke 13 2havo bij het greijdanus",
            "doe er wat aan. [naam] [leeftijd] [school]",
        ),
        ("groetjes noortje 15 uit Ommen", "groetjes [naam] [leeftijd] uit Ommen"),
        # a number with what it counts is no age
        ("ik gaf sanne 15 euro terug", "ik gaf [naam] 15 euro terug"),
    ],
)
def test_a_bare_age_after_a_name(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bilingual class, and a school's name in lower case no list knows
        (
            "wij zijn klas 2 tto van het jan van arkel en we",
            "wij zijn [school] en we",
        ),
        ("ik zit in klas 4 van het zandvliet college", "ik zit in [school]"),
    ],
)
def test_schools_as_students_write_them(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rare role in a dialect spelling, as the head of a compound
        (
            "Ik bin de geitenhoeder op 't Lemelerveld, dat weet iedereen.",
            "Ik bin [functie], dat weet iedereen.",
        ),
        ("Wiej waren de koeherder van de marke.", "Wiej waren [functie]."),
        # a job in the kitchen with where
        (
            "na school werk ik als afwasser bij het wokrestaurant in Hardenberg",
            "na school werk ik als [functie]",
        ),
        # an English role set off by a comma, without an article, with where after it
        (
            "I'm from Ghent, postdoc in soil science at Wageningen University, and I",
            "I'm from Ghent, [functie], and I",
        ),
        # a rare role joined by "en" to what the writer says of themselves
        (
            "ik ben Gerda, 58 jaar en secretaris van de buurtvereniging Sibculo, dus",
            "ik ben [naam], [leeftijd] en [functie], dus",
        ),
    ],
)
def test_roles(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De herder liep met zijn hond over de hei.",  # no compound, no cue
        "Thanks, manager or not, we all pay the same tax.",  # no role where
        "ik ben blij en de burgemeester van Ommen zei ja",  # an office spoken of
    ],
)
def test_no_role_where_there_is_none(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        # where someone comes from is a place, also when it is a first name elsewhere
        ("I'm Rosa from Florence and I study here.", "I'm [naam] from Florence and I study here."),
        (
            "ik kom uit Florence en woon nu in Deventer",
            "ik kom uit Florence en woon nu in Deventer",
        ),
        # a person after "from" without a verb of coming stays a name
        ("I got a letter from Florence yesterday.", "I got a letter from [naam] yesterday."),
    ],
)
def test_where_someone_comes_from(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


def test_a_typo_of_a_frequent_word_is_no_name(rules: Scrubber) -> None:
    # "Alleen" with a letter left out, before a verb that would follow a person
    text = "Aleen komt de bus nooit op tijd."
    assert scrubbed(rules, text) == text


def test_with_deduce_as_an_export_runs(worker: ExportWorker) -> None:
    """deduce takes a capitalised English word at the start of a sentence for a first name;
    before a noun and its verb it is the word ("Frank advice is", "Hope springs are")."""
    items = [
        ScrubItem("Frank advice is what we need. My neighbour Frank said so too."),
        ScrubItem("Waneer komt de glasvezel naar ons dorp?"),
        ScrubItem("mats en joep deden de speech, xoxo jade", KnownPerson("Jade")),
    ]
    results = worker.scrub(items, "nl").result(timeout=120)
    assert results[0].text == "Frank advice is what we need. My neighbour [naam] said so too."
    assert results[1].text == "Waneer komt de glasvezel naar ons dorp?"
    assert results[2].text == "[naam] en [naam] deden de speech, xoxo [naam]"
