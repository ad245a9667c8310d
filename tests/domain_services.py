"""Shared by the domain tests of features: services on a fresh database, and visitors."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from itertools import count
from pathlib import Path

from bot.config import load_settings
from bot.dialogues.catalog import DialogueCatalog
from bot.i18n import load_translations
from bot.messaging.callback_codec import CallbackCodec
from bot.people.consent import TERMS_VERSION
from bot.people.visitor import Visitor
from bot.runtime.keys import BUTTONS, Keys
from bot.services import Services
from bot.storage import citizens
from bot.storage.database import open_database

MakeVisitor = Callable[..., Awaitable[Visitor]]


@asynccontextmanager
async def fresh_services(
    database: Path,
    secret: str,
    *,
    staff: str = "",
    dialogues: Path | None = None,
    bot_username: str = "",
) -> AsyncIterator[Services]:
    """``secret``: the master secret of these services' keys (any text will do here);
    ``bot_username``: as the runner learns it from Telegram at start-up."""
    settings = load_settings({"DOETMEE_DATABASE": str(database), "DOETMEE_STAFF": staff})
    keys = Keys.from_secret(secret)
    db = await open_database(settings.database)
    catalog = DialogueCatalog()
    if dialogues is not None:
        catalog.load(dialogues)
    try:
        services = Services(
            settings=settings,
            db=db,
            catalogs=load_translations("nl"),
            codec=CallbackCodec(keys.for_purpose(BUTTONS)),
            keys=keys,
            dialogues=catalog,
        )
        services.me.username = bot_username
        yield services
    finally:
        await db.close()


def visitor_factory(
    services: Services, first_name: str = "Test", last_name: str | None = None
) -> MakeVisitor:
    """``await make(user_id, consent=True)``: the person as the next update shows them.

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
            await citizens.give_consent(services.db, user_id, TERMS_VERSION, first_name, last_name)
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
