"""The fifty-seventh round of rules, written from what ``unseen67`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen67`` is pupils of
12–16 in a Democratiespel's group chat and young workers in Twente and Salland — 22 of 195 items
came through, 18 of them unmarked):

- a pet's name ("onze kat heet Minoes", "de hond van sanne heet wethouder", "mijn pony Bles");
- a nickname after "noemen" and a name ("we noemen gijs altijd de burgemeester"), and that
  nickname again ("nu denkt de burgemeester dat …");
- a name said with one's kin right after it ("yonas mijn broer zegt", "bas mijn neef");
- a name found in capitals, spoken to in lower case later ("Bas … bas als je dit leest");
- a birthday's date after "jarig" ("(jarig 17-03)");
- the programme before a level after "klas van" or a class ("mijn klas van sport & bewegen
  niveau 4 van …", "klas 2A toerisme niveau 4 van het …"); a school for practical education
  ("praktijkschool de brug");
- where a job is, at greater length: a business after a name ("bij Klein Koerkamp
  installatietechniek in …"), a business's name with "&" ("kapsalon Knip & Zo in …"), new
  business words (herberg, zwembad, tuincentrum), the line after the employer ("bij Keolis op
  lijn 51 tussen …");
- the role of someone's kin named by that someone ("omdat de vader van dewi wethouder in
  Wierden is lol");
- over-scrubbing: "mattie" (friend, in chat) no name; with deduce, "M'n" no initial of Merel,
  "Knap hoe …" no surname, "op de Oude Markt" no name.
"""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber, ScrubItem
from bot.export.worker import ExportWorker
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("onze kat heet Minoes en die is lief", "onze kat heet [naam] en die is lief"),
        ("de hond van sanne heet wethouder 😂", "de hond van [naam] heet [naam] 😂"),
        ("het paard heet eigenlijk Bles", "het paard heet eigenlijk [naam]"),
        ("mijn pony Bles staat in de wei", "mijn pony [naam] staat in de wei"),
        (
            "we noemen gijs altijd de burgemeester en nu denkt de burgemeester dat hij de baas is",
            "we noemen [naam] altijd [naam] en nu denkt [naam] dat hij de baas is",
        ),
        (
            "wij tellen minder yonas mijn broer zegt dat je moet stemmen",
            "wij tellen minder [naam] mijn broer zegt dat je moet stemmen",
        ),
        ("gisteren was bas mijn neef er ook", "gisteren was [naam] mijn neef er ook"),
        (
            "haha Bas (mijn teamleider) was mee. bas als je dit leest: top",
            "haha [naam] (mijn teamleider) was mee. [naam] als je dit leest: top",
        ),
        (
            "ik help graag, ben 15 (jarig 17-03) en",
            "ik help graag, ben [leeftijd] (jarig [datum]) en",
        ),
        (
            "met mijn klas van Sport & Bewegen niveau 4 van Deltion in Zwolle kwamen we",
            "met mijn klas van [school] kwamen we",
        ),
        (
            "Vandaag met klas 2A toerisme niveau 4 van het Alfa-college in Hardenberg en we wonnen",
            "Vandaag met [school] en we wonnen",
        ),
        ("groetjes klas 2 van praktijkschool de brug in rijssen", "groetjes [school]"),
        (
            "ik werk als monteur bij Klein Koerkamp installatietechniek in Denekamp. Top",
            "ik werk als [functie]. Top",
        ),
        ("ik werk als kapster bij kapsalon Knip & Zo in Raalte.", "ik werk als [functie]."),
        (
            "ik werk als badmeester in zwembad de Potskampen in Dalfsen. Mooi",
            "ik werk als [functie]. Mooi",
        ),
        (
            "ik werk als kok in herberg 't Hoaneschoapke in Tilligte en daar",
            "ik werk als [functie] en daar",
        ),
        (
            "Ik ben buschauffeur bij Keolis op lijn 51 tussen Enschede en Haaksbergen. Waarom",
            "Ik ben [functie]. Waarom",
        ),
        (
            "ruzie omdat de vader van dewi wethouder in Wierden is lol",
            "ruzie omdat de vader van [naam] [functie] is lol",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "onder de 18 mattie we hadden bijna gewonnen",
        "mijn hond blaft altijd als de bus komt",
        "de hond van de buren blaft",
        "we gingen naar het zwembad in Dalfsen",
        "ze noemen dat altijd de oplossing",
        "niemand weet wie de wethouder is lol",
        "voor het nieuwe fietspad , mijn man is er blij mee",
        "Goedemiddag,\n\nMijn kleinzoon heeft mij geholpen.",
        "Ik werk als transportplanner en plan elke dag ritten.",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_with_deduce_words_that_are_no_names(worker: ExportWorker) -> None:
    """deduce took "M'n" for Merel's initial, "Knap" opening a sentence for a surname and "op de
    Oude" before "Markt" for a surname with its prefix; the names around them still go."""
    items = [
        ScrubItem("Lit day! M'n baas Roelof Hulsegge gaf me vrij", KnownPerson("Merel")),
        ScrubItem("Knap hoe Esmee het debat won, ze praatte gewoon plat"),
        ScrubItem("Esmee en ik gaan straks in Enschede nog wat drinken op de Oude Markt"),
        ScrubItem("we zagen de Lange in de kantine"),
    ]
    texts = [r.text for r in worker.scrub(items, "nl").result(timeout=120)]
    assert texts == [
        "Lit day! M'n baas [naam] gaf me vrij",
        "Knap hoe [naam] het debat won, ze praatte gewoon plat",
        "[naam] en ik gaan straks in Enschede nog wat drinken op de Oude Markt",
        "we zagen [naam] in de kantine",
    ]
