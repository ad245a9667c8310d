"""Reading what is on disk, as someone with a copy of the files would."""

from __future__ import annotations

import stat
from pathlib import Path

COMPANIONS = ("", "-wal", "-shm", "-journal")


def on_disk(database: Path) -> bytes:
    """The bytes of the database file and of its WAL, shared-memory and journal files."""
    content = b""
    for suffix in COMPANIONS:
        path = database.with_name(database.name + suffix)
        if path.exists():
            content += path.read_bytes()
    return content


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)
