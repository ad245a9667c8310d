"""Events and who asked to be reminded of them; also the reminder rows of the outbox.

Times are UTC ISO text (``2026-12-03T18:30:00+00:00``, as :func:`utc_now` writes them), so
they compare correctly as text.

The outbox functions at the end (:func:`pending_outbox`, :func:`delete_pending`,
:func:`replace_pending`) are the one place outside :mod:`bot.storage.outbox` that touches the
``outbox`` table: reminders are queued through :func:`bot.messaging.outbox.queue`, but when a
citizen unsubscribes or an event is cancelled or moved, its *unsent* reminders must go or change.
They only ever touch rows that were not sent (``sent_at IS NULL``) and did not fail, chosen by
the prefix of their ``dedupe_key`` (``reminder:<event>:`` or ``reminder:<event>:<user>:``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import astuple, dataclass, fields
from datetime import datetime
from typing import Literal

from bot.storage.database import Database, utc_now

Change = Literal["added", "updated", "moved", "unchanged"]


@dataclass(frozen=True)
class EventData:
    """What an import file says about an event."""

    id: str
    kind: str
    title_nl: str
    title_en: str | None
    description_nl: str
    description_en: str | None
    place: str
    starts_at: str
    ends_at: str | None

    def title(self, locale: str | None) -> str:
        return (self.title_en if locale == "en" else None) or self.title_nl

    def description(self, locale: str | None) -> str:
        return (self.description_en if locale == "en" else None) or self.description_nl

    @property
    def start(self) -> datetime:
        return datetime.fromisoformat(self.starts_at)

    @property
    def end(self) -> datetime | None:
        return datetime.fromisoformat(self.ends_at) if self.ends_at else None


@dataclass(frozen=True)
class Event(EventData):
    cancelled_at: str | None = None
    updated_at: str = ""

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None

    def data(self) -> EventData:
        return EventData(*astuple(self)[: len(DATA_FIELDS)])


DATA_FIELDS = tuple(f.name for f in fields(EventData))
_COLUMNS = ", ".join((*DATA_FIELDS, "cancelled_at", "updated_at"))


@dataclass(frozen=True)
class Subscriber:
    user_id: int
    language: str | None
    telegram_language: str | None
    consent_version: int | None


def _event(row: sqlite3.Row) -> Event:
    return Event(**{key: row[key] for key in (*DATA_FIELDS, "cancelled_at", "updated_at")})


async def get(db: Database, event_id: str) -> Event | None:
    row = await db.fetch_one(f"SELECT {_COLUMNS} FROM events WHERE id = ?", (event_id,))
    return _event(row) if row else None


async def upsert(db: Database, data: EventData) -> Change:
    """Insert or update by id; ``moved`` when the start time changed. Never un-cancels."""
    now = utc_now()
    async with db.transaction() as connection:
        cursor = await connection.execute(f"SELECT {_COLUMNS} FROM events WHERE id = ?", (data.id,))
        row = await cursor.fetchone()
        if row is None:
            await connection.execute(
                f"INSERT INTO events ({', '.join(DATA_FIELDS)}, created_at, updated_at) "
                f"VALUES ({', '.join('?' * len(DATA_FIELDS))}, ?, ?)",
                (*astuple(data), now, now),
            )
            return "added"
        old = _event(row).data()
        if old == data:
            return "unchanged"
        assignments = ", ".join(f"{name} = ?" for name in DATA_FIELDS[1:])
        await connection.execute(
            f"UPDATE events SET {assignments}, updated_at = ? WHERE id = ?",
            (*astuple(data)[1:], now, data.id),
        )
    return "moved" if old.starts_at != data.starts_at else "updated"


async def upcoming(db: Database, after: str, limit: int = 50, offset: int = 0) -> list[Event]:
    """Events not cancelled that start after ``after``, soonest first."""
    rows = await db.fetch_all(
        f"SELECT {_COLUMNS} FROM events WHERE cancelled_at IS NULL AND starts_at > ? "
        "ORDER BY starts_at, id LIMIT ? OFFSET ?",
        (after, limit, offset),
    )
    return [_event(r) for r in rows]


async def starting_after(
    db: Database, after: str, limit: int = 50, offset: int = 0
) -> list[tuple[Event, int]]:
    """Events (also cancelled ones) that start after ``after``, with their subscriber count."""
    rows = await db.fetch_all(
        f"SELECT {_COLUMNS}, (SELECT COUNT(*) FROM event_subscriptions s "
        "WHERE s.event_id = events.id) AS subscribers FROM events WHERE starts_at > ? "
        "ORDER BY starts_at, id LIMIT ? OFFSET ?",
        (after, limit, offset),
    )
    return [(_event(r), int(r["subscribers"])) for r in rows]


async def cancel(db: Database, event_id: str) -> bool:
    """Mark the event cancelled; False when it was already cancelled (or does not exist)."""
    now = utc_now()
    changed = await db.execute(
        "UPDATE events SET cancelled_at = ?, updated_at = ? WHERE id = ? AND cancelled_at IS NULL",
        (now, now, event_id),
    )
    return changed > 0


async def subscribe(db: Database, event_id: str, user_id: int) -> bool:
    """False when the citizen was subscribed already."""
    changed = await db.execute(
        "INSERT OR IGNORE INTO event_subscriptions (event_id, user_id, created_at) "
        "VALUES (?, ?, ?)",
        (event_id, user_id, utc_now()),
    )
    return changed > 0


async def unsubscribe(db: Database, event_id: str, user_id: int) -> bool:
    """False when the citizen was not subscribed."""
    changed = await db.execute(
        "DELETE FROM event_subscriptions WHERE event_id = ? AND user_id = ?", (event_id, user_id)
    )
    return changed > 0


async def unsubscribe_all(db: Database, user_id: int) -> list[str]:
    """End every subscription of the citizen; returns the event ids."""
    async with db.transaction() as connection:
        cursor = await connection.execute(
            "SELECT event_id FROM event_subscriptions WHERE user_id = ?", (user_id,)
        )
        ended = sorted(r["event_id"] for r in await cursor.fetchall())
        await connection.execute("DELETE FROM event_subscriptions WHERE user_id = ?", (user_id,))
    return ended


async def is_subscribed(db: Database, event_id: str, user_id: int) -> bool:
    row = await db.fetch_one(
        "SELECT 1 FROM event_subscriptions WHERE event_id = ? AND user_id = ?", (event_id, user_id)
    )
    return row is not None


async def subscribed_ids(db: Database, user_id: int) -> set[str]:
    rows = await db.fetch_all(
        "SELECT event_id FROM event_subscriptions WHERE user_id = ?", (user_id,)
    )
    return {r["event_id"] for r in rows}


async def subscribers(db: Database, event_id: str, user_id: int | None = None) -> list[Subscriber]:
    """Who subscribed to the event (only ``user_id``, when given), with their language."""
    rows = await db.fetch_all(
        "SELECT c.user_id, c.language, c.telegram_language, c.consent_version "
        "FROM event_subscriptions s JOIN citizens c ON c.user_id = s.user_id "
        "WHERE s.event_id = ? AND (? IS NULL OR s.user_id = ?) ORDER BY s.created_at, c.user_id",
        (event_id, user_id, user_id),
    )
    return [
        Subscriber(r["user_id"], r["language"], r["telegram_language"], r["consent_version"])
        for r in rows
    ]


async def subscriptions_of(db: Database, user_id: int) -> list[tuple[Event, str]]:
    """The citizen's subscriptions: (event, subscribed at), by start time."""
    rows = await db.fetch_all(
        f"SELECT {', '.join('e.' + c for c in _COLUMNS.split(', '))}, s.created_at AS since "
        "FROM event_subscriptions s JOIN events e ON e.id = s.event_id "
        "WHERE s.user_id = ? ORDER BY e.starts_at, e.id",
        (user_id,),
    )
    return [(_event(r), r["since"]) for r in rows]


# The outbox rows of reminders (see the module docstring).


async def pending_outbox(db: Database, key_prefix: str) -> dict[str, int]:
    """Unsent, not failed outbox rows whose dedupe key starts with ``key_prefix``: key → id."""
    rows = await db.fetch_all(
        "SELECT id, dedupe_key FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL "
        "AND substr(dedupe_key, 1, ?) = ?",
        (len(key_prefix), key_prefix),
    )
    return {r["dedupe_key"]: r["id"] for r in rows}


async def delete_pending(db: Database, ids: Iterable[int]) -> int:
    """Remove these outbox rows, unless they were sent in the meantime."""
    wanted = list(ids)
    if not wanted:
        return 0
    marks = ", ".join("?" * len(wanted))
    return await db.execute(f"DELETE FROM outbox WHERE sent_at IS NULL AND id IN ({marks})", wanted)


async def replace_pending(db: Database, dedupe_key: str, reply: str) -> bool:
    """Give an unsent outbox row new content (the event's title or place changed)."""
    changed = await db.execute(
        "UPDATE outbox SET reply = ? WHERE dedupe_key = ? AND sent_at IS NULL "
        "AND failed_at IS NULL",
        (reply, dedupe_key),
    )
    return changed > 0
