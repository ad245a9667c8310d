"""/bericht (staff) and the news switch in /instellingen."""

from __future__ import annotations

from telegram import Update

from bot.announcements import flow as announcements
from bot.handlers.common import acknowledge, decoded, send_all, visitor
from bot.handlers.staff import staff_only
from bot.runtime.context import BotContext


@staff_only("bericht")
async def ask(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    await send_all(update, context, await announcements.ask(context.services, who))


@staff_only("bericht")
async def decide(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    args = decoded(update, context.services.codec).args
    if len(args) != 2 or not args[0].isdigit():
        await acknowledge(update)
        return
    replies, notice = await announcements.decide(context.services, who, int(args[0]), args[1])
    await acknowledge(update, notice)
    await send_all(update, context, replies)


async def news(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    wanted = decoded(update, context.services.codec).args == ("on",)
    replies, notice = await announcements.set_news(context.services, who, wanted)
    await acknowledge(update, notice)
    await send_all(update, context, replies)
