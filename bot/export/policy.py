"""Who is in an export: the purpose rules, enforced here too (defence in depth).

The lead's query already applies consent, erasure and the date range. On top of that:

* ``verhalenreeks`` keeps only text answers the citizen allowed to be quoted, one by one,
  and only from citizens whose age band is known and clearly 16 or older. A missing or
  unrecognised age band is not quotable.
* ``analyse`` keeps every answer.
* Both drop records of another dialogue and records answered (on a day in the request's time
  zone) outside ``since``/``until`` (inclusive), should the query ever let one through.
"""

from __future__ import annotations

import re
from datetime import date
from zoneinfo import ZoneInfo

from bot.export.records import AnswerRecord, ExportRequest

QUOTABLE_AGE = 16

_BELOW = re.compile(r"^\s*<\s*(\d+)\s*$")
_RANGE = re.compile(r"^\s*(\d+)\s*[-–]\s*(\d+)\s*$")
_ABOVE = re.compile(r"^\s*(\d+)\s*\+\s*$")


def answered_on(record: AnswerRecord, timezone: ZoneInfo) -> date:
    """The answer's calendar date (finer times help re-identify)."""
    return record.answered_at.astimezone(timezone).date()


def quotable_age(age_band: str | None) -> bool:
    """Whether ``age_band`` is known and entirely at or above 16 ("16-17", "65+", not "<16")."""
    if age_band is None:
        return False
    if m := _RANGE.match(age_band):
        return int(m.group(1)) >= QUOTABLE_AGE
    if m := _ABOVE.match(age_band):
        return int(m.group(1)) >= QUOTABLE_AGE
    return False


def admitted(record: AnswerRecord, request: ExportRequest) -> bool:
    """Whether ``record`` belongs in the export ``request`` asks for."""
    if record.dialogue_id != request.dialogue_id:
        return False
    day = answered_on(record, request.timezone)
    if request.since is not None and day < request.since:
        return False
    if request.until is not None and day > request.until:
        return False
    if request.purpose == "verhalenreeks":
        return (
            record.question_type == "text"
            and record.quote_allowed
            and quotable_age(record.age_band)
        )
    return True
