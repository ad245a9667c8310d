"""/rol (staff): see who has which role, invite facilitators and staff, take a facilitator's
role away and cancel an invitation."""

from __future__ import annotations

from dataclasses import replace

from telegram import Update

from bot.handlers.common import acknowledge, decoded, send, send_all, visitor
from bot.handlers.staff import staff_only
from bot.roles import admin as role_admin
from bot.roles import invites as role_invites
from bot.runtime.context import BotContext
from bot.storage.database import row_id


@staff_only("rol")
async def overview(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    await send(update, context, await role_admin.overview(context.services, who))


@staff_only("invite")
async def invite(update: Update, context: BotContext) -> None:
    await acknowledge(update)
    who = await visitor(update, context)
    (role,) = decoded(update, context.services.codec).args or ("",)
    replies = await role_invites.invite(context.services, who, role, context.bot.username)
    await send_all(update, context, replies)


@staff_only("rol")
async def change(update: Update, context: BotContext) -> None:
    """The buttons of /rol: ask, take (after asking), back, cancel an invitation."""
    await acknowledge(update)
    who = await visitor(update, context)
    services = context.services
    step, *rest = decoded(update, services.codec).args or ("",)
    number = row_id(rest[0]) if rest else None
    if step == "ask" and number is not None:
        reply = await role_admin.ask_take_away(services, who, number)
    elif step == "take" and number is not None:
        reply = await role_admin.confirmed_take_away(services, who, number)
    elif step == "cancel" and number is not None:
        reply = await role_admin.cancel(services, who, number)
    else:  # "back": the overview again, in place of the question
        reply = replace(await role_admin.overview(services, who), replace=True)
    await send(update, context, reply)
