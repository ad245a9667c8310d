"""The thirty-ninth round of rules, written from what ``unseen39`` let through (made-up
sentences of the same kinds, not the corpus lines; ``unseen39`` has teenagers typing in
sessions, parents and grandparents about their children, dialect and elderly writers):

- names with letters beyond Latin-1 after a word for kin ("Mijn broer Ömer", "Łukasz");
- an age after "ze werd" or "hij wordt" with a day between ("Ze werd gisteren 16");
- how long one had a role, after "meer dan" or "ruim" ("ruim twintig jaar secretaris van …");
- a role of an association of a school ("de ouderraad van CBS De Wegwijzer in Nijverdal");
- a school right after its class with a capitalised article ("3 havo De Waerdenborch");
- a double first name by its initials ("gj (gert jan dus)");
- the surname a citizen without one in Telegram types after their own first name, and the age
  after "hier," ("daan wessels hier, 16");
- a Telegram name that is a word for kin ("Opa B.") is no name in the text ("Opa is trots!");
- with deduce: "Max" before a number, the first part of a compound ("de Bob-campagne") and
  two or three words of the dialect ("Oonze Hoes", "op 't Erve") are no names.

And what it kept: a class after an age in a signature ("16, 4 havo").
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
            "hoi ik ben lotte, 15, en mijn broer Ömer (12) zit ook hier",
            "hoi ik ben [naam], [leeftijd], en mijn broer [naam] ([leeftijd]) zit ook hier",
        ),
        ("mijn collega Michał Wójcik zei het ook", "mijn collega [naam] zei het ook"),
        (
            "Ze werd gisteren 16 en we hebben taart gegeten",
            "Ze werd gisteren [leeftijd] en we hebben taart gegeten",
        ),
        (
            "Hij was ruim twintig jaar secretaris van de muziekvereniging in Lemele en",
            "Hij was [functie] en",
        ),
        (
            "Ik was meer dan dertig jaar penningmeester van de ijsclub en we deden alles zelf",
            "Ik was [functie] en we deden alles zelf",
        ),
        (
            "Als secretaris van de ouderraad van CBS De Wegwijzer in Nijverdal vraag ik",
            "Als [functie] vraag ik",
        ),
        ("De klassenkas van 3 havo De Waerdenborch is leeg", "De klassenkas van [school] is leeg"),
        (
            "einde vd avond: gj (gert jan dus) deed de afsluiting",
            "einde vd avond: [naam] ([naam] dus) deed de afsluiting",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


def test_ones_own_surname_after_ones_first_name(rules: Scrubber) -> None:
    person = KnownPerson("Daan", None, None)
    text = "daan wessels hier, 16, 4 havo. ik wil een fietspad"
    assert scrubbed(rules, text, person) == "[naam] hier, [leeftijd], 4 havo. ik wil een fietspad"
    # a word that is a word stays: "daan doet mee"
    assert scrubbed(rules, "daan doet mee, echt waar", person) == "[naam] doet mee, echt waar"


def test_a_telegram_name_that_is_kin_is_no_name(rules: Scrubber) -> None:
    person = KnownPerson("Opa", "B.", None)
    text = "Mijn kleinzoon Sem is 12. Opa is trots!"
    assert scrubbed(rules, text, person) == "Mijn kleinzoon [naam] is [leeftijd]. Opa is trots!"


@pytest.mark.parametrize(
    "text",
    [
        "Max twintig minuten wachten op de bus, dat moet de norm zijn.",
        "Meer reclame voor de Bob-campagne graag.",
        "Oonze Hoes steet al hunderd joar op 't Erve an de Regge.",
    ],
)
def test_words_deduce_takes_for_names_stay(worker: ExportWorker, text: str) -> None:
    assert worker.scrub([ScrubItem(text, None)], "nl").result()[0].text == text


def test_a_name_before_a_number_still_goes(worker: ExportWorker) -> None:
    text = "Max zei dat het goed was"
    assert (
        worker.scrub([ScrubItem(text, None)], "nl").result()[0].text
        == "[naam] zei dat het goed was"
    )
