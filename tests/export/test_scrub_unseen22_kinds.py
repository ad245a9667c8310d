"""The twenty-third round of rules, written from what ``unseen22`` let through (made-up
sentences of the same kinds, not the corpus lines):

- a place typed in lower case after a role's link is where the role is ("monteur bij … in
  markelo"); an organisation's name in lower case after its head ("energiecoöperatie de
  brug"); a business name of several words after an article ("restaurant t hooge holt");
- a role in a signature after a name and an age ("— milan, 17, kassamedewerker bij …");
- German number words ("zweiundzwanzig", "(neun)") and "ich bin"; a number word with a typo
  in brackets ("(vijtien)");
- a postcode read out without its word, four digits and two letters ("zeven vier vier zeven
  c d"), and the street before it;
- a first name taken from the citizen's username ("daan_w0lf");
- a first name that is a word too, before "van" and a place, as the subject of a verb said of
  people ("roos van wijhe was …"); a lower-case nickname listed with first names ("daan, ilse
  en de lange") and wherever it stands alone again.
"""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "mn oom is monteur bij energiecoöperatie de brug in markelo en zegt",
            "mn oom is [functie] en zegt",
        ),
        ("ik ben zelf vakkenvuller bij de plus in vriezenveen en", "ik ben zelf [functie] en"),
        (
            "mijn zoon werkt als afwashulp bij restaurant t hooge holt in holten en fietst",
            "mijn zoon werkt als [functie] en fietst",
        ),
        (
            "goed bestuur = luisteren. — milan, 17, kassamedewerker bij de aldi in kampen",
            "goed bestuur = luisteren. — [naam], [leeftijd], [functie]",
        ),
    ],
)
def test_roles_in_lower_case(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik werk in de zorg in zwolle",
        "ik ben kok in het weekend",
        "we hadden 17, vrijwilligers in Kampen waren er ook",
    ],
)
def test_no_role_where_none_is(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ich bin zweiundzwanzig und studiere in Enschede.",
            "Ich bin [leeftijd] und studiere in Enschede.",
        ),
        ("mijn zoon Kevin (vijtien) werkt", "mijn zoon [naam] ([leeftijd]) werkt"),
        (
            "opsturen naar kerkweg zeventien zeven vier vier zeven c d hellendoorn graag",
            "opsturen naar [adres] [postcode] hellendoorn graag",
        ),
    ],
)
def test_ages_and_addresses(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de vergadering (morgen) was goed",
        "we waren met zes vier twee drie a b c teams",
        "ik heb twee drie vier vijf keer gebeld",
    ],
)
def test_no_age_or_postcode_where_none_is(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_first_name_from_the_username(rules: Scrubber) -> None:
    daan = KnownPerson(None, None, "daan_w0lf")
    assert scrubbed(rules, "de wolf is hier, groetjes daan", daan) == (
        "de wolf is hier, groetjes [naam]"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("roos van wijhe was onze fractievoorzitter", "[naam] was onze fractievoorzitter"),
        ("storm van kampen zei niks", "[naam] zei niks"),
        (
            "ik zat in de fractie met daan, ilse en de lange en de lange wilde per se",
            "ik zat in de fractie met [naam], [naam] en [naam] en [naam] wilde per se",
        ),
    ],
)
def test_names_that_are_words(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de roos van twente is mooi",
        "een storm van kampen tot zwolle",
    ],
)
def test_words_stay(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_the_place_of_an_office_stays(rules: Scrubber) -> None:
    # "Dijk" is a word too, but after "Van" it is a surname and Raalte the wethouder's place
    assert "van Raalte kwam" in scrubbed(rules, "Wethouder Van Dijk van Raalte kwam zelf kijken")


def test_a_long_table_is_no_nickname(rules: Scrubber) -> None:
    assert scrubbed(rules, "ik zat naast daan en de lange tafel") == (
        "ik zat naast [naam] en de lange tafel"
    )
