"""Dates and times for people: Babel, in the configured time zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time


def readable(stamp: str | datetime, timezone: ZoneInfo, locale: str) -> str:
    """``3 december 2026, 19:30`` / ``December 3, 2026, 7:30 PM``."""
    moment = datetime.fromisoformat(stamp) if isinstance(stamp, str) else stamp
    local = moment.astimezone(timezone)
    date_part = format_date(local, format="long", locale=locale)
    time_part = format_time(local, format="short", locale=locale)
    return f"{date_part}, {time_part}"
