"""Every message the bot sends on its own speaks the recipient's language by one rule: the
language the citizen chose (/taal), else their Telegram language when we have it, else
DOETMEE_LOCALE (here ``nl``). One test per kind of message: reminders, news, idea
decisions, session messages, notices of moved and of cancelled events."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.announcements import flow as announcements
from bot.announcements import store as announcement_store
from bot.config import SHIPPED_DIALOGUES
from bot.events import reminders
from bot.events import screens as event_screens
from bot.events import store as event_store
from bot.events.store import EventData
from bot.ideas import flow as ideas
from bot.ideas import store as idea_store
from bot.ideas.actions import ModerationStep
from bot.messaging import reply_json
from bot.people import language
from bot.people.consent import TERMS_VERSION
from bot.services import Services
from bot.sessions import facilitator
from bot.sessions import screens as session_screens
from bot.sessions import store as session_store
from bot.storage import citizens, roles
from tests.domain_services import MakeVisitor, fresh_services, visitor_factory

STAFF = 9000
FACILITATOR = 700
CITIZEN = 42

# (chosen with /taal, Telegram language) → the language of the message
CASES = [
    ("nl", "en", "nl"),  # their own choice wins
    ("en", "nl", "en"),
    (None, "en", "en"),  # no choice: their Telegram language, which we have
    (None, "de", "nl"),  # a Telegram language we do not have: DOETMEE_LOCALE
    (None, None, "nl"),
]


@pytest.fixture
async def services(tmp_path: Path) -> AsyncIterator[Services]:
    async with fresh_services(
        tmp_path / "language.sqlite3",
        "language-secret",
        staff=str(STAFF),
        dialogues=SHIPPED_DIALOGUES,
        bot_username="doetmee_bot",
    ) as made:
        yield made


@pytest.fixture
def visitor(services: Services) -> MakeVisitor:
    return visitor_factory(services)


async def recipient(services: Services, chosen: str | None, telegram: str | None) -> None:
    """The citizen: consented, with this Telegram language and (maybe) a /taal choice."""
    await citizens.seen(services.db, CITIZEN, telegram)
    await citizens.give_consent(services.db, CITIZEN, TERMS_VERSION, "Test", None)
    if chosen is not None:
        await citizens.set_language(services.db, CITIZEN, chosen)


async def sent_to_citizen(services: Services) -> list[str]:
    rows = await services.db.fetch_all(
        "SELECT reply FROM outbox WHERE chat_id = ? ORDER BY id", (CITIZEN,)
    )
    return [reply_json.loads(row["reply"]).text for row in rows]


def event(start: datetime) -> EventData:
    return EventData(
        id="statenspel-zwolle",
        kind="statenspel",
        title_nl="Statenspel in Zwolle",
        title_en="Provincial council game in Zwolle",
        description_nl="Speel een avond Statenlid.",
        description_en="Be a council member for one evening.",
        place="Provinciehuis, Zwolle",
        starts_at=start.isoformat(timespec="seconds"),
        ends_at=None,
    )


async def subscribed(services: Services, start: datetime) -> event_store.Event:
    await event_store.upsert(services.db, event(start))
    await event_store.subscribe(services.db, "statenspel-zwolle", CITIZEN)
    stored = await event_store.get(services.db, "statenspel-zwolle")
    assert stored is not None
    return stored


def test_the_rule_itself(services: Services) -> None:
    for chosen, telegram, expected in CASES:
        assert language.speaking(services.catalogs, chosen, telegram).locale == expected
    assert language.speaking(services.catalogs, None, "en-GB").locale == "en"


@pytest.mark.parametrize(("chosen", "telegram", "expected"), CASES)
async def test_reminders(
    services: Services, chosen: str | None, telegram: str | None, expected: str
) -> None:
    await recipient(services, chosen, telegram)
    now = datetime.now(UTC)
    shown = await subscribed(services, now + timedelta(days=3))
    timezone = services.settings.timezone
    await reminders.sync_event(services.db, services.catalogs, timezone, shown, now=now)
    t = services.catalogs.get(expected)
    wanted = [event_screens.reminder(t, shown, kind, timezone).text for kind in ("24h", "1h")]
    assert await sent_to_citizen(services) == wanted


@pytest.mark.parametrize(("chosen", "telegram", "expected"), CASES)
async def test_notices_of_moved_and_cancelled_events(
    services: Services, chosen: str | None, telegram: str | None, expected: str
) -> None:
    await recipient(services, chosen, telegram)
    now = datetime.now(UTC)
    await subscribed(services, now + timedelta(days=3))
    await event_store.upsert(services.db, event(now + timedelta(days=5)))
    moved = await event_store.get(services.db, "statenspel-zwolle")
    assert moved is not None
    timezone = services.settings.timezone
    await reminders.event_changed(
        services.db, services.catalogs, timezone, moved, moved=True, now=now
    )
    await reminders.cancel_event(
        services.db, services.catalogs, timezone, "statenspel-zwolle", now=now
    )
    cancelled = await event_store.get(services.db, "statenspel-zwolle")
    assert cancelled is not None
    t = services.catalogs.get(expected)
    texts = await sent_to_citizen(services)
    assert event_screens.moved_notice(t, moved, timezone).text in texts
    assert event_screens.cancelled_notice(t, cancelled, timezone).text in texts


@pytest.mark.parametrize(("chosen", "telegram", "expected"), CASES)
async def test_news(
    services: Services,
    visitor: MakeVisitor,
    chosen: str | None,
    telegram: str | None,
    expected: str,
) -> None:
    await recipient(services, chosen, telegram)
    await announcement_store.set_wanted(services.db, CITIZEN, True)
    staff = await visitor(STAFF, consent=False)
    draft = await announcement_store.draft(services.db, "De Statendag is op 12 mei.", STAFF, 7)
    await announcements.decide(services, staff, draft.id, send=True)
    (text,) = await sent_to_citizen(services)
    heading = services.catalogs.get(expected).gettext("📣 <b>News from Overijssel doet mee!</b>")
    assert text.startswith(heading)


@pytest.mark.parametrize(("chosen", "telegram", "expected"), CASES)
async def test_idea_decisions(
    services: Services,
    visitor: MakeVisitor,
    chosen: str | None,
    telegram: str | None,
    expected: str,
) -> None:
    await recipient(services, chosen, telegram)
    await idea_store.save_draft(services.db, CITIZEN, "Meer bankjes langs de Vecht, graag")
    await idea_store.set_draft_theme(services.db, CITIZEN, "natuur")
    idea = await idea_store.submit(services.db, CITIZEN, 3)
    assert idea is not None
    staff = await visitor(STAFF, consent=False)
    await ideas.moderate(services, staff, idea.id, ModerationStep.APPROVE)
    (text,) = await sent_to_citizen(services)
    assert services.catalogs.get(expected).gettext("🎉 <b>Your idea is published!</b>") in text


@pytest.mark.parametrize(("chosen", "telegram", "expected"), CASES)
async def test_session_messages(
    services: Services,
    visitor: MakeVisitor,
    chosen: str | None,
    telegram: str | None,
    expected: str,
) -> None:
    await roles.grant(services.db, FACILITATOR, "facilitator", "test")
    lead = await visitor(FACILITATOR)
    await facilitator.create(services, lead, "Klas 3B")
    (session,) = await session_store.open_of(services.db, FACILITATOR)
    await recipient(services, chosen, telegram)
    await session_store.join(services.db, session.id, CITIZEN)
    await facilitator.prompt_typed(services, await visitor(FACILITATOR), str(session.id), "Wat?")
    await facilitator.close(services, await visitor(FACILITATOR), session.id)
    (push,) = await session_store.pushes(services.db, session.id)
    closed = await session_store.get(services.db, session.id)
    assert closed is not None
    t = services.catalogs.get(expected)
    assert await sent_to_citizen(services) == [
        session_screens.pushed_prompt(t, session, push).text,
        session_screens.ended(t, closed).text,
    ]
