"""Small named values the bot keeps between runs (the export secret, the poll offset)."""

from __future__ import annotations

import secrets

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


async def secret(db: Database, configured: str | None) -> str:
    """The configured secret, else the one generated and stored on the first run."""
    if configured:
        return configured
    stored = await get(db, "secret")
    if stored:
        return stored
    generated = secrets.token_urlsafe(32)
    await db.execute(
        "INSERT OR IGNORE INTO app_state (key, value) VALUES ('secret', ?)", (generated,)
    )
    stored = await get(db, "secret")
    assert stored is not None
    return stored
