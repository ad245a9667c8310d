"""Small named values the bot keeps between runs (never a key: see bot/runtime/key_file.py)."""

from __future__ import annotations

from bot.storage.database import Database


async def get(db: Database, key: str) -> str | None:
    row = await db.fetch_one("SELECT value FROM app_state WHERE key = ?", (key,))
    return row["value"] if row else None


async def put(db: Database, key: str, value: str) -> None:
    await db.execute(
        "INSERT INTO app_state (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


async def claim(db: Database, key: str, value: str) -> bool:
    """Set ``key`` only if it is not set yet; True when this call set it (a one-time token)."""
    changed = await db.execute(
        "INSERT INTO app_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
        (key, value),
    )
    return changed > 0


async def delete(db: Database, key: str) -> bool:
    changed = await db.execute("DELETE FROM app_state WHERE key = ?", (key,))
    return changed > 0
