"""/idee, /ideeen, /moderatie and the buttons of ideas (registered in bot/application.py)."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.handlers.common import acknowledge, decoded, send_all, visitor
from bot.handlers.staff import staff_only
from bot.ideas import flow as ideas
from bot.ideas import screens
from bot.ideas.screens import View, parse_view
from bot.messaging.callback_codec import CallbackCodec
from bot.messaging.text_inputs import TextInputHandler
from bot.onboarding.flow import DeepLinkHandler
from bot.runtime.context import BotContext

DEEP_LINKS: dict[str, DeepLinkHandler] = {"i": ideas.open_link}
TEXT_INPUTS: dict[str, TextInputHandler] = {ideas.AWAITING: ideas.on_text}


async def _outcome(update: Update, context: BotContext, outcome: ideas.Outcome) -> None:
    await acknowledge(update, outcome.notice)
    await send_all(update, context, outcome.replies)


def _args(update: Update, context: BotContext) -> tuple[str, ...]:
    return decoded(update, context.services.codec).args


def _number(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else None


async def new_idea(update: Update, context: BotContext) -> None:
    await acknowledge(update)
    who = await visitor(update, context)
    await send_all(update, context, await ideas.ask(context.services, who))


async def theme(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    (raw,) = _args(update, context)[:1] or ("",)
    index = _number(raw)
    outcome = await ideas.choose_theme(context.services, who, -1 if index is None else index)
    await _outcome(update, context, outcome)


async def send_idea(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    await _outcome(update, context, await ideas.send(context.services, who))


async def change(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    await _outcome(update, context, await ideas.change(context.services, who))


async def cancel(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    await _outcome(update, context, await ideas.cancel(context.services, who))


async def browse(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    replies = await ideas.browse(context.services, who, View(), context.bot.username)
    await send_all(update, context, replies)


async def page(update: Update, context: BotContext) -> None:
    await acknowledge(update)
    who = await visitor(update, context)
    (code,) = _args(update, context)[:1] or ("",)
    view = parse_view(code) or View()
    replies = await ideas.browse(context.services, who, view, context.bot.username, replace=True)
    await send_all(update, context, replies)


async def support(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    args = _args(update, context)
    idea_id = _number(args[0]) if len(args) == 3 else None
    view = parse_view(args[2]) if len(args) == 3 else None
    if idea_id is None or view is None or args[1] not in ("0", "1"):
        await acknowledge(update)
        return
    outcome = await ideas.support(
        context.services, who, idea_id, args[1] == "1", view, context.bot.username
    )
    await _outcome(update, context, outcome)


async def mine(update: Update, context: BotContext) -> None:
    await acknowledge(update)
    who = await visitor(update, context)
    await send_all(update, context, await ideas.mine(context.services, who))


@staff_only("moderatie")
async def moderation(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    await send_all(update, context, await ideas.moderation(context.services, who))


@staff_only("moderatie")
async def moderate(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    args = _args(update, context)
    idea_id = _number(args[0]) if len(args) == 2 else None
    if idea_id is None:
        await acknowledge(update)
        return
    outcome = await ideas.moderate(context.services, who, idea_id, args[1], context.bot.username)
    await _outcome(update, context, outcome)


@staff_only("moderatie")
async def reject(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    args = _args(update, context)
    idea_id = _number(args[0]) if len(args) == 2 else None
    reason = _number(args[1]) if len(args) == 2 else None
    if idea_id is None or reason is None:
        await acknowledge(update)
        return
    outcome = await ideas.reject(context.services, who, idea_id, reason, context.bot.username)
    await _outcome(update, context, outcome)


def handlers(codec: CallbackCodec) -> list[BaseHandler[Any, Any, Any]]:
    private = filters.ChatType.PRIVATE

    def button(action: str, callback: Any) -> CallbackQueryHandler[Any, Any]:
        return CallbackQueryHandler(callback, pattern=codec.matches(action))

    return [
        CommandHandler("idee", new_idea, private),
        CommandHandler("ideeen", browse, private),
        CommandHandler("moderatie", moderation, private),
        button(screens.NEW, new_idea),
        button(screens.THEME, theme),
        button(screens.SEND, send_idea),
        button(screens.EDIT, change),
        button(screens.CANCEL, cancel),
        button(screens.LIST, page),
        button(screens.SUPPORT, support),
        button(screens.MINE, mine),
        button(screens.MODERATE, moderate),
        button(screens.REJECT, reject),
    ]
