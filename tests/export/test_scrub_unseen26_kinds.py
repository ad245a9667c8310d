"""The twenty-fifth round of rules, written from what ``unseen26`` (half of it typed live on a
shared screen in a session) let through — made-up sentences of the same kinds:

- a role in brackets after a name or "ik" ("Gea (baliemedewerker van de bieb in Heino)");
- a language as a job's field ("tolk Arabisch bij het COA in Zwolle");
- a role's years up to an event ("raadslid in IJsselham van 1982 tot de herindeling");
- a farm and its street as one address ("erve Brookhuis an de Vasserweg 6"), a house number in
  words before a postcode in digits;
- German months ("im März 2024");
- a place after "heet" is a name ("hij heet echt Denekamp");
- an age opening what is said of a person in brackets ("mijn man (79, parkinson)");
- the year of one's own first time, even next to a public word ("sinds mijn eerste keer stemmen
  in 1957 nooit een verkiezing overgeslagen").
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ik wil even zeggen dat Gea (baliemedewerker van de bieb in Heino) iedereen helpt.",
            "Ik wil even zeggen dat [naam] ([functie]) iedereen helpt.",
        ),
        (
            "Ik (secretaris van Plaatselijk Belang Mander) sluit me bij allebei aan.",
            "Ik ([functie]) sluit me bij allebei aan.",
        ),
        (
            "Nu ik werk als tolk Arabisch bij het COA in Zwolle. Mijn buren helpen.",
            "Nu ik werk als [functie]. Mijn buren helpen.",
        ),
        ("ik ben docent Engels aan het Carmel in Hengelo", "ik ben [functie]"),
        (
            "Ik was raadslid in IJsselham van 1982 tot de herindeling en herken veel",
            "Ik was [functie] en herken veel",
        ),
    ],
)
def test_roles(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De wethouder (die van Zwolle) kwam ook",
        "Jan (bakker) was er",
        "Bel me gerust, ik ben Herman uit Dedemsvaart",
    ],
)
def test_no_role(rules: Scrubber, text: str) -> None:
    assert "[functie]" not in scrubbed(rules, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ik bin Hennie van 't erve Brookhuis an de Vasserweg 6, wiej meelkt hier koeien.",
            "Ik bin [naam] van 't [adres], wiej meelkt hier koeien.",
        ),
        (
            "ik woon op de hoofdstraat drieëntwintig a 8281bk in genemuiden en de stoep is kapot",
            "ik woon op de [adres] [postcode] in genemuiden en de stoep is kapot",
        ),
        (
            "Wir haben im März 2024 einen Campingplatz bei Ommen übernommen.",
            "Wir haben im [datum] einen Campingplatz bei Ommen übernommen.",
        ),
        (
            "(ja hij heet echt Denekamp en woont niet eens in Denekamp)",
            "(ja hij heet echt [naam] en woont niet eens in Denekamp)",
        ),
        (
            "Ik ben mantelzorger voor mijn man (79, parkinson). Wij wonen in Steenwijk.",
            "Ik ben mantelzorger voor mijn man ([leeftijd], parkinson). Wij wonen in Steenwijk.",
        ),
        (
            "Ik heb sinds mijn eerste keer stemmen in 1957 nooit een verkiezing overgeslagen.",
            "Ik heb sinds mijn eerste keer stemmen in [datum] nooit een verkiezing overgeslagen.",
        ),
    ],
)
def test_addresses_dates_names_and_ages(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 1998 waren de verkiezingen spannend, ik stemde toen ook.",
        "De route langs de Dinkel bij Denekamp is mooi.",
    ],
)
def test_public_years_and_places_stay(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
