"""The thirty-fourth round of rules, written from what ``unseen27`` and ``unseen28`` let
through (made-up sentences of the same kinds, not the corpus lines):

- the citizen's own name: a word-name signing a chat off with "out" ("wolf out ✌️"), the first
  name glued to the little word after it ("jannekeuitdalfsen"), a surname of more words that is
  a place too after an initial ("op naam van b. van ommen");
- a place's name found as someone's after a title, said again without it ("meneer Hellendoorn
  … en Hellendoorn zelf ook"), not after "in", "uit", "naar";
- a job after "werk 12 uur per week als", after "in 't echt", and in German after "Als" at the
  start of a sentence ("Als Schäfer in Emlichheim");
- classes in dialect words ("vief havo"), "niv 3", German semesters ("drittes Semester … an der
  UT"), a class for newcomers with its town ("ISK klas 2 in Kampen");
- a season before a year of one's own life ("sinds zomer 2023");
- a lower-case street named after someone, after its article ("aan de de ruyterstraat");
- a plate after "kenteken" typed with a typo ("kentekn");
- a school's name at the end of a sentence without the full stop and the next word ("op 't
  Assink. Wat …"); "St." and "O.B.S." keep theirs.

And what it kept: a quoted title with its office ("'mevrouw de voorzitter'"), "woont in
Kampen" after "meneer Kampen", "Als Kind in Glanerbrug", "de ISK in Nederland". A volunteer with
where ("vrijwilliger bij de voedselbank in Kampen") stays a volunteer: the blind annotators of
``unseen11``, ``unseen14``, ``unseen16`` and ``unseen21`` leave it, those of ``unseen27`` and
``unseen28`` mark it; taken, it cost five places elsewhere.
"""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "meneer Hellendoorn lachte 💀 en Hellendoorn zelf ook gelukkig",
            "meneer [naam] lachte 💀 en [naam] zelf ook gelukkig",
        ),
        (
            "onze mentor meneer Kampen was slecht. kampen for president not",
            "onze mentor meneer [naam] was slecht. [naam] for president not",
        ),
        (
            "ik werk 12 uur per week als ijsschepper bij ijssalon Da Toni in Goor en",
            "ik werk 12 uur per week als [functie] en",
        ),
        (
            "Ik bin in 't echt bakker an de Kerkstroate in Luttenberg, dus",
            "Ik bin in 't echt [functie], dus",
        ),
        (
            "Als Schäfer in Emlichheim habe ich drei Schafe verloren.",
            "Als [functie] habe ich drei Schafe verloren.",
        ),
        (
            "zit in vief havo op 't Assink. Wat kan dee jonge proat'n",
            "zit in [school]. Wat kan dee jonge proat'n",
        ),
        (
            # "het roc" is the institution by its kind since round 65: it goes with the class
            "ik zit in mbo niv 3 mediavormgeving op het roc en ben",
            "ik zit in [school] en ben",
        ),
        (
            "Ich studiere (drittes Semester Creative Technology an der UT) und",
            "Ich studiere ([school]) und",
        ),
        (
            "hi, I'm new, now in ISK klas 2 in Kampen. Statenspel was fun",
            "hi, I'm new, now in [school]. Statenspel was fun",
        ),
        (
            "wij woonden eerst in Lelystad en sinds zomer 2023 in Kampen, en",
            "wij woonden eerst in Lelystad en sinds [datum] in Kampen, en",
        ),
        (
            "wonend aan de de ruyterstraat drieëntwintig a in almelo, mijn vraag",
            "wonend aan de [adres] in almelo, mijn vraag",
        ),
        ("ik woon op de van heekstraat 12 in enschede", "ik woon op de [adres] in enschede"),
        (
            "iemand met kentekn gx 712 b rijdt te hard",
            "iemand met kentekn [kenteken] rijdt te hard",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        (
            "15 jaar en nu al een meme. wolf out ✌️",
            KnownPerson("Wolf", "ten Dam", None),
            "15 jaar en nu al een meme. [naam] out ✌️",
        ),
        (
            "hoi ik ben jannekeuitdalfsen en ikvind",
            KnownPerson("Janneke", "Slot", None),
            "hoi ik ben [naam]uitdalfsen en ikvind",
        ),
        (
            "mijn rekening is op naam van b. van ommen, mail me",
            KnownPerson("Bas", "van Ommen", None),
            "mijn rekening is op naam van [naam], mail me",
        ),
    ],
)
def test_the_citizens_own_name(
    rules: Scrubber, text: str, person: KnownPerson, expected: str
) -> None:
    assert scrubbed(rules, text, person) == expected


@pytest.mark.parametrize(
    "text",
    [
        "hij zei 'mevrouw de voorzitter' tegen de juf",
        "de wolf is terug in Salland en wolf uit de natuur is eng",
        "Als Kind in Glanerbrug war ich oft in Enschede.",
        "de ISK in Nederland is goed geregeld",
        "Ik ben vrijwilliger bij de voedselbank in Kampen. Elke week komen er meer.",
        "in de zomer is het druk in Giethoorn",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_place_said_again_as_the_place_stays(rules: Scrubber) -> None:
    text = "meneer Kampen woont in Kampen en komt uit Kampen"
    assert scrubbed(rules, text) == "meneer [naam] woont in Kampen en komt uit Kampen"
