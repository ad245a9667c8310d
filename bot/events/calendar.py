"""An event as an iCalendar file (RFC 5545), for the "📅 Add to your calendar" button."""

from __future__ import annotations

from datetime import UTC, datetime

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from bot.events.store import Event

PRODUCT_ID = "-//Provincie Overijssel//Overijssel doet mee!//NL"
UID_DOMAIN = "overijsseldoetmee.nl"
SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def _sequence(event: Event) -> int:
    """RFC 5545 SEQUENCE: higher after every change, so a calendar that already holds the
    event takes the moved or cancelled version (minutes since 2020 of the last change)."""
    changed = max(moment for moment in (event.updated_at, event.cancelled_at) if moment)
    minutes = (datetime.fromisoformat(changed) - SEQUENCE_EPOCH).total_seconds() // 60
    return max(0, int(minutes))


def as_ics(event: Event, locale: str | None) -> bytes:
    """The event as an iCalendar file (RFC 5545), in the citizen's language."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    item = CalendarEvent()
    item.add("uid", f"{event.id}@{UID_DOMAIN}")
    item.add("dtstamp", datetime.fromisoformat(event.updated_at or event.starts_at))
    item.add("dtstart", event.start.astimezone(UTC))
    if event.end is not None:
        item.add("dtend", event.end.astimezone(UTC))
    item.add("summary", event.title(locale))
    item.add("location", event.place)
    description = event.description(locale)
    if description:
        item.add("description", description)
    item.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    if event.updated_at:
        item.add("sequence", _sequence(event))
    calendar.add_component(item)
    ical: bytes = calendar.to_ical()
    return ical
