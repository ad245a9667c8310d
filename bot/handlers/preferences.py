"""/instellingen: see settings, withdraw or give consent."""

from __future__ import annotations

from telegram import Update

from bot import events
from bot.consent import TERMS_VERSION
from bot.context import BotContext
from bot.handlers.common import acknowledge, decoded, send, visitor
from bot.screens import preferences as screens
from bot.storage import citizens


async def show(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    await send(
        update, context, screens.preferences(who.t, who.citizen, context.services.settings.timezone)
    )


async def withdraw(update: Update, context: BotContext) -> None:
    await acknowledge(update)
    who = await visitor(update, context)
    step = decoded(update, context.services.codec).args
    if step == ("ask",):
        await send(update, context, screens.confirm_withdrawal(who.t))
    elif step == ("yes",) and who.citizen.has_consent:
        await citizens.withdraw_consent(context.services.db, who.user_id, TERMS_VERSION)
        await events.forget_subscriptions(context.services.db, who.user_id)
        await send(update, context, screens.withdrawn(who.t))
    else:
        await send(update, context, screens.kept(who.t))
