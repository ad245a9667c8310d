"""Keeping answers no longer than promised (``DOETMEE_RETENTION_DAYS``)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from bot.storage import inbox, runs
from bot.storage import sessions as session_store
from bot.storage.database import Database

log = logging.getLogger("bot.retention")


async def apply(db: Database, retention_days: int, now: datetime | None = None) -> int:
    """Delete what is older than the retention period; safe to run any number of times."""
    moment = now or datetime.now(UTC)
    cutoff = (moment - timedelta(days=retention_days)).isoformat(timespec="seconds")
    removed = await runs.delete_before(db, cutoff)
    removed += await session_store.delete_answers_before(db, cutoff)
    await inbox.prune(db)
    await db.forget_deleted()
    if removed:
        log.info("retention: %d answers older than %d days deleted", removed, retention_days)
    return removed
