"""Guarding role commands: a polite refusal and an audit-log row for anyone else."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import wraps

from telegram import Update

from bot.handlers.common import acknowledge, send, visitor
from bot.i18n import Translator
from bot.messaging.reply import Reply
from bot.people import access as roles
from bot.runtime.context import BotContext
from bot.screens import notices
from bot.services import Services
from bot.storage import audit
from bot.storage import roles as role_store

Callback = Callable[[Update, BotContext], Awaitable[None]]
RoleCheck = Callable[[Services, int], Awaitable[bool]]


def _guard(
    allowed: RoleCheck, command: str, refusal: Callable[[Translator], Reply]
) -> Callable[[Callback], Callback]:
    def wrap(callback: Callback) -> Callback:
        @wraps(callback)
        async def guarded(update: Update, context: BotContext) -> None:
            services = context.services
            user = update.effective_user
            assert user is not None
            if await allowed(services, user.id):
                await role_store.remember_name(services.db, user.id, user.full_name)
                await callback(update, context)
                return
            await audit.record(services.db, user.id, "refused", command)
            await acknowledge(update)
            who = await visitor(update, context)
            await send(update, context, refusal(who.t))

        return guarded

    return wrap


def staff_only(command: str) -> Callable[[Callback], Callback]:
    """Only staff (DOETMEE_STAFF or granted) may run ``command``."""

    async def allowed(services: Services, user_id: int) -> bool:
        return await roles.is_staff(services.db, services.settings, user_id)

    return _guard(allowed, command, notices.staff_only)


def facilitator_only(command: str) -> Callable[[Callback], Callback]:
    """Facilitators (and staff) may run ``command``."""

    async def allowed(services: Services, user_id: int) -> bool:
        return await roles.is_facilitator(services.db, services.settings, user_id)

    return _guard(allowed, command, notices.facilitator_only)
