"""Sessions of a facilitator: participants, what was pushed to them, the dialogue runs
started through a push, and prompt answers.

Counts and answers shown to the facilitator only include participants who (still) consent,
and only answers given in the session while it was open.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Literal

from bot.storage.database import Connection, Database, utc_now

PushKind = Literal["dialogue", "prompt"]
_CONSENTING = "JOIN citizens c ON c.user_id = {table}.user_id AND c.consent_version IS NOT NULL"


@dataclass(frozen=True)
class Session:
    id: int
    code_salt: str
    """The join code is derived from it with the bot's key (:mod:`bot.sessions.codes`)."""
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
    """An answer in words: to a typed prompt, or to a text question of a pushed dialogue."""

    push_number: int
    prompt: str
    text: str
    answered_at: str
    first_name: str | None = None
    """The author's names, only to find them in the text and replace them; never shown."""
    last_name: str | None = None


@dataclass(frozen=True)
class DialogueAnswer:
    """One answer in a run started through a push (the author's names only for scrubbing)."""

    question_id: str
    value: Any
    answered_at: str
    first_name: str | None
    last_name: str | None


@dataclass(frozen=True)
class RunLink:
    """The push (and its session) a dialogue run was started through."""

    push: Push
    session: Session


def _session(row: sqlite3.Row) -> Session:
    return Session(
        row["id"],
        row["code_salt"],
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


async def _one(connection: Connection, sql: str, params: tuple[Any, ...]) -> Any:
    cursor = await connection.execute(sql, params)
    return await cursor.fetchone()


async def create(
    db: Database,
    code_salt: str,
    code_hash: str,
    name: str,
    facilitator_id: int,
    source_update_id: int | None,
) -> Session | None:
    """A new open session; the one made before by this update on a repeat; None if another
    session has the same code."""
    async with db.transaction() as connection:
        if source_update_id is not None:
            row = await _one(
                connection, "SELECT * FROM sessions WHERE source_update_id = ?", (source_update_id,)
            )
            if row is not None:
                return _session(row)
        if await _one(connection, "SELECT 1 FROM sessions WHERE code_hash = ?", (code_hash,)):
            return None
        cursor = await connection.execute(
            "INSERT INTO sessions (code_salt, code_hash, name, facilitator_id, created_at, "
            "source_update_id) VALUES (?, ?, ?, ?, ?, ?)",
            (code_salt, code_hash, name, facilitator_id, utc_now(), source_update_id),
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


async def by_code_hash(db: Database, code_hash: str) -> Session | None:
    row = await db.fetch_one("SELECT * FROM sessions WHERE code_hash = ?", (code_hash,))
    return _session(row) if row else None


async def without_code_hash(db: Database) -> list[Session]:
    """Sessions from before join codes were hashed (migration 0009), to be given a hash."""
    rows = await db.fetch_all("SELECT * FROM sessions WHERE code_hash IS NULL ORDER BY id")
    return [_session(r) for r in rows]


async def set_code(db: Database, session_id: int, code_salt: str, code_hash: str) -> bool:
    """Give a session without a hash its salt and hash; False when another session has this
    hash already (then try another salt)."""
    try:
        changed = await db.execute(
            "UPDATE sessions SET code_salt = ?, code_hash = ? WHERE id = ? AND code_hash IS NULL",
            (code_salt, code_hash, session_id),
        )
    except sqlite3.IntegrityError:
        return False
    return changed > 0


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


async def prompt_answers(db: Database, push_id: int, limit: int = -1) -> list[PromptAnswer]:
    """Answers to one prompt, newest first; the authors' names come along only for scrubbing
    (:mod:`bot.sessions.quotes`)."""
    rows = await db.fetch_all(
        "SELECT sp.number, sp.prompt_text, a.text, a.answered_at, c.first_name, c.last_name "
        "FROM session_prompt_answers a JOIN session_pushes sp ON sp.id = a.push_id "
        + _CONSENTING.format(table="a")
        + " WHERE a.push_id = ? ORDER BY a.answered_at DESC, a.rowid DESC LIMIT ?",
        (push_id, limit),
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


# dialogue runs started through a push


async def link_run(db: Database, push_id: int, run_id: int) -> None:
    """The run was started (or taken on) through this push: its answers from now on, until
    the session closes, are the session's. A run belongs to one session; a second link is
    ignored."""
    await db.execute(
        "INSERT OR IGNORE INTO session_runs (run_id, push_id, linked_at) VALUES (?, ?, ?)",
        (run_id, push_id, utc_now()),
    )


async def run_link(db: Database, run_id: int) -> RunLink | None:
    """The push and session a run was started through; None for a run of one's own."""
    row = await db.fetch_one(
        "SELECT sp.id AS push_id, sp.session_id, sp.number, sp.kind, sp.dialogue_id, "
        "sp.prompt_text, sp.pushed_at, s.* FROM session_runs sr "
        "JOIN session_pushes sp ON sp.id = sr.push_id JOIN sessions s ON s.id = sp.session_id "
        "WHERE sr.run_id = ?",
        (run_id,),
    )
    if row is None:
        return None
    push = Push(
        row["push_id"],
        row["session_id"],
        row["number"],
        row["kind"],
        row["dialogue_id"],
        row["prompt_text"],
        row["pushed_at"],
    )
    return RunLink(push, _session(row))


async def end_run(db: Database, run_id: int) -> bool:
    """The run's session has closed: the run ends where it is (its answers stay, and it does
    not count as finished), so the dialogue can be done again on one's own. False when it
    had ended already."""
    now = utc_now()
    async with db.transaction() as connection:
        cursor = await connection.execute(
            "UPDATE dialogue_runs SET status = 'finished', current_question = NULL, "
            "selection = NULL, updated_at = ?, finished_at = ? "
            "WHERE id = ? AND status != 'finished'",
            (now, now, run_id),
        )
        if cursor.rowcount:
            await connection.execute(
                "UPDATE session_runs SET ended_by_close = 1 WHERE run_id = ?", (run_id,)
            )
    return cursor.rowcount > 0


async def finished_through(db: Database, push_id: int, user_id: int) -> bool:
    """Whether the participant finished a run started through this push."""
    row = await db.fetch_one(
        "SELECT 1 FROM session_runs sr JOIN dialogue_runs r ON r.id = sr.run_id "
        "WHERE sr.push_id = ? AND r.user_id = ? AND r.status = 'finished' "
        "AND NOT sr.ended_by_close",
        (push_id, user_id),
    )
    return row is not None


_LINKED_RUNS = (
    "FROM session_runs sr JOIN dialogue_runs r ON r.id = sr.run_id "
    "JOIN session_pushes sp ON sp.id = sr.push_id JOIN sessions s ON s.id = sp.session_id "
    + _CONSENTING.format(table="r")
)


async def dialogue_progress(db: Database, push_id: int) -> tuple[int, int]:
    """(started, finished): participants who started the pushed dialogue through the push,
    and those of them who finished it while the session was open."""
    row = await db.fetch_one(
        "SELECT COUNT(DISTINCT r.user_id) AS started, COUNT(DISTINCT CASE WHEN "
        "r.status = 'finished' AND NOT sr.ended_by_close "
        "AND (s.closed_at IS NULL OR r.finished_at <= s.closed_at) "
        "THEN r.user_id END) AS finished " + _LINKED_RUNS + " WHERE sr.push_id = ?",
        (push_id,),
    )
    return (int(row["started"]), int(row["finished"])) if row else (0, 0)


async def dialogue_answers(db: Database, push_id: int) -> list[DialogueAnswer]:
    """Every answer in the runs started through the push, given after the run was linked
    and before the session closed; newest first."""
    rows = await db.fetch_all(
        "SELECT a.question_id, a.value, a.answered_at, c.first_name, c.last_name "
        + _LINKED_RUNS
        + " JOIN answers a ON a.run_id = r.id WHERE sr.push_id = ? "
        "AND a.answered_at >= sr.linked_at "
        "AND (s.closed_at IS NULL OR a.answered_at <= s.closed_at) "
        "ORDER BY a.answered_at DESC, a.rowid DESC",
        (push_id,),
    )
    return [
        DialogueAnswer(
            r["question_id"],
            json.loads(r["value"]),
            r["answered_at"],
            r["first_name"],
            r["last_name"],
        )
        for r in rows
    ]


async def of_participant(db: Database, user_id: int) -> list[dict[str, Any]]:
    """The sessions a citizen joined, with their own prompt answers (for /mijngegevens)."""
    rows = await db.fetch_all(
        "SELECT s.id, s.name, s.closed_at, p.joined_at FROM session_participants p "
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
    return await db.execute(
        "DELETE FROM session_prompt_answers WHERE answered_at < ?", (cutoff,), in_background=True
    )
