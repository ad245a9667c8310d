"""How events look in the chat: the agenda, one event, reminders, and the staff list.

Texts from the import file (titles, places, descriptions) are HTML-escaped here. Buttons
carry the actions of :mod:`bot.events.actions` with an event id (at most 32 characters), so
they always fit Telegram's 64 bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton, format_time

from bot.events.actions import (
    AgendaPage,
    AskCancelEvent,
    AskEventFile,
    CalendarFile,
    CancelEvent,
    OpenEvent,
    Remind,
    ShowAgenda,
    StaffEvents,
    StaffEventsPage,
)
from bot.events.store import Event
from bot.i18n import N_, Translator
from bot.messaging.dates import readable
from bot.messaging.reply import Button, Document, Reply, rows

T = TypeVar("T")

KINDS: dict[str, str] = {
    "democratiespel": N_("🎲 Democratiespel"),
    "statenspel": N_("🏛 Statenspel"),
    "debat": N_("🎤 Debate"),
    "bijeenkomst": N_("🤝 Meeting"),
}
LIST_EXCERPT = 140


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def when(t: Translator, event: Event, timezone: ZoneInfo) -> str:
    """``3 december 2026, 19:30 – 21:30`` in the citizen's language and our time zone."""
    start = readable(event.start, timezone, t.locale)
    end = event.end
    if end is None:
        return start
    if end.astimezone(timezone).date() == event.start.astimezone(timezone).date():
        return f"{start} – {format_time(end.astimezone(timezone), 'short', locale=t.locale)}"
    return f"{start} – {readable(end, timezone, t.locale)}"


def _heading(t: Translator, event: Event) -> str:
    return f"{t.gettext(KINDS[event.kind])}\n<b>{escape(event.title(t.locale))}</b>"


def _facts(t: Translator, event: Event, timezone: ZoneInfo) -> list[str]:
    return [f"📅 {when(t, event, timezone)}", f"📍 {escape(event.place)}"]


@dataclass(frozen=True)
class Page(Generic[T]):
    """Some rows of a longer list: page ``number`` (from 0), and whether more follow;
    ``first``: how many rows come before this page (its rows are numbered from first + 1)."""

    items: list[T]
    number: int = 0
    more: bool = False
    first: int = 0


def _navigation(
    t: Translator, to_page: type[AgendaPage] | type[StaffEventsPage], page: Page[Any]
) -> tuple[Button, ...]:
    earlier = Button(t.gettext("⬅️ Previous page"), to_page(page.number - 1))
    later = Button(t.gettext("Next page ➡️"), to_page(page.number + 1))
    return (*((earlier,) if page.number > 0 else ()), *((later,) if page.more else ()))


def _day(t: Translator, event: Event, timezone: ZoneInfo) -> str:
    """``3 dec`` / ``Dec 3``: short enough for a button."""
    return format_skeleton("MMMd", event.start.astimezone(timezone), locale=t.locale)


def _numbered(
    t: Translator, page: Page[Any], events: list[Event], timezone: ZoneInfo
) -> list[tuple[int, str]]:
    """Each event's number in the list and its button label ("1 · 3 dec."): a title would
    be cut off on a phone, a number and a day fit."""
    return [
        (page.first + i, f"{page.first + i} · {_day(t, event, timezone)}")
        for i, event in enumerate(events, start=1)
    ]


BUTTONS_PER_ROW = 3


def agenda(
    t: Translator,
    page: Page[Event],
    subscribed: set[str],
    timezone: ZoneInfo,
    *,
    replace: bool = False,
) -> Reply:
    events = page.items
    if not events:
        return Reply(
            text=t.gettext("There are no events planned right now. Have a look again later."),
            replace=replace,
        )
    blocks = [t.gettext("<b>What is coming up</b>")]
    numbered = _numbered(t, page, events, timezone)
    for (number, _label), event in zip(numbered, events, strict=True):
        bell = " 🔔" if event.id in subscribed else ""
        title = f"<b>{number}. {escape(event.title(t.locale))}</b>{bell}"
        lines = [title, *_facts(t, event, timezone)]
        description = event.description(t.locale)
        if description:
            lines.append(escape(_short(description, LIST_EXCERPT)))
        blocks.append("\n".join(lines))
    blocks.append(t.gettext("Tap the number of an event for reminders and a calendar file."))
    buttons = [
        Button(label, OpenEvent(event.id, in_place=True))
        for (_number, label), event in zip(numbered, events, strict=True)
    ]
    return Reply(
        text="\n\n".join(blocks),
        buttons=rows(
            *[buttons[i : i + BUTTONS_PER_ROW] for i in range(0, len(buttons), BUTTONS_PER_ROW)],
            _navigation(t, AgendaPage, page),
        ),
        replace=replace,
    )


def event_card(
    t: Translator,
    event: Event,
    timezone: ZoneInfo,
    *,
    subscribed: bool,
    now: datetime,
    reminders_to_come: tuple[str, ...] = (),
    replace: bool = False,
) -> Reply:
    """One event; ``reminders_to_come``: the kinds still ahead (``24h``, ``1h``)."""
    lines = [_heading(t, event), "", *_facts(t, event, timezone)]
    description = event.description(t.locale)
    if description:
        lines += ["", escape(description)]
    upcoming = not event.cancelled and event.start > now
    if event.cancelled:
        lines += ["", t.gettext("❌ <b>This event is cancelled.</b>")]
    elif not upcoming:
        lines += ["", t.gettext("This event has already started or is over.")]
    elif subscribed:
        lines += ["", _reminders_ahead(t, reminders_to_come)]
    buttons: list[list[Button]] = []
    if upcoming:
        toggle = (
            Button(t.gettext("🔕 Stop reminding me"), Remind(event.id, False))
            if subscribed
            else Button(t.gettext("🔔 Remind me"), Remind(event.id, True))
        )
        buttons.append(
            [toggle, Button(t.gettext("📅 Add to your calendar"), CalendarFile(event.id))]
        )
    buttons.append([Button(t.gettext("⬅️ All events"), ShowAgenda(back=True))])
    return Reply(text="\n".join(lines), buttons=rows(*buttons), replace=replace)


def _reminders_ahead(t: Translator, kinds: tuple[str, ...]) -> str:
    if "24h" in kinds:
        return t.gettext("🔔 You get a reminder 24 hours and 1 hour before it starts.")
    if "1h" in kinds:
        return t.gettext("🔔 You get a reminder 1 hour before it starts.")
    return t.gettext("🔔 It starts within the hour, so no reminder will come.")


def unknown_event(t: Translator) -> Reply:
    return Reply(text=t.gettext("We can't find this event. Send /agenda to see what is coming up."))


def calendar_file(t: Translator, event: Event, content: bytes) -> Reply:
    return Reply(
        text=t.gettext(
            "Open this file to put <b>{title}</b> in the calendar on your phone.",
            title=escape(event.title(t.locale)),
        ),
        document=Document(filename=f"{event.id}.ics", content=content),
    )


def reminded(t: Translator, reminders: int) -> str:
    if reminders:
        return t.gettext("🔔 Done. You will get a reminder.")
    return t.gettext("🔔 Done. It starts within the hour, so there is no reminder.")


def not_reminded(t: Translator) -> str:
    return t.gettext("🔕 Done. You get no more reminders for this event.")


def too_late(t: Translator) -> str:
    return t.gettext("This event has already started, is over or is cancelled.")


def reminder(t: Translator, event: Event, kind: str, timezone: ZoneInfo) -> Reply:
    """The reminder 24 hours (``24h``) or 1 hour (``1h``) before the start."""
    first = (
        t.gettext("🔔 <b>Tomorrow:</b> {title}", title=escape(event.title(t.locale)))
        if kind == "24h"
        else t.gettext("🔔 <b>In one hour:</b> {title}", title=escape(event.title(t.locale)))
    )
    return Reply(
        text="\n".join([first, *_facts(t, event, timezone)]),
        buttons=rows(
            [
                Button(t.gettext("ℹ️ More about it"), OpenEvent(event.id)),
                Button(t.gettext("📅 Add to your calendar"), CalendarFile(event.id)),
            ]
        ),
    )


def cancelled_notice(t: Translator, event: Event, timezone: ZoneInfo) -> Reply:
    return Reply(
        text=t.gettext(
            "❌ <b>{title}</b> on {when} is cancelled. We are sorry. "
            "Send /agenda to see other events.",
            title=escape(event.title(t.locale)),
            when=when(t, event, timezone),
        )
    )


def moved_notice(t: Translator, event: Event, timezone: ZoneInfo) -> Reply:
    return Reply(
        text="\n".join(
            [
                t.gettext(
                    "🕒 <b>{title}</b> has a new time. You get your reminders at the new time.",
                    title=escape(event.title(t.locale)),
                ),
                *_facts(t, event, timezone),
            ]
        ),
        buttons=rows([Button(t.gettext("ℹ️ More about it"), OpenEvent(event.id))]),
    )


# Staff (/evenement).


def staff_list(
    t: Translator,
    page: Page[tuple[Event, int]],
    timezone: ZoneInfo,
    bot_username: str,
    *,
    replace: bool = False,
) -> Reply:
    events = page.items
    # audience: staff
    add = Button(t.gettext("📤 Add or change events"), AskEventFile())
    if not events:
        return Reply(
            # audience: staff
            text=t.gettext("There are no upcoming events. Add them by sending a file."),
            buttons=rows((add,)),
            replace=replace,
        )
    # audience: staff
    blocks = [t.gettext("<b>Upcoming events</b>")]
    buttons: list[tuple[Button, ...]] = []
    numbered = _numbered(t, page, [event for event, _count in events], timezone)
    for (number, label), (event, count) in zip(numbered, events, strict=True):
        status = (
            # audience: staff
            t.gettext("❌ cancelled")
            if event.cancelled
            # audience: staff
            else t.ngettext("{n} subscriber", "{n} subscribers", count)
        )
        link = f"https://t.me/{bot_username}?start=e_{event.id}"
        blocks.append(
            "\n".join(
                [
                    f"<b>{number}. {escape(event.title(t.locale))}</b> ({escape(event.id)})",
                    f"📅 {when(t, event, timezone)}",
                    f"📍 {escape(event.place)}",
                    status,
                    escape(link),
                ]
            )
        )
        if not event.cancelled:
            # audience: staff
            cancel = t.gettext("❌ Cancel {event}", event=label)
            buttons.append((Button(cancel, AskCancelEvent(event.id)),))
    return Reply(
        text="\n\n".join(blocks),
        buttons=rows(*buttons, _navigation(t, StaffEventsPage, page), (add,)),
        replace=replace,
    )


def confirm_cancel(t: Translator, event: Event, subscribers: int, timezone: ZoneInfo) -> Reply:
    return Reply(
        text="\n".join(
            [
                # audience: staff
                t.gettext("<b>Cancel {title}?</b>", title=escape(event.title(t.locale))),
                f"📅 {when(t, event, timezone)}",
                # audience: staff
                t.ngettext(
                    "{n} person gets a message about it.",
                    "{n} people get a message about it.",
                    subscribers,
                ),
            ]
        ),
        buttons=rows(
            [
                # audience: staff
                Button(t.gettext("❌ Yes, cancel it"), CancelEvent(event.id)),
                # audience: staff
                Button(t.gettext("No, go back"), StaffEvents()),
            ]
        ),
        replace=True,
    )


def cancelled_by_staff(t: Translator, event: Event, notified: int) -> Reply:
    # audience: staff
    first = t.gettext("<b>{title}</b> is cancelled.", title=escape(event.title(t.locale)))
    return Reply(
        text="\n".join(
            [
                first,
                # audience: staff
                t.ngettext(
                    "{n} person will get a message.", "{n} people will get a message.", notified
                ),
            ]
        ),
        replace=True,
    )
