"""Answers older than the retention period are deleted; newer ones stay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot import retention
from bot.consent import TERMS_VERSION
from bot.storage import citizens, runs
from bot.storage.database import open_database


async def test_old_answers_go_new_ones_stay(tmp_path: Path) -> None:
    db = await open_database(tmp_path / "r.sqlite3")
    try:
        await citizens.seen(db, 1, "nl")
        await citizens.give_consent(db, 1, TERMS_VERSION, None, None)
        await runs.store_definition(db, "d", 1, "{}")
        run = await runs.begin(db, 1, "d", 1, "a", update_id=1)
        await runs.advance(db, run.id, 2, {"a": "oud antwoord"}, (), "b")
        await runs.advance(db, run.id, 3, {"b": "nieuw antwoord"}, (), None)
        await db.execute(
            "UPDATE answers SET answered_at = '2020-01-01T00:00:00+00:00' WHERE question_id = 'a'"
        )

        removed = await retention.apply(db, 730)
        assert removed == 1
        assert await runs.answers(db, run.id) == {"b": "nieuw antwoord"}

        later = datetime.now(UTC) + timedelta(days=731)
        assert await retention.apply(db, 730, now=later) == 1
        assert await runs.of_citizen(db, 1) == []
    finally:
        await db.close()
