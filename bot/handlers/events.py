"""How Telegram reaches the events feature (:mod:`bot.events`): /agenda, the event buttons,
/evenement (staff) with an events file sent as a document, and the link ``e_<event>``; and
what each needs."""

from __future__ import annotations

from bot.events import file_upload
from bot.events import flow as events
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
    StopEventFile,
)
from bot.handlers.feature import (
    ANYONE,
    CONSENT,
    Command,
    DocumentInput,
    Feature,
    TextInput,
    pressed,
    staff,
)

STAFF = staff("evenement")

FEATURE = Feature(
    "events",
    commands={
        "agenda": Command(lambda s, v, _: events.agenda(s, v)),
        "evenement": Command(lambda s, v, _: events.staff_overview(s, v), STAFF),
    },
    buttons=(
        pressed(ShowAgenda, lambda s, v, a: events.agenda(s, v, replace=a.back)),
        pressed(AgendaPage, lambda s, v, a: events.agenda(s, v, replace=True, page=a.page)),
        pressed(OpenEvent, lambda s, v, a: events.open_event(s, v, a.event_id, replace=a.in_place)),
        pressed(
            Remind,
            lambda s, v, a: events.set_reminder(s, v, a.event_id, a.wanted),
            # Turning reminders on needs consent (and goes on after it); off never does.
            lambda a: CONSENT if a.wanted else ANYONE,
            resume=lambda a: f"e_{a.event_id}",
        ),
        pressed(CalendarFile, lambda s, v, a: events.calendar_file(s, v, a.event_id)),
        pressed(StaffEvents, lambda s, v, _: events.staff_overview(s, v, replace=True), STAFF),
        pressed(
            StaffEventsPage,
            lambda s, v, a: events.staff_overview(s, v, replace=True, page=a.page),
            STAFF,
        ),
        pressed(
            AskCancelEvent, lambda s, v, a: events.staff_confirm_cancel(s, v, a.event_id), STAFF
        ),
        pressed(CancelEvent, lambda s, v, a: events.staff_cancel(s, v, a.event_id), STAFF),
        pressed(AskEventFile, lambda s, v, _: file_upload.ask(s, v), STAFF),
        pressed(StopEventFile, lambda s, v, _: file_upload.stop(s, v), STAFF),
    ),
    deep_links={"e": events.from_link},
    text_inputs={file_upload.AWAITING: TextInput(file_upload.typed_instead, STAFF)},
    documents=DocumentInput(
        file_upload.received, STAFF, lambda _: False, awaiting=file_upload.AWAITING
    ),
)
