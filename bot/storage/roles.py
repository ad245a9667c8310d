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


async def create_invite(
    db: Database, code: str, role: Role, created_by: int, expires_at: str
) -> None:
    await db.execute(
        "INSERT INTO role_invites (code, role, created_by, created_at, expires_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (code, role, created_by, utc_now(), expires_at),
    )


async def redeem_invite(db: Database, code: str, user_id: int, now: str) -> Role | None:
    """Grant the invite's role to ``user_id`` if it is valid; None if unknown, used or expired.

    Redeeming the same invite again by the same person (a repeated update) answers with the
    role as long as they still have it; once the role is taken away, the old link gives
    nothing back.
    """
    async with db.transaction() as connection:
        cursor = await connection.execute(
            "SELECT role, expires_at, redeemed_by FROM role_invites WHERE code = ?", (code,)
        )
        row = await cursor.fetchone()
        if row is None or row["expires_at"] < now:
            return None
        if row["redeemed_by"] not in (None, user_id):
            return None
        if row["redeemed_by"] == user_id:
            cursor = await connection.execute(
                "SELECT 1 FROM roles WHERE user_id = ? AND role = ?", (user_id, row["role"])
            )
            return row["role"] if await cursor.fetchone() is not None else None
        role: Role = row["role"]
        await connection.execute(
            "UPDATE role_invites SET redeemed_by = ?, redeemed_at = COALESCE(redeemed_at, ?) "
            "WHERE code = ?",
            (user_id, now, code),
        )
        await connection.execute(
            "INSERT OR IGNORE INTO roles (user_id, role, added_at, added_by) VALUES (?, ?, ?, ?)",
            (user_id, role, now, f"invite {code[:4]}…"),
        )
        await connection.execute(
            "INSERT INTO audit_log (at, actor_id, action, detail) "
            "VALUES (?, ?, 'role_redeemed', ?)",
            (now, user_id, role),
        )
    return role


async def of_user(db: Database, user_id: int) -> list[dict[str, str]]:
    rows = await db.fetch_all(
        "SELECT role, added_at, added_by FROM roles WHERE user_id = ? ORDER BY role", (user_id,)
    )
    return [{"role": r["role"], "added_at": r["added_at"], "added_by": r["added_by"]} for r in rows]
