"""``doetmee backup``: a consistent copy of the database, with nothing erased left in it."""

from __future__ import annotations

import os
from pathlib import Path

from bot.storage.database import OWNER_ONLY, Database


async def write(db: Database, target: Path) -> None:
    """Copy the live rows to the new file ``target`` (0600) with ``VACUUM INTO``: the copy is
    built afresh, so it holds no free pages and no remnants of erased rows, and it is
    consistent while the bot goes on writing. Raises ``FileExistsError`` if ``target``
    exists; a failed copy leaves no file behind."""
    _reserve(target)
    try:
        await db.execute("VACUUM INTO ?", (str(target),), in_background=True)
    except BaseException:
        _discard(target)
        raise


def _reserve(target: Path) -> None:
    """An empty file, 0600 from the start (VACUUM INTO fills an empty file)."""
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY))


def _discard(target: Path) -> None:
    target.unlink(missing_ok=True)
