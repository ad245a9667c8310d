"""/sessie (facilitators), its buttons, and the participants' side: joining with the deep
link ``s_<code>``, the "Answer" button and typed answers to a prompt."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot import sessions
from bot.callback_codec import CallbackCodec
from bot.context import BotContext
from bot.handlers.common import acknowledge, decoded, send_all, visitor
from bot.handlers.staff import facilitator_only
from bot.onboarding import DeepLinkHandler
from bot.text_inputs import TextInputHandler

DEEP_LINKS: dict[str, DeepLinkHandler] = {"s": sessions.join}
TEXT_INPUTS: dict[str, TextInputHandler] = {
    sessions.ANSWER_KIND: sessions.answer,
    sessions.NAME_KIND: sessions.named,
    sessions.PROMPT_KIND: sessions.prompt_typed,
}


@facilitator_only("sessie")
async def menu(update: Update, context: BotContext) -> None:
    """/sessie, or /sessie new|start|stand|sluit …"""
    who = await visitor(update, context)
    services = context.services
    username = context.bot.username
    await sessions.remember_bot_username(services, username)
    replies = await sessions.command(services, who, list(context.args or ()), username)
    await send_all(update, context, replies)


@facilitator_only("sessie")
async def pressed(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    services = context.services
    username = context.bot.username
    await sessions.remember_bot_username(services, username)
    args = decoded(update, services.codec).args
    replies, notice = await sessions.on_button(services, who, args, username)
    await acknowledge(update, notice)
    await send_all(update, context, replies)


async def answer_button(update: Update, context: BotContext) -> None:
    await acknowledge(update)
    who = await visitor(update, context)
    (push_id,) = decoded(update, context.services.codec).args or ("",)
    await send_all(update, context, await sessions.ready_to_answer(context.services, who, push_id))


def handlers(codec: CallbackCodec) -> list[BaseHandler[Any, Any, Any]]:
    return [
        CommandHandler("sessie", menu, filters.ChatType.PRIVATE),
        CallbackQueryHandler(pressed, pattern=codec.matches("sess")),
        CallbackQueryHandler(answer_button, pattern=codec.matches("sanswer")),
    ]
