"""Fixtures for the sessions tests: services on a fresh database with the shipped dialogues,
people as visitors, and a facilitator."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from itertools import count
from pathlib import Path

import pytest

from bot.callback_codec import CallbackCodec
from bot.config import SHIPPED_DIALOGUES, load_settings
from bot.consent import TERMS_VERSION
from bot.dialogues.catalog import DialogueCatalog
from bot.i18n import load_translations
from bot.services import Services
from bot.storage import citizens, roles
from bot.storage.database import open_database
from bot.visitor import Visitor

MakeVisitor = Callable[..., Awaitable[Visitor]]
FACILITATOR = 700
BOT = "doetmee_test_bot"


@pytest.fixture
async def services(tmp_path: Path) -> AsyncIterator[Services]:
    settings = load_settings(
        {
            "DOETMEE_DATABASE": str(tmp_path / "sessions.sqlite3"),
            "DOETMEE_SECRET": "sessions-secret",
            "DOETMEE_STAFF": "9000",
        }
    )
    db = await open_database(settings.database)
    dialogues = DialogueCatalog()
    dialogues.load(SHIPPED_DIALOGUES)
    try:
        yield Services(
            settings=settings,
            db=db,
            catalogs=load_translations("nl"),
            codec=CallbackCodec("sessions-secret"),
            secret="sessions-secret",
            dialogues=dialogues,
        )
    finally:
        await db.close()


@pytest.fixture
def visitor(services: Services) -> MakeVisitor:
    """``await visitor(user_id)``: the person as the next update shows them (a new update id
    each call; pass ``update_id`` to play an update processed a second time)."""
    updates = count(1000)

    async def make(
        user_id: int,
        *,
        consent: bool = True,
        language: str = "en",
        update_id: int | None = None,
    ) -> Visitor:
        citizen = await citizens.seen(services.db, user_id, language)
        if consent and citizen.consent_version is None:
            await citizens.give_consent(services.db, user_id, TERMS_VERSION, "Anna", "Smit")
        stored = await citizens.get(services.db, user_id)
        assert stored is not None
        return Visitor(
            user_id,
            user_id,
            stored,
            services.catalogs.get(language),
            update_id if update_id is not None else next(updates),
        )

    return make


@pytest.fixture
async def facilitator(services: Services) -> int:
    await roles.grant(services.db, FACILITATOR, "facilitator", "test")
    return FACILITATOR
