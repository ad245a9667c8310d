"""Where the master secret comes from: ``DOETMEE_SECRET``, else the key file.

The key file is made on the first run (a random secret, mode 0600) beside the database, or
where ``DOETMEE_SECRET_FILE`` says. It is not part of ``doetmee backup``: a restored database
needs its key file (or the same ``DOETMEE_SECRET``) to keep its pseudonyms and buttons.

Version 1 of the bot stored a generated secret in the database (``app_state``). At start-up
that secret moves to the key file and is deleted from the database (and from its WAL), so the
pseudonyms made with it stay the same.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import stat
from pathlib import Path

from bot.config import MIN_SECRET_LENGTH, ConfigError, Settings
from bot.runtime.keys import Keys
from bot.storage import app_state
from bot.storage.database import Database

log = logging.getLogger("bot.key_file")

STORED_IN_DATABASE = "secret"
"""The ``app_state`` key under which version 1 kept the generated secret."""
VARIABLE = "DOETMEE_SECRET_FILE"


async def load(settings: Settings, db: Database) -> Keys:
    """The keys of this bot: first the secret of version 1 leaves the database, then the
    configured secret is used, else the key file (made now when there is none)."""
    await move_out_of_database(db, settings.key_file)
    if settings.secret:
        return Keys.from_secret(settings.secret)
    return Keys.from_secret(read_or_create(settings.key_file))


async def move_out_of_database(db: Database, path: Path) -> bool:
    """Move a secret stored in the database by version 1 to the key file ``path``; True if
    there was one. The database keeps nothing of it (secure delete, WAL truncated)."""
    stored = await app_state.get(db, STORED_IN_DATABASE)
    if stored is None:
        return False
    _keep(path, stored)
    await app_state.delete(db, STORED_IN_DATABASE)
    await db.forget_deleted()
    log.info("the key stored in the database was moved to the key file %s", path)
    return True


def read_or_create(path: Path) -> str:
    """The secret in the key file; a new random one (0600) when there is no file yet."""
    if not path.exists():
        _create(path, secrets.token_urlsafe(MIN_SECRET_LENGTH))
    return _read(path)


def _keep(path: Path, secret: str) -> None:
    """Write ``secret`` to a new key file, or check that the existing file holds it."""
    if not path.exists():
        _create(path, secret)
    if _read(path) != secret:
        raise ConfigError(
            VARIABLE,
            f"the database holds a key from an earlier version and the key file {path} holds "
            "another one; move one of the two away (the database's key is still in it)",
        )


def _create(path: Path, secret: str) -> None:
    """Write the file whole and 0600 under a temporary name, then link it into place; if
    another process was first, its file stays (both then read the same secret)."""
    if not path.parent.is_dir():
        raise ConfigError(VARIABLE, f"the folder {path.parent} does not exist")
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(secret + "\n")
            file.flush()
            os.fsync(file.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)
    except OSError as error:
        raise ConfigError(VARIABLE, f"cannot write the key file {path}: {error.strerror}") from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
    log.debug("a new key file was made: %s", path)


def _read(path: Path) -> str:
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            path.chmod(0o600)
            log.warning("the key file %s could be read by others; now only by its owner", path)
        secret = path.read_text(encoding="utf-8").strip()
    except OSError as error:
        raise ConfigError(VARIABLE, f"cannot read the key file {path}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(VARIABLE, f"the key file {path} is not a text file") from None
    if len(secret) < MIN_SECRET_LENGTH:
        raise ConfigError(
            VARIABLE,
            f"the key file {path} holds fewer than {MIN_SECRET_LENGTH} characters; "
            "it is damaged, or not our key file",
        )
    return secret
