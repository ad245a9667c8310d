"""The thirty-sixth round of rules, written from what ``unseen38`` let through (made-up
sentences of the same kinds, not the corpus lines; ``unseen38`` has answers typed live in
sessions, e-mails of associations, family histories in dialect and border neighbours):

- one's own first name that is a word too, right after "ik ben" ("ik ben lieve, 16");
- a surname in lower case opening a clause before its verb ("💀 oosterhuis ziet het");
- an age after "u bent … pas";
- the years of a role in brackets or after a comma ("(sinds 2011)", ", sinds maart 2019",
  ", sinds vorig jaar"); ranks of a schutterij ("generaal van Schutterij …"); a role with an
  association's name and no link ("penningmeester Oranjevereniging Hoonhorst");
- the street one lives in without its number ("woon op de grotestraat"), a street and number on
  the line before the postcode (a farm's name after "boerderieje," with a comma was tried and
  left out: "we hadden een boerderij, 't Was hard werken");
- "meert" (Twents for "maart") in a date;
- years of study in English and German ("second-year MSc … at the UT", "3rd year Creative
  Media and Game Technologies at Saxion", "im vierten Semester … an der UT"); the group codes of
  an MBO before its school ("mz2a deltion").

And what it kept: "ik woon aan de dijk", "mp3a", a group code without its school ("wij van
AHM3A"), "het bedrijf, De Jong Transport".
"""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "melvin waarom stuur je stickers 💀 oosterhuis ziet het op het bord",
            "[naam] waarom stuur je stickers 💀 [naam] ziet het op het bord",
        ),
        (
            "mevrouw lubbers u bent zelf toch ook pas 29",
            "mevrouw [naam] u bent zelf toch ook pas [leeftijd]",
        ),
        (
            "Als voorzitter van IJsclub De Eendracht in Lemelerveld (sinds 2011) wil ik",
            "Als [functie] wil ik",
        ),
        (
            "werk als heftruckchauffeur bij tapijtfabriek Hulsman in Genemuiden, sinds vorig jaar."
            " vind",
            "werk als [functie]. vind",
        ),
        (
            "Wim Kuiper\nvoorzitter Dorpsraad Lutten, sinds maart 2019\nOude Lutten 8\n"
            "7775 PE Lutten",
            "[naam]\n[functie]\n[adres]\n[postcode] Lutten",
        ),
        ("t.n.v. H.J. Dekker, penningmeester Oranjevereniging Hoonhorst.", "[naam], [functie]."),
        (
            "Bennie Oude Vrielink\ngeneraal van Schutterij Sint Joris Ootmarsum, sinds 2004",
            "[naam]\n[functie]",
        ),
        (
            "yo ik ben tygo ben 14 en woon op de grotestraat boven de kapper",
            "yo ik ben [naam] ben [leeftijd] en woon op de [adres] boven de kapper",
        ),
        (
            "Ik bin geboren op 3 meert 1939 op de boerderij",
            "Ik bin geboren op [datum] op de boerderij",
        ),
        (
            "Hi, I'm Priya, second-year MSc Civil Engineering at the UT. I live on campus",
            "Hi, I'm [naam], [school]. I live on campus",
        ),
        (
            "3rd year Creative Media and Game Technologies at Saxion here 🎮 we made",
            "[school] here 🎮 we made",
        ),
        (
            "Ich studiere im vierten Semester Psychologie an der UT und wohne",
            "Ich studiere [school] und wohne",
        ),
        ("ik ben yara uit mz2a deltion, loop stage", "ik ben [naam] uit [school], loop stage"),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


def test_ones_own_word_name_after_ik_ben(rules: Scrubber) -> None:
    person = KnownPerson("Lieve", None, None)
    text = "ik ben lieve, 16, en ik wil dat de bus rijdt"
    assert scrubbed(rules, text, person) == "ik ben [naam], [leeftijd], en ik wil dat de bus rijdt"


@pytest.mark.parametrize(
    "text",
    [
        "ik woon aan de dijk",
        "ik heb een mp3a bestand",
        "wij van AHM3A zijn het eens",
        "het bedrijf, De Jong Transport, zit in Hengelo",
        "goed. daarna ging iedereen naar huis",
        "wat een dag. morgen is het weer school",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
