"""The daily backup (``DOETMEE_BACKUP_DIR``): a fresh copy of the database, 0600, without the
key, in a folder of its own (0700); copies older than ``DOETMEE_BACKUP_KEEP`` days go.

A JobQueue job looks every :data:`CHECK_INTERVAL` seconds whether the last backup (recorded in
the database) is older than :data:`DUE_AFTER`; a restart does not make an extra copy, and a
failed copy (a full disk) is tried again at the next check.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from telegram.ext import Application

from bot.config import Settings
from bot.storage import backup, status
from bot.storage.database import Database

log = logging.getLogger("bot.backup")

CHECK_INTERVAL = 15 * 60
FIRST_CHECK = 5.0
"""Seconds after start-up: a bot that was down when its backup was due makes it now."""
DUE_AFTER = timedelta(days=1) - timedelta(seconds=CHECK_INTERVAL)
NAME = re.compile(r"^doetmee-(\d{8}T\d{6}Z)\.sqlite3$")
STAMP = "%Y%m%dT%H%M%SZ"


def file_name(moment: datetime) -> str:
    return f"doetmee-{moment.astimezone(UTC).strftime(STAMP)}.sqlite3"


async def make(db: Database, folder: Path, keep_days: int, now: datetime | None = None) -> Path:
    """Write a backup into ``folder`` now, record it, and remove the ones past keeping."""
    now = now or datetime.now(UTC)
    target = _new_file(folder, now)
    await backup.write(db, target)
    await status.record_backup(db, now, str(target))
    prune(folder, keep_days, now)
    return target


def _new_file(folder: Path, now: datetime) -> Path:
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder / file_name(now)


def prune(folder: Path, keep_days: int, now: datetime) -> None:
    for old in expired(folder, keep_days, now):
        old.unlink(missing_ok=True)
        log.info("backup %s removed (older than %s days)", old.name, keep_days)


def expired(folder: Path, keep_days: int, now: datetime) -> list[Path]:
    """Backups in ``folder`` older than ``keep_days`` days; never the newest one."""
    dated = sorted(
        (datetime.strptime(match.group(1), STAMP).replace(tzinfo=UTC), path)
        for path in folder.iterdir()
        if (match := NAME.match(path.name))
    )
    limit = now - timedelta(days=keep_days)
    return [path for moment, path in dated[:-1] if moment < limit]


async def due(db: Database, now: datetime | None = None) -> bool:
    last = await status.last_backup(db)
    return last is None or (now or datetime.now(UTC)) - last.at >= DUE_AFTER


def schedule(
    application: Application[Any, Any, Any, Any, Any, Any], settings: Settings, db: Database
) -> None:
    """When ``DOETMEE_BACKUP_DIR`` is set: check shortly after start and then regularly."""
    folder = settings.backup_dir
    if folder is None:
        return

    async def job(_context: object) -> None:
        if not await due(db):
            return
        try:
            target = await make(db, folder, settings.backup_keep_days)
        except Exception as error:
            log.error("the daily backup into %s failed (%s); trying again later", folder, error)
            return
        log.info("daily backup written: %s", target)

    assert application.job_queue is not None
    application.job_queue.run_repeating(
        job,
        interval=CHECK_INTERVAL,
        first=FIRST_CHECK,
        name="backup",
        job_kwargs={"max_instances": 1, "coalesce": True},
    )
