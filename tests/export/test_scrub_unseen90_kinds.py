"""The seventy-fourth round of rules, written from what ``unseen90`` let through (made-up
sentences of the same kinds, not the corpus lines; ``unseen90`` is voice-typed answers by
adults and expats, students and newcomers writing English, German or Dutch — last stop's
holdout, measured once at its end and read in this round: 14 of 197 items came through, 6 of
them structured):

- a street no suffix shows keeps its article in the address ("mijn adres is [de stouwe
  twaalf]"), as every blind writer marks it, and so does any street after "is" or a colon; a
  street compounded with its suffix after "aan de" keeps it out ("aan de [Dorpsstraat 14]");
- an adjective before a street read out ("ik woon [oude deventerweg nummer honderd twaalf]");
- a street no suffix shows with its number and then its town, where the street is a name or the
  answer says where someone lives ("woont alleen op [de wissel vijf] in haaksbergen");
- a postcode read out with its letters by their names ("zeven zeven nul een bee aa");
- a handle read out with "at" a few words after the platform's name;
- a German plate read out after "duits kenteken" ("noh a b vier een twee");
- a surname's prefix in lower case between two names found apart ("herman olde rikkert");
- a school's own name in lower case after "obs", "cbs", "basisschool" in a role;
- a German "als Postdoc an der UT";
- a day of one's own life after "ik ben daar gevallen op", and in English ("born 3 may 2024",
  "i'm 19, … arrived 28 august").

Twelve expectations of older rounds changed with the first rule: "op de [adres]" of "op de
brink negen", "mijn adres is de [adres]" of "de wieken negen" now read "op [adres]" and "mijn
adres is [adres]", and "kerkstraat twaalf zeven vier vier een ab" is "[adres] [postcode]" (the
house number no longer runs into the postcode read out after it).

And what this round stopped taking: a business one plans ("ik wil mijn eigen bedrijf starten in
Hengelo") and "opa het gestuurd heeft" (the article and a participle, no surname).
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mijn adres is de kempkes veertien in goor", "mijn adres is [adres] in goor"),
        ("ons adres: de Weerd 3, Ommen", "ons adres: [adres], Ommen"),
        ("wij wonen aan de Dorpsstraat 14 in Lemele", "wij wonen aan de [adres] in Lemele"),
        (
            "en ik woon oude holterweg nummer zeventien in raalte",
            "en ik woon [adres] in raalte",
        ),
        (
            "mijn tante woont alleen op de wissel vijf in haaksbergen en",
            "mijn tante woont alleen op [adres] in haaksbergen en",
        ),
        ("het feest is op de Wieken 5 in Goor", "het feest is op [adres] in Goor"),
        (
            "mijn adres is de stouwe twaalf zeven zeven nul een bee aa in dedemsvaart",
            "mijn adres is [adres] [postcode] in dedemsvaart",
        ),
        (
            "ik heb het op mijn instagram gezet at anouk underscore bos dus kijk",
            "ik heb het op mijn instagram gezet [account] dus kijk",
        ),
        (
            "er staat een busje met een duits kenteken coe k l vier vijf in de berm",
            "er staat een busje met een duits kenteken [kenteken] in de berm",
        ),
        (
            "volgende keer neem ik mijn buurman gerrit olde rikkert mee",
            "volgende keer neem ik mijn buurman [naam] mee",
        ),
        (
            "ik ben conciërge op de obs de kwikstaart in losser en ik ga mee",
            "ik ben [functie] en ik ga mee",
        ),
        (
            "Ich arbeite als Postdoc an der UT und finde das gut.",
            "Ich arbeite als [functie] und finde das gut.",
        ),
        (
            "ik ben daar gevallen op drie oktober en heb mijn pols gebroken",
            "ik ben daar gevallen op [datum] en heb mijn pols gebroken",
        ),
        ("our baby, born 3 may 2024 in the hospital", "our baby, born [datum] in the hospital"),
        (
            "i'm from Bogotá, doing a master at Saxion, arrived 28 august. my ig",
            "i'm from Bogotá, doing a master at Saxion, arrived [datum]. my ig",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik was op de camping twee in Ommen",
        "we staan op de markt drie in Ommen",
        "met een duits kenteken en een raar busje",
        "ik zit op instagram at the moment",
        "ik ben juf op de basisschool de hele week",
        "ik wil mijn eigen bedrijf starten in Hengelo",
        "zeg maar dat opa het gestuurd heeft",
        "op 15 maart was de inloopavond in Raalte.",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
