"""The safety net under the number rules: eight digits or more in a row, however they are
spaced, never come through — and dates, times, spans of years, amounts and counts stay.
Made-up sentences, rules without deduce."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "bel me op O6 12 34 56 78 na schooltijd",  # a letter O for the zero
        "mijn nummer: 0 6 - 1 2 3 4 5 6 7 8",
        "app naar 06,12,34,56,78 als je mee wilt",
        "mijn bsn is 1 2 3 4 5 6 7 8 2 toch",
        "klantnummer 40817263 bij de woningcorporatie",
        "stuur het naar dossier 3300 4517 2 alsjeblieft",
    ],
)
def test_a_long_run_of_digits_never_comes_through(rules: Scrubber, text: str) -> None:
    result = scrubbed(rules, text)
    assert sum(ch.isdigit() for ch in result) < 4, result


@pytest.mark.parametrize(
    "text",
    [
        "op 12-03-2024 was het Statenspel in Zwolle",
        "van 2019-2023 was de weg bij Hengelo dicht",
        "in 2019, 2020 en 2021 deed de klas mee",
        "de weg kost € 10.000.000 en dat is veel",
        "Overijssel heeft 1.160.000 inwoners",
        "de bijeenkomst is van 19:30-21:30 in het dorpshuis",
        "de provincie gaf 2.500.000 euro uit aan fietspaden",
    ],
)
def test_dates_times_years_amounts_and_counts_stay(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
