"""Domain tests of data protection: services on a fresh database with the shipped dialogues."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import SHIPPED_DIALOGUES
from bot.services import Services
from tests.domain_services import MakeVisitor, fresh_services, visitor_factory


@pytest.fixture
async def services(tmp_path: Path) -> AsyncIterator[Services]:
    async with fresh_services(
        tmp_path / "privacy.sqlite3", "privacy-secret", staff="9000", dialogues=SHIPPED_DIALOGUES
    ) as ready:
        yield ready


@pytest.fixture
def visitor(services: Services) -> MakeVisitor:
    return visitor_factory(services, first_name="Fenna", last_name="Brink")
