"""The one SQLite connection, its settings and the numbered migrations.

Migrations are the files ``migrations/NNNN_name.sql``; ``PRAGMA user_version`` holds
the number of the last one applied. A database written by a newer version of the bot
(a higher ``user_version`` than we know) is refused rather than damaged.

Erased rows leave the disk: ``secure_delete`` overwrites deleted content with zeros, and
:meth:`Database.forget_deleted` (called after erasure and retention) empties the WAL, which
still holds earlier versions of the changed pages. The database and its WAL are readable by
their owner only (0600).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import re
import sqlite3
import stat
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

log = logging.getLogger("bot.storage")

MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class DatabaseError(Exception):
    """The database cannot be used; the message says why in one line."""


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    found: list[Migration] = []
    for entry in resources.files("bot.storage.migrations").iterdir():
        match = MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.number)
    numbers = [m.number for m in found]
    if numbers != list(range(1, len(found) + 1)):
        raise DatabaseError(f"migrations are not numbered 1..n without gaps: {numbers}")
    return found


MAX_ROW_ID = 2**63 - 1


def row_id(text: str) -> int | None:
    """A row id typed or linked by a person (``i_42``): plain digits in SQLite's range."""
    if not (text.isascii() and text.isdigit()) or not 0 < int(text) <= MAX_ROW_ID:
        return None
    return int(text)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


YIELD_EVERY = 32


class Cursor:
    """The result of a statement, read to the end at once (so no statement is left open when
    the transaction commits): its rows, the rows it changed, the id it inserted."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._rows: list[sqlite3.Row] = cursor.fetchall() if cursor.description else []
        self._next = 0
        self.rowcount: int = cursor.rowcount
        self.lastrowid: int | None = cursor.lastrowid
        cursor.close()

    async def fetchone(self) -> sqlite3.Row | None:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    async def fetchall(self) -> list[sqlite3.Row]:
        rows = self._rows[self._next :]
        self._next = len(self._rows)
        return rows


class Connection:
    """The connection as a transaction sees it (:meth:`Database.transaction`).

    Statements run on the event loop's own thread (``in_background=False``): an indexed read
    or write of a few rows takes SQLite some microseconds, less than handing it to a thread
    and waking the loop again (``benchmarks/README.md``). Work that reads or deletes many rows
    (retention, exports, backups) runs in a worker thread instead, so the bot keeps answering.
    """

    def __init__(self, raw: sqlite3.Connection, *, in_background: bool = False) -> None:
        self._raw = raw
        self._in_background = in_background

    async def _run(self, function: Callable[..., Any], *args: Any) -> Any:
        if not self._in_background:
            return function(*args)
        running = asyncio.get_running_loop().run_in_executor(None, function, *args)
        try:
            return await asyncio.shield(running)
        except asyncio.CancelledError:
            # The statement goes on in its thread: let it finish before the lock is given up,
            # so no other statement ever runs on the connection at the same time.
            with contextlib.suppress(BaseException):
                await asyncio.wait({running})
            raise

    async def execute(self, sql: str, params: Iterable[Any] = ()) -> Cursor:
        def run() -> Cursor:
            return Cursor(self._raw.execute(sql, tuple(params)))

        cursor: Cursor = await self._run(run)
        return cursor

    async def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> Cursor:
        def run() -> Cursor:
            return Cursor(self._raw.executemany(sql, rows))

        cursor: Cursor = await self._run(run)
        return cursor

    async def execute_fetchall(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        return await (await self.execute(sql, params)).fetchall()

    async def executescript(self, script: str) -> None:
        await self._run(self._raw.executescript, script)

    async def commit(self) -> None:
        await self._run(self._raw.commit)

    async def rollback(self) -> None:
        await self._run(self._raw.rollback)


class Database:
    """The one SQLite connection of the bot.

    Every statement runs under one lock, so a transaction of one task is never
    interleaved with statements of another task on the same connection. Statements run on the
    event loop's thread unless ``in_background`` (:class:`Connection`).
    """

    def __init__(self, raw: sqlite3.Connection) -> None:
        self._raw = raw
        self._lock = asyncio.Lock()
        self._inline = Connection(raw)
        self._background = Connection(raw, in_background=True)
        self._statements = 0

    def _connection(self, in_background: bool) -> Connection:
        return self._background if in_background else self._inline

    async def _let_others_run(self) -> None:
        """A statement on the loop's thread does not give the loop back: a step that runs
        thousands of them (an announcement queued for every recipient) would hold it. So every
        :data:`YIELD_EVERY` statements the loop gets a turn."""
        self._statements += 1
        if self._statements % YIELD_EVERY == 0:
            await asyncio.sleep(0)

    @asynccontextmanager
    async def transaction(self, *, in_background: bool = False) -> AsyncIterator[Connection]:
        connection = self._connection(in_background)
        async with self._lock:
            await connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                await connection.rollback()
                raise
            await connection.commit()
        await self._let_others_run()

    async def execute(
        self, sql: str, params: Iterable[Any] = (), *, in_background: bool = False
    ) -> int:
        """Run one statement (SQLite commits it on its own); returns the changed rows."""
        async with self._lock:
            cursor = await self._connection(in_background).execute(sql, params)
        await self._let_others_run()
        return cursor.rowcount

    async def fetch_all(
        self, sql: str, params: Iterable[Any] = (), *, in_background: bool = False
    ) -> list[sqlite3.Row]:
        async with self._lock:
            rows = await self._connection(in_background).execute_fetchall(sql, params)
        await self._let_others_run()
        return rows

    async def fetch_one(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Row | None:
        rows = await self.fetch_all(sql, params)
        return rows[0] if rows else None

    async def forget_deleted(self) -> bool:
        """Call after deleting personal data: the WAL, which still holds the pages as they were
        before, is written back and emptied (``wal_checkpoint(TRUNCATE)``); ``secure_delete``
        has already zeroed the deleted rows in the pages. False when a reader in another
        process kept the WAL from being emptied (the next call empties it)."""
        async with self._lock:
            cursor = await self._background.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            row = await cursor.fetchone()
        busy = bool(row and row[0])
        if busy:
            log.warning("the WAL could not be emptied now (another process reads the database)")
        return not busy

    async def close(self) -> None:
        async with self._lock:
            self._raw.close()


OWNER_ONLY = 0o600
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def owner_only(path: Path | str) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist (SQLite then makes its WAL
    with the same mode), and take away others' access to it and its companions if given."""
    path = Path(path)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY))
    for file in (path, *(path.with_name(path.name + s) for s in COMPANION_SUFFIXES)):
        with contextlib.suppress(FileNotFoundError):
            if stat.S_IMODE(file.stat().st_mode) & 0o077:
                file.chmod(OWNER_ONLY)


def sha256_hex(text: str | None) -> str | None:
    """SHA-256 of a one-time code, as stored instead of the code (also in SQL, for migrations:
    ``sha256_hex(code)``)."""
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


async def open_database(path: Path | str, *, migrate: bool = True) -> Database:
    """Open (or create, 0600) the database and bring its schema up to date; ``migrate=False``
    (to look at the database of a bot that may be starting) leaves the schema as it is."""
    try:
        if str(path) != ":memory:":
            owner_only(path)
        raw = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    except OSError as error:
        raise DatabaseError(f"cannot open the database {path}: {error.strerror}") from None
    except sqlite3.Error as error:
        raise DatabaseError(f"cannot open the database {path}: {error}") from None
    raw.row_factory = sqlite3.Row
    connection = Connection(raw, in_background=True)  # migrations may rebuild large tables
    try:
        await connection.execute("PRAGMA secure_delete=ON")
        await connection.execute("PRAGMA journal_mode=WAL")
        await connection.execute("PRAGMA foreign_keys=ON")
        await connection.execute("PRAGMA synchronous=NORMAL")
        await connection.execute("PRAGMA busy_timeout=5000")
        raw.create_function("sha256_hex", 1, sha256_hex, deterministic=True)
        if migrate and await _migrate(connection, path):
            await connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError as error:
        raw.close()
        raise DatabaseError(f"cannot use the database {path}: {error}") from None
    except DatabaseError:
        raw.close()
        raise
    return Database(raw)


async def _migrate(connection: Connection, path: Path | str) -> bool:
    """Apply the migrations not applied yet; True if there were any."""
    known = migrations()
    cursor = await connection.execute("PRAGMA user_version")
    row = await cursor.fetchone()
    current = int(row[0]) if row else 0
    if current > len(known):
        raise DatabaseError(
            f"the database {path} was written by a newer version of the bot "
            f"(schema {current}, this version knows up to {len(known)}); upgrade the bot"
        )
    for migration in known[current:]:
        script = f"BEGIN;\n{migration.sql}\nPRAGMA user_version = {migration.number};\nCOMMIT;"
        try:
            await connection.executescript(script)
        except sqlite3.Error:
            await connection.rollback()
            raise
    return current < len(known)
