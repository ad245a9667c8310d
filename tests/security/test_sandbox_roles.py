"""Finding 8 (sandbox): ``doetmee sandbox`` grants roles only to ids Telegram never issues, and
never in a database it did not make (``--database`` pointed at the bot's real one)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

from bot.config import load_settings
from bot.sandbox.client import StandInClient
from bot.sandbox.run import FACILITATOR, PEOPLE, STAFF, run_sandbox
from bot.storage import roles
from bot.storage.database import open_database

TELEGRAM_MAXIMUM = 2**52  # user ids have at most 52 significant bits


def test_the_sandbox_people_have_ids_telegram_never_issues() -> None:
    for person in PEOPLE:
        assert TELEGRAM_MAXIMUM <= person.user_id < 2**53, person  # exact in JavaScript too


async def running(database: Path) -> AsyncIterator[str]:
    settings = load_settings({"DOETMEE_DATABASE": str(database)})
    stop = asyncio.Event()
    urls: list[str] = []
    task = asyncio.create_task(run_sandbox(settings, port=0, ready=urls.append, stop=stop))
    while not urls:
        assert not task.done(), task
        await asyncio.sleep(0.02)
    try:
        yield urls[0]
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=10)


async def facilitators(database: Path) -> list[int]:
    db = await open_database(database)
    try:
        return await roles.members(db, "facilitator")
    finally:
        await db.close()


async def test_no_role_is_granted_in_a_database_the_sandbox_did_not_make(tmp_path: Path) -> None:
    real = tmp_path / "doetmee.sqlite3"
    db = await open_database(real)  # the bot's own database, made by `doetmee run`
    await roles.grant(db, 4242, "facilitator", "invitation")
    await db.close()

    async for url in running(real):
        async with StandInClient(url) as people:
            await people.send_text(STAFF.user_id, "/rol")
            refused = await people.wait_for_bot_message(STAFF.user_id)
            assert "medewerkers van de provincie" in refused["text"]
    assert await facilitators(real) == [4242]


async def test_the_sandbox_grants_roles_in_its_own_database_also_when_kept(
    tmp_path: Path,
) -> None:
    kept = tmp_path / "sandbox.sqlite3"
    for _run in range(2):  # made now, then used again with --database
        async for url in running(kept):
            async with StandInClient(url) as people:
                await people.send_text(STAFF.user_id, "/rol")
                allowed = await people.wait_for_bot_message(STAFF.user_id)
                assert "Rollen" in allowed["text"]
    assert await facilitators(kept) == [FACILITATOR.user_id]
