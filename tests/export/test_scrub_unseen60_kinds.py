"""The fifty-third round of rules, written from what ``unseen60`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen60`` is MBO
students, village teenagers in Twents and Sallands, and teenagers sharing contact details in a
hurry — 17 of 207 items came through, 4 of them structured):

- a handle read out or typed in pieces after a platform's name ("snap: mila punt bos twee nul
  een nul", "insta: yusuf underscore kaya", "snap me: sem _ vdb 09"), and the handles listed
  after the first ("snap ruben.k tim.vd joepie22");
- the programme one sits in before its year or level ("ik zit in bouwkunde jaar 2 op het …"),
  and Aeres among the institutions;
- a lower-case double first name whose first half is a word too ("de eigenaar harm jan");
- a nickname of a name and a word after a verb of naming, also in dialect ("wiej numt hum
  jaap de kraai umdat …");
- a surname that is a word too after its prefix on a form's line ("naam: liam de groot");
- the age that follows from one's birth ("ben in 2011 geboren dus pas 15");
- a prince of carnival with his club named after its initials ("prins carnaval van cv de
  knollenstekers").

And what it keeps: "mijn snap is lotte punt en dan …" stops before "en"; "ik zit in de klas en
jaar 2 is leuk"; "geboren in Syrië en 3 jaar later …".
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "voeg me toe op snap: mila punt bos twee nul een nul (zonder spaties)",
            "voeg me toe op snap: [account] (zonder spaties)",
        ),
        ("insta: yusuf underscore kaya of bel me", "insta: [account] of bel me"),
        ("snap me: sem _ vdb 09 (met underscore)", "snap me: [account] (met underscore)"),
        ("snap ruben.k tim.vd joepie22", "snap [account]"),
        (
            "ik zit in bouwkunde jaar 2 op het deltion in zwolle en wil",
            "ik zit in [school] en wil",
        ),
        (
            "ik zit in paardenhouderij jaar 1 bij aeres in dalfsen en",
            "ik zit in [school] en",
        ),
        ("de eigenaar harm jan noemt mij jochie", "de eigenaar [naam] noemt mij jochie"),
        (
            "(wiej numt hum gerrit de snoek umdat hij zo hard zwemt)",
            "(wiej numt hum [naam] umdat hij zo hard zwemt)",
        ),
        ("naam: liam de groot\nklas: 2b", "naam: [naam]\nklas: 2b"),
        (
            "ik ben in 2011 geboren dus pas 15 😅 maar",
            "ik ben in [leeftijd] geboren dus pas [leeftijd] 😅 maar",
        ),
        (
            "mien breur was prins carnaval van cv de knollenstekers en",
            "mien breur was [functie] en",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik zit in de klas en jaar 2 is leuk",
        "ik ben geboren in Syrië en 3 jaar later kwamen we hier",
        "snap me of insta, maakt niet uit",
        "we noemen hem de baas van de klas omdat hij alles regelt",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_handle_read_out_stops_where_the_sentence_goes_on(rules: Scrubber) -> None:
    assert scrubbed(rules, "mijn snap is lotte punt en dan de rest") == (
        "mijn snap is [account] punt en dan de rest"
    )
