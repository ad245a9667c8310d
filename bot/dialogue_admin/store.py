"""The SQL of /dialogen: statuses of dialogues, uploads waiting to be activated, and the
numbers of runs (read from the answering tables)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.storage.database import Database, utc_now

UPLOAD_DAYS = 7
"""An upload not activated within a week is deleted (at the next upload, and by the
retention job), and its buttons no longer work."""


def _week_ago() -> str:
    return (datetime.now(UTC) - timedelta(days=UPLOAD_DAYS)).isoformat(timespec="seconds")


async def statuses(db: Database) -> dict[str, str]:
    rows = await db.fetch_all("SELECT dialogue_id, status FROM dialogue_status")
    return {row["dialogue_id"]: row["status"] for row in rows}


async def set_status(db: Database, dialogue_id: str, status: str, actor_id: int) -> None:
    """The status and its audit-log row, in one transaction."""
    now = utc_now()
    async with db.transaction() as connection:
        await connection.execute(
            "INSERT INTO dialogue_status (dialogue_id, status, changed_at) VALUES (?, ?, ?) "
            "ON CONFLICT (dialogue_id) DO UPDATE SET status = excluded.status, "
            "changed_at = excluded.changed_at",
            (dialogue_id, status, now),
        )
        await connection.execute(
            "INSERT INTO audit_log (at, actor_id, action, detail) VALUES (?, ?, ?, ?)",
            (now, actor_id, f"dialogue_{status}", dialogue_id),
        )


@dataclass(frozen=True)
class RunCounts:
    started: int = 0
    finished: int = 0


async def run_counts(db: Database) -> dict[str, RunCounts]:
    """Per dialogue: runs started (including those ended since) and finished."""
    rows = await db.fetch_all(
        "SELECT dialogue_id, COUNT(*) AS started, "
        "SUM(CASE WHEN status = 'finished' THEN 1 ELSE 0 END) AS finished "
        "FROM dialogue_runs GROUP BY dialogue_id"
    )
    return {r["dialogue_id"]: RunCounts(r["started"], r["finished"] or 0) for r in rows}


async def stored_definitions(db: Database) -> list[tuple[str, int, str]]:
    """(id, version, definition JSON) of every version a run started on."""
    rows = await db.fetch_all("SELECT dialogue_id, version, definition FROM dialogue_definitions")
    return [(r["dialogue_id"], r["version"], r["definition"]) for r in rows]


@dataclass(frozen=True)
class Upload:
    id: int
    uploaded_by: int
    dialogue_id: str
    version: int
    file_name: str
    content: str
    uploaded_at: str


def _upload(row: sqlite3.Row) -> Upload:
    return Upload(
        row["id"],
        row["uploaded_by"],
        row["dialogue_id"],
        row["version"],
        row["file_name"],
        row["content"],
        row["uploaded_at"],
    )


async def add_upload(
    db: Database,
    update_id: int,
    user_id: int,
    dialogue_id: str,
    version: int,
    file_name: str,
    content: str,
) -> Upload:
    """Keep a checked file until it is activated, with its audit-log row; the same update
    a second time (after a crash) keeps it once. Uploads older than a week go."""
    now = utc_now()
    async with db.transaction() as connection:
        await connection.execute(
            "DELETE FROM dialogue_uploads WHERE uploaded_at < ?", (_week_ago(),)
        )
        cursor = await connection.execute(
            "INSERT OR IGNORE INTO dialogue_uploads (update_id, uploaded_by, dialogue_id, "
            "version, file_name, content, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (update_id, user_id, dialogue_id, version, file_name, content, now),
        )
        if cursor.rowcount:
            await connection.execute(
                "INSERT INTO audit_log (at, actor_id, action, detail) VALUES (?, ?, ?, ?)",
                (now, user_id, "dialogue_upload", f"{dialogue_id} v{version}"),
            )
        rows = await connection.execute_fetchall(
            "SELECT * FROM dialogue_uploads WHERE update_id = ?", (update_id,)
        )
    return _upload(next(iter(rows)))


async def upload(db: Database, upload_id: int) -> Upload | None:
    """The upload, unless it was activated or is older than a week."""
    row = await db.fetch_one(
        "SELECT * FROM dialogue_uploads WHERE id = ? AND uploaded_at >= ?",
        (upload_id, _week_ago()),
    )
    return _upload(row) if row is not None else None


async def delete_before(db: Database, cutoff: str) -> int:
    """Uploads older than ``cutoff`` (the retention job)."""
    return await db.execute("DELETE FROM dialogue_uploads WHERE uploaded_at < ?", (cutoff,))


async def activated(db: Database, found: Upload, actor_id: int) -> None:
    """The upload is in the folder now: it, and older uploads of the same dialogue, go; the
    dialogue is active; the audit log says who did it."""
    now = utc_now()
    async with db.transaction() as connection:
        await connection.execute(
            "DELETE FROM dialogue_uploads WHERE dialogue_id = ? AND version <= ?",
            (found.dialogue_id, found.version),
        )
        await connection.execute(
            "INSERT INTO dialogue_status (dialogue_id, status, changed_at) VALUES (?, ?, ?) "
            "ON CONFLICT (dialogue_id) DO UPDATE SET status = excluded.status, "
            "changed_at = excluded.changed_at",
            (found.dialogue_id, "active", now),
        )
        await connection.execute(
            "INSERT INTO audit_log (at, actor_id, action, detail) VALUES (?, ?, ?, ?)",
            (now, actor_id, "dialogue_activate", f"{found.dialogue_id} v{found.version}"),
        )
