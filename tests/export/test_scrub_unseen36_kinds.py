"""The thirty-fifth round of rules, written from what ``unseen36`` let through (made-up
sentences of the same kinds, not the corpus lines; ``unseen36`` has pupils typing in sessions,
dialect letters, people with public roles and English and German speakers):

- names: one found typed again stretched ("sven … svenn wtf"), a surname after "ter" or "ten"
  that is a word too ("mevr ter haar"), a German introduction ("ich bin Jürgen Klümper aus …");
- ages before a bracket ("ik ben pas twaalf (jarig op …)"), after "bun", after "wordt daar
  binnenkort";
- roles: a position in a sports team ("ik speel rechtsback in de JO17-1 van vv Heeten"), a
  name of an organisation with a capitalised English word ("Stichting Spot On"), a field of two
  words joined by "en" ("wethouder onderwijs en jeugd van Twenterand"), "zorggroep" before its
  name, "captain of … vv Hardenberg";
- a farm named after the dialect's word for it ("boerderieje 't Hofstee"), streets ending in
  "-einde" after a point of the compass, an English date ("September 1st"; since the
  thirty-eighth round with its year), a handle after "wechat";
- a signature's name after initials ends at a comma ("W. Kamphuis, IJsselmuiden, tel.").

And what it kept: "de Oude Kerk", "Ich bin Rentner", a role played in a game ("ik speelde
burgemeester in het spel"), a dialect word with an apostrophe before a name ("vertrouw'n.").
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "welke partij was sven eigenlijk?? lmaooo svenn wtf",
            "welke partij was [naam] eigenlijk?? lmaooo [naam] wtf",
        ),
        ("mevr ter haar zegt dat ik te veel praat", "mevr [naam] zegt dat ik te veel praat"),
        (
            "Hallo, ich bin Jürgen Klümper aus Bad Bentheim. Unser Hof",
            "Hallo, ich bin [naam] aus Bad Bentheim. Unser Hof",
        ),
        (
            "ik ben pas twaalf (jarig op 3 april!!) maar ik",
            "ik ben pas [leeftijd] (jarig op [datum]!!) maar ik",
        ),
        ("Ik bun 70 en heb", "Ik bun [leeftijd] en heb"),
        (
            "onze kleinzoon Mats wordt daar binnenkort achttien. Dan",
            "onze kleinzoon [naam] wordt daar binnenkort [leeftijd]. Dan",
        ),
        (
            "ik ben 16 en ik speel rechtsback in de JO17-1 van vv Heeten, we staan",
            "ik ben [leeftijd] en ik speel [functie], we staan",
        ),
        (
            "Ik ben Mo, jongerenwerker bij Stichting Spot On in Hengelo, en ik",
            "Ik ben [naam], [functie], en ik",
        ),
        (
            "Vanuit mijn rol als wethouder onderwijs en jeugd van Twenterand wil ik",
            "Vanuit mijn rol als [functie] wil ik",
        ),
        (
            "mn moeder is wijkverpleegkundige bij zorggroep de esch in hengelo en die zegt",
            "mn moeder is [functie] en die zegt",
        ),
        (
            "my son Omar is captain of the JO19 team of vv Hardenberg, he wants",
            "my son [naam] is [functie], he wants",
        ),
        (
            "Oonze boerderieje 't Hofstee in Hertme is oald",
            "Oonze boerderieje [adres] in Hertme is oald",
        ),
        ("woon op de westeinde 108 in vriezenveen", "woon op de [adres] in vriezenveen"),
        (
            "I moved to Enschede on September 1st, 2023 and it took",
            # the year stayed until the thirty-eighth round, which takes it with its day
            "I moved to Enschede on [datum] and it took",
        ),
        (
            "we would love a Democratiespel in English!! wechat: linwei_hgl",
            "we would love a Democratiespel in English!! wechat: [account]",
        ),
        (
            "Met vriendelijke groet, W. Kamphuis, IJsselmuiden, tel. 038-331 62 07",
            "Met vriendelijke groet, [naam], IJsselmuiden, tel. [telefoon]",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "in Rijssen is de kerk het hart van het dorp, de Oude Kerk zit elke zondag vol.",
        "Ich bin Rentner und wohne in Gronau.",
        "ik speelde burgemeester in het spel",
        "ik speel voetbal bij vv Heeten",
        "het weekeinde 2 keer weg",
        "the line is busy and signal is bad",
        "het is twaalf (ongeveer) graden",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_dialect_word_before_a_name_is_no_initial(rules: Scrubber) -> None:
    text = "mag meer vertrouw'n. Hendrika Bosch-Kappert, of mail"
    assert "vertrouw'n." in scrubbed(rules, text)
