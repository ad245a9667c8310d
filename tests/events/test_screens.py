"""What citizens and staff see: the agenda, one event, the calendar file, button data."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from icalendar import Calendar

from bot.events import calendar, store
from bot.events import flow as events
from bot.events.actions import AskCancelEvent, OpenEvent
from bot.events.screens import KINDS
from bot.events.store import Event
from bot.i18n import load_translations
from bot.messaging.callback_codec import CallbackCodec
from bot.services import Services
from bot.storage.database import Database
from tests.events.conftest import NOW, add_event, data, visitor


async def test_agenda_lists_upcoming_events_escaped(services: Services, db: Database) -> None:
    await add_event(db, data("debat-later", start=NOW + timedelta(days=9), title_en="A <b> & C"))
    await add_event(db, data("statenspel-soon", start=NOW + timedelta(days=2)))
    await add_event(db, data("debat-past", start=NOW - timedelta(days=1)))
    await add_event(db, data("debat-off", start=NOW + timedelta(days=4)))
    await store.cancel(db, "debat-off")
    who = await visitor(db, 700, agreed=False)
    (reply,) = await events.agenda(services, who, now=NOW)
    assert reply.text.index("Provincial council game") < reply.text.index("A &lt;b&gt; &amp; C")
    assert "debat-past" not in str(reply.buttons) and "debat-off" not in str(reply.buttons)
    # Numbered in the text, and a button per number with its day: a title would be cut off.
    assert [(b.label, b.action) for row in reply.buttons for b in row] == [
        ("1 · May 3", OpenEvent("statenspel-soon", in_place=True)),
        ("2 · May 10", OpenEvent("debat-later", in_place=True)),
    ]
    assert "<b>1. Provincial council game" in reply.text
    assert "May 3, 2030, 12:00\u202fPM – 2:00\u202fPM" in reply.text


async def test_agenda_in_dutch_uses_dutch_dates_and_titles(
    services: Services, db: Database
) -> None:
    await add_event(db)
    who = await visitor(db, 700, "nl")
    (reply,) = await events.agenda(services, who, now=NOW)
    assert "Statenspel in Zwolle" in reply.text
    assert "4 mei 2030, 12:00 – 14:00" in reply.text


async def test_empty_agenda(services: Services, db: Database) -> None:
    (reply,) = await events.agenda(services, await visitor(db, 700), now=NOW)
    assert "no events planned" in reply.text and not reply.buttons


async def test_calendar_file_is_valid_icalendar(services: Services, db: Database) -> None:
    await add_event(db)
    (reply,) = await events.calendar_file(services, await visitor(db, 700), "statenspel-test")
    assert reply.document is not None and reply.document.filename == "statenspel-test.ics"
    calendar = Calendar.from_ical(reply.document.content)
    (item,) = calendar.walk("VEVENT")
    assert str(item["SUMMARY"]) == "Provincial council game in Zwolle"
    assert str(item["LOCATION"]) == "Provinciehuis, Zwolle"
    assert item.decoded("DTSTART") == NOW + timedelta(days=3)
    assert item.decoded("DTEND") == NOW + timedelta(days=3, hours=2)
    assert str(item["UID"]) == "statenspel-test@overijsseldoetmee.nl"
    assert str(item["STATUS"]) == "CONFIRMED"


async def test_a_changed_or_cancelled_event_has_a_higher_sequence(db: Database) -> None:
    event = await add_event(db)

    def sequence(version: Event) -> int:
        (item,) = Calendar.from_ical(calendar.as_ics(version, "en")).walk("VEVENT")
        return int(item["SEQUENCE"])

    moved = replace(event, updated_at="2031-01-01T10:00:00+00:00")
    cancelled = replace(moved, cancelled_at="2031-01-02T09:00:00+00:00")
    assert sequence(event) < sequence(moved) < sequence(cancelled)


async def test_the_card_promises_only_reminders_still_to_come(
    services: Services, db: Database
) -> None:
    who = await visitor(db, 700)
    for event_id, starts_in, promise in (
        ("over-twee-dagen", timedelta(days=2), "24 hours and 1 hour before"),
        ("vanavond", timedelta(hours=5), "a reminder 1 hour before"),
        ("zo-meteen", timedelta(minutes=30), "no reminder will come"),
    ):
        await add_event(db, data(event_id, start=NOW + starts_in))
        await events.set_reminder(services, who, event_id, True, now=NOW)
        (card,) = await events.open_event(services, who, event_id, now=NOW)
        assert promise in card.text, event_id


async def test_unknown_event(services: Services, db: Database) -> None:
    (reply,) = await events.open_event(services, await visitor(db, 700), "bestaat-niet")
    assert "can't find this event" in reply.text


async def test_button_data_fit_with_the_longest_id(services: Services, db: Database) -> None:
    longest = "a" * 32
    await add_event(db, data(longest, start=NOW + timedelta(days=3)))
    who = await visitor(db, 9000)
    replies = [
        *await events.agenda(services, who, now=NOW),
        *await events.open_event(services, who, longest, now=NOW),
        *(await events.set_reminder(services, who, longest, True, now=NOW)).replies,
        *await events.staff_overview(services, who, now=NOW),
        *await events.staff_confirm_cancel(services, who, longest, now=NOW),
    ]
    codec = CallbackCodec("secret")
    for reply in replies:
        for row in reply.buttons:
            for button in row:
                assert button.action is not None
                assert len(codec.encode(button.action).encode()) <= 64


async def test_staff_list_shows_links_and_counts(services: Services, db: Database) -> None:
    await add_event(db)
    await events.set_reminder(services, await visitor(db, 700), "statenspel-test", True, now=NOW)
    services.me.username = "doetmee_bot"
    (reply,) = await events.staff_overview(services, await visitor(db, 9000), now=NOW)
    assert "https://t.me/doetmee_bot?start=e_statenspel-test" in reply.text
    assert "1 subscriber" in reply.text
    assert reply.buttons[0][0].action == AskCancelEvent("statenspel-test")


def test_kind_labels_are_translatable() -> None:
    t = load_translations("nl").get("en")
    assert all(t.gettext(label) for label in KINDS.values())
