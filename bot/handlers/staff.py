"""Guarding staff commands: a polite refusal and an audit-log row for anyone else."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import wraps

from telegram import Update

from bot import roles
from bot.context import BotContext
from bot.handlers.common import acknowledge, send, visitor
from bot.screens import notices
from bot.storage import audit

Callback = Callable[[Update, BotContext], Awaitable[None]]


def staff_only(command: str) -> Callable[[Callback], Callback]:
    def wrap(callback: Callback) -> Callback:
        @wraps(callback)
        async def guarded(update: Update, context: BotContext) -> None:
            services = context.services
            user = update.effective_user
            assert user is not None
            if await roles.is_staff(services.db, services.settings, user.id):
                await callback(update, context)
                return
            await audit.record(services.db, user.id, "refused", command)
            await acknowledge(update)
            who = await visitor(update, context)
            await send(update, context, notices.staff_only(who.t))

        return guarded

    return wrap
