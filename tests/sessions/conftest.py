"""Fixtures for the sessions tests: services on a fresh database with the shipped dialogues,
people as visitors, and a facilitator."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import SHIPPED_DIALOGUES
from bot.services import Services
from bot.storage import roles
from tests.domain_services import MakeVisitor, fresh_services, visitor_factory

FACILITATOR = 700
BOT = "doetmee_test_bot"


@pytest.fixture
async def services(tmp_path: Path) -> AsyncIterator[Services]:
    async with fresh_services(
        tmp_path / "sessions.sqlite3",
        "sessions-secret",
        staff="9000",
        dialogues=SHIPPED_DIALOGUES,
        bot_username=BOT,
    ) as made:
        yield made


@pytest.fixture
def visitor(services: Services) -> MakeVisitor:
    return visitor_factory(services, "Anna", "Smit")


@pytest.fixture
async def facilitator(services: Services) -> int:
    await roles.grant(services.db, FACILITATOR, "facilitator", "test")
    return FACILITATOR
