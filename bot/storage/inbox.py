"""The durable inbox of updates: stored before their offset is confirmed, marked done after."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.storage.database import Database, utc_now


@dataclass(frozen=True)
class StoredUpdate:
    update_id: int
    chat_id: int | None
    payload: str
    """The update as JSON text; parsed only by whoever needs it (not when this process still
    holds the parsed update)."""


async def store(db: Database, updates: Sequence[tuple[int, int | None, dict[str, Any]]]) -> int:
    """Store updates in one transaction; returns how many were new (repeats are ignored)."""
    now = utc_now()
    rows = [
        (update_id, chat_id, json.dumps(payload, separators=(",", ":")), now)
        for update_id, chat_id, payload in updates
    ]
    async with db.transaction() as connection:
        cursor = await connection.executemany(
            "INSERT OR IGNORE INTO inbox (update_id, chat_id, payload, received_at) "
            "VALUES (?, ?, ?, ?)",
            rows,
        )
        return cursor.rowcount


async def pending(db: Database, after: int = 0, limit: int = 500) -> list[StoredUpdate]:
    """Unprocessed updates with an id above ``after``, oldest first."""
    rows = await db.fetch_all(
        "SELECT update_id, chat_id, payload FROM inbox "
        "WHERE done_at IS NULL AND update_id > ? ORDER BY update_id LIMIT ?",
        (after, limit),
    )
    return [
        StoredUpdate(r["update_id"], r["chat_id"], r["payload"])
        for r in rows
        if r["payload"] is not None
    ]


async def mark_done(db: Database, update_id: int) -> None:
    """Done: the payload (the citizen's words) and the chat are no longer needed and are
    dropped; the ``update_id`` stays to recognise a repeated delivery."""
    await db.execute(
        "UPDATE inbox SET done_at = ?, payload = NULL, chat_id = NULL, attempts = attempts + 1 "
        "WHERE update_id = ?",
        (utc_now(), update_id),
    )


async def highest_update_id(db: Database) -> int:
    row = await db.fetch_one("SELECT MAX(update_id) AS top FROM inbox")
    return int(row["top"]) if row and row["top"] is not None else 0


async def prune(db: Database, keep_last: int = 10_000) -> int:
    """Forget done updates except the newest ``keep_last`` (enough to recognise repeats)."""
    return await db.execute(
        "DELETE FROM inbox WHERE done_at IS NOT NULL AND update_id < "
        "(SELECT COALESCE(MAX(update_id), 0) FROM inbox) - ?",
        (keep_last,),
        in_background=True,
    )
