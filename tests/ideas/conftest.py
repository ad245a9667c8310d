"""Fixtures for the ideas tests: services on a fresh database, and citizens as visitors."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from itertools import count
from pathlib import Path

import pytest

from bot.callback_codec import CallbackCodec
from bot.config import load_settings
from bot.consent import TERMS_VERSION
from bot.dialogues.catalog import DialogueCatalog
from bot.i18n import load_translations
from bot.services import Services
from bot.storage import citizens
from bot.storage.database import open_database
from bot.visitor import Visitor

MakeVisitor = Callable[..., Awaitable[Visitor]]


@pytest.fixture
async def services(tmp_path: Path) -> AsyncIterator[Services]:
    settings = load_settings(
        {"DOETMEE_DATABASE": str(tmp_path / "ideas.sqlite3"), "DOETMEE_SECRET": "ideas-secret"}
    )
    db = await open_database(settings.database)
    try:
        yield Services(
            settings=settings,
            db=db,
            catalogs=load_translations("nl"),
            codec=CallbackCodec("ideas-secret"),
            secret="ideas-secret",
            dialogues=DialogueCatalog(),
        )
    finally:
        await db.close()


@pytest.fixture
def visitor(services: Services) -> MakeVisitor:
    """``await visitor(user_id, consent=True)``: the citizen as the next update shows them.

    Every call has a new update id, as every new Telegram update has; pass ``update_id`` to
    play an update processed a second time.
    """
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
            await citizens.give_consent(services.db, user_id, TERMS_VERSION, "Test", None)
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
