"""Sessions for which the facilitator confirmed that the school arranged the permission of
the parents of participants under 16 (``sessions.school_permission_at``)."""

from __future__ import annotations

from bot.storage.database import Database, utc_now


async def confirm(db: Database, session_id: int, facilitator_id: int) -> bool:
    """Record the confirmation on an open session of this facilitator; False otherwise (or
    when it was confirmed before)."""
    changed = await db.execute(
        "UPDATE sessions SET school_permission_at = ? WHERE id = ? AND facilitator_id = ? "
        "AND closed_at IS NULL AND school_permission_at IS NULL",
        (utc_now(), session_id, facilitator_id),
    )
    return changed > 0


async def confirmed(db: Database, session_id: int) -> bool:
    row = await db.fetch_one(
        "SELECT school_permission_at FROM sessions WHERE id = ?", (session_id,)
    )
    return row is not None and row["school_permission_at"] is not None
