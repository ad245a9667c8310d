"""Backing up and restoring the database.

``doetmee backup`` and the daily backup copy the live rows with ``VACUUM INTO``; ``doetmee
restore`` checks a backup (a database of this bot, not of a newer version) and copies it into
the database of a stopped bot with SQLite's backup API.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from bot.storage.database import OWNER_ONLY, Database, migrations, owner_only

TABLES_OF_THE_BOT = ("citizens", "inbox", "outbox", "app_state", "answers")
"""A file without these tables is not a database of this bot."""


class RestoreError(Exception):
    """The backup cannot be restored; the message says why in one sentence."""


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


def known_schema() -> int:
    """The schema version this version of the bot brings a database to."""
    return len(migrations())


def check(file: Path) -> int:
    """The schema version of the backup ``file``, after checking that it is a whole database
    of this bot that this version can use. Raises :class:`RestoreError`."""
    if not file.is_file():
        raise RestoreError(f"there is no file {file}")
    try:
        with contextlib.closing(_read_only(file)) as source:
            (verdict,) = source.execute("PRAGMA quick_check").fetchone()
            (schema,) = source.execute("PRAGMA user_version").fetchone()
            tables = {r[0] for r in source.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        raise RestoreError(f"{file} is not a readable SQLite database ({error})") from None
    if verdict != "ok":
        raise RestoreError(f"{file} is damaged (SQLite's check says: {verdict})")
    missing = [t for t in TABLES_OF_THE_BOT if t not in tables]
    if schema < 1 or missing:
        raise RestoreError(f"{file} is not a database of this bot (no {', '.join(missing)})")
    if schema > known_schema():
        raise RestoreError(
            f"{file} was written by a newer version of the bot (schema {schema}, this version "
            f"knows up to {known_schema()}); restore it with that version or a newer one"
        )
    return int(schema)


def restore(file: Path, database: Path) -> None:
    """Replace the content of ``database`` (0600) with the checked backup ``file``.

    SQLite's backup API writes it through SQLite, so a WAL the stopped bot left behind is
    taken into account instead of being applied to the restored pages later."""
    owner_only(database)
    with (
        contextlib.closing(_read_only(file)) as source,
        contextlib.closing(sqlite3.connect(database)) as target,
    ):
        source.backup(target)
        target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    owner_only(database)


def copy_aside(database: Path, target: Path) -> None:
    """A fresh copy of ``database`` at the new file ``target`` (0600), as :func:`write` makes
    it, for a database that no bot has open."""
    _reserve(target)
    try:
        with contextlib.closing(sqlite3.connect(database)) as connection:
            connection.execute("VACUUM INTO ?", (str(target),))
    except BaseException:
        _discard(target)
        raise


def _read_only(file: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
