"""The kinds ``unseen10`` let through, read after its blind measurement and fixed in general
in the twelfth round, shown here on made-up sentences (none is copied from the corpus): a
nickname explained by a possessive and a word for a person ("de lange (onze keeper)"), an
age after "is wel", a name no list knows after "ik ben" when the introduction goes on, a year
of study with a programme of several words, an internship at a business with its village, a
prince of carnival, a birth year after a name and "bj.", the year a role began marked for the
editor — and what must stay. Rules without deduce."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "toen de lange (onze keeper) scoorde was iedereen blij",
            "toen [naam] (onze keeper) scoorde was iedereen blij",
        ),
        ("bilal is wel 18 en die stemt niet", "[naam] is wel [leeftijd] en die stemt niet"),
        (
            "ik ben marzena, mijn ouders komen uit Gdańsk",
            "ik ben [naam], mijn ouders komen uit Gdańsk",
        ),
        ("ik zit in jaar 3 sport en bewegen op het roc van twente", "ik zit in [school]"),
        ("ik loop stage bij kinderdagverblijf de rakker in rijssen", "ik loop stage [functie]"),
        (
            "Mijn broer was vorig jaar prins carnaval bij de Kwakkels in Ootmarsum",
            "Mijn broer was vorig jaar [functie]",
        ),
        (
            "mijn opa Gerrit, bj. 1938, wil meedenken",
            "mijn opa [naam], bj. [leeftijd], wil meedenken",
        ),
    ],
)
def test_nicknames_ages_introductions_studies_and_feast_roles(
    rules: Scrubber, text: str, expected: str
) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de wethouder (onze burgemeester) kwam ook",  # an office explained, no nickname
        "De gemeente (onze werkgever) betaalt slecht.",  # an ordinary word explained
        "Ons huis, bouwjaar 1975, is slecht geïsoleerd.",  # a house's year, no person's
        "ik ben dislectisch, sorry",  # a typo of a word, and the introduction does not go on
        "Ik ben expat uit Brazilië",
        "de prins carnaval kwam ook langs",  # spoken of, with no where and nobody's own
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_the_year_a_role_began_goes(rules: Scrubber) -> None:
    """Marked for the editor until the seventeenth round; a year of one's life goes now."""
    result = rules.scrub("In 2015 was ik schutterskoning in Lemele")
    assert result.text == "In [datum] was ik [functie]"
    assert result.marks == ()
