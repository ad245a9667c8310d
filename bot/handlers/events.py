"""How Telegram reaches the events feature (:mod:`bot.events`): /agenda, the event buttons,
/evenement (staff) and the link ``e_<event>``; and what each needs."""

from __future__ import annotations

from collections.abc import Sequence

from bot.events import flow as events
from bot.events import screens
from bot.handlers.feature import ANYONE, CONSENT, Button, Command, Feature, Needs, staff
from bot.messaging.callback_codec import Callback
from bot.messaging.reply import Outcome, Reply
from bot.people.visitor import Visitor
from bot.services import Services

STAFF = staff("evenement")


async def agenda(services: Services, visitor: Visitor, _words: Sequence[str]) -> list[Reply]:
    return await events.agenda(services, visitor)


async def agenda_button(services: Services, visitor: Visitor, pressed: Callback) -> list[Reply]:
    """``()`` a new message; ``("b",)`` back: in place of the pressed one; ``("p", n)``."""
    page = screens.page_number(pressed.args)
    replace = pressed.args == (screens.BACK,) or page is not None
    return await events.agenda(services, visitor, replace=replace, page=page or 0)


async def open_event(services: Services, visitor: Visitor, pressed: Callback) -> list[Reply]:
    event_id, *rest = pressed.args or ("",)
    replace = rest == [screens.IN_PLACE]
    return await events.open_event(services, visitor, event_id, replace=replace)


def _switch(pressed: Callback) -> bool | None:
    args = pressed.args
    if len(args) != 2 or args[1] not in (screens.ON, screens.OFF):
        return None
    return args[1] == screens.ON


async def remind(services: Services, visitor: Visitor, pressed: Callback) -> Outcome:
    wanted = _switch(pressed)
    if wanted is None:
        return Outcome()
    return await events.set_reminder(services, visitor, pressed.args[0], wanted)


def remind_needs(pressed: Callback) -> Needs:
    """Turning reminders on needs consent; turning them off never does."""
    return CONSENT if _switch(pressed) else ANYONE


async def calendar_file(services: Services, visitor: Visitor, pressed: Callback) -> list[Reply]:
    (event_id,) = pressed.args[:1] or ("",)
    return await events.calendar_file(services, visitor, event_id)


async def staff_overview(services: Services, visitor: Visitor, _words: object) -> list[Reply]:
    return await events.staff_overview(services, visitor)


async def staff_page(services: Services, visitor: Visitor, pressed: Callback) -> list[Reply]:
    page = screens.page_number(pressed.args)
    return await events.staff_overview(services, visitor, replace=True, page=page or 0)


async def staff_cancel(services: Services, visitor: Visitor, pressed: Callback) -> list[Reply]:
    (event_id,) = pressed.args[:1] or ("",)
    return await events.staff_confirm_cancel(services, visitor, event_id)


async def staff_cancel_sure(services: Services, visitor: Visitor, pressed: Callback) -> Outcome:
    (event_id,) = pressed.args[:1] or ("",)
    return await events.staff_cancel(services, visitor, event_id)


FEATURE = Feature(
    "events",
    commands={
        "agenda": Command(agenda),
        "evenement": Command(staff_overview, STAFF),
    },
    buttons={
        screens.LIST: Button(agenda_button),
        screens.OPEN: Button(open_event),
        screens.REMIND: Button(remind, remind_needs, resume=lambda p: f"e_{p.args[0]}"),
        screens.CALENDAR: Button(calendar_file),
        screens.STAFF_LIST: Button(staff_page, STAFF),
        screens.STAFF_CANCEL: Button(staff_cancel, STAFF),
        screens.STAFF_CANCEL_SURE: Button(staff_cancel_sure, STAFF),
    },
    deep_links={"e": events.from_link},
)
