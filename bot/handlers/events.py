"""/agenda, the event buttons and /evenement (staff); registered in bot/application.py.

The commands are registered here too (through :func:`handlers`), for private chats only.
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.events import flow as events
from bot.events import screens
from bot.handlers.common import acknowledge, decoded, send_all, visitor
from bot.handlers.staff import staff_only
from bot.messaging.callback_codec import CallbackCodec
from bot.messaging.text_inputs import TextInputHandler
from bot.onboarding.flow import DeepLinkHandler
from bot.runtime.context import BotContext

DEEP_LINKS: dict[str, DeepLinkHandler] = {"e": events.from_link}
TEXT_INPUTS: dict[str, TextInputHandler] = {}


def _args(update: Update, context: BotContext) -> tuple[str, ...]:
    return decoded(update, context.services.codec).args


async def agenda(update: Update, context: BotContext) -> None:
    """/agenda (also the ``ev_list`` button; ``b``: in place of the pressed message)."""
    await acknowledge(update)
    who = await visitor(update, context)
    args = _args(update, context) if update.callback_query is not None else ()
    page = screens.page_number(args)
    replace = args == (screens.BACK,) or page is not None
    replies = await events.agenda(context.services, who, replace=replace, page=page or 0)
    await send_all(update, context, replies)


async def open_event(update: Update, context: BotContext) -> None:
    await acknowledge(update)
    who = await visitor(update, context)
    event_id, *rest = _args(update, context) or ("",)
    replace = rest == [screens.IN_PLACE]
    replies = await events.open_event(context.services, who, event_id, replace=replace)
    await send_all(update, context, replies)


async def remind(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    args = _args(update, context)
    if len(args) != 2 or args[1] not in (screens.ON, screens.OFF):
        await acknowledge(update)
        return
    outcome = await events.set_reminder(context.services, who, args[0], args[1] == screens.ON)
    await acknowledge(update, outcome.notice)
    await send_all(update, context, outcome.replies)


async def calendar_file(update: Update, context: BotContext) -> None:
    await acknowledge(update)
    who = await visitor(update, context)
    (event_id,) = _args(update, context)[:1] or ("",)
    await send_all(update, context, await events.calendar_file(context.services, who, event_id))


@staff_only("evenement")
async def staff_overview(update: Update, context: BotContext) -> None:
    await acknowledge(update)
    who = await visitor(update, context)
    replace = update.callback_query is not None
    page = screens.page_number(_args(update, context)) if replace else None
    replies = await events.staff_overview(
        context.services, who, context.bot.username, replace=replace, page=page or 0
    )
    await send_all(update, context, replies)


@staff_only("evenement")
async def staff_cancel(update: Update, context: BotContext) -> None:
    await acknowledge(update)
    who = await visitor(update, context)
    (event_id,) = _args(update, context)[:1] or ("",)
    replies = await events.staff_confirm_cancel(context.services, who, event_id)
    await send_all(update, context, replies)


@staff_only("evenement")
async def staff_cancel_sure(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    (event_id,) = _args(update, context)[:1] or ("",)
    outcome = await events.staff_cancel(context.services, who, event_id)
    await acknowledge(update, outcome.notice)
    await send_all(update, context, outcome.replies)


def handlers(codec: CallbackCodec) -> list[BaseHandler[Any, Any, Any]]:
    private = filters.ChatType.PRIVATE

    def button(action: str, callback: Any) -> CallbackQueryHandler[Any, Any]:
        return CallbackQueryHandler(callback, pattern=codec.matches(action))

    return [
        CommandHandler("agenda", agenda, private),
        CommandHandler("evenement", staff_overview, private),
        button(screens.LIST, agenda),
        button(screens.OPEN, open_event),
        button(screens.REMIND, remind),
        button(screens.CALENDAR, calendar_file),
        button(screens.STAFF_LIST, staff_overview),
        button(screens.STAFF_CANCEL, staff_cancel),
        button(screens.STAFF_CANCEL_SURE, staff_cancel_sure),
    ]
