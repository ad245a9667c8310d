"""/mijngegevens and /vergeetmij."""

from __future__ import annotations

from telegram import Update

from bot.answering import flow
from bot.handlers.common import acknowledge, decoded, send, send_all, visitor
from bot.own_data import erasure, screens
from bot.own_data import flow as own_data
from bot.runtime.context import BotContext


async def download(update: Update, context: BotContext) -> None:
    """/mijngegevens: the overview to read, the file to keep, and the quoting permissions."""
    who = await visitor(update, context)
    services = context.services
    data = await own_data.collect(services.db, who.user_id, who.t)
    await send_all(update, context, screens.overview(who.t, data, services.settings.timezone))
    await send(update, context, screens.data_file(who.t, own_data.as_json(data), who.user_id))
    await send_all(update, context, await flow.quote_reviews(services, who))


async def ask_erasure(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    keeps = await erasure.keeps_staff_actions(context.services, who.user_id)
    await send(update, context, screens.confirm_erasure(who.t, keeps))


async def erasure_answer(update: Update, context: BotContext) -> None:
    await acknowledge(update)
    who = await visitor(update, context)
    if decoded(update, context.services.codec).args == ("yes",):
        kept = await erasure.erase(context.services, who.user_id)
        await send(update, context, screens.erased(who.t, kept))
    else:
        await send(update, context, screens.erasure_cancelled(who.t))
