"""Finding 1 (invitations): a role invitation's code is stored only as its hash, so an unused
invitation in a copy of the database (a backup) cannot be redeemed; databases of version 1
have their plain codes replaced by hashes when they are upgraded."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.roles import invites as role_invites
from bot.services import Services
from bot.storage import roles
from bot.storage.database import migrations, open_database, sha256_hex, utc_now
from tests.domain_services import fresh_services, visitor_factory
from tests.security.files import on_disk

STAFF = 9000


@pytest.fixture
async def services(tmp_path: Path) -> AsyncIterator[Services]:
    async with fresh_services(tmp_path / "bot.sqlite3", "invites", staff=str(STAFF)) as ready:
        yield ready


async def test_the_code_of_an_invitation_is_not_in_the_database(services: Services) -> None:
    make = visitor_factory(services)
    (reply,) = await role_invites.invite(services, await make(STAFF), "facilitator")
    found = re.search(r"start=r_([\w-]+)", reply.text)
    assert found is not None
    code = found.group(1)

    assert code.encode() not in on_disk(services.settings.database)
    for row in await services.db.fetch_all("SELECT * FROM role_invites"):
        assert code not in [str(value) for value in row]
    # Whoever has the link can still use it.
    assert await roles.redeem_invite(services.db, code, 4001, utc_now()) == "facilitator"


def database_of_version_1(path: Path) -> None:
    """Schema 8 (before this change), with one unused and one used plain-text invitation."""
    with sqlite3.connect(path) as connection:
        for migration in migrations()[:8]:
            connection.executescript(migration.sql)
        connection.execute("PRAGMA user_version = 8")
        connection.executemany(
            "INSERT INTO role_invites (code, role, created_by, created_at, expires_at, "
            "redeemed_by, redeemed_at) VALUES (?, 'facilitator', 9000, ?, ?, ?, ?)",
            [
                (
                    "unusedPLAIN1",
                    "2026-11-01T10:00:00+00:00",
                    "2999-01-01T00:00:00+00:00",
                    None,
                    None,
                ),
                (
                    "usedPLAIN222",
                    "2026-11-01T09:00:00+00:00",
                    "2999-01-01T00:00:00+00:00",
                    4002,
                    "2026-11-02T10:00:00+00:00",
                ),
            ],
        )
        connection.execute(
            "INSERT INTO roles (user_id, role, added_at, added_by) "
            "VALUES (4002, 'facilitator', '2026-11-02T10:00:00+00:00', 'invite used…')"
        )


async def test_an_upgraded_database_keeps_only_hashes_and_the_links_still_work(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    database_of_version_1(path)
    assert b"unusedPLAIN1" in on_disk(path)

    db = await open_database(path)
    try:
        assert b"unusedPLAIN1" not in on_disk(path) and b"usedPLAIN222" not in on_disk(path)
        rows = await db.fetch_all("SELECT id, code_hash, redeemed_by FROM role_invites ORDER BY id")
        assert [(r["code_hash"], r["redeemed_by"]) for r in rows] == [
            (sha256_hex("usedPLAIN222"), 4002),
            (sha256_hex("unusedPLAIN1"), None),
        ]
        holders = await roles.holders(db)
        assert [(h.user_id, h.added_by) for h in holders] == [(4002, "invitation")]
        assert await roles.redeem_invite(db, "unusedPLAIN1", 4003, utc_now()) == "facilitator"
        assert await roles.redeem_invite(db, "usedPLAIN222", 4004, utc_now()) is None
    finally:
        await db.close()
