"""/rol (staff): see who has which role and invite new facilitators and staff."""

from __future__ import annotations

from telegram import Update

from bot import role_invites
from bot.context import BotContext
from bot.handlers.common import acknowledge, decoded, send_all, visitor
from bot.handlers.staff import staff_only


@staff_only("rol")
async def overview(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    await send_all(update, context, await role_invites.overview(context.services, who))


@staff_only("invite")
async def invite(update: Update, context: BotContext) -> None:
    await acknowledge(update)
    who = await visitor(update, context)
    (role,) = decoded(update, context.services.codec).args or ("",)
    replies = await role_invites.invite(context.services, who, role, context.bot.username)
    await send_all(update, context, replies)
