"""``doetmee restore FILE``: put a backup back as the database of a stopped bot."""

from __future__ import annotations

import argparse
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from bot.cli.arguments import Commands, UsageError
from bot.config import Settings


def add(commands: Commands) -> None:
    restore = commands.add_parser(
        "restore", help="restore a backup into the database (the bot must be stopped)"
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="a file of doetmee backup")
    restore.set_defaults(handler=_restore)


def _restore(args: argparse.Namespace, settings: Settings) -> int:
    from bot.runtime import run_lock
    from bot.storage import backup

    source: Path = args.file
    database = settings.database
    try:
        schema = backup.check(source)
    except backup.RestoreError as error:
        raise UsageError(f"doetmee restore: {error}; nothing was changed") from None
    if source.resolve() == database.resolve():
        raise UsageError(f"doetmee restore: {source} is the database itself; nothing was changed")

    with run_lock.stopped(database) as stopped:
        if not stopped:
            raise UsageError(
                f"doetmee restore: a bot is running on {database}; stop it first "
                "(nothing was changed)"
            )
        aside = None
        if database.exists() and database.stat().st_size > 0:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            aside = database.with_name(f"{database.name}.before-restore-{stamp}")
            try:
                backup.copy_aside(database, aside)
            except (sqlite3.Error, OSError) as error:
                raise UsageError(
                    f"doetmee restore: cannot keep a copy of the current database at {aside} "
                    f"({error}); nothing was changed"
                ) from None
        try:
            backup.restore(source, database)
        except (sqlite3.Error, OSError) as error:
            raise UsageError(
                f"doetmee restore: restoring into {database} failed ({error})"
                + (f"; the database as it was is in {aside}" if aside else "")
            ) from None

    known = backup.known_schema()
    print(f"restored {source} into {database} (schema {schema})")
    if schema < known:
        print(f"the bot brings it to schema {known} when it starts")
    if aside is not None:
        print(
            f"the database as it was is kept in {aside} (0600); delete it when the restored "
            "one works: it holds personal data"
        )
    if settings.secret:
        print("the key: DOETMEE_SECRET; it must be the one the backup was made with")
    elif settings.key_file.exists():
        print(
            f"the key: {settings.key_file}; it must be the one the backup was made with "
            "(a backup holds no key)"
        )
    else:
        print(
            f"warning: there is no key file at {settings.key_file}: put back the key file "
            "the backup was made with before starting the bot, or its buttons and stable "
            "pseudonyms stop working (a backup holds no key)"
        )
    return 0
