"""Dialogue runs and their answers."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from bot.storage.database import Connection, Database, utc_now

RunStatus = Literal["active", "paused", "finished"]


@dataclass(frozen=True)
class Run:
    id: int
    user_id: int
    dialogue_id: str
    version: int
    status: RunStatus
    current_question: str | None
    selection: tuple[str, ...] | None
    """The options ticked so far on the current multi question; None when none is in
    progress (then the earlier answer, if any, is shown ticked). Empty: all unticked."""
    started_at: str
    updated_at: str
    finished_at: str | None
    message_id: int | None = None
    """The chat message that shows the run's live buttons (its current question, or the
    notice that it is paused); None when not known."""


@dataclass(frozen=True)
class StoredAnswer:
    question_id: str
    value: Any
    answered_at: str
    quote_allowed: bool


def _run(row: sqlite3.Row) -> Run:
    return Run(
        id=row["id"],
        user_id=row["user_id"],
        dialogue_id=row["dialogue_id"],
        version=row["version"],
        status=row["status"],
        current_question=row["current_question"],
        selection=tuple(json.loads(row["selection"])) if row["selection"] is not None else None,
        started_at=row["started_at"],
        updated_at=row["updated_at"],
        finished_at=row["finished_at"],
        message_id=row["message_id"],
    )


def _encode(value: Any) -> str:
    return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)


def _decode(raw: str) -> Any:
    value = json.loads(raw)
    return tuple(value) if isinstance(value, list) else value


async def store_definition(db: Database, dialogue_id: str, version: int, definition: str) -> None:
    await db.execute(
        "INSERT OR IGNORE INTO dialogue_definitions (dialogue_id, version, definition, stored_at) "
        "VALUES (?, ?, ?, ?)",
        (dialogue_id, version, definition, utc_now()),
    )


async def definition(db: Database, dialogue_id: str, version: int) -> str | None:
    row = await db.fetch_one(
        "SELECT definition FROM dialogue_definitions WHERE dialogue_id = ? AND version = ?",
        (dialogue_id, version),
    )
    return row["definition"] if row else None


async def get(db: Database, run_id: int) -> Run | None:
    row = await db.fetch_one("SELECT * FROM dialogue_runs WHERE id = ?", (run_id,))
    return _run(row) if row else None


async def active(db: Database, user_id: int) -> Run | None:
    row = await db.fetch_one(
        "SELECT * FROM dialogue_runs WHERE user_id = ? AND status = 'active'", (user_id,)
    )
    return _run(row) if row else None


async def open_run(db: Database, user_id: int, dialogue_id: str) -> Run | None:
    row = await db.fetch_one(
        "SELECT * FROM dialogue_runs WHERE user_id = ? AND dialogue_id = ? "
        "AND status != 'finished'",
        (user_id, dialogue_id),
    )
    return _run(row) if row else None


async def of_citizen(db: Database, user_id: int) -> list[Run]:
    rows = await db.fetch_all(
        "SELECT * FROM dialogue_runs WHERE user_id = ? ORDER BY id", (user_id,)
    )
    return [_run(r) for r in rows]


async def begin(
    db: Database,
    user_id: int,
    dialogue_id: str,
    version: int,
    first_question: str,
    update_id: int,
) -> Run:
    """Start a run (pausing any other active run of the citizen)."""
    now = utc_now()
    async with db.transaction() as connection:
        await connection.execute(
            "UPDATE dialogue_runs SET status = 'paused', updated_at = ? "
            "WHERE user_id = ? AND status = 'active'",
            (now, user_id),
        )
        cursor = await connection.execute(
            "INSERT INTO dialogue_runs (user_id, dialogue_id, version, status, current_question, "
            "last_update_id, started_at, updated_at) VALUES (?, ?, ?, 'active', ?, ?, ?, ?)",
            (user_id, dialogue_id, version, first_question, update_id, now, now),
        )
        run_id = cursor.lastrowid
        cursor = await connection.execute("SELECT * FROM dialogue_runs WHERE id = ?", (run_id,))
        row = await cursor.fetchone()
    assert row is not None
    return _run(row)


async def activate(db: Database, run_id: int, user_id: int) -> None:
    """Make this run the citizen's active one (pausing another)."""
    now = utc_now()
    async with db.transaction() as connection:
        await connection.execute(
            "UPDATE dialogue_runs SET status = 'paused', updated_at = ? "
            "WHERE user_id = ? AND status = 'active' AND id != ?",
            (now, user_id, run_id),
        )
        await connection.execute(
            "UPDATE dialogue_runs SET status = 'active', updated_at = ? "
            "WHERE id = ? AND status != 'finished'",
            (now, run_id),
        )


async def pause(db: Database, run_id: int, shown_in: int | None = None) -> None:
    """Pause the run; ``shown_in``: the message that now shows it paused, if known."""
    await db.execute(
        "UPDATE dialogue_runs SET status = 'paused', updated_at = ?, "
        "message_id = coalesce(?, message_id) WHERE id = ? AND status = 'active'",
        (utc_now(), shown_in, run_id),
    )


async def show_in(db: Database, run_id: int, message_id: int) -> None:
    """The run's live buttons are now on ``message_id``."""
    await db.execute("UPDATE dialogue_runs SET message_id = ? WHERE id = ?", (message_id, run_id))


async def answers(db: Database, run_id: int) -> dict[str, Any]:
    rows = await db.fetch_all("SELECT question_id, value FROM answers WHERE run_id = ?", (run_id,))
    return {r["question_id"]: _decode(r["value"]) for r in rows}


async def stored_answers(db: Database, run_id: int) -> list[StoredAnswer]:
    rows = await db.fetch_all(
        "SELECT * FROM answers WHERE run_id = ? ORDER BY answered_at, question_id", (run_id,)
    )
    return [
        StoredAnswer(
            r["question_id"], _decode(r["value"]), r["answered_at"], bool(r["quote_allowed"])
        )
        for r in rows
    ]


async def _claim(connection: Connection, run_id: int, update_id: int) -> bool:
    """Record that ``update_id`` changes the run; False if it (or a later one) already did."""
    cursor = await connection.execute(
        "UPDATE dialogue_runs SET last_update_id = ? WHERE id = ? AND last_update_id < ?",
        (update_id, run_id, update_id),
    )
    return cursor.rowcount > 0


async def advance(
    db: Database,
    run_id: int,
    update_id: int,
    answered: Mapping[str, Any],
    dropped: tuple[str, ...],
    next_question: str | None,
    shown_in: int | None = None,
) -> bool:
    """Store answers (replacing earlier ones), drop answers no longer asked, and move on.

    ``next_question`` None finishes the run. ``shown_in``: the message that shows the next
    question, when it is already known (a pressed message that changes in place). All in one
    transaction, so a crash never leaves an answer without the step that follows it. Returns
    False (and changes nothing) when this update was applied before.
    """
    now = utc_now()
    async with db.transaction() as connection:
        if not await _claim(connection, run_id, update_id):
            return False
        for question_id, value in answered.items():
            await connection.execute(
                "INSERT INTO answers (run_id, question_id, value, answered_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (run_id, question_id) DO UPDATE SET value = excluded.value, "
                "answered_at = excluded.answered_at, quote_allowed = "
                "CASE WHEN answers.value = excluded.value THEN answers.quote_allowed ELSE 0 END",
                (run_id, question_id, _encode(value), now),
            )
        for question_id in dropped:
            await connection.execute(
                "DELETE FROM answers WHERE run_id = ? AND question_id = ?", (run_id, question_id)
            )
        if next_question is None:
            await connection.execute(
                "UPDATE dialogue_runs SET status = 'finished', current_question = NULL, "
                "selection = NULL, updated_at = ?, finished_at = ? WHERE id = ?",
                (now, now, run_id),
            )
        else:
            await connection.execute(
                "UPDATE dialogue_runs SET current_question = ?, selection = NULL, updated_at = ?, "
                "message_id = coalesce(?, message_id) WHERE id = ?",
                (next_question, now, shown_in, run_id),
            )
    return True


async def set_selection(
    db: Database,
    run_id: int,
    update_id: int,
    selection: tuple[str, ...],
    shown_in: int | None = None,
) -> bool:
    async with db.transaction() as connection:
        if not await _claim(connection, run_id, update_id):
            return False
        await connection.execute(
            "UPDATE dialogue_runs SET selection = ?, updated_at = ?, "
            "message_id = coalesce(?, message_id) WHERE id = ?",
            (json.dumps(list(selection)), utc_now(), shown_in, run_id),
        )
    return True


async def set_quote_allowed(
    db: Database, run_id: int, update_id: int, question_id: str, allowed: bool
) -> bool:
    async with db.transaction() as connection:
        if not await _claim(connection, run_id, update_id):
            return False
        await connection.execute(
            "UPDATE answers SET quote_allowed = ? WHERE run_id = ? AND question_id = ?",
            (int(allowed), run_id, question_id),
        )
    return True


async def delete_before(db: Database, cutoff: str) -> int:
    """Retention: drop answers given before ``cutoff`` and runs not touched since then."""
    async with db.transaction(in_background=True) as connection:
        cursor = await connection.execute("DELETE FROM answers WHERE answered_at < ?", (cutoff,))
        removed = cursor.rowcount
        await connection.execute("DELETE FROM dialogue_runs WHERE updated_at < ?", (cutoff,))
    return removed
