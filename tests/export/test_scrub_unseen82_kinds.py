"""The seventy-first round of rules, written from what ``unseen82`` let through (made-up sentences
of the same kinds, not the corpus lines; ``unseen82`` is international students and expats,
elderly writers in Sallands and the Kop van Overijssel, and voice typing — written as part of
the session's holdout and measured once at its end: 27 of 302 items came through, and the
Sallands "noa" (naar) was taken for a name, six places with it):

- English roles without an article and with where ("I'm anesthesiologist at Deventer
  Ziekenhuis", "im international member of the Windesheim student council", "board member of
  ESN Enschede");
- ages: "who is only 19 and …", "now 87 joar." set off after one's traits, "82 jaor old";
- schools: "final year Applied Mathematics at UT" signed after a name of three words, "second
  semester at Windesheim Honours College";
- read out to a phone: a name after "dit is" or "wij zijn" ("hallo dit is bert camp huis uit
  …", "wij zijn jan en dinie schutte en ger rit van der kolk"), an e-mail whose domain was heard
  in three pieces ("apenstaartje v v vroomshoop punt nl"), a plate read out a few words after
  "kenteken";
- no name: the place after the Sallands "noa" (naar) in an answer in dialect, and "Jo" (ja)
  there; "noa" itself stays a first name (a leak of a word, not of a person).
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
            "I'm anesthesiologist at Deventer Ziekenhuis, living in Diepenveen",
            "I'm [functie], living in Diepenveen",
        ),
        (
            "im international member of the Windesheim student council so i will",
            "im [functie] so i will",
        ),
        ("I'm board member of ESN Enschede this year, dm me", "I'm [functie] this year, dm me"),
        (
            "to support our friend Bashir who is only 19 and he made it",
            "to support our friend [naam] who is only [leeftijd] and he made it",
        ),
        (
            "Ik bin Hendrikus, geboren in Broekland, now 87 joar. Op de",
            "Ik bin [naam], geboren in Broekland, now [leeftijd]. Op de",
        ),
        ("an taofel, 82 jaor old 😄", "an taofel, [leeftijd] 😄"),
        (
            "Samir El Idrissi, final year Applied Mathematics at UT, originally from Lyon.",
            "[naam], [school], originally from Lyon.",
        ),
        (
            "I'm Haruka, exchange student, second semester at Windesheim Honours College. my",
            "I'm [naam], exchange student, [school]. my",
        ),
        (
            "hallo dit is bert camp huis uit enter ik ben voorzitter",
            "hallo dit is [naam] uit enter ik ben [functie]",
        ),
        (
            "wij zijn jan en dinie schutte en ger rit van der kolk en we willen zelf rijden",
            "wij zijn [naam] en [naam] en [naam] en we willen zelf rijden",
        ),
        (
            "mail me maar thijs punt koster apenstaartje v v vroomshoop punt nl",
            "mail me maar [e-mail]",
        ),
        (
            "ik heb het kenteken al drie keer doorgegeven g z vier zes een b maar niks",
            "ik heb het kenteken al drie keer doorgegeven [kenteken] maar niks",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I am a member of the club",
        "dit is een mooie dag",
        "wij zijn blij en trots",
        "het kenteken is bekend bij de politie en die doet niks",
        "het is, nu 5 jaar geleden, gebeurd",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_place_after_the_sallands_noa_stays(worker: ExportWorker) -> None:
    text = "Dat de manne uut Zwolle ok es noa Lemele komt, noa de kärke. Doar hör ie wat."
    (result,) = worker.scrub([ScrubItem(text, KnownPerson(None, None, None))], "nl").result(
        timeout=120
    )
    assert "Lemele komt" in result.text  # the village stays; "noa" itself may go as a name
