"""Each kind of personal data is removed after the period the privacy statement names, by
the retention job, on a controlled clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.answering import store as runs
from bot.ideas import store as idea_store
from bot.privacy import retention
from bot.privacy.legal_basis import AUDIT_LOG_DAYS, SUBSCRIPTION_DAYS_AFTER_EVENT
from bot.services import Services
from bot.sessions import store as session_store
from bot.storage import audit, citizens
from bot.storage.database import Database
from tests.domain_services import MakeVisitor

DAYS = 730  # DOETMEE_RETENTION_DAYS, the default


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


async def backdate(db: Database, sql: str, moment: datetime, *params: object) -> None:
    await db.execute(sql, (iso(moment), *params))


async def still_writing(db: Database, moment: datetime) -> None:
    """Everyone sent a message at ``moment`` (so nobody counts as silent)."""
    await backdate(db, "UPDATE citizens SET last_seen_at = ?", moment)


async def answered_run(services: Services, user_id: int) -> int:
    await runs.store_definition(services.db, "d", 1, "{}")
    run = await runs.begin(services.db, user_id, "d", 1, "a", update_id=user_id * 10)
    await runs.advance(services.db, run.id, user_id * 10 + 1, {"a": "oud"}, (), "b")
    await runs.advance(services.db, run.id, user_id * 10 + 2, {"b": "nieuw"}, (), None)
    return run.id


async def test_answers_go_after_their_period(services: Services, visitor: MakeVisitor) -> None:
    await visitor(1)
    run_id = await answered_run(services, 1)
    now = datetime.now(UTC)
    await backdate(
        services.db,
        "UPDATE answers SET answered_at = ? WHERE question_id = 'a'",
        now - timedelta(days=DAYS + 1),
    )
    removed = await retention.apply(services, now=now)
    assert removed.answers == 1
    assert await runs.answers(services.db, run_id) == {"b": "nieuw"}

    # The day before the period ends it stays; the day after it is gone.
    await still_writing(services.db, now + timedelta(days=DAYS + 1))
    assert (await retention.apply(services, now=now + timedelta(days=DAYS - 1))).answers == 0
    assert (await retention.apply(services, now=now + timedelta(days=DAYS + 1))).answers == 1
    assert await runs.of_citizen(services.db, 1) == []


async def test_session_answers_and_sessions_go_after_their_period(
    services: Services, visitor: MakeVisitor
) -> None:
    for user in (700, 2):
        await visitor(user)
    session = await session_store.create(services.db, "salt-1", "hash-1", "Klas 3B", 700, None)
    assert session is not None
    await session_store.join(services.db, session.id, 2)
    pushed = await session_store.add_push(services.db, session.id, "prompt", prompt_text="Wat?")
    assert pushed.push is not None
    await session_store.answer_prompt(services.db, pushed.push.id, 2, "Dit vind ik", "")
    await session_store.close(services.db, session.id)
    now = datetime.now(UTC)
    await still_writing(services.db, now + timedelta(days=DAYS + 1))
    assert (
        await retention.apply(services, now=now + timedelta(days=DAYS - 1)) == retention.Removed()
    )
    removed = await retention.apply(services, now=now + timedelta(days=DAYS + 1))
    assert removed.answers == 1 and removed.sessions == 1
    assert await session_store.get(services.db, session.id) is None
    assert await session_store.of_participant(services.db, 2) == []


async def test_ideas_and_support_go_after_their_period(
    services: Services, visitor: MakeVisitor
) -> None:
    for user in (1, 2):
        await visitor(user)
    await idea_store.save_draft(services.db, 1, "Meer bankjes in het park van Deventer")
    await idea_store.set_draft_theme(services.db, 1, "leefomgeving")
    sent = await idea_store.submit(services.db, 1, 5)
    assert sent is not None
    await idea_store.decide(services.db, sent.id, "approved", None, 9000)
    await idea_store.set_support(services.db, sent.id, 2, True)
    await idea_store.save_draft(services.db, 2, "Een idee dat nooit verstuurd werd")
    now = datetime.now(UTC)
    await still_writing(services.db, now + timedelta(days=DAYS + 1))
    assert (await retention.apply(services, now=now + timedelta(days=DAYS - 1))).ideas == 0
    removed = await retention.apply(services, now=now + timedelta(days=DAYS + 1))
    assert removed.ideas >= 1
    assert await idea_store.get(services.db, sent.id) is None
    assert await idea_store.supported_by(services.db, 2) == []
    assert await idea_store.draft(services.db, 2) is None


async def test_silent_citizens_are_erased_with_their_name_and_telegram_number(
    services: Services, visitor: MakeVisitor
) -> None:
    await visitor(1)
    await visitor(2)
    now = datetime.now(UTC)
    await backdate(
        services.db,
        "UPDATE citizens SET last_seen_at = ? WHERE user_id = 1",
        now - timedelta(days=DAYS + 1),
    )
    await backdate(
        services.db,
        "UPDATE citizens SET last_seen_at = ? WHERE user_id = 2",
        now - timedelta(days=DAYS - 1),
    )
    removed = await retention.apply(services, now=now)
    assert removed.silent_citizens == 1
    assert await citizens.get(services.db, 1) is None
    kept = await citizens.get(services.db, 2)
    assert kept is not None and kept.first_name == "Fenna"


async def test_a_message_counts_as_activity_once_a_day(
    services: Services, visitor: MakeVisitor
) -> None:
    await visitor(1)
    old = datetime.now(UTC) - timedelta(days=DAYS + 5)
    await backdate(services.db, "UPDATE citizens SET last_seen_at = ? WHERE user_id = 1", old)
    await citizens.seen(services.db, 1, "en")  # a new message today
    assert (await retention.apply(services)).silent_citizens == 0
    assert await citizens.get(services.db, 1) is not None


async def test_subscriptions_go_some_time_after_the_event(
    services: Services, visitor: MakeVisitor
) -> None:
    await visitor(1)
    now = datetime.now(UTC)
    start = now + timedelta(days=3)
    await services.db.execute(
        "INSERT INTO events (id, kind, title_nl, place, starts_at, created_at, updated_at) "
        "VALUES ('ev', 'debat', 'Debat', 'Zwolle', ?, ?, ?)",
        (iso(start), iso(now), iso(now)),
    )
    await services.db.execute(
        "INSERT INTO event_subscriptions (event_id, user_id, created_at) VALUES ('ev', 1, ?)",
        (iso(now),),
    )
    later = start + timedelta(days=SUBSCRIPTION_DAYS_AFTER_EVENT)
    assert (await retention.apply(services, now=later - timedelta(hours=1))).subscriptions == 0
    assert (await retention.apply(services, now=later + timedelta(hours=1))).subscriptions == 1


async def test_consent_records_go_once_they_cover_nothing(
    services: Services, visitor: MakeVisitor
) -> None:
    from bot.privacy import withdrawal_store as withdrawal

    await visitor(1)
    await visitor(2)
    await withdrawal.withdraw(services.db, 1)
    assert len(await citizens.consent_events(services.db, 1)) == 2
    removed = await retention.apply(services)
    assert removed.consent_records == 2
    assert await citizens.consent_events(services.db, 1) == []
    # Consent that is still given covers the answers to come: its record stays.
    assert len(await citizens.consent_events(services.db, 2)) == 1


async def test_the_audit_log_goes_after_its_period(
    services: Services, visitor: MakeVisitor
) -> None:
    await audit.record(services.db, 9000, "export", "dialogue=goed-bestuur")
    now = datetime.now(UTC)
    soon = now + timedelta(days=AUDIT_LOG_DAYS - 1)
    assert (await retention.apply(services, now=soon)).audit_rows == 0
    late = now + timedelta(days=AUDIT_LOG_DAYS + 1)
    assert (await retention.apply(services, now=late)).audit_rows >= 1
    assert [e for e in await audit.entries(services.db) if e["action"] == "export"] == []


async def test_running_twice_removes_nothing_more(services: Services, visitor: MakeVisitor) -> None:
    await visitor(1)
    await answered_run(services, 1)
    later = datetime.now(UTC) + timedelta(days=DAYS + 1)
    await still_writing(services.db, later)
    first = await retention.apply(services, now=later)
    assert first.answers == 2
    assert (await retention.apply(services, now=later)).answers == 0
