"""Withdrawing consent erases what rests on it, stops reminders and news, keeps what the
statement says is kept; twice is harmless; a failure half-way erases nothing."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from bot.answering import store as runs
from bot.ideas import store as idea_store
from bot.messaging import outbox
from bot.messaging.reply import Reply
from bot.privacy import withdrawal
from bot.privacy import withdrawal_store as store
from bot.privacy.actions import WithdrawStep
from bot.services import Services
from bot.sessions import store as session_store
from bot.storage import citizens
from tests.domain_services import MakeVisitor

USER = 42
OTHER = 43
FACILITATOR = 700


async def everything_of(services: Services, visitor: MakeVisitor) -> None:
    """A citizen who answered, joined a session, sent and supported ideas, and follows news
    and an event."""
    db = services.db
    for user in (USER, OTHER, FACILITATOR):
        await visitor(user)
    await db.execute("UPDATE citizens SET age_band = '26-40' WHERE user_id = ?", (USER,))
    await runs.store_definition(db, "d", 1, "{}")
    run = await runs.begin(db, USER, "d", 1, "a", update_id=1)
    await runs.advance(db, run.id, 2, {"a": "Luisteren naar inwoners"}, (), None)
    await runs.set_quote_allowed(db, run.id, 3, "a", True)

    session = await session_store.create(db, "salt-1", "hash-1", "Klas 3B", FACILITATOR, None)
    assert session is not None
    await session_store.join(db, session.id, USER)
    pushed = await session_store.add_push(db, session.id, "prompt", prompt_text="Wat vind je?")
    assert pushed.push is not None
    await session_store.answer_prompt(db, pushed.push.id, USER, "Eerlijkheid", "")

    await idea_store.save_draft(db, USER, "Een fietspad langs de Vecht bij Dalfsen")
    await idea_store.set_draft_theme(db, USER, "verkeer")
    mine = await idea_store.submit(db, USER, 10)
    assert mine is not None
    await idea_store.save_draft(db, OTHER, "Meer groen op schoolpleinen in Hengelo")
    await idea_store.set_draft_theme(db, OTHER, "natuur")
    theirs = await idea_store.submit(db, OTHER, 11)
    assert theirs is not None
    await idea_store.set_support(db, theirs.id, USER, True)
    await idea_store.save_draft(db, USER, "Nog een idee dat nog niet verstuurd is")

    now = datetime.now(UTC)
    await db.execute(
        "INSERT INTO events (id, kind, title_nl, place, starts_at, created_at, updated_at) "
        "VALUES ('ev', 'debat', 'Debat', 'Zwolle', ?, ?, ?)",
        ((now + timedelta(days=3)).isoformat(), now.isoformat(), now.isoformat()),
    )
    await db.execute(
        "INSERT INTO event_subscriptions (event_id, user_id, created_at) VALUES ('ev', ?, ?)",
        (USER, now.isoformat()),
    )
    later = now + timedelta(days=2)
    await outbox.queue(db, USER, Reply("Morgen: Debat"), "reminder:ev:42:24h:x", later)
    await outbox.queue(db, USER, Reply("Nieuws"), "announcement:1:42")
    await outbox.queue(db, USER, Reply("Vraag"), f"session:{session.id}:push:2:42")
    await db.execute("UPDATE citizens SET wants_announcements = 1 WHERE user_id = ?", (USER,))


async def count(services: Services, sql: str, *params: object) -> int:
    row = await services.db.fetch_one(sql, params)
    assert row is not None
    return int(row[0])


async def test_withdrawal_erases_what_rests_on_consent(
    services: Services, visitor: MakeVisitor
) -> None:
    await everything_of(services, visitor)
    who = await visitor(USER)
    asked = await withdrawal.on_button(services, who, WithdrawStep.ASK)
    assert "Dan wissen we meteen" in asked.text or "we erase right away" in asked.text
    assert await runs.of_citizen(services.db, USER) != []  # asking changes nothing

    done = await withdrawal.on_button(services, who, WithdrawStep.YES)
    assert "withdrawn" in done.text

    db = services.db
    assert await runs.of_citizen(db, USER) == []
    assert await count(services, "SELECT COUNT(*) FROM answers") == 0  # with quote permission
    assert await count(services, "SELECT COUNT(*) FROM session_prompt_answers") == 0
    assert await count(services, "SELECT COUNT(*) FROM session_participants") == 0
    assert await idea_store.supported_by(db, USER) == []
    assert await count(services, "SELECT COUNT(*) FROM ideas WHERE author_id = ?", USER) == 0
    assert await idea_store.draft(db, USER) is None
    assert await count(services, "SELECT COUNT(*) FROM event_subscriptions") == 0
    unsent = "SELECT COUNT(*) FROM outbox WHERE chat_id = ? AND sent_at IS NULL"
    assert await count(services, unsent, USER) == 0

    # What is kept: the Telegram number, language, age band; the other's idea stays.
    kept = await citizens.get(db, USER)
    assert kept is not None
    assert (kept.consent_version, kept.first_name, kept.last_name) == (None, None, None)
    assert not kept.wants_announcements and kept.permission is None
    assert kept.telegram_language == "en" and kept.age_band == "26-40"
    assert await count(services, "SELECT COUNT(*) FROM ideas WHERE author_id = ?", OTHER) == 1
    history = await citizens.consent_events(db, USER)
    assert [e["given"] for e in history] == [True, False]


async def test_withdrawing_twice_says_so_and_changes_nothing(
    services: Services, visitor: MakeVisitor
) -> None:
    await visitor(USER)
    assert await store.withdraw(services.db, USER) is not None
    again = await withdrawal.on_button(
        services, await visitor(USER, consent=False), WithdrawStep.YES
    )
    assert "nothing to withdraw" in again.text
    assert await store.withdraw(services.db, USER) is None
    assert [e["given"] for e in await citizens.consent_events(services.db, USER)] == [True, False]


async def test_a_failure_half_way_erases_nothing(services: Services, visitor: MakeVisitor) -> None:
    await everything_of(services, visitor)
    await services.db.execute(
        "CREATE TRIGGER no_idea_deletes BEFORE DELETE ON ideas "
        "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
    )
    with pytest.raises(sqlite3.DatabaseError):
        await store.withdraw(services.db, USER)
    assert await runs.of_citizen(services.db, USER) != []
    assert await count(services, "SELECT COUNT(*) FROM session_prompt_answers") == 1
    stored = await citizens.get(services.db, USER)
    assert stored is not None and stored.has_consent and stored.first_name == "Fenna"
