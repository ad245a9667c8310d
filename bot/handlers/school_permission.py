"""The facilitator's answer to "did the school arrange parents' permission?"."""

from __future__ import annotations

from telegram import Update

from bot import school_permission
from bot.context import BotContext
from bot.handlers.common import acknowledge, decoded, send_all, visitor


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
