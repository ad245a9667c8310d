"""Citizens: language, consent, age band, and erasure."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from bot.storage.database import Database, utc_now


@dataclass(frozen=True)
class Citizen:
    user_id: int
    first_name: str | None
    last_name: str | None
    telegram_language: str | None
    language: str | None
    consent_version: int | None
    consent_at: str | None
    age_band: str | None
    pending_start: str | None
    active: bool
    created_at: str
    awaiting: str | None = None
    wants_announcements: bool = False
    last_seen_at: str | None = None
    permission: str | None = None
    """On what ground they take part: 'own', 'guardian' or 'school'
    (:mod:`bot.people.participation`)."""

    @property
    def has_consent(self) -> bool:
        return self.consent_version is not None


def _citizen(row: sqlite3.Row) -> Citizen:
    return Citizen(
        user_id=row["user_id"],
        first_name=row["first_name"],
        last_name=row["last_name"],
        telegram_language=row["telegram_language"],
        language=row["language"],
        consent_version=row["consent_version"],
        consent_at=row["consent_at"],
        age_band=row["age_band"],
        pending_start=row["pending_start"],
        active=bool(row["active"]),
        created_at=row["created_at"],
        awaiting=row["awaiting"],
        wants_announcements=bool(row["wants_announcements"]),
        last_seen_at=row["last_seen_at"],
        permission=row["permission"],
    )


async def get(db: Database, user_id: int) -> Citizen | None:
    row = await db.fetch_one("SELECT * FROM citizens WHERE user_id = ?", (user_id,))
    return _citizen(row) if row else None


async def seen(db: Database, user_id: int, telegram_language: str | None) -> Citizen:
    """Record that a user wrote to us (creating the row once) and return them.

    Called for every update, so it only writes when something changed, or once a day to
    record the day of their latest message (for the retention of silent accounts).
    """
    known = await get(db, user_id)
    now = utc_now()
    if (
        known is not None
        and known.active
        and known.telegram_language == telegram_language
        and (known.last_seen_at or "")[:10] == now[:10]
    ):
        return known
    async with db.transaction() as connection:
        await connection.execute(
            """
            INSERT INTO citizens (user_id, telegram_language, created_at, updated_at, last_seen_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE SET
                telegram_language = excluded.telegram_language,
                active = 1,
                updated_at = excluded.updated_at,
                last_seen_at = excluded.last_seen_at
            """,
            (user_id, telegram_language, now, now, now),
        )
        cursor = await connection.execute("SELECT * FROM citizens WHERE user_id = ?", (user_id,))
        row = await cursor.fetchone()
    assert row is not None
    return _citizen(row)


async def set_language(db: Database, user_id: int, language: str) -> None:
    await db.execute(
        "UPDATE citizens SET language = ?, updated_at = ? WHERE user_id = ?",
        (language, utc_now(), user_id),
    )


async def set_awaiting(db: Database, user_id: int, awaiting: str | None) -> None:
    """What the citizen's next typed message is for (None: the current dialogue, if any)."""
    await db.execute(
        "UPDATE citizens SET awaiting = ?, updated_at = ? WHERE user_id = ?",
        (awaiting, utc_now(), user_id),
    )


async def set_pending_start(db: Database, user_id: int, payload: str | None) -> None:
    await db.execute(
        "UPDATE citizens SET pending_start = ?, updated_at = ? WHERE user_id = ?",
        (payload, utc_now(), user_id),
    )


async def give_consent(
    db: Database,
    user_id: int,
    version: int,
    first_name: str | None,
    last_name: str | None,
    *,
    age_band: str | None = None,
    permission: str | None = None,
) -> bool:
    """Record consent (with the age band and the ground of the permission, when known);
    False when consent to this version was given already (a second tap changes nothing)."""
    now = utc_now()
    async with db.transaction() as connection:
        cursor = await connection.execute(
            """UPDATE citizens SET consent_version = ?, consent_at = ?, first_name = ?,
               last_name = ?, age_band = COALESCE(?, age_band), permission = ?, updated_at = ?
               WHERE user_id = ? AND (consent_version IS NULL OR consent_version < ?)""",
            (version, now, first_name, last_name, age_band, permission, now, user_id, version),
        )
        if cursor.rowcount == 0:
            return False
        cursor = await connection.execute(
            "SELECT age_band FROM citizens WHERE user_id = ?", (user_id,)
        )
        row = await cursor.fetchone()
        await connection.execute(
            "INSERT INTO consent_events (user_id, version, given, at, age_band, permission) "
            "VALUES (?, ?, 1, ?, ?, ?)",
            (user_id, version, now, row["age_band"] if row else None, permission),
        )
    return True


async def widen_to_guardian(db: Database, user_id: int, version: int) -> bool:
    """Someone under 16 who takes part on the school's permission adds a parent's or
    guardian's: recorded as a consent event of its own (the proof); False when it was
    already added (a second tap changes nothing)."""
    now = utc_now()
    async with db.transaction() as connection:
        cursor = await connection.execute(
            "UPDATE citizens SET permission = 'guardian', updated_at = ? "
            "WHERE user_id = ? AND permission = 'school' AND consent_version = ?",
            (now, user_id, version),
        )
        if cursor.rowcount == 0:
            return False
        await connection.execute(
            "INSERT INTO consent_events (user_id, version, given, at, age_band, permission) "
            "SELECT user_id, ?, 1, ?, age_band, 'guardian' FROM citizens WHERE user_id = ?",
            (version, now, user_id),
        )
    return True


async def set_age_band(db: Database, user_id: int, age_band: str) -> None:
    await db.execute(
        "UPDATE citizens SET age_band = ?, updated_at = ? WHERE user_id = ?",
        (age_band, utc_now(), user_id),
    )


async def set_age_band_once(db: Database, user_id: int, age_band: str) -> bool:
    """Store the age band unless one is known already (it is asked once); False then."""
    changed = await db.execute(
        "UPDATE citizens SET age_band = ?, updated_at = ? WHERE user_id = ? AND age_band IS NULL",
        (age_band, utc_now(), user_id),
    )
    return changed > 0


async def mark_inactive(db: Database, user_id: int) -> None:
    """The citizen blocked the bot: stop writing to them until they write again."""
    await db.execute(
        "UPDATE citizens SET active = 0, updated_at = ? WHERE user_id = ?", (utc_now(), user_id)
    )


async def consent_events(db: Database, user_id: int) -> list[dict[str, object]]:
    rows = await db.fetch_all(
        "SELECT version, given, at, age_band, permission FROM consent_events "
        "WHERE user_id = ? ORDER BY id",
        (user_id,),
    )
    return [
        {
            "version": r["version"],
            "given": bool(r["given"]),
            "at": r["at"],
            "age_band": r["age_band"],
            "permission": r["permission"],
        }
        for r in rows
    ]


_NOT_STAFF_ACTIONS = "('refused')"
"""Audit rows that are not actions of a role holder: refused attempts are erased with the
person; every other row of theirs is an action as staff or facilitator."""


async def has_staff_actions(db: Database, user_id: int) -> bool:
    """Whether erasing this person keeps audit rows of their actions (under a pseudonym)."""
    row = await db.fetch_one(
        f"SELECT 1 FROM audit_log WHERE actor_id = ? AND action NOT IN {_NOT_STAFF_ACTIONS}",
        (user_id,),
    )
    return row is not None


async def erase(db: Database, user_id: int, actor_pseudonym: str) -> None:
    """Erase everything stored about the citizen, in one transaction.

    Rows that belong to the citizen are removed through ``ON DELETE CASCADE``, and so are the
    messages queued or sent to them; the raw updates they sent keep only their ``update_id``
    (so a repeated delivery of an old update is still recognised and not processed again).
    Their actions as staff or facilitator stay in the audit log with ``actor_pseudonym``
    instead of their Telegram id (also where a row names them as the one given a role).
    """
    async with db.transaction() as connection:
        await connection.execute("DELETE FROM citizens WHERE user_id = ?", (user_id,))
        await connection.execute(
            f"DELETE FROM audit_log WHERE actor_id = ? AND action IN {_NOT_STAFF_ACTIONS}",
            (user_id,),
        )
        await connection.execute(
            "UPDATE audit_log SET actor_id = NULL, actor_pseudonym = ? WHERE actor_id = ?",
            (actor_pseudonym, user_id),
        )
        await connection.execute(
            "UPDATE audit_log SET detail = ? WHERE action IN ('staff_add', 'staff_remove') "
            "AND detail = ?",
            (actor_pseudonym, str(user_id)),
        )
        await connection.execute(
            "UPDATE ideas SET decided_by = NULL WHERE decided_by = ?", (user_id,)
        )
        await connection.execute(
            "UPDATE announcements SET created_by = 0 WHERE created_by = ?", (user_id,)
        )
        await connection.execute("DELETE FROM roles WHERE user_id = ?", (user_id,))
        await connection.execute(
            "DELETE FROM role_invites WHERE created_by = ? OR redeemed_by = ?", (user_id, user_id)
        )
        await connection.execute("DELETE FROM outbox WHERE chat_id = ?", (user_id,))
        await connection.execute(
            "UPDATE inbox SET payload = NULL, chat_id = NULL "
            "WHERE chat_id = ? AND done_at IS NOT NULL",
            (user_id,),
        )
        await connection.execute(
            "INSERT INTO audit_log (at, actor_id, action, detail) VALUES (?, NULL, ?, '')",
            (utc_now(), "citizen_erased"),
        )
