"""The kinds ``unseen9`` let through, read after its blind measurement and fixed in general in
the eleventh round, shown here on made-up sentences (none is copied from the corpus): a place
that is a first name after kin ("onze buurman Heino"), Twents and Sallands words for kin, an
initial and a surname in any case ("t.a.v. p. dijkstra"), never half a name ("O'[naam]");
how long or when someone has a role goes with it ("ik was [dertig jaar koster in Lemele]"),
a business where someone works with its village, a counter worked "elke zaterdag"; an age
after "as ik" in dialect; the date of one's own letter; a link on a short domain — and what
must stay. Rules without deduce, except where deduce's own split is what is fixed."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber, ScrubItem
from bot.export.worker import ExportWorker
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Onze buurman Heino komt uit Duitsland en helpt altijd",
            "Onze buurman [naam] komt uit Duitsland en helpt altijd",
        ),
        (
            "mien zeune Gerrit wil de boerderij overnemen",
            "mien zeune [naam] wil de boerderij overnemen",
        ),
        ("graag antwoord t.a.v. p. dijkstra", "graag antwoord t.a.v. [naam]"),
        ("GROETEN J. NIJHUIS", "GROETEN [naam]"),
        # a place after kin without a possessive, or alone, is the place
        ("mijn buurman uit Heino helpt altijd", "mijn buurman uit Heino helpt altijd"),
        ("wij wonen al jaren in Heino", "wij wonen al jaren in Heino"),
        # an initial before an ordinary word, and a postscript
        ("a. bakker is een goed beroep", "a. bakker is een goed beroep"),
        ("p.s. ik kom ook", "p.s. ik kom ook"),
    ],
)
def test_names_after_kin_and_initials(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


def test_a_name_is_never_left_in_half(worker: ExportWorker) -> None:
    """deduce reads "O'Connor" as "O'" and a name; the apostrophe's half goes too."""
    items = [ScrubItem("Greetings from Siobhan O'Connor, a neighbour")]
    (result,) = worker.scrub(items, "en").result(timeout=120)
    assert result.text == "Greetings from [name], a neighbour"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ik was dertig jaar koster in Lemele", "Ik was [functie]"),
        (
            "ik heb vijfendertig jaar als sluiswachter bij Ramspol gewerkt",
            "ik heb [functie] gewerkt",
        ),
        ("die na de oorlog veldwachter in Markelo was", "die [functie] was"),
        (
            "Ik was bijna twintig jaar hoofd van de openbare lagere school in Belt-Schutsloot",
            "Ik was [functie]",
        ),
        (
            "ik werk in de snackbar van de camping in Lemele en fiets naar huis",
            "ik werk [functie] en fiets naar huis",
        ),
        ("ik werk zaterdags bij bakkerij Nijhuis in Goor", "ik werk [functie]"),
        ("ik sta elke zaterdag achter de kassa bij de Plus in Markelo", "ik sta [functie]"),
        (
            "Ik heb als diaconessenzuster in het ziekenhuis van Deventer gewerkt",
            "Ik heb als [functie] gewerkt",
        ),
        # a sector, a public body, a large employer by its name alone: one of many
        ("ik werk in de zorg in Deventer", "ik werk in de zorg in Deventer"),
        ("ik werk bij de gemeente in Ommen", "ik werk bij de gemeente in Ommen"),
    ],
)
def test_roles_with_their_time_and_businesses_with_their_village(
    rules: Scrubber, text: str, expected: str
) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mien zeune nemt 't bedrief over as ik zestig wörde",
            "Mien zeune nemt 't bedrief over as ik [leeftijd] wörde",
        ),
        ("mijn mail van 14 okt is nooit beantwoord", "mijn mail van [datum] is nooit beantwoord"),
        ("ik heb op 12-11 een mail gestuurd", "ik heb op [datum] een mail gestuurd"),
        ("alles staat op linktr.ee/jaypraat", "alles staat op [link]"),
        # the dates of meetings stay
        ("het Statenspel is op 12-11 in Zwolle", "het Statenspel is op 12-11 in Zwolle"),
        ("op 15 maart was de inloopavond", "op 15 maart was de inloopavond"),
    ],
)
def test_ages_dates_and_links(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


def test_a_name_that_is_a_word_too_is_marked_mid_sentence(rules: Scrubber) -> None:
    result = rules.scrub("Ik heb Storm geholpen met zijn speech")
    assert result.text == "Ik heb Storm geholpen met zijn speech"
    assert [result.text[s:e] for s, e in result.marks] == ["Storm"]
