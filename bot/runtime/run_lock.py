"""Whether a bot runs on a database: ``doetmee run`` holds a lock on a file beside it.

The lock is on ``<database>.lock`` (0600, left in place), never on the database file itself:
closing another descriptor of a SQLite file would drop SQLite's own locks on it. Any number
of bots may hold the shared lock (tests run several in one process); ``doetmee restore``
asks for the exclusive one and refuses while it cannot have it. The lock goes with the
process, also when it is killed.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from bot.storage.database import OWNER_ONLY


def lock_file(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


@contextlib.contextmanager
def running(database: Path) -> Iterator[None]:
    """Held while the bot runs on ``database``."""
    descriptor = os.open(lock_file(database), os.O_RDWR | os.O_CREAT, OWNER_ONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_SH)
        yield
    finally:
        os.close(descriptor)


def is_running(database: Path) -> bool:
    """Whether a bot holds the lock of ``database`` now."""
    try:
        descriptor = os.open(lock_file(database), os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(descriptor)
    return False


@contextlib.contextmanager
def stopped(database: Path) -> Iterator[bool]:
    """Hold the exclusive lock while restoring (no bot can start meanwhile); yields False,
    holding nothing, when a bot runs."""
    descriptor = os.open(lock_file(database), os.O_RDWR | os.O_CREAT, OWNER_ONLY)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(descriptor)
