"""Atomic output: write to a temporary name in the target folder, rename at the end.

An export never leaves a half-written file: on success ``os.replace`` swaps the finished
file in (atomic on one file system); on any error the temporary file or folder is removed.
Temporary names start with a dot and end in ``.part``. Files are created readable by their
owner only (``mkstemp``), fitting for data about citizens.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(out: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``out``; it becomes ``out`` when the block succeeds."""
    fd, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_directory(out: Path) -> Iterator[Path]:
    """Yield a temporary folder beside ``out``; it replaces ``out`` when the block succeeds."""
    temporary = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part"))
    try:
        yield temporary
        if out.exists():
            old = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.", suffix=".old"))
            os.replace(out, old / out.name)
            os.replace(temporary, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(temporary, out)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
