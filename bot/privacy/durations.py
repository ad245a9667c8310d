"""A period as people say it: "2 jaar" rather than "730 dagen".

Whole years (of 365 days) are said in years, everything else in days, so the words never
promise more or less than the number of days the retention job uses.
"""

from __future__ import annotations

from bot.i18n import Translator

DAYS_PER_YEAR = 365


def duration(t: Translator, days: int) -> str:
    """``2 jaar`` for 730 days, ``30 dagen`` for 30, ``1 dag`` for 1."""
    if days >= DAYS_PER_YEAR and days % DAYS_PER_YEAR == 0:
        return t.ngettext("{n} year", "{n} years", days // DAYS_PER_YEAR)
    return t.ngettext("{n} day", "{n} days", days)
