"""Purpose rules: who may appear in the verhalenreeks and in an analysis export."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.export.policy import admitted, answered_on, quotable_age
from bot.export.records import ExportRequest
from tests.export.conftest import RecordFactory


def request(purpose: str = "verhalenreeks", **fields: object) -> ExportRequest:
    values: dict[str, object] = {
        "dialogue_id": "goed-bestuur",
        "purpose": purpose,
        "format": "csv",
        "out": Path("x.csv"),
        "secret": b"k",
    }
    values.update(fields)
    return ExportRequest(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "band, quotable",
    [
        ("<16", False),
        (None, False),
        ("", False),
        ("12-15", False),
        ("15-17", False),
        ("16-17", True),
        ("18-25", True),
        ("65+", True),
        ("onbekend", False),
    ],
)
def test_quotable_age(band: str | None, quotable: bool) -> None:
    assert quotable_age(band) is quotable


def test_verhalenreeks_only_quotable_text_of_16_plus(record: RecordFactory) -> None:
    story = request()
    assert admitted(record(), story)
    assert not admitted(record(age_band="<16"), story)
    assert not admitted(record(age_band=None), story)
    assert not admitted(record(quote_allowed=False), story)
    assert not admitted(record(question_type="choice", value="Goed luisteren"), story)


def test_analyse_keeps_everything_of_the_dialogue(record: RecordFactory) -> None:
    analysis = request("analyse")
    assert admitted(record(age_band="<16", quote_allowed=False), analysis)
    assert admitted(record(question_type="scale", value="7"), analysis)
    assert not admitted(record(dialogue_id="ander-gesprek"), analysis)


def test_dates_in_amsterdam_time(record: RecordFactory) -> None:
    late = record(answered_at=datetime(2025, 3, 31, 22, 30, tzinfo=UTC))  # 00:30 CEST
    assert answered_on(late, ZoneInfo("Europe/Amsterdam")) == date(2025, 4, 1)
    assert not admitted(late, request("analyse", until=date(2025, 3, 31)))
    assert admitted(late, request("analyse", since=date(2025, 4, 1)))


def test_dates_in_the_configured_time_zone(record: RecordFactory) -> None:
    evening = record(answered_at=datetime(2025, 4, 1, 2, 0, tzinfo=UTC))  # 22:00 in New York
    new_york = ZoneInfo("America/New_York")
    assert answered_on(evening, new_york) == date(2025, 3, 31)
    on_the_day = request("analyse", since=date(2025, 3, 31), until=date(2025, 3, 31))
    assert admitted(evening, replace(on_the_day, timezone=new_york))
    assert not admitted(evening, on_the_day)


def test_request_validation() -> None:
    with pytest.raises(ValueError):
        request(purpose="alles")
    with pytest.raises(ValueError):
        request(k=0)
    with pytest.raises(ValueError):
        request(secret=b"")
