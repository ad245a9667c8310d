"""The fifty-second round of rules, written from what ``unseen59`` let through at its first
measurement (made-up sentences of the same kinds, not the corpus lines; ``unseen59`` is pupils'
class chats before and after a Statenspel, pupils of every origin, and longer reactions quoting
classmates — 16 of 192 items came through, none structured):

- ages of a group, each of them ("die zijn allemaal al 17 ofzo");
- the step of a birthday, one age to the next ("🎂 15 ➡️ 16", "ik ging van 15 naar 16");
- an age in brackets before "geworden" ("jarig (13 geworden!)");
- a double-barrelled surname after a title, its second half after a prefix ("juf smit-ten
  brinke");
- the name friends use, set off after a name ("Johannes (hannes voor vrienden)");
- kin in the home languages of newcomers' children, before a role ("mijn baba is eigenaar
  van …") — and no more a name ("annem zegt");

and what it no longer takes: a role wished for ("ik wil later notaris worden"), and a place
right before the quote that closes a quotation ("… over de Regge' dacht ik").
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "we speelden tegen 5 vwo, die zijn allemaal al 17 ofzo",
            "we speelden tegen 5 vwo, die zijn allemaal al [leeftijd] ofzo",
        ),
        ("they're all 15 and they won", "they're all [leeftijd] and they won"),
        (
            "morgen ben ik jarig 🎂 15 ➡️ 16 eindelijk",
            "morgen ben ik jarig 🎂 [leeftijd] ➡️ [leeftijd] eindelijk",
        ),
        (
            "mijn verjaardag was gister, ik ging van 15 naar 16",
            "mijn verjaardag was gister, ik ging van [leeftijd] naar [leeftijd]",
        ),
        ("ik was ook jarig (13 geworden!) dus", "ik was ook jarig ([leeftijd] geworden!) dus"),
        ("toen vroeg juf smit-ten brinke of", "toen vroeg juf [naam] of"),
        ("meneer jansen-van der veen legde uit", "meneer [naam] legde uit"),
        (
            "Johannes (hannes voor vrienden) diende een motie in",
            "[naam] ([naam] voor vrienden) diende een motie in",
        ),
        (
            "mijn baba is eigenaar van bakkerij de zon in almelo en hij",
            "mijn baba is [functie] en hij",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a score, a count, an amount: no birthday step
        "we scoorden van 3 naar 4 punten",
        "op mijn verjaardag ging de stand van 2 naar 5",
        "op mijn verjaardag: 3 -> 4 graden",
        # of a group, but no age
        "de cijfers zijn allemaal 5 of hoger",
        "ze zijn allemaal 20 euro",
        # wished for, no one's job
        "volgende keer wil ik voorzitter zijn",
        "ik wil later notaris worden",
        "I want to be a vet",
        # kin of the home language, no name
        "annem zegt dat je moet luisteren",
        # a place before the quote that closes a quotation, and after one that opens it
        "iemand zei 'het gaat over de Regge' dacht ik",
        "hij zei 'Zwolle is te ver' en ging weg",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_possessive_after_a_name_is_still_the_name(rules: Scrubber) -> None:
    result = scrubbed(rules, "toen pakte meneer Kees' fiets")
    assert "Kees" not in result
    assert result.startswith("toen pakte meneer [naam]")
