"""Events: the agenda, one event, reminders on and off, the calendar file, cancelling.

Domain only: it reads and writes through :mod:`bot.events.store` and
:mod:`bot.events.reminders`, and returns Replies. Reading the agenda and fetching a calendar file
need no consent (nothing about the citizen is stored); asking for reminders does.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from bot.events import calendar, reminders, screens, store
from bot.events.store import Event
from bot.messaging.reply import Outcome, Reply
from bot.people.consent import is_current
from bot.people.visitor import Visitor
from bot.services import Services
from bot.storage import audit
from bot.storage.database import Database

T = TypeVar("T")

PAGE_SIZE = 6
"""Events per message (/agenda, /evenement): six of the longest still fit Telegram's 4096."""


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


async def _fetch_page(
    query: Callable[[Database, str, int, int], Awaitable[list[T]]],
    db: Database,
    now: datetime | None,
    page: int,
) -> screens.Page[T]:
    """One page of events starting after now; an old page button (the list got shorter
    since) shows the first page."""
    after = _now(now).isoformat(timespec="seconds")
    found = await query(db, after, PAGE_SIZE + 1, page * PAGE_SIZE)
    if not found and page > 0:
        page = 0
        found = await query(db, after, PAGE_SIZE + 1, 0)
    return _page(found, page)


def _page(found: list[T], page: int) -> screens.Page[T]:
    """One page of a query asked for ``PAGE_SIZE + 1`` rows from ``page * PAGE_SIZE`` on."""
    return screens.Page(
        found[:PAGE_SIZE], page, more=len(found) > PAGE_SIZE, first=page * PAGE_SIZE
    )


async def agenda(
    services: Services,
    visitor: Visitor,
    *,
    replace: bool = False,
    page: int = 0,
    now: datetime | None = None,
) -> list[Reply]:
    """/agenda: the upcoming events, a page at a time, with a button per event."""
    shown = await _fetch_page(store.upcoming, services.db, now, page)
    subscribed = await store.subscribed_ids(services.db, visitor.user_id)
    timezone = services.settings.timezone
    return [screens.agenda(visitor.t, shown, subscribed, timezone, replace=replace)]


async def _card(
    services: Services, visitor: Visitor, event: Event, *, replace: bool, now: datetime | None
) -> Reply:
    subscribed = await store.is_subscribed(services.db, event.id, visitor.user_id)
    moment = _now(now)
    return screens.event_card(
        visitor.t,
        event,
        services.settings.timezone,
        subscribed=subscribed,
        now=moment,
        reminders_to_come=reminders.still_to_come(event, moment),
        replace=replace,
    )


async def open_event(
    services: Services,
    visitor: Visitor,
    event_id: str,
    *,
    replace: bool = False,
    now: datetime | None = None,
) -> list[Reply]:
    event = await store.get(services.db, event_id)
    if event is None:
        return [screens.unknown_event(visitor.t)]
    return [await _card(services, visitor, event, replace=replace, now=now)]


async def from_link(services: Services, visitor: Visitor, event_id: str) -> list[Reply]:
    """The deep link ``e_<event-id>``."""
    return await open_event(services, visitor, event_id)


async def set_reminder(
    services: Services,
    visitor: Visitor,
    event_id: str,
    wanted: bool,
    *,
    now: datetime | None = None,
) -> Outcome:
    """Turn reminders on (``wanted``) or off: pressing either button twice changes
    nothing the second time."""
    db, t = services.db, visitor.t
    moment = _now(now)
    event = await store.get(db, event_id)
    if event is None:
        return Outcome([screens.unknown_event(t)])
    if not wanted:
        await store.unsubscribe(db, event.id, visitor.user_id)
        await reminders.forget(db, event.id, visitor.user_id)
        card = await _card(services, visitor, event, replace=True, now=moment)
        return Outcome([card], screens.not_reminded(t))
    if event.cancelled or event.start <= moment:
        card = await _card(services, visitor, event, replace=True, now=moment)
        return Outcome([card], screens.too_late(t))
    await store.subscribe(db, event.id, visitor.user_id)
    timezone = services.settings.timezone
    await reminders.sync_event(
        db, services.catalogs, timezone, event, user_id=visitor.user_id, now=moment
    )
    ahead = sum(1 for _, before in reminders.KINDS if event.start - before > moment)
    card = await _card(services, visitor, event, replace=True, now=moment)
    return Outcome([card], screens.reminded(t, ahead))


async def calendar_file(services: Services, visitor: Visitor, event_id: str) -> list[Reply]:
    event = await store.get(services.db, event_id)
    if event is None:
        return [screens.unknown_event(visitor.t)]
    return [screens.calendar_file(visitor.t, event, calendar.as_ics(event, visitor.t.locale))]


async def own_data(db: Database, user_id: int) -> dict[str, Any]:
    """The citizen's subscriptions, for /mijngegevens."""
    return {
        "subscriptions": [
            {
                "event_id": event.id,
                "title": event.title_nl,
                "starts_at": event.starts_at,
                "place": event.place,
                "cancelled": event.cancelled,
                "subscribed_at": since,
            }
            for event, since in await store.subscriptions_of(db, user_id)
        ]
    }


async def forget_subscriptions(db: Database, user_id: int) -> int:
    """After the citizen withdrew consent: no more subscriptions, no unsent reminders.
    Returns how many subscriptions ended."""
    ended = await store.unsubscribe_all(db, user_id)
    for event_id in ended:
        await reminders.forget(db, event_id, user_id)
    return len(ended)


# Staff (/evenement).


async def staff_overview(
    services: Services,
    visitor: Visitor,
    *,
    replace: bool = False,
    page: int = 0,
    now: datetime | None = None,
) -> list[Reply]:
    """/evenement: the coming events (also cancelled ones), a page at a time."""
    shown = await _fetch_page(store.starting_after, services.db, now, page)
    timezone = services.settings.timezone
    return [screens.staff_list(visitor.t, shown, timezone, services.bot_username, replace=replace)]


async def staff_confirm_cancel(
    services: Services, visitor: Visitor, event_id: str, *, now: datetime | None = None
) -> list[Reply]:
    event = await store.get(services.db, event_id)
    if event is None:
        return [screens.unknown_event(visitor.t)]
    if event.cancelled or event.start <= _now(now):
        return [await _card(services, visitor, event, replace=True, now=now)]
    count = sum(
        1 for s in await store.subscribers(services.db, event.id) if is_current(s.consent_version)
    )
    return [screens.confirm_cancel(visitor.t, event, count, services.settings.timezone)]


async def staff_cancel(
    services: Services, visitor: Visitor, event_id: str, *, now: datetime | None = None
) -> Outcome:
    """Cancel the event; its subscribers are told once. Pressed again, the message keeps
    saying how many were told, and the button shows a short notice."""
    event, already, told = await reminders.cancel_event(
        services.db, services.catalogs, services.settings.timezone, event_id, now=now
    )
    if event is None:
        return Outcome([screens.unknown_event(visitor.t)])
    if already:
        return Outcome(notice=visitor.t.gettext("This event was cancelled already."))
    await audit.record(services.db, visitor.user_id, "event_cancelled", event.id)
    return Outcome([screens.cancelled_by_staff(visitor.t, event, told)])
