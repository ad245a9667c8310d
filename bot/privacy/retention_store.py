"""The SQL of the retention job: each kind of personal data removed after its period.
Each reads a whole table by time, so it runs ``in_background``: the bot keeps answering."""

from __future__ import annotations

from bot.storage.database import Database


async def delete_sessions_before(db: Database, cutoff: str) -> int:
    """Sessions closed (or, still open, created) before ``cutoff``: with who joined, what was
    pushed and the answers."""
    return await db.execute(
        "DELETE FROM sessions WHERE COALESCE(closed_at, created_at) < ?",
        (cutoff,),
        in_background=True,
    )


async def delete_ideas_before(db: Database, cutoff: str) -> int:
    """Ideas sent before ``cutoff`` (with their support), older support, and old drafts."""
    async with db.transaction(in_background=True) as connection:
        removed = (
            await connection.execute("DELETE FROM ideas WHERE created_at < ?", (cutoff,))
        ).rowcount
        removed += (
            await connection.execute("DELETE FROM idea_support WHERE created_at < ?", (cutoff,))
        ).rowcount
        await connection.execute("DELETE FROM idea_drafts WHERE updated_at < ?", (cutoff,))
    return removed


async def delete_subscriptions_of_events_before(db: Database, cutoff: str) -> int:
    """Reminder subscriptions of events that ended (or, without an end, started) before
    ``cutoff``."""
    return await db.execute(
        "DELETE FROM event_subscriptions WHERE event_id IN "
        "(SELECT id FROM events WHERE COALESCE(ends_at, starts_at) < ?)",
        (cutoff,),
        in_background=True,
    )


async def silent_since(db: Database, cutoff: str) -> list[int]:
    """Citizens whose latest message was before ``cutoff``."""
    rows = await db.fetch_all(
        "SELECT user_id FROM citizens WHERE COALESCE(last_seen_at, updated_at) < ? "
        "ORDER BY user_id",
        (cutoff,),
        in_background=True,
    )
    return [row["user_id"] for row in rows]


async def delete_uncovered_consent_records(db: Database) -> int:
    """Consent records that cover no data any more: everything up to a citizen's latest
    withdrawal (withdrawing erased what that consent covered)."""
    return await db.execute(
        "DELETE FROM consent_events WHERE id <= (SELECT MAX(w.id) FROM consent_events w "
        "WHERE w.user_id = consent_events.user_id AND w.given = 0)",
        in_background=True,
    )


async def delete_audit_before(db: Database, cutoff: str) -> int:
    return await db.execute("DELETE FROM audit_log WHERE at < ?", (cutoff,), in_background=True)
