"""The thirty-first round of rules, written from what ``unseen31`` let through (made-up
sentences of the same kinds, not the corpus lines; ``unseen31`` is about village life):

- roles of village life: "vaandeldrager" (-drager), musicians of a fanfare ("tubaïst"),
  "EHBO'er"; "zölf" and "al dartig jaor" before a role (the spelling "dattig" was tried and
  left out: every number-word pattern carries it, and it made the export's worker start 0.24 s
  slower); "de o.l.s." as where; a branch of an
  organisation ("de Zonnebloem afdeling Haaksbergen"); "van die school"; "in 1977" before one's
  own role; an age set off after a role ("voorzitter van de ijsclub, al 81 jaor");
- a capitalised word joined by "en" to a name ("Roos en Storm"); a nickname with its article
  said again ("'de Snoek' … de snoek"); "dank u wel, Doug";
- ages: "mer zestien mer", "kleinzeun Jelmer van zestien", "een baby van acht maanden";
- a month alone in a clause about one's own move ("sinds ik in oktober ben verhuisd").

And what it kept that it had taken: "goud waard" (no innkeeper), "in hellendoorn punt de zorg"
(no link), "de beste, mar die …" (no greeting), sayings ("Joost mag het weten", "praten als
Brugman"), a year after "geboren" in the next clause, a place joined to a name ("Gent en
Keulen").
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "zaterdag liep ik mee als vaandeldrager van schutterij Sint Hubertus in Vasse en",
            "zaterdag liep ik mee als [functie] en",
        ),
        (
            "Mijn man was dertig jaar hoornist bij de harmonie van Ommen. Hij",
            "Mijn man was [functie]. Hij",
        ),
        (
            "Mien buurman is al twintig jaor EHBO'er bij de iesclub van Vasse en",
            "Mien buurman is [functie] en",
        ),
        (
            "Ik bin zölf sinds 1992 veurzitter van de kegelclub in Vasse, dus",
            "Ik bin zölf [functie], dus",
        ),
        (
            "Ik bin al dartig jaor dirigent van de fanfare in Vasse en wiej",
            "Ik bin [functie] en wiej",
        ),
        (
            "Ik was van 1970 tot 2001 hoofd der school van de o.l.s. in Tilligte en heb",
            "Ik was [functie] en heb",
        ),
        (
            "Ik ben al tien jaar secretaris van de Zonnebloem afdeling Ommen en wij",
            "Ik ben [functie] en wij",
        ),
        ("Ik ben voorzitter van de ouderraad van die school en we", "Ik ben [functie] en we"),
        (
            "en ik was in 1981 prins carnaval van De Kaekelpeerden in Ootmarsum. Mooi",
            "en ik was [functie]. Mooi",
        ),
        (
            "Gerrit is weer gekozen als voorzitter van de ijsclub, al 79 jaor en nog altied",
            "[naam] is weer gekozen als [functie], al [leeftijd] en nog altied",
        ),
        (
            "bij ons doen Lotte en Storm de boodschappen voor de buren",
            "bij ons doen [naam] en [naam] de boodschappen voor de buren",
        ),
        (
            "Hij is mer zestien mer hij kan goed proaten",
            "Hij is mer [leeftijd] mer hij kan goed proaten",
        ),
        (
            "Mien kleinzeun Jelmer van zestien het al een plan",
            "Mien kleinzeun [naam] van [leeftijd] het al een plan",
        ),
        (
            "Wij wonen met een baby van negen maanden bij mijn schoonouders",
            "Wij wonen met een baby van [leeftijd] maanden bij mijn schoonouders",
        ),
        (
            "Sinds ik in maart naar Wierden ben verhuisd, zoek ik een huisarts.",
            "Sinds ik in [datum] naar Wierden ben verhuisd, zoek ik een huisarts.",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


def test_a_nickname_with_its_article_said_again(rules: Scrubber) -> None:
    out = scrubbed(
        rules, "Gijs (we noemen hem 'de Snoek') staat achter de bar. geef de snoek een lintje"
    )
    assert "Snoek" not in out and "snoek" not in out


def test_a_name_after_dank_u_wel(rules: Scrubber) -> None:
    assert scrubbed(rules, "Misschien een cursus Twents? Dank u wel, Doug") == (
        "Misschien een cursus Twents? Dank u wel, [naam]"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Toen de buurt elke dag langskwam, dat is goud waard.",
        "hij woont in het verpleeghuis in hellendoorn punt de zorg is goed",
        "Dokter Hardenberg was de beste, mar die is ok vot naor Groningen.",
        "Dee in Zwolle proat en proat, en Joost mag wetn wat d'r uutkump.",
        "geboren in de oorlog in Oldenzaal, en in 1977 kwam de nieuwe school",
        "We reden met de buurtvereniging naar Gent en Keulen om te kijken.",
        "in oktober is de inloopavond in Raalte en ik ga",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    if "Hardenberg" in text:
        assert scrubbed(rules, text).endswith("mar die is ok vot naor Groningen.")
    else:
        assert scrubbed(rules, text) == text
