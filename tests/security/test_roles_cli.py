"""Finding 7 (command line): ``doetmee roles list|revoke ID|cancel-invite CODE``."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.cli import main
from bot.messaging import reply_json
from bot.storage import roles
from bot.storage.database import open_database, utc_now

EXPIRES = "2999-01-01T00:00:00+00:00"


async def seed(path: Path) -> None:
    db = await open_database(path)
    try:
        await roles.grant(db, 4101, "facilitator", "invitation 1")
        await roles.remember_name(db, 4101, "Femke Kok")
        await roles.grant(db, 4102, "staff", "command line")
        await roles.create_invite(db, "firstCODE123", "facilitator", 4102, EXPIRES)
        await roles.create_invite(db, "secondCODE45", "staff", 4102, EXPIRES)
    finally:
        await db.close()


async def state(path: Path) -> tuple[list[int], list[int], list[dict[str, object]]]:
    db = await open_database(path)
    try:
        invitations = [i.id for i in await roles.open_invites(db, utc_now())]
        rows = await db.fetch_all("SELECT chat_id, reply FROM outbox ORDER BY id")
        queued = [{"chat": r["chat_id"], **vars(reply_json.loads(r["reply"]))} for r in rows]
        return await roles.members(db, "facilitator"), invitations, queued
    finally:
        await db.close()


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "bot.sqlite3"
    asyncio.run(seed(path))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DOETMEE_DATABASE", str(path))
    monkeypatch.setenv("DOETMEE_STAFF", "9000")
    return path


def test_roles_list_shows_names_roles_and_open_invitations(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["roles", "list"]) == 0
    out = capsys.readouterr().out
    assert "9000  (name not known yet)  set in DOETMEE_STAFF" in out
    assert "4101  Femke Kok  since " in out
    assert "no. 1  facilitator  made by 4102" in out
    assert "no. 2  staff" in out
    assert "firstCODE123" not in out


def test_roles_revoke_takes_every_granted_role_and_queues_the_new_menu(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["roles", "revoke", "4101"]) == 0
    assert "4101 is no longer a facilitator" in capsys.readouterr().out
    facilitators, _, queued = asyncio.run(state(database))
    assert facilitators == []
    (notice,) = queued
    assert notice["chat"] == 4101 and "gespreksleider" in str(notice["text"])
    commands = [command for command, _ in notice["commands"]]  # type: ignore[attr-defined]
    assert "gesprek" in commands and "sessie" not in commands

    assert main(["roles", "revoke", "4101"]) == 0
    assert "4101 has no role in the database" in capsys.readouterr().out


def test_cancel_invite_by_link_code_or_number(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["roles", "cancel-invite", "https://t.me/doetmee_bot?start=r_firstCODE123"]) == 0
    assert "invitation no. 1 (facilitator) is cancelled" in capsys.readouterr().out
    assert main(["roles", "cancel-invite", "2"]) == 0
    capsys.readouterr()
    assert main(["roles", "cancel-invite", "r_firstCODE123"]) == 2
    assert "there is no unused invitation" in capsys.readouterr().err
    assert asyncio.run(state(database))[1] == []
