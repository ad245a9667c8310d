"""Broadcasts: many outbox messages sent as one (an announcement, a session's push), with the
counts of what happened to them. The counts are kept by triggers on the outbox (migration
``broadcast_counts``), in the statement that settles each message."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from bot.storage.database import Database, utc_now


@dataclass(frozen=True)
class Counts:
    reached: int
    blocked: int
    failed: int
    dropped: int
    """Not sent: the person withdrew consent or erased their data before it was their turn."""

    def shown(self) -> str:
        return f"{self.reached}/{self.blocked}/{self.failed}/{self.dropped}"


@dataclass(frozen=True)
class Broadcast:
    id: int
    source: str
    kind: str
    staff_chat_id: int
    locale: str
    total: int
    counts: Counts
    queued: bool
    progress_message_id: int | None
    progress_shown: str | None
    progress_shown_at: str | None
    finished: bool


async def open_broadcast(
    db: Database, source: str, kind: str, staff_chat_id: int, locale: str
) -> int:
    """The broadcast for ``source`` (made once; a second call returns the same id)."""
    await db.execute(
        "INSERT OR IGNORE INTO broadcasts (source, kind, staff_chat_id, locale, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (source, kind, staff_chat_id, locale, utc_now()),
    )
    row = await db.fetch_one("SELECT id FROM broadcasts WHERE source = ?", (source,))
    assert row is not None
    return int(row["id"])


async def mark_queued(db: Database, broadcast_id: int) -> int:
    """Every message is in the outbox: the total is what was queued (and what was dropped
    meanwhile). Returns the total."""
    await db.execute(
        "UPDATE broadcasts SET queued_at = COALESCE(queued_at, ?), total = dropped + "
        "(SELECT COUNT(*) FROM outbox WHERE broadcast_id = broadcasts.id) WHERE id = ?",
        (utc_now(), broadcast_id),
    )
    row = await db.fetch_one("SELECT total FROM broadcasts WHERE id = ?", (broadcast_id,))
    return int(row["total"]) if row else 0


async def get(db: Database, broadcast_id: int) -> Broadcast | None:
    row = await db.fetch_one("SELECT * FROM broadcasts WHERE id = ?", (broadcast_id,))
    return _broadcast(row) if row else None


async def by_source(db: Database, source: str) -> Broadcast | None:
    row = await db.fetch_one("SELECT * FROM broadcasts WHERE source = ?", (source,))
    return _broadcast(row) if row else None


async def set_progress_message(db: Database, broadcast_id: int, message_id: int) -> None:
    await db.execute(
        "UPDATE broadcasts SET progress_message_id = ? WHERE id = ?", (message_id, broadcast_id)
    )


async def unfinished(db: Database) -> list[Broadcast]:
    """Broadcasts whose progress message does not show the final count yet."""
    rows = await db.fetch_all(
        "SELECT * FROM broadcasts WHERE final_shown_at IS NULL AND queued_at IS NOT NULL "
        "ORDER BY id"
    )
    return [_broadcast(r) for r in rows]


async def mark_progress_shown(db: Database, broadcast_id: int, shown: str, at: str) -> None:
    await db.execute(
        "UPDATE broadcasts SET progress_shown = ?, progress_shown_at = ? WHERE id = ?",
        (shown, at, broadcast_id),
    )


async def mark_final_shown(db: Database, broadcast_id: int) -> None:
    await db.execute(
        "UPDATE broadcasts SET final_shown_at = ? WHERE id = ?", (utc_now(), broadcast_id)
    )


async def finish(db: Database, broadcast_id: int, report: str) -> bool:
    """When nothing of the broadcast is left to send: mark it finished and queue ``report``
    (reply JSON, the final count) to the staff member, in one transaction — so the final count
    is queued exactly once, also when this runs again after a restart. False when there is
    still something to send, or it was finished before."""
    now = utc_now()
    async with db.transaction() as connection:
        cursor = await connection.execute(
            "UPDATE broadcasts SET finished_at = ? WHERE id = ? AND finished_at IS NULL "
            "AND queued_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM outbox WHERE "
            "broadcast_id = broadcasts.id AND sent_at IS NULL AND failed_at IS NULL)",
            (now, broadcast_id),
        )
        if cursor.rowcount == 0:
            return False
        await connection.execute(
            "INSERT OR IGNORE INTO outbox (chat_id, reply, dedupe_key, created_at, not_before) "
            "SELECT staff_chat_id, ?, 'broadcast:' || id || ':done', ?, ? "
            "FROM broadcasts WHERE id = ?",
            (report, now, now, broadcast_id),
        )
    return True


async def pending(db: Database, broadcast_id: int) -> bool:
    row = await db.fetch_one(
        "SELECT EXISTS (SELECT 1 FROM outbox WHERE broadcast_id = ? AND sent_at IS NULL "
        "AND failed_at IS NULL) AS waiting",
        (broadcast_id,),
    )
    return bool(row and row["waiting"])


def _broadcast(row: sqlite3.Row) -> Broadcast:
    return Broadcast(
        id=row["id"],
        source=row["source"],
        kind=row["kind"],
        staff_chat_id=row["staff_chat_id"],
        locale=row["locale"],
        total=row["total"],
        counts=Counts(row["reached"], row["blocked"], row["failed"], row["dropped"]),
        queued=row["queued_at"] is not None,
        progress_message_id=row["progress_message_id"],
        progress_shown=row["progress_shown"],
        progress_shown_at=row["progress_shown_at"],
        finished=row["finished_at"] is not None,
    )
