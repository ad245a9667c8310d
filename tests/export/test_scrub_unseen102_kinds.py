"""The eighty-second round of rules, written from what ``unseen102`` let through (made-up
sentences of the same kinds, not the corpus lines; ``unseen102`` is voice-typed answers by
adults and newcomers writing Dutch, German and English with mistakes — written blind during
this session's rounds, measured by numbers only, then read in this round: 19 of 198 items came
through, five of them structured; none structured after it):

- a street with an adjective and its suffix apart, its number in words with a letter, and the
  town after "in" or "bij" ("aan de hoge dijk achttien a in lemele", "aan de paterswal acht bij
  hezingen");
- a home's number inside an address on a camping ("Vechtdalweg 7 huisje 43");
- a handle read out whose words run on to a joiner ("apenstaartje mama van drie underscore
  kampen");
- an e-mail read out with a local part in pieces and a domain of four words ("h punt nijen huis
  apenstaartje bibliotheek hof van twente punt nl");
- how long a seat on a council was held, with "in" before the council ("acht jaar in de
  gemeenteraad van olst wijhe gezeten");
- (two older expectations changed with it: "Ik heb 25 jaar in [functie] gezeten" and "zat
  vrogger twaalf joar in [functie]" now take how long with the seat, as the blind writers do);
- German roles with an adjective in their where ("Pfarrer der reformierten Gemeinde in Uelsen")
  and "Koch im Hotel Zur Post in Ahaus".
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "wij hebben een bedrijf aan de lange dijk twaalf b in lemele en de regels",
            "wij hebben een bedrijf aan de [adres] in lemele en de regels",
        ),
        (
            "kom langs bij de boerderij aan de meulenwal acht bij hezingen dan zie je",
            "kom langs bij de boerderij aan de [adres] bij hezingen dan zie je",
        ),
        (
            "ik woon op camping, adres Vechtdalweg 9 chalet 12 in Beerze. is dat",
            "ik woon op camping, adres [adres] in Beerze. is dat",
        ),
        (
            "ik deel het op insta apenstaartje oma van vier underscore raalte",
            "ik deel het op insta [account]",
        ),
        (
            "mail naar j punt ten hove apenstaartje bibliotheek hof van twente punt nl",
            "mail naar [e-mail]",
        ),
        (
            "ik heb zelf zes jaar in de gemeenteraad van dalfsen gezeten en",
            "ik heb zelf [functie] gezeten en",
        ),
        (
            "Ich bin seit 2019 Pfarrer der evangelischen Gemeinde in Uelsen und",
            "Ich bin [functie] und",
        ),
        ("Mein Mann ist Koch im Hotel Zur Post in Ahaus, er", "Mein Mann ist [functie], er"),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik heb twee jaar in Ommen gewoond",
        "Ich bin Rentner in Gronau",
        "we wachten aan de dijk twee uur bij Olst",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
