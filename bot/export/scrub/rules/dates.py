"""Dates of birth ("geboren op 3 mei", "jarig op 12 juni").

Ordinary dates without a year ("op 15 maart was de inloopavond") stay: they say when a
meeting was, which the stories need. Full dates with a year are taken by deduce.
"""

from __future__ import annotations

import re

from bot.export.scrub.kinds import Kind
from bot.export.scrub.spans import Span

_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|"
    "october"
)
_DATE = (
    rf"(\d{{1,2}}(?:e|ste|de)?[ -](?:{_MONTHS})\.?(?:[ -]\d{{2,4}})?"
    r"|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?)"
)
_BIRTH = re.compile(
    r"(?i)\b(?:geboren(?:\s+op)?|geb\.|geboortedatum:?|verjaardag\s+(?:is\s+)?(?:op\s+)?|jarig\s+op|"
    r"born\s+on|birthday\s+(?:is\s+)?(?:on\s+)?|date\s+of\s+birth:?)\s*" + _DATE
)


_BIRTH_AFTER = re.compile(
    rf"(?i)\b((?:\d{{1,2}}(?:e|ste|de)?[ \t]+)?(?:{_MONTHS}))\.?[ \t]+(?:19|20)\d{{2}}"
    r"[ \t]+(?:geboren|born)\b"
)
"""A month (and day) before a birth year: "ik ben in maart 1946 geboren"."""


def find(text: str) -> list[Span]:
    spans = [Span(m.start(1), m.end(1), Kind.DATE, "date-of-birth") for m in _BIRTH.finditer(text)]
    spans += [
        Span(m.start(1), m.end(1), Kind.DATE, "date-of-birth") for m in _BIRTH_AFTER.finditer(text)
    ]
    return spans
