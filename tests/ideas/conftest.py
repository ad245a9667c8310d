"""Fixtures for the ideas tests: services on a fresh database, and citizens as visitors."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.services import Services
from tests.domain_services import MakeVisitor, fresh_services, visitor_factory


@pytest.fixture
async def services(tmp_path: Path) -> AsyncIterator[Services]:
    async with fresh_services(
        tmp_path / "ideas.sqlite3", "ideas-secret", bot_username="bot"
    ) as made:
        yield made


@pytest.fixture
def visitor(services: Services) -> MakeVisitor:
    return visitor_factory(services, "Test")
