"""/sessie (facilitators), its buttons, and the participants' side: joining with the deep
link ``s_<code>`` or ``/sessie CODE``, the Start button of a pushed conversation, the "Answer"
button and typed answers to a prompt."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.handlers.common import acknowledge, decoded, send_all, visitor
from bot.handlers.staff import facilitator_only
from bot.messaging.callback_codec import CallbackCodec
from bot.messaging.text_inputs import TextInputHandler
from bot.onboarding.flow import DeepLinkHandler
from bot.people import access as roles
from bot.runtime.context import BotContext
from bot.sessions import command, facilitator, participants, pushes, screens
from bot.storage import audit

DEEP_LINKS: dict[str, DeepLinkHandler] = {"s": participants.join}
TEXT_INPUTS: dict[str, TextInputHandler] = {
    pushes.ANSWER_KIND: participants.answer,
    facilitator.NAME_KIND: facilitator.named,
    facilitator.PROMPT_KIND: facilitator.prompt_typed,
}


async def menu(update: Update, context: BotContext) -> None:
    """/sessie CODE (anyone: join), or a facilitator's /sessie [new|start|stand|sluit …]."""
    who = await visitor(update, context)
    services = context.services
    args = list(context.args or ())
    joined = await participants.join_command(services, who, args)
    if joined is not None:
        await send_all(update, context, joined)
        return
    if not await roles.is_facilitator(services.db, services.settings, who.user_id):
        await audit.record(services.db, who.user_id, "refused", "sessie")
        await send_all(update, context, [screens.join_how(who.t)])
        return
    username = context.bot.username
    await facilitator.remember_bot_username(services, username)
    await send_all(update, context, await command.command(services, who, args, username))


@facilitator_only("sessie")
async def pressed(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    services = context.services
    username = context.bot.username
    await facilitator.remember_bot_username(services, username)
    args = decoded(update, services.codec).args
    replies, notice = await facilitator.on_button(services, who, args, username)
    await acknowledge(update, notice)
    await send_all(update, context, replies)


async def start_button(update: Update, context: BotContext) -> None:
    """Start under a pushed conversation: a run of the session."""
    await acknowledge(update)
    who = await visitor(update, context)
    (push_id,) = decoded(update, context.services.codec).args or ("",)
    await send_all(update, context, await participants.start_pushed(context.services, who, push_id))


async def answer_button(update: Update, context: BotContext) -> None:
    await acknowledge(update)
    who = await visitor(update, context)
    (push_id,) = decoded(update, context.services.codec).args or ("",)
    await send_all(
        update, context, await participants.ready_to_answer(context.services, who, push_id)
    )


def handlers(codec: CallbackCodec) -> list[BaseHandler[Any, Any, Any]]:
    return [
        CommandHandler("sessie", menu, filters.ChatType.PRIVATE),
        CallbackQueryHandler(pressed, pattern=codec.matches("sess")),
        CallbackQueryHandler(start_button, pattern=codec.matches("sdlg")),
        CallbackQueryHandler(answer_button, pattern=codec.matches("sanswer")),
    ]
