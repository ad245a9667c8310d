"""The forty-seventh round of rules, written from what ``unseen54`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen54`` is a
class's group chat during a debate final and a Statenspel, the pupils' ideas and a youth
council's signatures — 39 of 184 items came through, 22 of them names):

- a lower-case word no list knows where only a person stands: after "naast", "zei" or "bedankt"
  ("naast tesfit"), or as the subject of a verb said of people ("awet las de motie voor");
- a surname typed in lower case with its prefix, as pupils name a teacher ("van der meulen zei",
  "toen zei van den heuvel", "oude rengelink was boos");
- numbers that answer "hoe oud" asked of people ("hoe oud we waren, ik zei 13 en zij 14");
- an age set off by dashes after a name ("Mark Smit – 17 – 5 vwo");
- a nickname explained as one in brackets ("kroket (ja echt zn bijnaam, …)");
- ambassadors of a programme ("jongerenambassadeur bij …"), a chair of a council by its name
  ("voorzitter Jongerenraad Overijssel", "voorzitter leerlingenraad Het Assink Lyceum
  Haaksbergen"), a role after a name with its age and school in brackets, and how long after
  "ik ben" ("sinds dit schooljaar");
- a handle read out after "volgen op" or with an "underscore" in it.

And what it keeps: laughter and chat abbreviations, a word held down, dialect, "ten slotte zei",
"de oude kerk is", "hoe oud je moet zijn om te stemmen, 16 of 18?", "het apenstaartje is".
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "awet las de motie voor en semhar sloeg op tafel",
            "[naam] las de motie voor en [naam] sloeg op tafel",
        ),
        ("ik zat naast tesfit en dat was gezellig", "ik zat naast [naam] en dat was gezellig"),
        ("bedankt semhar voor de chips", "bedankt [naam] voor de chips"),
        ("toen zei mebrat dat het klaar was", "toen zei [naam] dat het klaar was"),
        ("van der meulen zei dat we stil moesten zijn", "[naam] zei dat we stil moesten zijn"),
        ("toen zei van den heuvel dat we door moesten", "toen zei [naam] dat we door moesten"),
        ("oude rengelink was daar niet blij mee", "[naam] was daar niet blij mee"),
        ("dank je ter horst voor de bus", "dank je [naam] voor de bus"),
        (
            "de wethouder vroeg hoe oud we waren, ik zei 13 en zij 14 en toen lachte hij",
            "de wethouder vroeg hoe oud we waren, ik zei [leeftijd] en zij [leeftijd] en toen "
            "lachte hij",
        ),
        ("ze vroeg hoe oud ik ben: vijftien", "ze vroeg hoe oud ik ben: [leeftijd]"),
        ("groetjes Mark Smit – 17 – 5 vwo", "groetjes [naam] – [leeftijd] – 5 vwo"),
        (
            "kroket (ja echt zn bijnaam, hij heet daan) won de prijs",
            "[naam] (ja echt zn bijnaam, hij heet [naam]) won de prijs",
        ),
        ("Ik ben jongerenambassadeur bij Vluchtelingenwerk Twente en ik", "Ik ben [functie] en ik"),
        (
            "Ik ben sinds dit schooljaar voorzitter van de leerlingenraad en ik",
            "Ik ben [functie] en ik",
        ),
        (
            "Femke Wessels, 21, voorzitter Jongerenraad Overijssel, @femkew",
            "[naam], [leeftijd], [functie], [account]",
        ),
        (
            "Pien Smit (17, 5 vwo Het Assink Lyceum), penningmeester van de jongerenraad Hengelo",
            "[naam] ([leeftijd], [school]), [functie]",
        ),
        (
            "je kan me volgen op apenstaartje noor underscore haaksbergen",
            "je kan me volgen op [account]",
        ),
        ("stuur maar naar apenstaartje lisa underscore k", "stuur maar naar [account]"),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "haha dat was echt grappig",
        "gwn doen zei ik nog",
        "vandaaag heeft de klas gewonnen",
        "woarum wordt dat hier nich eers an de leu evroagd",
        "ten slotte zei de voorzitter dat het klaar was",
        "de oude kerk is mooi",
        "we gingen van de berg af",
        "we hadden een vraag over hoe oud je moet zijn om te stemmen, 16 of 18?",
        "hoe oud is de kerk? 80 jaar",
        "het apenstaartje is een teken",
        "tiktok heeft een filmpje gemaakt",
        "met arriva gaat het slecht",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_dotted_handle_after_a_verb_of_following(rules: Scrubber) -> None:
    # the cue of a handle read out serves a dotted handle too (one pattern, _HANDLE_CUE)
    assert scrubbed(rules, "ik volg floor.hgl al jaren") == "ik volg [account] al jaren"
