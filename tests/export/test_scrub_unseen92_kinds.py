"""The seventy-sixth round of rules, written from what ``unseen92`` let through (made-up
sentences of the same kinds, not the corpus lines; ``unseen92`` is a mix of all styles — last
stop's holdout, measured once at its end and read in this round: 7 of 206 items came through,
one of them structured):

- who said a quote, after it and a dash ("'…' – Meron Tesfay (mbo 4 …)");
- one's own age with "met" and an adverb ("als ik met 16 al belasting betaal") — not anyone's
  ("terwijl je met 16 al …", "we mogen pas met 18 stemmen");
- a German office of a village across the border in a Dutch answer ("was vroeger
  Ortsvorsteher van Epe");
- a street read out with its number in English ("we live … at vroomshoopseweg twenty three").

And what this round stopped taking: a plural occupation after "als"/"as", a group in its
capacity ("wat mot wie as boeren in Haarle …"), and the Sallands "waorumme" as a name.
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Op het scherm: 'stem nou gewoon' – Selam Haile (havo 4) 🔥 de zaal",
            "Op het scherm: 'stem nou gewoon' – [naam] (havo 4) 🔥 de zaal",
        ),
        (
            "waarom pas met 18 stemmen als ik met 16 al belasting betaal van mn bijbaan",
            "waarom pas met 18 stemmen als ik met [leeftijd] al belasting betaal van mn bijbaan",
        ),
        (
            "Mijn man Klaus was vroeger Ortsvorsteher van Epe, hij vond het mooi",
            "Mijn man [naam] was vroeger [functie], hij vond het mooi",
        ),
        (
            "we live in den ham at vroomshoopseweg twenty three the bus does not stop",
            "we live in den ham at [adres] the bus does not stop",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "'goed bestuur is luisteren' – Provincie Overijssel.",
        "terwijl je met 16 al belasting betaalt",
        "Woarum mot wie as boeren in Haarle alles drie keer invullen",
        "Waorumme wordt 't pontje bi'j Wijhe nie meer evaren?",
        "we live near the kerkstraat one of the nicest streets",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
