"""The kinds the fourth independent measurement (corpus part ``unseen5``, mostly teenagers'
chat) let through, fixed in general and shown here on made-up sentences (none is copied from
the corpus): a username typed without "@", a link typed with a space before its dot; double
first names in lower case, names joined by "&", a nickname explained in brackets after it; a
bare age after "ben" behind an emoji, glued to "j", set off by commas where the writer
introduces themselves, after a relative and a name ("mijn zoon thijs van 17"), after a dialect
"zee is"; a class with two levels ("3havo/vwo"); roles of a club team, in a dialect spelling,
of the resistance, and English roles with where ("… lead at", "PhD candidate at") — and what
must stay: abbreviations with a number ("art.12", "v1.2"), prices, ordinary words before a
full stop, compounds with a hyphen, dates and counts between commas. Without deduce unless a
test says so."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text, expected",
    [
        # a username without "@": letters, a dot and letters ending in digits
        ("voeg me toe: sanne.dkr09", "voeg me toe: [account]"),
        # a word with an underscore and a digit
        ("volg me op mees_2010 als je wilt", "volg me op [account] als je wilt"),
        ("dm naar lot_xx_3 ofzo", "dm naar [account] ofzo"),
    ],
)
def test_a_handle_without_at(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a link typed with a space before its dot, or the dot spelled out
        ("kijk op hengelosevoetbalmeiden .nl", "kijk op [link]"),
        ("onze site is buurtvereniging-de-es punt nl", "onze site is [link]"),
    ],
)
def test_a_link_typed_with_a_space(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "zie art.12 van de wet, v1.2 van de app en blz.3 van het boek",
        "ik verdien 5,12 per uur en dat is 4.50 te weinig",
        "dat was echt leuk .nl is geen woord",  # a short word before a loose ".nl"
        "de site van de gemeente: hengelo .nl",  # a municipality's site stays
        "ik_ben_moe en het was saai",  # underscores without a digit
    ],
)
def test_no_handle_or_link_where_there_is_none(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        # two first names joined by a hyphen, in lower case
        ("mn vriendin anne-fleur zegt dat ook", "mn vriendin [naam] zegt dat ook"),
        ("gert-jan uit Vriezenveen wist het niet", "[naam] uit Vriezenveen wist het niet"),
        # names joined by "&"
        ("groetjes noah & tijn", "groetjes [naam] & [naam]"),
        # a nickname explained in brackets right after it
        ("frikandel (= jan-willem lol) zat te slapen", "[naam] (= [naam] lol) zat te slapen"),
        (
            "de kapitein (onze mentor, meneer smit) deed raar",
            "[naam] (onze mentor, meneer [naam]) deed raar",
        ),
        ("snoepje (zo heet daan bij ons) viel om", "[naam] (zo heet [naam] bij ons) viel om"),
    ],
)
def test_names_in_teen_chat(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de rood-wit-blauwe vlag en het noord-oosten, van oost-west tot zomer-winter",
        "we gaan naar de sint-maarten optocht, mei-juni is druk",
        "pizza (= lekker) en cola, de wet (onze grondwet) is oud",
        "we aten patat & cola en kaas & worst",
    ],
)
def test_ordinary_teen_chat_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        # "ben" opening a clause after an emoji
        ("is dat eerlijk?? 😤 ben 16 hoor", "is dat eerlijk?? 😤 ben [leeftijd] hoor"),
        # a number with "j" glued to it
        ("groetjes lotte 13j", "groetjes [naam] [leeftijd]"),
        # set off by commas where the writer introduces themselves
        ("ben fenna, bijna 14, en ik wil", "ben [naam], bijna [leeftijd], en ik wil"),
        (
            "I'm Jo Mensah, nurse at the hospital, 27, living in Delden.",
            "I'm [naam], nurse at the hospital, [leeftijd], living in Delden.",
        ),
        # a relative, a name and "van" with the age
        ("mijn zoon thijs van 17 werkt daar", "mijn zoon [naam] van [leeftijd] werkt daar"),
        # the dialect's "zee" (she)
        (
            "Oonze Mina kan nich meer lopen, zee is tachtig.",
            "Oonze [naam] kan nich meer lopen, zee is [leeftijd].",
        ),
    ],
)
def test_bare_ages_in_chat(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik ben blij, 3 keer gewonnen, 12, 13 en 14 punten",  # numbers between commas
        "ik ben er om 8, niet eerder",
        "we kregen 5j garantie",
        "de zee is twintig graden en het meer is tien meter diep",
    ],
)
def test_numbers_in_chat_stay(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_class_with_two_levels(rules: Scrubber) -> None:
    text = "groetjes, 3havo/vwo van het greijdanus"
    assert scrubbed(rules, text) == "groetjes, [school]"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a role in a club team with where
        ("sven, die is aanvoerder van jo15-2 bij vv Rijssen dus", "[naam], die is [functie] dus"),
        # the dialect's spelling of "chauffeur", and of "molenaar"
        ("Ik bin de sjaffeur van de buurtbus in Lemelerveld.", "Ik bin [functie]."),
        ("Ik was de eerste möllenaar van de Hoopsmolen en", "Ik was [functie] en"),
        # "nog" before an adjective among the modifiers
        ("Opa was de laatste nog werkende smid van Diepenheim en", "Opa was [functie] en"),
        # an English role set off by commas, where after "of" and "on"
        (
            "call me, Ana Costa, owner of the florist on the Marktstraat in Delden.",
            "call me, [naam], [functie].",
        ),
        # where between two places
        ("Ik werk als buschauffeur tussen Ommen en Hardenberg.", "Ik werk als [functie]."),
        # English roles with where
        (
            "I work as the warehouse lead at the Nedap site in Groenlo.",
            "I work as [functie].",
        ),
        (
            "I'm Ama, PhD candidate in physics at the University of Twente, and I",
            "I'm [naam], [functie], and I",
        ),
    ],
)
def test_roles(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de keeper van Ajax was goed vandaag",  # a role spoken of, no cue
        "he took the lead at the start of the meeting",
        "the candidate of the party won the vote",
        "de burgemeester zat tussen ons in",
        "hij was nog boos en de burgemeester ook",
    ],
)
def test_no_role_in_ordinary_words(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
