"""What a review of rounds 27 and 28 found, fixed: about 900 made-up sentences were run through
the rules before and after the rounds (``/work/wt/review27_28.md`` in the session that made
them). Every high and medium finding is a case here; made-up sentences only.
"""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street ending in "-jes" is still a street; only "groetjes" is none
        ("ik woon in de hofjes 12", "ik woon in de [adres]"),
        # a real role after "doe mee als", and next to a word ending in "-spel"
        ("Ik deed mee als secretaris van het dorpsplatform in Vasse", "Ik deed mee als [functie]"),
        (
            "Ik ben dirigent bij het passiespel in Ootmarsum en we oefenen",
            "Ik ben [functie] en we oefenen",
        ),
        ("Ik ben ontwikkelaar bij de game studio in Enschede", "Ik ben [functie]"),
        # a business in a region, with the village or "de enige" later in the sentence
        ("Ik heb een camping in het Vechtdal, in Lemele", "Ik heb [functie]"),
        (
            "Ik heb een bakkerij in Twente, de enige van Vasse",
            "Ik heb [functie], de enige van Vasse",
        ),
        ("Ik heb een apotheek in Almelo", "Ik heb [functie]"),
        # ages: digits listed without commas, a correction with "nee", a birthday said inverted
        ("mijn kinderen zijn 4 6 en 8", "mijn kinderen zijn [leeftijd] en [leeftijd]"),
        ("ik ben 31, nee 32", "ik ben [leeftijd], nee [leeftijd]"),
        ("Op 18 maart word ik eindelijk 18!", "Op [datum] word ik eindelijk [leeftijd]!"),
        # where someone lives, in English and with words between
        ("I live next to the church in Markelo", "I live [adres]"),
        ("Mijn oma woonde vroeger naast de molen in Delden", "Mijn oma woonde vroeger [adres]"),
        # a feast with its year and one's own event, whatever took the year before
        ("op tweede Pinksterdag 1966 getrouwd", "op [datum] getrouwd"),
        ("Op Koningsdag 1994 ben ik geboren", "Op [datum] ben ik geboren"),
        ("Op oudejaarsavond 1999 werd ik 18", "Op [datum] werd ik [leeftijd]"),
        # a German job without "als"
        (
            "Mijn man is Altenpfleger in der Seniorenresidenz Gronau en moet",
            "Mijn man is [functie] en moet",
        ),
    ],
)
def test_leaks_closed(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


def test_a_name_after_a_in_english_is_a_name(rules: Scrubber) -> None:
    out = scrubbed(rules, "A Peter from the council called me back yesterday about the road.")
    assert "Peter" not in out


def test_a_correction_is_no_age_with_a_unit(rules: Scrubber) -> None:
    out = scrubbed(rules, "ik ben 16 ik bedoel 20 euro is veel")
    assert out == "ik ben [leeftijd] ik bedoel 20 euro is veel"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("meer bussen graag, groetjes van storm", "meer bussen graag, groetjes van [naam]"),
        ("bedankt! - storm (15)", "bedankt! - [naam] ([leeftijd])"),
        ("meer bussen graag\n\nstorm", "meer bussen graag\n\n[naam]"),
        ("dikke kus, storm", "dikke kus, [naam]"),
        (
            "het was storm op de dijk en de bus reed niet. groetjes storm",
            "het was storm op de dijk en de bus reed niet. groetjes [naam]",
        ),
        ("het dak is eraf - storm van vorige week", "het dak is eraf - storm van vorige week"),
    ],
)
def test_own_word_name_signing_off(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text, KnownPerson("Storm", "Oosterhof")) == expected


def test_a_sign_off_word_before_a_sentence_takes_no_name(rules: Scrubber) -> None:
    text = "groetjes hoop dat jullie er iets mee doen"
    assert scrubbed(rules, text, KnownPerson("Hoop")) == text


@pytest.mark.parametrize(
    "text",
    [
        "van mijn 3 kinderen woont er 1 in Lemele",
        "Van mijn 20 euro zakgeld koop ik snoep",
        "De minister-president in 2010 was Balkenende",
        "De wethouder in 2018 beloofde een fietspad",
        "De PvdA werd drie in Almelo",
        "de burgemeester-verkiezing in Dinkelland was spannend",
        "het huisarts-tekort in Lemele is groot",
        "Ik wil graag wonen naast de kerk, maar dat kan niet",
        "me en Maandag zijn geen vrienden",
        "mijn man, 2 jaar geleden overleden, was boer",
        "Daar ben ik, 40 jaar lang, lid van geweest.",
        "we, 4 en 5 mei, herdenken en vieren",
        "Op de pensioengerechtigde leeftijd van 67 moeten mensen stoppen",
        "At the age of 18 you can vote in the Netherlands",
        "ik werk bij het loonbedrijf ten noorden van de a1",
        "Op 1 mei is het eindelijk lente geworden en wij gingen fietsen",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_big_city_after_a_landmark_stays(rules: Scrubber) -> None:
    assert scrubbed(rules, "ik woon naast de supermarkt in Zwolle, dus ik loop") == (
        "ik woon [adres] in Zwolle, dus ik loop"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wij uit H2B vonden het leuk", "wij uit [school] vonden het leuk"),
        ("ik zit in havo 4", "ik zit in [school]"),
    ],
)
def test_class_codes_in_any_case_go(rules: Scrubber, text: str, expected: str) -> None:
    # marked for the editor until round 48; one's own class goes since (every blind part marks
    # it as a school)
    assert scrubbed(rules, text) == expected
