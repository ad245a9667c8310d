"""The fifty-ninth round of rules, written from what ``unseen69`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen69`` is
teachers and coaches after a Statenspel, teenagers after a debate final and villagers with rare
roles — 10 of 207 items came through):

- classes: a range of groups ("groep 7-8 van de …"), an entry class ("entreeklas van ROC van
  Twente"), a VAVO group, a class code with its level's letter before a school in lower case
  ("5h van het thomas a kempis");
- the teacher of a class by "juf" or "meester" ("juf van groep 1-2 op de basisschool in …");
- roles: "decaan" (with "en docent … op het …"), a village hall by its name ("beheerder van
  dorpshuis 't Trefpunt in …");
- names: after "onder wie" ("onder wie Filmon en Senait"), and a name again after "sorry",
  "bedankt" in lower case ("Ties … sorry ties");
- over-scrubbing: a simile after a verb of manner ("praat als een dominee"), "kleur en fleur".
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "dit jaar mocht ook groep 7-8 van de Stephanusschool in Lattrop mee",
            "dit jaar mocht ook [school] mee",
        ),
        (
            "Ik begeleid een entreeklas van ROC van Twente in Hengelo met",
            "Ik begeleid een [school] met",
        ),
        ("die voor mijn VAVO-groep van Deltion in Zwolle toegaf", "die voor [school] toegaf"),
        (
            "de tegenstander was 5h van het thomas a kempis in zwolle en",
            "de tegenstander was [school] en",
        ),
        (
            "Mijn vrouw is juf van groep 1-2 op de basisschool in Sint Isidorushoeve en ziet",
            "Mijn vrouw is [functie] en ziet",
        ),
        (
            "Ik werk als decaan en docent maatschappijleer op het Assink Lyceum in Haaksbergen en",
            "Ik werk als [functie] en",
        ),
        (
            "Ik ben beheerder van dorpshuis 't Trefpunt in Okkenbroek. Goed",
            "Ik ben [functie]. Goed",
        ),
        (
            "veel jongeren, onder wie Filmon en Senait uit Eritrea, deden mee",
            "veel jongeren, onder wie [naam] en [naam] uit Eritrea, deden mee",
        ),
        (
            "het stuk waar Ties struikelde op het podium sorry ties 😭",
            "het stuk waar [naam] struikelde op het podium sorry [naam] 😭",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "hij zei dat ik praat als een dominee",
        "wij brengen al 60 jaar kleur en fleur in het dorp",
        "vraag 3b van het examen was moeilijk",
        "het is van 7-8 uur open",
        "we gaan naar het dorpshuis in Okkenbroek",
        "het was storm, sorry",
        "De ISK in Almelo heeft veel leerlingen",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
