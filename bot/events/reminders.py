"""Reminders of events: outbox messages 24 hours and 1 hour before the start.

Every reminder is an outbox row with the dedupe key
``reminder:<event>:<user>:<24h|1h>:<start in UTC, like 20261203T1830Z>`` and ``not_before``
set to the moment it is due. The database is the only truth:

- subscribing queues the reminders still ahead (:func:`sync_event` for one citizen); a
  repeated update, a restart or the periodic job queues nothing twice (the dedupe key);
- unsubscribing, cancelling or withdrawn consent removes the unsent ones;
- a new start time gives new keys: the unsent reminders of the old time are removed, those of
  the new time queued (a reminder already sent for the old time stays sent);
- :func:`sync_all` (at start and every few minutes, scheduled by :mod:`bot.runtime.runner`)
  repairs whatever a crash between two of these steps left behind, and drops reminders of
  events that started.

Notices that the event is cancelled or moved also go through the outbox, with the keys
``event-cancelled:<event>:<user>`` and ``event-moved:<event>:<user>:<start>``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.events import screens, store
from bot.events.store import Event, Subscriber
from bot.i18n import Catalogs, Translator
from bot.messaging import outbox, reply_json
from bot.messaging.reply import Reply
from bot.people import language
from bot.people.consent import is_current
from bot.storage.database import Database

KINDS: tuple[tuple[str, timedelta], ...] = (
    ("24h", timedelta(hours=24)),
    ("1h", timedelta(hours=1)),
)


def still_to_come(event: Event, now: datetime) -> tuple[str, ...]:
    """The kinds of reminder (``24h``, ``1h``) whose moment is still ahead."""
    return tuple(kind for kind, before in KINDS if event.start - before > now)


def stamp(event: Event) -> str:
    return event.start.astimezone(UTC).strftime("%Y%m%dT%H%MZ")


def reminder_key(event: Event, user_id: int, kind: str) -> str:
    return f"reminder:{event.id}:{user_id}:{kind}:{stamp(event)}"


def translator(catalogs: Catalogs, subscriber: Subscriber) -> Translator:
    """The subscriber's language (:mod:`bot.people.language`: the one rule)."""
    return language.speaking(catalogs, subscriber.language, subscriber.telegram_language)


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


async def sync_event(
    db: Database,
    catalogs: Catalogs,
    timezone: ZoneInfo,
    event: Event,
    *,
    user_id: int | None = None,
    now: datetime | None = None,
    rewrite: bool = False,
) -> int:
    """Make the unsent reminders of ``event`` (of one citizen, when ``user_id`` is given)
    match its subscriptions and start time; ``rewrite`` renews the text of those kept (the
    title or place changed). Returns how many reminders were newly queued."""
    moment = _now(now)
    prefix = f"reminder:{event.id}:" + (f"{user_id}:" if user_id is not None else "")
    pending = await store.pending_outbox(db, prefix)
    wanted: dict[str, tuple[Subscriber, str, datetime]] = {}
    if not event.cancelled and event.start > moment:
        for subscriber in await store.subscribers(db, event.id, user_id):
            if not is_current(subscriber.consent_version):
                continue
            for kind, before in KINDS:
                key = reminder_key(event, subscriber.user_id, kind)
                due = event.start - before
                if due > moment or key in pending:
                    wanted[key] = (subscriber, kind, due)
    await store.delete_pending(db, [id_ for key, id_ in pending.items() if key not in wanted])
    queued = 0
    for key, (subscriber, kind, due) in wanted.items():
        if key in pending and not rewrite:
            continue
        reply = screens.reminder(translator(catalogs, subscriber), event, kind, timezone)
        if key in pending:
            await store.replace_pending(db, key, reply_json.dumps(reply))
        elif await outbox.queue(db, subscriber.user_id, reply, dedupe_key=key, not_before=due):
            queued += 1
    return queued


async def renew_for(db: Database, catalogs: Catalogs, timezone: ZoneInfo, user_id: int) -> None:
    """The citizen's waiting reminders written again (in the language they just chose)."""
    for event_id in await store.subscribed_ids(db, user_id):
        event = await store.get(db, event_id)
        if event is not None:
            await sync_event(db, catalogs, timezone, event, user_id=user_id, rewrite=True)


async def forget(db: Database, event_id: str, user_id: int) -> int:
    """Remove the citizen's unsent reminders of the event (after unsubscribing)."""
    pending = await store.pending_outbox(db, f"reminder:{event_id}:{user_id}:")
    return await store.delete_pending(db, pending.values())


async def _tell_subscribers(
    db: Database,
    catalogs: Catalogs,
    event: Event,
    key_prefix: str,
    message: Callable[[Translator], Reply],
) -> int:
    """Queue ``message(t)`` once for every consenting subscriber; returns how many were new."""
    told = 0
    for subscriber in await store.subscribers(db, event.id):
        if not is_current(subscriber.consent_version):
            continue
        reply = message(translator(catalogs, subscriber))
        key = key_prefix.format(user=subscriber.user_id)
        if await outbox.queue(db, subscriber.user_id, reply, dedupe_key=key):
            told += 1
    return told


async def cancel_event(
    db: Database,
    catalogs: Catalogs,
    timezone: ZoneInfo,
    event_id: str,
    *,
    now: datetime | None = None,
) -> tuple[Event | None, bool, int]:
    """Cancel the event, drop its reminders and tell its subscribers once (if it was still
    ahead). Returns (the event, whether it was cancelled before, how many were told now).
    Safe to repeat: after a crash halfway, a second call finishes the job."""
    already = not await store.cancel(db, event_id)
    event = await store.get(db, event_id)
    if event is None:
        return None, already, 0
    await sync_event(db, catalogs, timezone, event, now=now)
    if event.start <= _now(now):
        return event, already, 0
    told = await _tell_subscribers(
        db,
        catalogs,
        event,
        f"event-cancelled:{event.id}:{{user}}",
        lambda t: screens.cancelled_notice(t, event, timezone),
    )
    return event, already, told


async def event_changed(
    db: Database,
    catalogs: Catalogs,
    timezone: ZoneInfo,
    event: Event,
    *,
    moved: bool,
    now: datetime | None = None,
) -> int:
    """After an import changed the event: renew its reminders; when it ``moved`` (a new start
    time), tell the subscribers once. Returns how many were told."""
    await sync_event(db, catalogs, timezone, event, now=now, rewrite=True)
    if not moved or event.cancelled or event.start <= _now(now):
        return 0
    return await _tell_subscribers(
        db,
        catalogs,
        event,
        f"event-moved:{event.id}:{{user}}:{stamp(event)}",
        lambda t: screens.moved_notice(t, event, timezone),
    )


async def sync_all(
    db: Database, catalogs: Catalogs, timezone: ZoneInfo, *, now: datetime | None = None
) -> int:
    """Repair every event's reminders; unsent reminders of events that started, were
    cancelled or no longer exist are removed. Returns how many reminders were queued."""
    moment = _now(now)
    ahead = await store.upcoming(db, moment.isoformat(timespec="seconds"), limit=10_000)
    queued = 0
    for event in ahead:
        queued += await sync_event(db, catalogs, timezone, event, now=moment)
    known = {event.id for event in ahead}
    leftovers = await store.pending_outbox(db, "reminder:")
    await store.delete_pending(
        db, [id_ for key, id_ in leftovers.items() if key.split(":")[1] not in known]
    )
    return queued
