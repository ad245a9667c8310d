"""Roles granted in the database (staff from DOETMEE_STAFF are added by the caller)."""

from __future__ import annotations

from typing import Literal

from bot.storage.database import Database, utc_now

Role = Literal["staff", "facilitator"]


async def grant(db: Database, user_id: int, role: Role, added_by: str) -> bool:
    """Grant a role; False when the user already had it."""
    changed = await db.execute(
        "INSERT OR IGNORE INTO roles (user_id, role, added_at, added_by) VALUES (?, ?, ?, ?)",
        (user_id, role, utc_now(), added_by),
    )
    return changed > 0


async def revoke(db: Database, user_id: int, role: Role) -> bool:
    changed = await db.execute("DELETE FROM roles WHERE user_id = ? AND role = ?", (user_id, role))
    return changed > 0


async def has_role(db: Database, user_id: int, role: Role) -> bool:
    row = await db.fetch_one("SELECT 1 FROM roles WHERE user_id = ? AND role = ?", (user_id, role))
    return row is not None


async def members(db: Database, role: Role) -> list[int]:
    rows = await db.fetch_all("SELECT user_id FROM roles WHERE role = ? ORDER BY user_id", (role,))
    return [r["user_id"] for r in rows]
