"""/start (with deep links) and the consent buttons."""

from __future__ import annotations

from telegram import Update

from bot import onboarding
from bot.context import BotContext
from bot.handlers.common import acknowledge, decoded, send_all, visitor
from bot.onboarding import DeepLinks


def make_start(links: DeepLinks):
    async def start(update: Update, context: BotContext) -> None:
        who = await visitor(update, context)
        payload = context.args[0] if context.args else None
        replies = await onboarding.start(context.services, who, payload, links)
        await send_all(update, context, replies)

    return start


def make_consent(links: DeepLinks):
    async def consent(update: Update, context: BotContext) -> None:
        await acknowledge(update)
        who = await visitor(update, context)
        agreed = decoded(update, context.services.codec).args == ("yes",)
        replies = await onboarding.answer_consent(context.services, who, agreed, links)
        await send_all(update, context, replies)

    return consent
