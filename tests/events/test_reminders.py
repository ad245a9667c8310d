"""Subscribing queues reminders (24 hours and 1 hour before); everything else keeps the
outbox in line with the subscriptions, also when repeated or after a crash."""

from __future__ import annotations

from datetime import timedelta

from telegram.ext import ApplicationBuilder

from bot import application
from bot.events import flow as events
from bot.events import reminders, store
from bot.events.actions import Remind
from bot.messaging.reply_json import loads
from bot.own_data import erasure
from bot.people.consent import TERMS_VERSION
from bot.privacy import withdrawal_store as withdrawal
from bot.runtime import runner
from bot.services import Services
from bot.settings import language as language_switch
from bot.storage import citizens
from bot.storage import outbox as outbox_store
from bot.storage.database import Database
from tests.events.conftest import (
    AMSTERDAM,
    CATALOGS,
    NOW,
    add_event,
    citizen,
    data,
    outbox_rows,
    visitor,
)

START = NOW + timedelta(days=3)  # 2030-05-04 10:00 UTC
KEY_24H = "reminder:statenspel-test:700:24h:20300504T1000Z"
KEY_1H = "reminder:statenspel-test:700:1h:20300504T1000Z"


async def reminder_rows(db: Database) -> dict[str, str]:
    return {
        r["dedupe_key"]: r["not_before"]
        for r in await outbox_rows(db)
        if str(r["dedupe_key"]).startswith("reminder:")
    }


async def test_subscribing_queues_both_reminders_once(services: Services, db: Database) -> None:
    await add_event(db)
    who = await visitor(db, 700)
    outcome = await events.set_reminder(services, who, "statenspel-test", True, now=NOW)
    assert outcome.notice == "🔔 Done. You will get a reminder."
    assert "Stop reminding me" in str(outcome.replies[0].buttons)
    assert await reminder_rows(db) == {
        KEY_24H: "2030-05-03T10:00:00+00:00",
        KEY_1H: "2030-05-04T09:00:00+00:00",
    }
    # The same update again (or a second press): nothing changes.
    await events.set_reminder(services, who, "statenspel-test", True, now=NOW)
    assert len(await outbox_rows(db)) == 2
    assert await store.subscribed_ids(db, 700) == {"statenspel-test"}
    reply = loads(str((await outbox_rows(db))[0]["reply"]))
    assert "Tomorrow:" in reply.text and "Provincial council game in Zwolle" in reply.text
    assert "12:00\u202fPM" in reply.text  # 10:00 UTC is 12:00 in Amsterdam in May


async def test_reminders_only_when_in_time(services: Services, db: Database) -> None:
    await add_event(db, data(start=NOW + timedelta(hours=5)))
    who = await visitor(db, 700)
    await events.set_reminder(services, who, "statenspel-test", True, now=NOW)
    assert list(await reminder_rows(db)) == ["reminder:statenspel-test:700:1h:20300501T1500Z"]

    await add_event(db, data("debat-soon", start=NOW + timedelta(minutes=30)))
    soon = await events.set_reminder(services, who, "debat-soon", True, now=NOW)
    assert soon.notice == "🔔 Done. It starts within the hour, so there is no reminder."
    assert len(await reminder_rows(db)) == 1

    await add_event(db, data("debat-past", start=NOW - timedelta(hours=1)))
    past = await events.set_reminder(services, who, "debat-past", True, now=NOW)
    assert past.notice == "This event has already started, is over or is cancelled."
    assert "debat-past" not in await store.subscribed_ids(db, 700)


async def test_unsubscribing_removes_unsent_reminders(services: Services, db: Database) -> None:
    await add_event(db)
    who = await visitor(db, 700)
    await events.set_reminder(services, who, "statenspel-test", True, now=NOW)
    sent = await db.fetch_one("SELECT id FROM outbox WHERE dedupe_key = ?", (KEY_24H,))
    assert sent is not None
    await outbox_store.mark_sent(db, sent["id"])
    outcome = await events.set_reminder(services, who, "statenspel-test", False, now=NOW)
    assert outcome.notice == "🔕 Done. You get no more reminders for this event."
    assert "🔔 Remind me" in str(outcome.replies[0].buttons)
    assert list(await reminder_rows(db)) == [KEY_24H]  # only the one already sent
    assert await store.subscribed_ids(db, 700) == set()
    again = await events.set_reminder(services, who, "statenspel-test", False, now=NOW)
    assert again.notice == outcome.notice


async def test_consent_is_needed_to_subscribe(services: Services, db: Database) -> None:
    await add_event(db)
    who = await visitor(db, 701, agreed=False)
    remind = Remind("statenspel-test", wanted=True)
    outcome = await application.press(services, who, remind)  # as the bot checks it
    assert "first need your consent" in outcome.replies[0].text
    stored = await citizens.get(db, 701)
    assert stored is not None and stored.pending_start == "e_statenspel-test"
    assert await outbox_rows(db) == []


async def test_cancelling_tells_subscribers_once(services: Services, db: Database) -> None:
    await add_event(db)
    for user in (700, 702):
        await events.set_reminder(
            services, await visitor(db, user), "statenspel-test", True, now=NOW
        )
    staff = await visitor(db, 9000)
    confirm = await events.staff_confirm_cancel(services, staff, "statenspel-test", now=NOW)
    assert "2 people get a message" in confirm[0].text
    done = await events.staff_cancel(services, staff, "statenspel-test", now=NOW)
    assert "is cancelled" in done.replies[0].text and "2 people" in done.replies[0].text
    twice = await events.staff_cancel(services, staff, "statenspel-test", now=NOW)
    assert twice.replies == [] and twice.notice == "This event was cancelled already."
    rows = await outbox_rows(db)
    assert [r["dedupe_key"] for r in rows] == [
        "event-cancelled:statenspel-test:700",
        "event-cancelled:statenspel-test:702",
    ]
    assert "is cancelled" in loads(str(rows[0]["reply"])).text
    card = await events.open_event(services, await visitor(db, 700), "statenspel-test", now=NOW)
    assert "cancelled" in card[0].text and "Remind me" not in str(card[0].buttons)


async def test_sync_repairs_and_cleans_up(services: Services, db: Database) -> None:
    event = await add_event(db)
    await citizen(db, 700)
    await store.subscribe(db, event.id, 700)  # a crash before the reminders were queued
    assert await reminders.sync_all(db, CATALOGS, AMSTERDAM, now=NOW) == 2
    assert await reminders.sync_all(db, CATALOGS, AMSTERDAM, now=NOW) == 0
    assert len(await reminder_rows(db)) == 2

    # Consent withdrawn: no more reminders.
    await withdrawal.withdraw(db, 700)
    await reminders.sync_all(db, CATALOGS, AMSTERDAM, now=NOW)
    assert await reminder_rows(db) == {}

    # Consent again (withdrawing ended the subscription: subscribe again); once the event
    # started, unsent reminders are dropped.
    await citizens.give_consent(db, 700, TERMS_VERSION, None, None)
    await store.subscribe(db, event.id, 700)
    await reminders.sync_all(db, CATALOGS, AMSTERDAM, now=NOW)
    assert len(await reminder_rows(db)) == 2
    await reminders.sync_all(db, CATALOGS, AMSTERDAM, now=START + timedelta(minutes=1))
    assert await reminder_rows(db) == {}


async def test_a_due_reminder_is_kept_by_sync(db: Database) -> None:
    event = await add_event(db)
    await citizen(db, 700)
    await store.subscribe(db, event.id, 700)
    await reminders.sync_event(db, CATALOGS, AMSTERDAM, event, now=NOW)
    later = START - timedelta(hours=2)  # the 24h reminder is due but was not delivered yet
    assert await reminders.sync_all(db, CATALOGS, AMSTERDAM, now=later) == 0
    assert len(await reminder_rows(db)) == 2


async def test_erasure_removes_subscriptions_and_reminders(
    services: Services, db: Database
) -> None:
    await add_event(db)
    await events.set_reminder(services, await visitor(db, 700), "statenspel-test", True, now=NOW)
    await events.set_reminder(services, await visitor(db, 702), "statenspel-test", True, now=NOW)
    await erasure.erase(services, 700)
    left = await db.fetch_all("SELECT user_id FROM event_subscriptions")
    assert [r["user_id"] for r in left] == [702]
    assert {r["chat_id"] for r in await outbox_rows(db)} == {702}
    assert await events.own_data(db, 700) == {"subscriptions": []}


async def test_own_data_lists_subscriptions(services: Services, db: Database) -> None:
    await add_event(db)
    await events.set_reminder(services, await visitor(db, 700), "statenspel-test", True, now=NOW)
    (item,) = (await events.own_data(db, 700))["subscriptions"]
    assert item["event_id"] == "statenspel-test"
    assert item["starts_at"] == "2030-05-04T10:00:00+00:00"
    assert item["subscribed_at"] and item["cancelled"] is False


async def test_schedule_adds_a_repeating_job(services: Services) -> None:
    application = ApplicationBuilder().token("1:x").updater(None).build()
    runner.schedule_reminders(application, services)
    assert application.job_queue is not None
    assert [job.name for job in application.job_queue.jobs()] == ["reminders"]


async def test_withdrawing_consent_ends_subscriptions(services: Services, db: Database) -> None:
    await add_event(db)
    await add_event(db, data("debat-zwolle"))
    who = await visitor(db, 700)
    for event_id in ("statenspel-test", "debat-zwolle"):
        await events.set_reminder(services, who, event_id, True, now=NOW)
    await events.set_reminder(services, await visitor(db, 702), "debat-zwolle", True, now=NOW)
    assert len(await reminder_rows(db)) == 6
    assert await events.forget_subscriptions(db, 700) == 2
    assert await store.subscribed_ids(db, 700) == set()
    assert {r["chat_id"] for r in await outbox_rows(db)} == {702}


async def test_waiting_reminders_follow_a_change_of_language(
    services: Services, db: Database
) -> None:
    await add_event(db)
    dutch = await visitor(db, 700, "nl")
    await events.set_reminder(services, dutch, "statenspel-test", True, now=NOW)
    before = [loads(str(r["reply"])).text for r in await outbox_rows(db)]
    assert before and all("Statenspel in Zwolle" in text for text in before)

    await language_switch.switch(services, dutch, "en")

    after = [loads(str(r["reply"])).text for r in await outbox_rows(db)]
    assert len(after) == len(before)
    assert all("Provincial council game" in text for text in after), after
