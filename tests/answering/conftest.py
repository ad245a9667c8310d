"""Domain tests of answering: a fresh database with one dialogue file of the test's own."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

import pytest

from bot.services import Services
from tests.domain_services import fresh_services

WithDialogue = Callable[[str], AbstractAsyncContextManager[Services]]


@pytest.fixture
def with_dialogue(tmp_path: Path) -> WithDialogue:
    """``async with with_dialogue(yaml_text) as services:`` — that dialogue in ``dialogen/``."""

    @asynccontextmanager
    async def services(text: str) -> AsyncIterator[Services]:
        folder = tmp_path / "dialogen"
        folder.mkdir()
        (folder / "proef.yaml").write_text(text)
        async with fresh_services(tmp_path / "db.sqlite3", "s", dialogues=folder) as ready:
            yield ready

    return services
