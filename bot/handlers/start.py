"""/start (with deep links), the consent, age band and permission buttons, and the check
before every message of someone who may not take part yet."""

from __future__ import annotations

from datetime import datetime

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.handlers.common import acknowledge, decoded, send_all, visitor
from bot.onboarding import flow as onboarding
from bot.onboarding.flow import DeepLinks, Outcome
from bot.runtime.context import BotContext


def make_start(links: DeepLinks):
    async def start(update: Update, context: BotContext) -> None:
        who = await visitor(update, context)
        payload = context.args[0] if context.args else None
        replies = await onboarding.start(context.services, who, payload, links)
        await send_all(update, context, replies)

    return start


def _sent_at(update: Update) -> datetime | None:
    """When the message with the pressed button was sent."""
    query = update.callback_query
    return query.message.date if query is not None and query.message is not None else None


async def _outcome(update: Update, context: BotContext, outcome: Outcome) -> None:
    await acknowledge(update, outcome.notice)
    await send_all(update, context, outcome.replies)


def make_consent(links: DeepLinks):
    async def consent(update: Update, context: BotContext) -> None:
        who = await visitor(update, context)
        args = tuple(str(a) for a in decoded(update, context.services.codec).args)
        await _outcome(
            update, context, await onboarding.answer_consent(context.services, who, args, links)
        )

    return consent


def make_age(links: DeepLinks):
    async def age(update: Update, context: BotContext) -> None:
        who = await visitor(update, context)
        (band,) = decoded(update, context.services.codec).args or ("",)
        await _outcome(
            update,
            context,
            await onboarding.answer_age(context.services, who, str(band), links, _sent_at(update)),
        )

    return age


def make_guardian(links: DeepLinks):
    async def guardian(update: Update, context: BotContext) -> None:
        who = await visitor(update, context)
        args = tuple(str(a) for a in decoded(update, context.services.codec).args)
        await _outcome(
            update,
            context,
            await onboarding.answer_guardian(context.services, who, args, links, _sent_at(update)),
        )

    return guardian


def make_gate(links: DeepLinks):
    async def gate(update: Update, context: BotContext) -> None:
        """Before anything else handles a message: someone who may not take part yet gets
        the consent question instead (and what they asked for waits)."""
        message = update.effective_message
        if message is None or message.text is None or update.effective_user is None:
            return
        who = await visitor(update, context)
        replies = await onboarding.before_message(context.services, who, message.text, links)
        if replies is None:
            return
        await send_all(update, context, replies)
        raise ApplicationHandlerStop

    return gate
