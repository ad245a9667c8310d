"""Events through the real bot: /agenda, reminders on and off, the calendar file, deep links,
staff cancelling, and erasure. The citizens speak English (the Dutch texts of this feature
are added to the catalog separately)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from icalendar import Calendar

from bot.events import reminders, store
from bot.events.store import EventData
from bot.sandbox.client import StandInClient
from bot.storage.database import Database
from tests.scenarios.conftest import BotUnderTest, consent

TITLE = "Provincial council game in Zwolle"


async def add_event(db: Database, event_id: str = "statenspel-zwolle", **later: float) -> str:
    start = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(**(later or {"days": 3}))
    await store.upsert(
        db,
        EventData(
            id=event_id,
            kind="statenspel",
            title_nl="Statenspel in Zwolle",
            title_en=TITLE,
            description_nl="Speel een avond Statenlid.",
            description_en="Be a council member for one evening.",
            place="Provinciehuis, Zwolle",
            starts_at=start.isoformat(timespec="seconds"),
            ends_at=None,
        ),
    )
    return event_id


async def reminder_keys(db: Database, user: int) -> list[str]:
    rows = await db.fetch_all(
        "SELECT dedupe_key FROM outbox WHERE chat_id = ? AND dedupe_key LIKE 'reminder:%' "
        "AND sent_at IS NULL ORDER BY dedupe_key",
        (user,),
    )
    return [r["dedupe_key"] for r in rows]


def number_button(message: dict, number: int) -> str:
    """The label of the button of event ``number`` in a list ("1 · Dec 7")."""
    return next(
        label
        for row in message["buttons"]
        for label in row
        if label.startswith(f"{number} · ") or label.startswith(f"❌ Cancel {number} · ")
    )


async def open_card(citizens: StandInClient, user: int) -> dict:
    await citizens.send_text(user, "/agenda", language_code="en")
    agenda = await citizens.wait_for_bot_message(user, contains="What is coming up")
    assert f"<b>1. {TITLE}</b>" in agenda["text"]
    await citizens.press(user, number_button(agenda, 1))
    return await citizens.wait_for_bot_message(user, contains="Be a council member")


async def test_agenda_is_readable_without_consent(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await add_event(db)
    card = await open_card(citizens, 7101)
    assert TITLE in card["text"] and "Provinciehuis, Zwolle" in card["text"]
    assert card.get("edit_count"), "the agenda message is replaced by the event"
    await citizens.press(7101, "🔔 Remind me")
    await citizens.wait_for_bot_message(7101, contains="first need your consent")
    assert await store.subscribed_ids(db, 7101) == set()
    # After consenting (the short statement first, then the age group), the event opens again.
    await citizens.press(7101, "✅ Read and choose")
    await citizens.wait_for_bot_message(7101, contains="Do you want to take part")
    await citizens.press(7101, "✅ Yes, I'll take part")
    await citizens.wait_for_bot_message(7101, contains="How old are you?")
    await citizens.press(7101, "older than 65")
    await citizens.wait_for_bot_message(7101, contains="Be a council member")


async def test_reminders_on_twice_and_off(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    event_id = await add_event(db)
    await consent(citizens, 7102, "en")
    card = await open_card(citizens, 7102)
    pressed = await citizens.press(7102, "🔔 Remind me")
    await citizens.wait_for_bot_message(7102, contains="You get a reminder 24 hours")
    await citizens.wait_until_idle()
    assert pressed.callback_query_id is not None
    notice = await citizens.callback_answer(pressed.callback_query_id)
    assert notice.get("text") == "🔔 Done. You will get a reminder."
    event = await store.get(db, event_id)
    assert event is not None
    expected = sorted(reminders.reminder_key(event, 7102, kind) for kind in ("24h", "1h"))
    assert await reminder_keys(db, 7102) == expected
    rows = await db.fetch_all("SELECT not_before FROM outbox WHERE chat_id = 7102 ORDER BY id")
    assert [r["not_before"] for r in rows] == [
        (event.start - timedelta(hours=24)).isoformat(timespec="seconds"),
        (event.start - timedelta(hours=1)).isoformat(timespec="seconds"),
    ]

    # The same button pressed again (a repeated update): nothing changes.
    assert pressed.data is not None
    await citizens.forge_callback(7102, card["message_id"], pressed.data)
    await citizens.wait_until_idle()
    assert await reminder_keys(db, 7102) == expected
    assert await store.subscribed_ids(db, 7102) == {event_id}

    await citizens.press(7102, "🔕 Stop reminding me")
    await citizens.wait_for_bot_message(7102, contains="Be a council member")
    await citizens.wait_until_idle()
    assert await reminder_keys(db, 7102) == []
    assert await store.subscribed_ids(db, 7102) == set()


async def test_a_due_reminder_arrives_once_also_after_a_restart(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    event_id = await add_event(db)
    await consent(citizens, 7103, "en")
    await open_card(citizens, 7103)
    await citizens.press(7103, "🔔 Remind me")
    await citizens.wait_for_bot_message(7103, contains="You get a reminder 24 hours")
    event = await store.get(db, event_id)
    assert event is not None
    key = reminders.reminder_key(event, 7103, "24h")
    # Time passes: the 24-hour reminder is due now.
    past = (datetime.now(UTC) - timedelta(seconds=5)).isoformat(timespec="seconds")
    await db.execute("UPDATE outbox SET not_before = ? WHERE dedupe_key = ?", (past, key))
    arrived = await citizens.wait_for_bot_message(7103, contains="Tomorrow:", timeout=10)
    assert TITLE in arrived["text"]

    await bot.restart()
    services = bot.running.services if bot.running else None
    assert services is not None
    timezone = services.settings.timezone
    await reminders.sync_all(services.db, services.catalogs, timezone)
    # Also when the job runs as if the reminder were not due yet: it is not queued again.
    early = event.start - timedelta(hours=24, minutes=1)
    await reminders.sync_all(services.db, services.catalogs, timezone, now=early)
    same = await bot.db.fetch_all(
        "SELECT dedupe_key FROM outbox WHERE chat_id = 7103 AND dedupe_key LIKE 'reminder:%:24h:%'"
    )
    assert [r["dedupe_key"] for r in same] == [key]
    await asyncio.sleep(1.5)  # a few rounds of the outbox job
    await citizens.wait_until_idle()
    reminders_sent = [
        m for m in await citizens.bot_messages(7103) if "Tomorrow:" in (m.get("text") or "")
    ]
    assert len(reminders_sent) == 1
    # The button of the reminder works.
    await citizens.press(7103, "ℹ️ More about it", message_id=arrived["message_id"])
    await citizens.wait_for_bot_message(7103, contains="Be a council member")
    assert await reminder_keys(bot.db, 7103) == [reminders.reminder_key(event, 7103, "1h")]


async def test_calendar_file_can_be_downloaded(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    event_id = await add_event(db)
    await open_card(citizens, 7104)
    await citizens.press(7104, "📅 Add to your calendar")
    await citizens.wait_for_bot_message(7104, contains="calendar on your phone")
    await citizens.wait_until_idle()
    documents = [m for m in await citizens.bot_messages(7104) if "document" in m]
    assert documents and documents[-1]["document"]["file_name"] == f"{event_id}.ics"
    content = await citizens.download(documents[-1]["document"]["file_id"])
    (item,) = Calendar.from_ical(content).walk("VEVENT")
    assert str(item["SUMMARY"]) == TITLE
    event = await store.get(db, event_id)
    assert event is not None and item.decoded("DTSTART") == event.start


async def test_deep_link_opens_the_event(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await add_event(db)
    await consent(citizens, 7105, "en")
    await citizens.send_text(7105, "/start e_statenspel-zwolle")
    card = await citizens.wait_for_bot_message(7105, contains="Be a council member")
    assert any("🔔 Remind me" in row for row in card["buttons"])
    await citizens.send_text(7105, "/start e_bestaat-niet")
    await citizens.wait_for_bot_message(7105, contains="can't find this event")


async def test_staff_cancel_tells_subscribers_once(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    event_id = await add_event(db)
    for user in (7106, 7107):
        await consent(citizens, user, "en")
        await open_card(citizens, user)
        await citizens.press(user, "🔔 Remind me")
        await citizens.wait_for_bot_message(user, contains="You get a reminder 24 hours")

    await citizens.send_text(7108, "/evenement", language_code="en")
    await citizens.wait_for_bot_message(7108, contains="only staff")

    await citizens.send_text(9000, "/evenement", language_code="en")
    listing = await citizens.wait_for_bot_message(9000, contains="Upcoming events")
    assert "2 subscribers" in listing["text"] and f"start=e_{event_id}" in listing["text"]
    assert f"<b>1. {TITLE}</b>" in listing["text"]
    await citizens.press(9000, number_button(listing, 1))
    await citizens.wait_for_bot_message(9000, contains="2 people get a message")
    sure = await citizens.press(9000, "❌ Yes, cancel it")
    await citizens.wait_for_bot_message(9000, contains="is cancelled")
    assert sure.data is not None
    again = await citizens.forge_callback(9000, sure.message_id, sure.data)
    await citizens.wait_until_idle()
    notice = await citizens.callback_answer(again.callback_query_id or "")
    assert notice.get("text") == "This event was cancelled already."
    shown = next(m for m in await citizens.bot_messages(9000) if m["message_id"] == sure.message_id)
    assert "2 people will get a message" in shown["text"]  # what the first tap said stays

    for user in (7106, 7107):
        await citizens.wait_for_bot_message(user, contains="is cancelled. We are sorry", timeout=10)
    await asyncio.sleep(1.2)
    await citizens.wait_until_idle()
    for user in (7106, 7107):
        told = [m for m in await citizens.bot_messages(user) if "is cancelled" in (m["text"] or "")]
        assert len(told) == 1
        assert await reminder_keys(db, user) == []


async def test_erasure_removes_subscriptions_and_reminders(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await add_event(db)
    await consent(citizens, 7109, "en")
    await open_card(citizens, 7109)
    await citizens.press(7109, "🔔 Remind me")
    await citizens.wait_for_bot_message(7109, contains="You get a reminder 24 hours")
    assert len(await reminder_keys(db, 7109)) == 2

    await citizens.send_text(7109, "/vergeetmij")
    await citizens.wait_for_bot_message(7109, contains="erase")
    await citizens.press(7109, "🗑 Yes, erase everything")
    await citizens.wait_for_bot_message(7109)
    await citizens.wait_until_idle()
    assert await store.subscribed_ids(db, 7109) == set()
    assert await reminder_keys(db, 7109) == []
    left = await db.fetch_all("SELECT * FROM event_subscriptions WHERE user_id = 7109")
    assert left == []


async def add_long_events(db: Database, count: int) -> None:
    """``count`` events with every text at its longest (the import's limits)."""
    start = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=2)
    for number in range(count):
        await store.upsert(
            db,
            EventData(
                id=f"debat-{number:02d}",
                kind="debat",
                title_nl=f"Debat {number:02d} " + "n" * 110,
                title_en=f"Debate {number:02d} " + "e" * 110,
                description_nl="Beschrijving " + "x" * 980,
                description_en="Description " + "y" * 980,
                place="Zaal " + "p" * 195,
                starts_at=(start + timedelta(hours=number)).isoformat(timespec="seconds"),
                ends_at=None,
            ),
        )


async def test_a_long_agenda_comes_in_pages(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await add_long_events(db, 15)
    user = 7301
    await citizens.send_text(user, "/agenda", language_code="en")
    first = await citizens.wait_for_bot_message(user, contains="What is coming up")
    assert "Debate 00" in first["text"] and "Debate 05" in first["text"]
    assert "Debate 06" not in first["text"]
    assert first["buttons"][-1] == ["Next page ➡️"]

    await citizens.press(user, "Next page ➡️", message_id=first["message_id"])
    second = await citizens.wait_for_bot_message(user, contains="Debate 06")
    assert second["message_id"] == first["message_id"]
    assert second["buttons"][-1] == ["⬅️ Previous page", "Next page ➡️"]
    await citizens.press(user, "Next page ➡️", message_id=first["message_id"])
    last = await citizens.wait_for_bot_message(user, contains="Debate 14")
    assert "Debate 11" not in last["text"]
    assert last["buttons"][-1] == ["⬅️ Previous page"]


async def test_staff_see_many_events_in_pages(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await add_long_events(db, 25)
    await consent(citizens, 9000, "en")
    await citizens.send_text(9000, "/evenement")
    listing = await citizens.wait_for_bot_message(9000, contains="Upcoming events")
    assert "debat-05" in listing["text"] and "debat-06" not in listing["text"]
    await citizens.press(9000, "Next page ➡️", message_id=listing["message_id"])
    later = await citizens.wait_for_bot_message(9000, contains="debat-06")
    assert "<b>7. Debate 06" in later["text"]
    assert number_button(later, 7) == later["buttons"][0][0]
    await citizens.wait_until_idle()
    assert not [m for m in await citizens.bot_messages(9000) if "went wrong" in m["text"]]


def data_of(message: dict, label: str) -> str:
    return next(
        button["callback_data"]
        for row in message["reply_markup"]["inline_keyboard"]
        for button in row
        if button["text"] == label
    )


async def test_old_agenda_buttons_act_on_the_agenda_as_it_is_now(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await add_long_events(db, 8)
    user = 7302
    await consent(citizens, user, "en")
    await citizens.send_text(user, "/agenda")
    first = await citizens.wait_for_bot_message(user, contains="What is coming up")
    old_next_page = data_of(first, "Next page ➡️")
    old_first_event = data_of(first, number_button(first, 1))
    await citizens.press(user, number_button(first, 2), message_id=first["message_id"])
    card = await citizens.wait_for_bot_message(user, contains="Debate 01")
    old_remind = data_of(card, "🔔 Remind me")

    for event_id in ("debat-00", "debat-01", "debat-02"):
        assert await store.cancel(db, event_id)

    # "Next page" of a list that has only one page now: the list as it is, not "no events".
    pressed = await citizens.forge_callback(user, first["message_id"], old_next_page)
    await citizens.wait_until_idle()
    now = next(
        m for m in await citizens.bot_messages(user) if m["message_id"] == pressed.message_id
    )
    assert "What is coming up" in now["text"] and "<b>1. Debate 03" in now["text"]
    assert "Next page ➡️" not in [label for row in now["buttons"] for label in row]

    # The button of an event that was cancelled since: its card says so, without reminders.
    await citizens.forge_callback(user, first["message_id"], old_first_event)
    cancelled = await citizens.wait_for_bot_message(user, contains="This event is cancelled")
    assert "🔔 Remind me" not in [label for row in cancelled["buttons"] for label in row]

    # "Remind me" on an old card of a cancelled event: a notice, no subscription.
    pressed = await citizens.forge_callback(user, card["message_id"], old_remind)
    await citizens.wait_until_idle()
    notice = await citizens.callback_answer(pressed.callback_query_id or "")
    assert "cancelled" in (notice.get("text") or "")
    assert await store.subscribed_ids(db, user) == set()
