"""The sandbox's sample events: something to try in /agenda, never over the staff's events."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.events import store
from bot.sandbox import sample_events
from bot.storage.database import open_database

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 12, 4, 9, 2, tzinfo=UTC)


async def test_sample_events_are_added_only_to_an_empty_agenda(tmp_path: Path) -> None:
    db = await open_database(tmp_path / "db.sqlite3")
    try:
        assert await sample_events.add_when_the_agenda_is_empty(db, AMSTERDAM, NOW) == 5
        assert await sample_events.add_when_the_agenda_is_empty(db, AMSTERDAM, NOW) == 0
        soonest = await store.upcoming(db, NOW.isoformat(timespec="seconds"), limit=5)
        assert [event.start for event in soonest[:2]] == [
            datetime(2026, 12, 4, 10, 15, tzinfo=UTC),  # 70 minutes on, rounded up to 5
            datetime(2026, 12, 5, 9, 15, tzinfo=UTC),  # a day and 10 minutes on, rounded
        ]
        # The later ones at a sensible local time of day.
        assert soonest[2].start.astimezone(AMSTERDAM).strftime("%d %H:%M") == "10 19:00"
    finally:
        await db.close()


async def test_an_agenda_with_events_of_its_own_gets_no_samples(tmp_path: Path) -> None:
    db = await open_database(tmp_path / "db.sqlite3")
    try:
        (one, *_rest) = sample_events.sample_events(NOW, AMSTERDAM)
        await store.upsert(db, one)
        assert await sample_events.add_when_the_agenda_is_empty(db, AMSTERDAM, NOW) == 0
    finally:
        await db.close()
