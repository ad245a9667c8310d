"""Writing a dialogue file into the folder (``DOETMEE_DIALOGUES``), atomically, with the
version it replaces kept in ``.versions/`` beside it.

The folder stays the source of truth: the bot reads it at start-up and after every change, and
``doetmee dialogues check`` on it tells the whole story (it also compares with ``.versions/``).
A file is written under a temporary hidden name (which the loader skips), flushed to disk and
renamed over the old one, so a reader sees either the old file or the new one, never half.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bot.dialogues.versions import KEPT_FOLDER

FILE_MODE = 0o644
"""Dialogue files hold no personal data; staff and the bot both read them."""


class FolderNotWritable(Exception):
    """The folder (or ``.versions/`` in it) cannot be written; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def kept_path(folder: Path, target: Path, version: int) -> Path:
    """Where version ``version`` of the file ``target`` is kept: ``.versions/<name>.v<n>.yaml``."""
    return folder / KEPT_FOLDER / f"{target.stem}.v{version}{target.suffix}"


def install(folder: Path, target: Path, text: str, replaced_version: int | None) -> Path | None:
    """Write ``text`` as ``target``; the file it replaces (version ``replaced_version``) is
    kept in ``.versions/`` first. Returns where the old file was kept, if there was one."""
    kept: Path | None = None
    try:
        if target.exists() and replaced_version is not None:
            old = target.read_bytes()
            kept = kept_path(folder, target, replaced_version)
            if kept.exists() and kept.read_bytes() != old:
                stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
                kept = kept.with_name(f"{kept.stem}.{stamp}{kept.suffix}")
            kept.parent.mkdir(exist_ok=True)
            write_atomically(kept, old)
        write_atomically(target, text.encode("utf-8"))
    except OSError as error:
        raise FolderNotWritable(error.strerror or str(error)) from error
    return kept


def write_atomically(path: Path, data: bytes) -> None:
    """``data`` as ``path``: written beside it under a hidden name, synced, then renamed."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        temporary.chmod(FILE_MODE)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """The rename itself reaches the disk (where the system allows opening a folder)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
