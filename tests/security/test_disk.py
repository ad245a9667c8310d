"""Finding 6: erased data does not stay on disk, and the files are the owner's only.

These tests read the raw files (database, WAL, backup) as someone with a copy of them would.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.answering import store as runs
from bot.cli import main
from bot.config import SHIPPED_DIALOGUES
from bot.dialogues.serialize import to_json
from bot.own_data import erasure
from bot.privacy import retention
from bot.services import Services
from bot.storage.database import open_database
from tests.domain_services import fresh_services, visitor_factory
from tests.security.files import mode, on_disk

MARKER = "Mijn-geheime-mening-7Q2X over het provinciehuis"


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """Files as a default installation makes them (umask 022: readable by all)."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture
async def services(tmp_path: Path, usual_umask: None) -> AsyncIterator[Services]:
    async with fresh_services(
        tmp_path / "bot.sqlite3", "disk-secret", dialogues=SHIPPED_DIALOGUES
    ) as ready:
        dialogue = ready.dialogues.current("goed-bestuur")
        assert dialogue is not None
        await runs.store_definition(ready.db, dialogue.id, dialogue.version, to_json(dialogue))
        yield ready


async def answer_with_marker(services: Services, user_id: int) -> None:
    visitor = await visitor_factory(services)(user_id)
    dialogue = services.dialogues.current("goed-bestuur")
    assert dialogue is not None
    run = await runs.begin(services.db, user_id, dialogue.id, dialogue.version, "betekenis", 10)
    assert await runs.advance(
        services.db, run.id, visitor.update_id, {"betekenis": MARKER}, (), None
    )
    assert MARKER.encode() in on_disk(services.settings.database)


async def test_an_erased_answer_is_in_neither_the_database_nor_its_wal(
    services: Services,
) -> None:
    await answer_with_marker(services, 61)
    await erasure.erase(services, 61)
    assert MARKER.encode() not in on_disk(services.settings.database)
    secure = await services.db.fetch_one("PRAGMA secure_delete")
    assert secure is not None and secure[0] == 1  # also where SQLite's own default is off


async def test_answers_past_retention_are_in_neither_the_database_nor_its_wal(
    services: Services,
) -> None:
    await answer_with_marker(services, 62)
    later = datetime.now(UTC) + timedelta(days=services.settings.retention_days + 10)
    removed = await retention.apply(services, now=later)
    assert removed.answers + removed.silent_citizens == 1  # the answer, or its silent author
    assert MARKER.encode() not in on_disk(services.settings.database)


async def test_database_and_wal_are_readable_by_their_owner_only(
    tmp_path: Path, usual_umask: None
) -> None:
    path = tmp_path / "bot.sqlite3"
    db = await open_database(path)
    try:
        await db.execute("INSERT INTO app_state (key, value) VALUES ('x', 'y')")
        assert mode(path) == 0o600
        assert mode(tmp_path / "bot.sqlite3-wal") == 0o600
    finally:
        await db.close()


async def test_an_existing_database_readable_by_all_is_made_owner_only(
    tmp_path: Path, usual_umask: None
) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE t (x)")
    path.chmod(0o644)
    db = await open_database(path)
    try:
        assert mode(path) == 0o600
        assert mode(tmp_path / "old.sqlite3-wal") == 0o600
    finally:
        await db.close()


def test_a_backup_is_owner_only_and_holds_no_remnants_of_erased_rows(
    tmp_path: Path,
    usual_umask: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A database written by a SQLite without secure delete (a stock build, or version 1 of
    the bot) keeps deleted rows in its free pages; the backup must not copy them."""
    database = tmp_path / "bot.sqlite3"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DOETMEE_DATABASE", str(database))
    assert main(["staff", "add", "77"]) == 0  # a database of this version
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA secure_delete=OFF")
        connection.executemany(
            "INSERT INTO app_state (key, value) VALUES (?, ?)",
            [(f"erased-{n}", MARKER * 20) for n in range(50)],
        )
        connection.commit()
        connection.execute("DELETE FROM app_state WHERE key LIKE 'erased-%'")
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert MARKER.encode() in database.read_bytes()  # the remnants are there to copy

    backup = tmp_path / "copy.sqlite3"
    assert main(["backup", str(backup)]) == 0
    assert MARKER.encode() not in backup.read_bytes()
    assert mode(backup) == 0o600
    assert "without the key" in capsys.readouterr().out
    key = (tmp_path / "bot.key").read_text().strip()  # made by the first command
    assert key.encode() not in backup.read_bytes()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT user_id FROM roles").fetchall() == [(77,)]
    assert not list(tmp_path.glob("copy.sqlite3-*"))
