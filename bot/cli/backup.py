"""``doetmee backup``: a consistent copy of the database, without the key."""

from __future__ import annotations

import argparse
import asyncio
from datetime import UTC, datetime
from pathlib import Path

from bot.cli.arguments import (
    Commands,
    UsageError,
)
from bot.config import Settings
from bot.storage.database import DatabaseError


def add(commands: Commands) -> None:
    backup = commands.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("file", type=Path, metavar="FILE")
    backup.set_defaults(handler=_backup)


def _backup(args: argparse.Namespace, settings: Settings) -> int:
    import sqlite3

    from bot.runtime import key_file
    from bot.storage import backup, status
    from bot.storage.database import open_database

    target: Path = args.file
    if target.exists():
        raise UsageError(f"doetmee backup: {target} exists already; choose a new file name")
    if not target.parent.is_dir():
        raise UsageError(f"doetmee backup: the folder {target.parent} does not exist")
    if not settings.database.exists():
        raise DatabaseError(f"there is no database at {settings.database}")

    written_to = str(target.resolve())

    async def main() -> None:
        db = await open_database(settings.database)
        try:
            # A database of version 1 may still hold its key: it leaves before the copy.
            await key_file.move_out_of_database(db, settings.key_file)
            await backup.write(db, target)
            await status.record_backup(db, datetime.now(UTC), written_to)
        finally:
            await db.close()

    try:
        asyncio.run(main())
    except FileExistsError:
        raise UsageError(f"doetmee backup: {target} exists already; choose a new name") from None
    except (sqlite3.Error, OSError, DatabaseError) as error:
        raise UsageError(f"doetmee backup: cannot write {target}: {error}") from None
    print(f"backup written to {target} (without the key: keep the key file apart)")
    return 0
