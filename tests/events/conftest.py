"""Fixtures for the events feature: a fresh database, services, citizens, events.

Times are fixed (``NOW``) and passed to the domain functions, so these tests do not depend
on the clock.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.config import load_settings
from bot.dialogues.catalog import DialogueCatalog
from bot.events import store
from bot.events.store import Event, EventData
from bot.i18n import load_translations
from bot.messaging.callback_codec import CallbackCodec
from bot.people.consent import TERMS_VERSION
from bot.people.visitor import Visitor
from bot.runtime.keys import BUTTONS, Keys
from bot.services import Services
from bot.storage import citizens
from bot.storage.database import Database, open_database

SAMPLE = Path(__file__).resolve().parent / "sample_events.yaml"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2030, 5, 1, 10, 0, tzinfo=UTC)
CATALOGS = load_translations("nl")


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await open_database(tmp_path / "events.sqlite3")
    try:
        yield database
    finally:
        await database.close()


@pytest.fixture
def services(db: Database, tmp_path: Path) -> Services:
    settings = load_settings(
        {"DOETMEE_DATABASE": str(tmp_path / "events.sqlite3"), "DOETMEE_STAFF": "9000"}
    )
    keys = Keys.from_secret("s")
    return Services(
        settings, db, CATALOGS, CallbackCodec(keys.for_purpose(BUTTONS)), keys, DialogueCatalog()
    )


async def citizen(db: Database, user_id: int, language: str = "en", *, agreed: bool = True):
    await citizens.seen(db, user_id, language)
    if agreed:
        await citizens.give_consent(db, user_id, TERMS_VERSION, "Test", None)
    stored = await citizens.get(db, user_id)
    assert stored is not None
    return stored


async def visitor(db: Database, user_id: int, language: str = "en", *, agreed: bool = True):
    stored = await citizen(db, user_id, language, agreed=agreed)
    return Visitor(user_id, user_id, stored, CATALOGS.get(language), update_id=1)


def data(event_id: str = "statenspel-test", start: datetime | None = None, **changes) -> EventData:
    begin = start or NOW + timedelta(days=3)
    base = EventData(
        id=event_id,
        kind="statenspel",
        title_nl="Statenspel in Zwolle",
        title_en="Provincial council game in Zwolle",
        description_nl="Speel een avond Statenlid.",
        description_en="Be a council member for one evening.",
        place="Provinciehuis, Zwolle",
        starts_at=begin.isoformat(timespec="seconds"),
        ends_at=(begin + timedelta(hours=2)).isoformat(timespec="seconds"),
    )
    return replace(base, **changes)


async def add_event(db: Database, item: EventData | None = None) -> Event:
    item = item or data()
    await store.upsert(db, item)
    stored = await store.get(db, item.id)
    assert stored is not None
    return stored


async def outbox_rows(db: Database) -> list[dict[str, object]]:
    rows = await db.fetch_all(
        "SELECT chat_id, dedupe_key, not_before, sent_at, reply FROM outbox ORDER BY id"
    )
    return [dict(r) for r in rows]
