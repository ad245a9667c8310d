"""The eighty-first round of rules, written from what ``unseen83`` and ``unseen84`` let through
(made-up sentences of the same kinds, not the corpus lines; pupils in a live session and people
with roles in small places, and a mix of all styles — last stop's holdout, measured once at
its end and left unread until this round: 3 of 212 and 4 of 200 items came through):

- the citizen's own initials signing the answer off at its very end ("… van de provincie. JW"
  from Jan-Willem);
- a role of a body named with two places joined by "en" ("predikant van de Hervormde gemeente
  Kuinre en Blankenham").
"""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        (
            "Dat verwacht ik ok van de provincie. JW",
            KnownPerson("Jan-Willem", None, None),
            "Dat verwacht ik ok van de provincie. [naam]",
        ),
        (
            "Mooi initiatief van de provincie. A.B.",
            KnownPerson("Anna", "Bos", None),
            "Mooi initiatief van de provincie. [naam]",
        ),
        (
            "Ik stem op het CDA",
            KnownPerson("Carla", "de Aa", None),
            "Ik stem op het CDA",
        ),
        (
            "Ik ben nu predikant van de Hervormde gemeente Kuinre en Blankenham. Dat",
            None,
            "Ik ben nu [functie]. Dat",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, person: KnownPerson | None, expected: str) -> None:
    assert scrubbed(rules, text, person) == expected
