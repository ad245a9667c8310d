"""Announcements: drafts by staff, sent once to the citizens who opted in."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from bot.storage.database import Database, utc_now


@dataclass(frozen=True)
class Announcement:
    id: int
    text: str
    created_by: int
    sent_at: str | None
    recipients: int | None


async def draft(db: Database, text: str, created_by: int, update_id: int) -> Announcement:
    """Store a draft; the same update stores it once."""
    await db.execute(
        "INSERT OR IGNORE INTO announcements (text, created_by, created_at, source_update_id) "
        "VALUES (?, ?, ?, ?)",
        (text, created_by, utc_now(), update_id),
    )
    row = await db.fetch_one("SELECT * FROM announcements WHERE source_update_id = ?", (update_id,))
    assert row is not None
    return _announcement(row)


async def get(db: Database, announcement_id: int) -> Announcement | None:
    row = await db.fetch_one("SELECT * FROM announcements WHERE id = ?", (announcement_id,))
    return _announcement(row) if row else None


async def mark_sent(db: Database, announcement_id: int, recipients: int) -> bool:
    """False when it was sent before (a second press or a replayed update)."""
    changed = await db.execute(
        "UPDATE announcements SET sent_at = ?, recipients = ? WHERE id = ? AND sent_at IS NULL",
        (utc_now(), recipients, announcement_id),
    )
    return changed > 0


async def audience(db: Database) -> list[int]:
    """Active citizens with consent who asked for announcements."""
    rows = await db.fetch_all(
        "SELECT user_id FROM citizens WHERE wants_announcements = 1 AND active = 1 "
        "AND consent_version IS NOT NULL ORDER BY user_id"
    )
    return [r["user_id"] for r in rows]


async def set_wanted(db: Database, user_id: int, wanted: bool) -> None:
    await db.execute(
        "UPDATE citizens SET wants_announcements = ?, updated_at = ? WHERE user_id = ?",
        (int(wanted), utc_now(), user_id),
    )


def _announcement(row: sqlite3.Row) -> Announcement:
    return Announcement(
        row["id"], row["text"], row["created_by"], row["sent_at"], row["recipients"]
    )
