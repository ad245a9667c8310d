"""Roles granted in the database (staff from DOETMEE_STAFF are added by the caller), and
invitations to a role. An invitation's code is stored only as its SHA-256."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.storage.database import Database, sha256_hex, utc_now

Role = Literal["staff", "facilitator"]


@dataclass(frozen=True)
class Holder:
    user_id: int
    role: Role
    name: str | None
    added_at: str
    added_by: str


@dataclass(frozen=True)
class Invitation:
    id: int
    role: Role
    created_by: int
    created_at: str
    expires_at: str


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


async def revoke_with_notice(
    db: Database,
    user_id: int,
    role: Role,
    actor_id: int | None,
    notice: str | None,
    dedupe_key: str,
) -> bool:
    """Take ``role`` away and, in the same transaction, record it in the audit log and queue
    ``notice`` (a Reply as JSON, with the person's new command menu; None: no message) in the
    outbox. False, and nothing else happens, when they did not have the role."""
    now = utc_now()
    async with db.transaction() as connection:
        cursor = await connection.execute(
            "DELETE FROM roles WHERE user_id = ? AND role = ?", (user_id, role)
        )
        if cursor.rowcount == 0:
            return False
        await connection.execute(
            "INSERT INTO audit_log (at, actor_id, action, detail) VALUES (?, ?, 'role_revoked', ?)",
            (now, actor_id, f"{role} {user_id}"),
        )
        if notice is not None:
            await connection.execute(
                "INSERT OR IGNORE INTO outbox "
                "(chat_id, reply, dedupe_key, created_at, not_before) VALUES (?, ?, ?, ?, ?)",
                (user_id, notice, dedupe_key, now, now),
            )
    return True


async def has_role(db: Database, user_id: int, role: Role) -> bool:
    row = await db.fetch_one("SELECT 1 FROM roles WHERE user_id = ? AND role = ?", (user_id, role))
    return row is not None


async def members(db: Database, role: Role) -> list[int]:
    rows = await db.fetch_all("SELECT user_id FROM roles WHERE role = ? ORDER BY user_id", (role,))
    return [r["user_id"] for r in rows]


async def holders(db: Database) -> list[Holder]:
    """Everyone with a role in the database, by role, then name."""
    rows = await db.fetch_all(
        "SELECT user_id, role, name, added_at, added_by FROM roles "
        "ORDER BY role, name IS NULL, name COLLATE NOCASE, user_id"
    )
    return [Holder(r["user_id"], r["role"], r["name"], r["added_at"], r["added_by"]) for r in rows]


async def name_of(db: Database, user_id: int) -> str | None:
    """The name remembered for a role holder, if any."""
    row = await db.fetch_one(
        "SELECT name FROM roles WHERE user_id = ? AND name IS NOT NULL LIMIT 1", (user_id,)
    )
    return row["name"] if row is not None else None


async def remember_name(db: Database, user_id: int, name: str) -> None:
    """The name a role holder has on Telegram now (nothing changes for others)."""
    await db.execute(
        "UPDATE roles SET name = ? WHERE user_id = ? AND name IS NOT ?", (name, user_id, name)
    )


async def create_invite(
    db: Database, code: str, role: Role, created_by: int, expires_at: str
) -> int:
    """Store an invitation (only the hash of ``code``); returns its number."""
    async with db.transaction() as connection:
        cursor = await connection.execute(
            "INSERT INTO role_invites (code_hash, role, created_by, created_at, expires_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (sha256_hex(code), role, created_by, utc_now(), expires_at),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid


async def open_invites(db: Database, now: str) -> list[Invitation]:
    """Invitations not used yet and not expired, oldest first."""
    rows = await db.fetch_all(
        "SELECT id, role, created_by, created_at, expires_at FROM role_invites "
        "WHERE redeemed_by IS NULL AND expires_at >= ? ORDER BY id",
        (now,),
    )
    return [
        Invitation(r["id"], r["role"], r["created_by"], r["created_at"], r["expires_at"])
        for r in rows
    ]


async def invite_by_code(db: Database, code: str) -> Invitation | None:
    row = await db.fetch_one(
        "SELECT id, role, created_by, created_at, expires_at FROM role_invites WHERE code_hash = ?",
        (sha256_hex(code),),
    )
    if row is None:
        return None
    return Invitation(
        row["id"], row["role"], row["created_by"], row["created_at"], row["expires_at"]
    )


async def cancel_invite(db: Database, invite_id: int) -> Role | None:
    """Delete an unused invitation; its role, or None when there is no such unused one."""
    row = await db.fetch_one(
        "DELETE FROM role_invites WHERE id = ? AND redeemed_by IS NULL RETURNING role",
        (invite_id,),
    )
    return row["role"] if row is not None else None


async def redeem_invite(
    db: Database, code: str, user_id: int, now: str, name: str | None = None
) -> Role | None:
    """Grant the invite's role to ``user_id`` if it is valid; None if unknown, used or expired.

    Redeeming the same invite again by the same person (a repeated update) answers with the
    role as long as they still have it; once the role is taken away, the old link gives
    nothing back.
    """
    code_hash = sha256_hex(code)
    async with db.transaction() as connection:
        cursor = await connection.execute(
            "SELECT id, role, expires_at, redeemed_by FROM role_invites WHERE code_hash = ?",
            (code_hash,),
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
            "WHERE id = ?",
            (user_id, now, row["id"]),
        )
        await connection.execute(
            "INSERT OR IGNORE INTO roles (user_id, role, added_at, added_by, name) "
            "VALUES (?, ?, ?, ?, ?)",
            (user_id, role, now, f"invitation {row['id']}", name),
        )
        await connection.execute(
            "INSERT INTO audit_log (at, actor_id, action, detail) "
            "VALUES (?, ?, 'role_redeemed', ?)",
            (now, user_id, role),
        )
    return role


async def of_user(db: Database, user_id: int) -> list[dict[str, str]]:
    rows = await db.fetch_all(
        "SELECT role, name, added_at, added_by FROM roles WHERE user_id = ? ORDER BY role",
        (user_id,),
    )
    return [
        {
            "role": r["role"],
            "name": r["name"] or "",
            "added_at": r["added_at"],
            "added_by": r["added_by"],
        }
        for r in rows
    ]
