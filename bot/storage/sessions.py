"""Sessions of a facilitator: participants, what was pushed to them, and prompt answers.

Counts and answers shown to the facilitator only include participants who (still) consent.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Literal

import aiosqlite

from bot.storage.database import Database, utc_now

PushKind = Literal["dialogue", "prompt"]
_CONSENTING = "JOIN citizens c ON c.user_id = {table}.user_id AND c.consent_version IS NOT NULL"


@dataclass(frozen=True)
class Session:
    id: int
    code: str
    name: str
    facilitator_id: int | None
    created_at: str
    closed_at: str | None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class Push:
    id: int
    session_id: int
    number: int
    kind: PushKind
    dialogue_id: str | None
    prompt_text: str | None
    pushed_at: str


@dataclass(frozen=True)
class Pushed:
    """The outcome of :func:`add_push`: ``push`` None when the session is closed or the
    expected number was taken; ``new`` False when this update pushed it before."""

    push: Push | None
    new: bool


@dataclass(frozen=True)
class PromptAnswer:
    push_number: int
    prompt: str
    text: str
    answered_at: str
    first_name: str | None = None
    """The author's names, only to find them in the text and replace them; never shown."""
    last_name: str | None = None


def _session(row: sqlite3.Row) -> Session:
    return Session(
        row["id"],
        row["code"],
        row["name"],
        row["facilitator_id"],
        row["created_at"],
        row["closed_at"],
    )


def _push(row: sqlite3.Row) -> Push:
    return Push(
        row["id"],
        row["session_id"],
        row["number"],
        row["kind"],
        row["dialogue_id"],
        row["prompt_text"],
        row["pushed_at"],
    )


async def _one(connection: aiosqlite.Connection, sql: str, params: tuple[Any, ...]) -> Any:
    cursor = await connection.execute(sql, params)
    return await cursor.fetchone()


async def create(
    db: Database, code: str, name: str, facilitator_id: int, source_update_id: int | None
) -> Session | None:
    """A new open session; the one made before by this update on a repeat; None if the code
    is taken."""
    async with db.transaction() as connection:
        if source_update_id is not None:
            row = await _one(
                connection, "SELECT * FROM sessions WHERE source_update_id = ?", (source_update_id,)
            )
            if row is not None:
                return _session(row)
        if await _one(connection, "SELECT 1 FROM sessions WHERE code = ?", (code,)):
            return None
        cursor = await connection.execute(
            "INSERT INTO sessions (code, name, facilitator_id, created_at, source_update_id) "
            "VALUES (?, ?, ?, ?, ?)",
            (code, name, facilitator_id, utc_now(), source_update_id),
        )
        row = await _one(connection, "SELECT * FROM sessions WHERE id = ?", (cursor.lastrowid,))
    return _session(row)


async def made_by(db: Database, source_update_id: int) -> Session | None:
    """The session an update created (when that update is processed a second time)."""
    row = await db.fetch_one(
        "SELECT * FROM sessions WHERE source_update_id = ?", (source_update_id,)
    )
    return _session(row) if row else None


async def get(db: Database, session_id: int) -> Session | None:
    row = await db.fetch_one("SELECT * FROM sessions WHERE id = ?", (session_id,))
    return _session(row) if row else None


async def by_code(db: Database, code: str) -> Session | None:
    row = await db.fetch_one("SELECT * FROM sessions WHERE code = ?", (code,))
    return _session(row) if row else None


async def all_open(db: Database) -> list[Session]:
    """Every open session, newest first (for staff)."""
    rows = await db.fetch_all("SELECT * FROM sessions WHERE closed_at IS NULL ORDER BY id DESC")
    return [_session(r) for r in rows]


async def open_of(db: Database, facilitator_id: int) -> list[Session]:
    """The facilitator's open sessions, newest first."""
    rows = await db.fetch_all(
        "SELECT * FROM sessions WHERE facilitator_id = ? AND closed_at IS NULL ORDER BY id DESC",
        (facilitator_id,),
    )
    return [_session(r) for r in rows]


async def led_by(db: Database, facilitator_id: int) -> list[Session]:
    rows = await db.fetch_all(
        "SELECT * FROM sessions WHERE facilitator_id = ? ORDER BY id", (facilitator_id,)
    )
    return [_session(r) for r in rows]


async def close(db: Database, session_id: int) -> bool:
    """Close the session; False when it was closed before."""
    changed = await db.execute(
        "UPDATE sessions SET closed_at = ? WHERE id = ? AND closed_at IS NULL",
        (utc_now(), session_id),
    )
    return changed > 0


async def join(db: Database, session_id: int, user_id: int) -> bool:
    """Add a participant to an open session; False if they were in it or it is closed."""
    changed = await db.execute(
        "INSERT OR IGNORE INTO session_participants (session_id, user_id, joined_at) "
        "SELECT ?, ?, ? WHERE EXISTS "
        "(SELECT 1 FROM sessions WHERE id = ? AND closed_at IS NULL)",
        (session_id, user_id, utc_now(), session_id),
    )
    return changed > 0


async def is_participant(db: Database, session_id: int, user_id: int) -> bool:
    row = await db.fetch_one(
        "SELECT 1 FROM session_participants WHERE session_id = ? AND user_id = ?",
        (session_id, user_id),
    )
    return row is not None


async def participant_ids(db: Database, session_id: int) -> list[int]:
    """Participants to send to: consenting and not blocking the bot."""
    rows = await db.fetch_all(
        "SELECT p.user_id FROM session_participants p "
        + _CONSENTING.format(table="p")
        + " WHERE p.session_id = ? AND c.active = 1 ORDER BY p.joined_at, p.user_id",
        (session_id,),
    )
    return [r["user_id"] for r in rows]


async def participant_count(db: Database, session_id: int) -> int:
    row = await db.fetch_one(
        "SELECT COUNT(*) AS n FROM session_participants p "
        + _CONSENTING.format(table="p")
        + " WHERE p.session_id = ?",
        (session_id,),
    )
    return int(row["n"]) if row else 0


async def add_push(
    db: Database,
    session_id: int,
    kind: PushKind,
    *,
    dialogue_id: str | None = None,
    prompt_text: str | None = None,
    source_update_id: int | None = None,
    expected_number: int | None = None,
    awaiting_kind: str | None = None,
    clear_awaiting_of: int | None = None,
) -> Pushed:
    """Record a push, in one transaction with what it changes.

    With ``awaiting_kind`` every consenting participant's next typed message becomes the
    answer (``awaiting = "<kind>:<push id>"``); ``clear_awaiting_of`` (the facilitator who
    typed the prompt) is waiting for nothing any more. A repeated update returns its push.
    """
    async with db.transaction() as connection:
        if source_update_id is not None:
            row = await _one(
                connection,
                "SELECT * FROM session_pushes WHERE source_update_id = ?",
                (source_update_id,),
            )
            if row is not None:
                return Pushed(_push(row), new=False)
        if not await _one(
            connection, "SELECT 1 FROM sessions WHERE id = ? AND closed_at IS NULL", (session_id,)
        ):
            return Pushed(None, new=False)
        row = await _one(
            connection,
            "SELECT COALESCE(MAX(number), 0) + 1 AS n FROM session_pushes WHERE session_id = ?",
            (session_id,),
        )
        number = int(row["n"])
        if expected_number is not None and number != expected_number:
            return Pushed(None, new=False)
        cursor = await connection.execute(
            "INSERT INTO session_pushes (session_id, number, kind, dialogue_id, prompt_text, "
            "pushed_at, source_update_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (session_id, number, kind, dialogue_id, prompt_text, utc_now(), source_update_id),
        )
        push_id = cursor.lastrowid
        now = utc_now()
        if awaiting_kind is not None:
            await connection.execute(
                "UPDATE citizens SET awaiting = ?, updated_at = ? WHERE consent_version IS NOT "
                "NULL AND user_id IN (SELECT user_id FROM session_participants "
                "WHERE session_id = ?)",
                (f"{awaiting_kind}:{push_id}", now, session_id),
            )
        if clear_awaiting_of is not None:
            await connection.execute(
                "UPDATE citizens SET awaiting = NULL, updated_at = ? WHERE user_id = ?",
                (now, clear_awaiting_of),
            )
        row = await _one(connection, "SELECT * FROM session_pushes WHERE id = ?", (push_id,))
    return Pushed(_push(row), new=True)


async def next_number(db: Database, session_id: int) -> int:
    row = await db.fetch_one(
        "SELECT COALESCE(MAX(number), 0) + 1 AS n FROM session_pushes WHERE session_id = ?",
        (session_id,),
    )
    return int(row["n"]) if row else 1


async def pushes(db: Database, session_id: int) -> list[Push]:
    rows = await db.fetch_all(
        "SELECT * FROM session_pushes WHERE session_id = ? ORDER BY number", (session_id,)
    )
    return [_push(r) for r in rows]


async def get_push(db: Database, push_id: int) -> Push | None:
    row = await db.fetch_one("SELECT * FROM session_pushes WHERE id = ?", (push_id,))
    return _push(row) if row else None


async def unanswered_prompt(db: Database, user_id: int) -> Push | None:
    """The newest question of an open session the participant is in and did not answer."""
    row = await db.fetch_one(
        "SELECT sp.* FROM session_pushes sp "
        "JOIN sessions s ON s.id = sp.session_id AND s.closed_at IS NULL "
        "JOIN session_participants p ON p.session_id = s.id AND p.user_id = ? "
        "WHERE sp.kind = 'prompt' AND NOT EXISTS (SELECT 1 FROM session_prompt_answers a "
        "WHERE a.push_id = sp.id AND a.user_id = ?) ORDER BY sp.id DESC LIMIT 1",
        (user_id, user_id),
    )
    return _push(row) if row else None


async def answer_prompt(db: Database, push_id: int, user_id: int, text: str, awaiting: str) -> bool:
    """Store a participant's answer once (only while the session is open) and stop waiting
    for it; False when there was an answer already, or the session is closed."""
    async with db.transaction() as connection:
        cursor = await connection.execute(
            "INSERT OR IGNORE INTO session_prompt_answers (push_id, user_id, text, answered_at) "
            "SELECT ?, ?, ?, ? FROM session_pushes sp JOIN sessions s ON s.id = sp.session_id "
            "JOIN session_participants p ON p.session_id = s.id AND p.user_id = ? "
            "WHERE sp.id = ? AND sp.kind = 'prompt' AND s.closed_at IS NULL",
            (push_id, user_id, text, utc_now(), user_id, push_id),
        )
        await connection.execute(
            "UPDATE citizens SET awaiting = NULL, updated_at = ? "
            "WHERE user_id = ? AND awaiting = ?",
            (utc_now(), user_id, awaiting),
        )
    return cursor.rowcount > 0


async def has_answered(db: Database, push_id: int, user_id: int) -> bool:
    row = await db.fetch_one(
        "SELECT 1 FROM session_prompt_answers WHERE push_id = ? AND user_id = ?",
        (push_id, user_id),
    )
    return row is not None


async def answer_count(db: Database, push_id: int) -> int:
    row = await db.fetch_one(
        "SELECT COUNT(*) AS n FROM session_prompt_answers a "
        + _CONSENTING.format(table="a")
        + " WHERE a.push_id = ?",
        (push_id,),
    )
    return int(row["n"]) if row else 0


async def prompt_answers(db: Database, session_id: int, limit: int = -1) -> list[PromptAnswer]:
    """Answers to the session's prompts, newest first; the authors' names come along only for
    scrubbing (:mod:`bot.quote_scrubbing`)."""
    rows = await db.fetch_all(
        "SELECT sp.number, sp.prompt_text, a.text, a.answered_at, c.first_name, c.last_name "
        "FROM session_prompt_answers a JOIN session_pushes sp ON sp.id = a.push_id "
        + _CONSENTING.format(table="a")
        + " WHERE sp.session_id = ? ORDER BY a.answered_at DESC, a.rowid DESC LIMIT ?",
        (session_id, limit),
    )
    return [
        PromptAnswer(
            r["number"],
            r["prompt_text"],
            r["text"],
            r["answered_at"],
            r["first_name"],
            r["last_name"],
        )
        for r in rows
    ]


async def dialogue_progress(
    db: Database, session_id: int, dialogue_id: str, since: str
) -> tuple[int, int]:
    """(started, finished): participants with a run of the dialogue started at or after
    ``since``, and those of them who finished one."""
    row = await db.fetch_one(
        "SELECT COUNT(DISTINCT r.user_id) AS started, "
        "COUNT(DISTINCT CASE WHEN r.status = 'finished' THEN r.user_id END) AS finished "
        "FROM dialogue_runs r JOIN session_participants p ON p.user_id = r.user_id "
        + _CONSENTING.format(table="r")
        + " WHERE p.session_id = ? AND r.dialogue_id = ? AND r.started_at >= ?",
        (session_id, dialogue_id, since),
    )
    return (int(row["started"]), int(row["finished"])) if row else (0, 0)


async def dialogue_answers(
    db: Database, session_id: int, dialogue_id: str, since: str
) -> list[tuple[str, Any]]:
    """(question id, value) of every answer in participants' runs of the dialogue started
    at or after ``since``."""
    rows = await db.fetch_all(
        "SELECT a.question_id, a.value FROM answers a "
        "JOIN dialogue_runs r ON r.id = a.run_id "
        "JOIN session_participants p ON p.user_id = r.user_id "
        + _CONSENTING.format(table="r")
        + " WHERE p.session_id = ? AND r.dialogue_id = ? AND r.started_at >= ?",
        (session_id, dialogue_id, since),
    )
    return [(r["question_id"], json.loads(r["value"])) for r in rows]


async def of_participant(db: Database, user_id: int) -> list[dict[str, Any]]:
    """The sessions a citizen joined, with their own prompt answers (for /mijngegevens)."""
    rows = await db.fetch_all(
        "SELECT s.id, s.code, s.name, s.closed_at, p.joined_at FROM session_participants p "
        "JOIN sessions s ON s.id = p.session_id WHERE p.user_id = ? ORDER BY p.joined_at, s.id",
        (user_id,),
    )
    joined: list[dict[str, Any]] = []
    for row in rows:
        answers = await db.fetch_all(
            "SELECT sp.prompt_text, a.text, a.answered_at FROM session_prompt_answers a "
            "JOIN session_pushes sp ON sp.id = a.push_id "
            "WHERE sp.session_id = ? AND a.user_id = ? ORDER BY sp.number",
            (row["id"], user_id),
        )
        joined.append(
            {
                "session": row["name"],
                "code": row["code"],
                "joined_at": row["joined_at"],
                "closed_at": row["closed_at"],
                "prompt_answers": [
                    {"prompt": a["prompt_text"], "answer": a["text"], "at": a["answered_at"]}
                    for a in answers
                ],
            }
        )
    return joined


async def delete_answers_before(db: Database, cutoff: str) -> int:
    """Retention: prompt answers older than ``cutoff`` (ISO time) are deleted."""
    return await db.execute("DELETE FROM session_prompt_answers WHERE answered_at < ?", (cutoff,))
