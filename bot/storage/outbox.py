"""The outbox: messages to send later or to many people, each delivered once."""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.database import Database, utc_now


@dataclass(frozen=True)
class OutgoingMessage:
    id: int
    chat_id: int
    reply: str
    attempts: int


async def enqueue(
    db: Database,
    chat_id: int,
    reply: str,
    dedupe_key: str | None = None,
    not_before: str | None = None,
    broadcast_id: int | None = None,
) -> bool:
    """Queue a message (one of a broadcast's, with ``broadcast_id``); False when a message
    with this ``dedupe_key`` was queued before."""
    now = utc_now()
    changed = await db.execute(
        "INSERT OR IGNORE INTO outbox "
        "(chat_id, reply, dedupe_key, created_at, not_before, broadcast_id) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (chat_id, reply, dedupe_key, now, not_before or now, broadcast_id),
    )
    return changed > 0


async def due(db: Database, limit: int = 50) -> list[OutgoingMessage]:
    rows = await db.fetch_all(
        "SELECT id, chat_id, reply, attempts FROM outbox "
        "WHERE sent_at IS NULL AND failed_at IS NULL AND not_before <= ? "
        "ORDER BY not_before, id LIMIT ?",
        (utc_now(), limit),
    )
    return [OutgoingMessage(r["id"], r["chat_id"], r["reply"], r["attempts"]) for r in rows]


async def mark_sent(db: Database, message_id: int) -> None:
    """Sent: the text is no longer needed (Telegram has it) and is dropped; the row and its
    ``dedupe_key`` stay, so it is never sent again."""
    await db.execute(
        "UPDATE outbox SET sent_at = ?, reply = '', attempts = attempts + 1 WHERE id = ?",
        (utc_now(), message_id),
    )


async def mark_retry(db: Database, message_id: int, not_before: str, error: str) -> None:
    await db.execute(
        "UPDATE outbox SET attempts = attempts + 1, not_before = ?, error = ? WHERE id = ?",
        (not_before, error[:200], message_id),
    )


async def mark_failed(db: Database, message_id: int, error: str, *, blocked: bool = False) -> None:
    """Given up (``blocked``: the person blocked the bot; or Telegram refused it, …): the text
    is dropped as after sending."""
    await db.execute(
        "UPDATE outbox SET attempts = attempts + 1, failed_at = ?, reply = '', error = ?, "
        "blocked = ? WHERE id = ?",
        (utc_now(), error[:200], int(blocked), message_id),
    )


async def waiting_for(db: Database, chat_id: int) -> list[tuple[str, str]]:
    """(not before, reply JSON) of the messages still to be sent to ``chat_id``."""
    rows = await db.fetch_all(
        "SELECT not_before, reply FROM outbox "
        "WHERE chat_id = ? AND sent_at IS NULL AND failed_at IS NULL ORDER BY not_before, id",
        (chat_id,),
    )
    return [(r["not_before"], r["reply"]) for r in rows]


async def pending_count(db: Database) -> int:
    row = await db.fetch_one(
        "SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL"
    )
    return int(row["n"]) if row else 0
