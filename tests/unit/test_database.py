"""Storage: migrations, refusing a newer schema, and one transaction at a time."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from bot.storage import inbox
from bot.storage.database import DatabaseError, migrations, open_database


async def test_migrations_bring_a_new_database_up_to_date(tmp_path: Path) -> None:
    db = await open_database(tmp_path / "new.sqlite3")
    try:
        row = await db.fetch_one("PRAGMA user_version")
        assert row is not None and row[0] == len(migrations())
        journal = await db.fetch_one("PRAGMA journal_mode")
        assert journal is not None and journal[0] == "wal"
        keys = await db.fetch_one("PRAGMA foreign_keys")
        assert keys is not None and keys[0] == 1
    finally:
        await db.close()
    reopened = await open_database(tmp_path / "new.sqlite3")  # nothing to apply twice
    await reopened.close()


async def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {len(migrations()) + 1}")
    with pytest.raises(DatabaseError, match="newer version"):
        await open_database(path)


async def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "text.sqlite3"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(DatabaseError, match="cannot"):
        await open_database(path)


async def test_inbox_ignores_repeats_and_clears_text_when_done(tmp_path: Path) -> None:
    db = await open_database(tmp_path / "inbox.sqlite3")
    try:
        payload = {"update_id": 5, "message": {"text": "mijn mening"}}
        assert await inbox.store(db, [(5, 1, payload), (6, 1, payload)]) == 2
        assert await inbox.store(db, [(5, 1, payload)]) == 0
        assert [u.update_id for u in await inbox.pending(db)] == [5, 6]
        await inbox.mark_done(db, 5)
        assert [u.update_id for u in await inbox.pending(db)] == [6]
        row = await db.fetch_one("SELECT payload FROM inbox WHERE update_id = 5")
        assert row is not None and row["payload"] is None
        assert await inbox.highest_update_id(db) == 6
    finally:
        await db.close()


async def test_concurrent_transactions_do_not_interleave(tmp_path: Path) -> None:
    db = await open_database(tmp_path / "tx.sqlite3")
    try:
        await db.execute("CREATE TABLE counter (n INTEGER)")
        await db.execute("INSERT INTO counter VALUES (0)")

        async def bump() -> None:
            async with db.transaction() as connection:
                cursor = await connection.execute("SELECT n FROM counter")
                (n,) = await cursor.fetchone()  # type: ignore[misc]
                await asyncio.sleep(0)
                await connection.execute("UPDATE counter SET n = ?", (n + 1,))

        await asyncio.gather(*(bump() for _ in range(50)))
        row = await db.fetch_one("SELECT n FROM counter")
        assert row is not None and row["n"] == 50
    finally:
        await db.close()


SLOW_COUNT = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000) "
    "SELECT COUNT(*) AS c FROM n"
)


async def _ticks_during(work: object) -> int:
    """How often another task got the loop while ``work`` (an awaitable) ran."""
    ticks = 0
    done = asyncio.Event()

    async def ticker() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            await asyncio.sleep(0)

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    ticks = 0
    try:
        await work  # type: ignore[misc]
    finally:
        done.set()
        await task
    return ticks


async def test_a_long_read_in_the_background_leaves_the_loop_free(tmp_path: Path) -> None:
    db = await open_database(tmp_path / "bg.sqlite3")
    try:
        ticks = await _ticks_during(db.fetch_all(SLOW_COUNT, in_background=True))
        assert ticks > 100  # the loop went on while SQLite counted in its thread
        inline = await _ticks_during(db.fetch_all("SELECT 1"))
        assert inline <= 1  # a short statement runs on the loop's own thread
    finally:
        await db.close()


async def test_many_short_statements_give_the_loop_a_turn(tmp_path: Path) -> None:
    db = await open_database(tmp_path / "turns.sqlite3")
    try:
        await db.execute("CREATE TABLE t (n INTEGER)")

        async def many() -> None:
            for n in range(320):
                await db.execute("INSERT INTO t VALUES (?)", (n,))

        assert await _ticks_during(many()) >= 320 // 32 - 1
    finally:
        await db.close()


async def test_a_cancelled_background_statement_finishes_before_the_next(tmp_path: Path) -> None:
    db = await open_database(tmp_path / "cancel.sqlite3")
    try:
        slow = asyncio.create_task(db.fetch_all(SLOW_COUNT, in_background=True))
        await asyncio.sleep(0.05)
        slow.cancel()
        # The next statement waits for the thread's statement to end: never two at once.
        row = await db.fetch_one("SELECT 41 + 1 AS n")
        assert row is not None and row["n"] == 42
        with pytest.raises(asyncio.CancelledError):
            await slow
    finally:
        await db.close()
