"""The thirty-second round of rules, written from what ``unseen33`` let through (made-up
sentences of the same kinds, not the corpus lines):

- a surname with a foreign particle after a personal title, in lower case ("meneer el
  amrani", "juf da silva"), not a word after a Dutch one ("de meester al jaren");
- the citizen's own hyphenated first name typed without its hyphen ("henkjan"), and their own
  name where it signs off even when it is a place too ("Gruß, Heino"), after German closing
  words as well;
- lower-case initials before a surname at a sign-off or in a form's field ("groeten j.h. van
  der veen", "naam j. ten hove"), not an abbreviation ("o.a.");
- streets: "-sloot", "-wetering", "-sluis"; a lower-case adjective as their first word ("oude
  rijksweg 27"); a street named after a village, after "aan de" ("an de Schuinesloot 112");
- a plate and a postcode read out whose last letter is a word too ("… zes er", "… ee es");
- a phone number after "bel hem maar op", "ruf mich an", and one begun in digits and read on
  in words ("06 twaalf vierendertig …");
- a job on a line of a bus or train ("buschauffeur op lijn 51");
- a level, its programme and a comma before the school ("niveau 3 sport en bewegen, deltion").

And what it kept that it had taken: sayings with a name ("Pietje Precies", "mag Joost weten",
"im Ernst"), "nen" (Twents "a") before "Tukker", waters of the north-west ("het Reevediep"),
"de Achterhook".
"""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dank aan meneer el amrani die ons hielp", "dank aan meneer [naam] die ons hielp"),
        ("juf da silva zei dat het goed was", "juf [naam] zei dat het goed was"),
        ("mevrouw ben ali gaf de les", "mevrouw [naam] gaf de les"),
        ("wethouder el khatib zei niks", "wethouder [naam] zei niks"),
        ("groeten j.h. van der veen", "groeten [naam]"),
        ("groeten van j. de boer uit Raalte", "groeten van [naam] uit Raalte"),
        (
            "adres kerkstraat 15 naam j. ten hove alvast bedankt",
            "adres [adres] naam [naam] alvast bedankt",
        ),
        (
            "wij boeren aan de oude rijksweg 27 tussen dalfsen en lemelerveld",
            "wij boeren aan de [adres] tussen dalfsen en lemelerveld",
        ),
        ("wij wonen aan de korte kerkstraat 5", "wij wonen aan de [adres]"),
        ("ik woon an de Schuinesloot 112 in Slagharen", "ik woon an de [adres] in Slagharen"),
        (
            "we wonen aan de Nieuwe Wetering 4 in Zwartsluis",
            "we wonen aan de [adres] in Zwartsluis",
        ),
        (
            "die vrachtwagen had kenteken be ix nul vier zes er en reed",
            "die vrachtwagen had kenteken [kenteken] en reed",
        ),
        ("postcode zeven vier vijf een ee es in holten", "postcode [postcode] in holten"),
        (
            "bel hem maar op 06 twaalf vierendertig zesenvijftig 78 hij weet",
            "bel hem maar op [telefoon] hij weet",
        ),
        (
            "hij weet meer, 06 twaalf vierendertig zesenvijftig 78, echt",
            "hij weet meer, [telefoon], echt",
        ),
        (
            "ruf mich an: null eins sieben zwei drei vier fünf sechs sieben acht neun",
            "ruf mich an: [telefoon]",
        ),
        (
            "Ik ben al twintig jaar buschauffeur op lijn 51 tussen Almelo en Wierden.",
            "Ik ben [functie].",
        ),
        ("wij van niveau 3 sport en bewegen, deltion zwolle waren er", "wij van [school] waren er"),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        (
            "mijn naam is henkjan voorthuis uit wierden",
            KnownPerson("Henk-Jan", "Voorthuis", None),
            "mijn naam is [naam] uit wierden",
        ),
        ("groeten van henk jan", KnownPerson("Henk-Jan", None, None), "groeten van [naam]"),
        (
            "Im Ernst, ich fahre jeden Tag. Gruß, Heino",
            KnownPerson("Heino", "Bruns", None),
            "Im Ernst, ich fahre jeden Tag. Gruß, [naam]",
        ),
        (
            "ik woon in Heino en dat is fijn. groet, Heino",
            KnownPerson("Heino", None, None),
            "ik woon in Heino en dat is fijn. groet, [naam]",
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
        "de meester was al jaren weg",
        "meneer al lang niet gezien",
        "het was o.a. de juf die het zei",
        "mvg j. en de rest van de klas",
        "ik sloot 3 deuren en ging",
        "we hebben met de 06 twee keer gewonnen",
        "bel ze dan maar",
        "ik ben buschauffeur en lijn 51 is vaak te laat",
        "ik zit in jaar 2, maar deltion is stom",
        "Daar hoef je geen Pietje Precies voor te zijn.",
        "Waarom, mag Joost weten. Kom eens kijken.",
        "Nen Tukker löp nich weg as 't moeilijk wördt.",
        "Toen het Reevediep werd gegraven waren we tegen.",
        "In de Achterhook zegt ze: doe mar gewoon.",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
