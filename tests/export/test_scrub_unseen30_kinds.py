"""The twenty-ninth round of rules, written from what ``unseen30`` let through (made-up
sentences of the same kinds, not the corpus lines; half of ``unseen30`` was typed live in
sessions):

- a town of two words typed in lower case after a role ("in hoge hexel");
- a nickname found in lower case, again capitalised ("kippie … Kippie bedankt");
- "mijn naam Semhar" (no "is"); "ik werk heftruckchauffeur bij …" (no "als"); the employer
  first with "in het weekend" between; "barista", a "koffiebar";
- "met een eigen zaak" as where a role is; "ook echt" before a role;
- a month with a year in two digits ("november '19"); a month in Roman numerals ("12-V-'38");
- a house number read out digit by digit before a postcode read out ("kerkstraat negen zeven
  vier vier een a b");
- "al sinds tweeduizendnegen" after a role; "vier en negentig" as one age;
- "58 Jahre" after a name; a class with its mbo level alone marked.

And what it kept that it had taken: German nouns in a German sentence of a Dutch answer ("das
Wasser ist im Sommer zu warm"), "Natura 2000", a compound of two words after "ik ben"
("boerenzoon"), a role only imagined ("als we gedeputeerde waren"), "To be Frank", the dialect's
"Sien vrouw", and words deduce took for an initial given as a surname ("Rami H.": "Today").
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
            "ik werk als afwasser bij pannenkoekenhuis de molen in hoge hexel en mijn baas zegt",
            "ik werk als [functie] en mijn baas zegt",
        ),
        (
            "kippie (zo noemen we hem echt) was onze voorzitter 💀 Kippie bedankt voor niks",
            "[naam] (zo noemen we hem echt) was onze voorzitter 💀 [naam] bedankt voor niks",
        ),
        ("mijn naam Yonas. ik werk als schoonmaker", "mijn naam [naam]. ik werk als schoonmaker"),
        (
            "ik werk heftruckchauffeur bij transportbedrijf Nijhof in Goor, ik woon",
            "ik werk [functie], ik woon",
        ),
        (
            "ik werk in het weekend bij koffiebar de boon in Deventer als barista. jongeren",
            "ik werk in het weekend [functie]. jongeren",
        ),
        (
            "ik ben fysiotherapeut met een eigen praktijk in Raalte en",
            "ik ben [functie] en",
        ),
        (
            "ik was ook echt 30 jaar lang veerman op de pont bij Olst. Ik",
            "ik was ook echt [functie]. Ik",
        ),
        (
            "Sinds mijn nieuwe knie (maart '21) kom ik niet meer",
            "Sinds mijn nieuwe knie ([datum]) kom ik niet meer",
        ),
        ("Geboren 3-XI-'41 te Markelo.", "Geboren [datum] te Markelo."),
        (
            "dorpsstraat zes zeven vier vier een a b nijverdal daar woon ik",
            "[adres] [postcode] nijverdal daar woon ik",
        ),
        (
            "ik ben schaapsherder op de sallandse heuvelrug al sinds tweeduizendtwaalf en de",
            "ik ben [functie] en de",
        ),
        (
            "Onze moe van vier en negentig mot noar Hardenberg",
            "Onze moe van [leeftijd] mot noar Hardenberg",
        ),
        (
            "Hallo, ik ben Klaus, 61 Jahre, wohne in Denekamp.",
            "Hallo, ik ben [naam], [leeftijd] Jahre, wohne in Denekamp.",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


def test_an_mbo_level_alone_is_kept_and_marked(rules: Scrubber) -> None:
    text = "nu combineer ik dat met mbo 2 installatietechniek."
    result = rules.scrub(text)
    assert result.text == text
    assert [text[start:end] for start, end in result.marks_in_source] == ["mbo 2"]


@pytest.mark.parametrize(
    "text",
    [
        "Ik woon in Denekamp. Die Fischer an der Dinkel sagen, das Wasser ist im Sommer zu warm.",
        "de provincie moet boeren uitkopen rond natura 2000. wat vinden jullie?",
        "ik ben boerenzoon uit Haarle dus ik stond aan de tegen-kant",
        "de statenleden vroegen wat we zouden doen als we gedeputeerde waren",
        "To be Frank, the Statenspel was better organised than the council back home.",
        "Wiej hebt 't druk in 't dörp. Sien vrouw döt de kantine en ik doo de kas.",
        "ik ben vijf en twintig jaar getrouwd en nog steeds blij",
        "de supermarkt nummer twee als je het mij vraagt",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_capitalised_echo_of_a_lower_case_word_stays(rules: Scrubber) -> None:
    out = scrubbed(rules, "Wiej bint nich riek. Mien wief Riek zeg dat ok.")
    assert out == "Wiej bint nich riek. Mien wief [naam] zeg dat ok."


def test_an_initial_as_surname_takes_no_word_with_deduce(worker: ExportWorker) -> None:
    text = (
        "I work as a cook in Hengelo. Today in the library we played the democracy game and "
        "I understood what the province does. Thank you all for translating!"
    )
    items = [ScrubItem(text, KnownPerson("Rami", "H."))]
    (out,) = worker.scrub(items, "nl").result(timeout=120)
    assert "Today in the library" in out.text
    assert "does. Thank you" in out.text
