"""Scenario fixtures: the real bot Application, over real HTTP, against the Bot API stand-in.

``bot`` runs :func:`bot.runtime.runner.running` (the same code as ``doetmee run``) with the durable
inbox polling the stand-in; ``citizens`` plays people through the stand-in's control API;
``db`` reads what the bot stored.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from bot.config import Settings, load_settings
from bot.runtime import runner
from bot.runtime.runner import RunningBot
from bot.sandbox.client import StandInClient
from bot.sandbox.standin import BotApiStandIn
from bot.storage.database import Database, open_database

TOKEN = "123456:SCENARIO-token"


@pytest.fixture
async def standin() -> AsyncIterator[BotApiStandIn]:
    server = BotApiStandIn(token=TOKEN)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
async def citizens(standin: BotApiStandIn) -> AsyncIterator[StandInClient]:
    async with StandInClient(standin.url) as client:
        yield client


@pytest.fixture
def settings(tmp_path: Path, standin: BotApiStandIn) -> Settings:
    return load_settings(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "DOETMEE_API_URL": standin.base_url,
            "DOETMEE_DATABASE": str(tmp_path / "doetmee.sqlite3"),
            "DOETMEE_STAFF": "9000",
            "DOETMEE_SECRET": "scenario-secret-xxxxxxxxxxxxxxxxx",
        }
    )


@dataclass
class BotUnderTest:
    """The bot running in this test's event loop; :meth:`restart` stops and starts it."""

    settings: Settings
    running: RunningBot | None = None
    _stop: asyncio.Event | None = None
    _tasks: tuple[asyncio.Task[None], ...] = ()
    _context: contextlib.AbstractAsyncContextManager[RunningBot] | None = None

    async def start(self) -> None:
        self._context = runner.running(self.settings, TOKEN)
        self.running = await self._context.__aenter__()
        self._stop = asyncio.Event()
        inbox = self.running.inbox
        self._tasks = (
            asyncio.create_task(inbox.consume(self._stop)),
            asyncio.create_task(inbox.fetch(self._stop)),
        )

    async def stop(self) -> None:
        if self._stop is None or self._context is None:
            return
        self._stop.set()
        await asyncio.gather(*self._tasks)
        await self._context.__aexit__(None, None, None)
        self._stop = None
        self._context = None

    async def restart(self, **changes: object) -> None:
        await self.stop()
        if changes:
            self.settings = replace(self.settings, **changes)  # type: ignore[arg-type]
        await self.start()

    @property
    def db(self) -> Database:
        assert self.running is not None
        return self.running.services.db


@pytest.fixture
async def bot(settings: Settings) -> AsyncIterator[BotUnderTest]:
    under_test = BotUnderTest(settings)
    await under_test.start()
    try:
        yield under_test
    finally:
        await under_test.stop()


@pytest.fixture
def db(bot: BotUnderTest) -> Database:
    """The bot's own database connection (what it stored)."""
    return bot.db


@pytest.fixture
def open_db() -> Callable[[Path], object]:
    return open_database


async def consent(
    citizens: StandInClient, user_id: int, language: str = "nl", age: str = "26–40"
) -> None:
    """Take a citizen through /start, consent and the age band (16 or older by default)."""
    await citizens.send_text(user_id, "/start", language_code=language, first_name="Test")
    await citizens.wait_for_bot_message(user_id, count=1)
    label = "Ja, ik doe mee" if language == "nl" else "Yes, I'll take part"
    await citizens.press(user_id, f"✅ {label}")
    await citizens.wait_for_bot_message(user_id, contains="16")
    await citizens.press(user_id, age)
    await citizens.wait_for_bot_message(user_id, count=2)
