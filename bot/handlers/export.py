"""/export (staff): dialogue → purpose → format → the file as a document."""

from __future__ import annotations

from telegram import Update

from bot.export import staff as staff_export
from bot.handlers.common import acknowledge, decoded, send, send_all, visitor
from bot.handlers.staff import staff_only
from bot.runtime.context import BotContext


@staff_only("export")
async def start(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    await send(update, context, staff_export.choose_dialogue(context.services, who.t))


@staff_only("export")
async def step(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    dialogue_id, purpose, fmt = staff_export.parse(decoded(update, context.services.codec).args)
    if purpose is None:
        await acknowledge(update)
        await send(update, context, staff_export.choose_purpose(who.t, dialogue_id))
    elif fmt is None:
        await acknowledge(update)
        await send(update, context, staff_export.choose_format(who.t, dialogue_id, purpose))
    else:
        query = update.callback_query
        assert query is not None and query.message is not None
        busy = await staff_export.claim(context.services, who, query.message.message_id)
        await acknowledge(update, busy)
        if busy is not None:
            return
        await send(
            update, context, await staff_export.working(context.services, who.t, dialogue_id)
        )
        replies = await staff_export.make(context.services, who, dialogue_id, purpose, fmt)
        await send_all(update, context, replies)
