"""The audit log: who did what, for staff actions and refused attempts."""

from __future__ import annotations

from bot.storage.database import Database, utc_now


async def record(db: Database, actor_id: int | None, action: str, detail: str = "") -> None:
    await db.execute(
        "INSERT INTO audit_log (at, actor_id, action, detail) VALUES (?, ?, ?, ?)",
        (utc_now(), actor_id, action, detail),
    )


async def entries(db: Database, actor_id: int | None = None) -> list[dict[str, object]]:
    if actor_id is None:
        rows = await db.fetch_all("SELECT * FROM audit_log ORDER BY id")
    else:
        rows = await db.fetch_all(
            "SELECT * FROM audit_log WHERE actor_id = ? ORDER BY id", (actor_id,)
        )
    return [
        {"at": r["at"], "actor_id": r["actor_id"], "action": r["action"], "detail": r["detail"]}
        for r in rows
    ]
