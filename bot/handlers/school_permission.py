"""The facilitator's answer to "did the school arrange parents' permission?"."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import acknowledge, decoded, send_all, visitor
from bot.runtime.context import BotContext
from bot.sessions import school_permission


async def answered(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    args = decoded(update, context.services.codec).args
    if len(args) != 2 or not str(args[0]).isdigit():
        await acknowledge(update)
        return
    replies, notice = await school_permission.answer(
        context.services, who, int(args[0]), args[1] == "yes"
    )
    await acknowledge(update, notice)
    await send_all(update, context, replies)
