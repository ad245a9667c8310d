"""/gesprek, /stop, typed answers and the buttons of a dialogue."""

from __future__ import annotations

from telegram import Update

from bot.answering import flow, presenter
from bot.handlers.common import acknowledge, decoded, send_all, visitor
from bot.handlers.fallback import not_understood
from bot.messaging.text_inputs import TextInputs
from bot.runtime.context import BotContext
from bot.screens import notices
from bot.sessions import participants
from bot.storage import citizens


async def list_dialogues(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    await send_all(update, context, await flow.list_dialogues(context.services, who))


async def chosen(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    callback = decoded(update, context.services.codec)
    dialogue_id, *rest = callback.args or ("",)
    again = callback.action == "again"
    in_place = again or rest == [presenter.LISTED]
    replies = await flow.start(context.services, who, dialogue_id, again=again, in_place=in_place)
    # Nothing to show: "Start again" while a run of it is open (e.g. a second tap).
    await acknowledge(update, None if replies else notices.stale_button(who.t))
    await send_all(update, context, replies)


async def stop(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    await send_all(update, context, await flow.pause(context.services, who))


def make_text(inputs: TextInputs):
    async def text(update: Update, context: BotContext) -> None:
        """A typed message: a session's join code, else for what a feature asked, else the
        current dialogue."""
        message = update.effective_message
        assert message is not None and message.text is not None
        who = await visitor(update, context)
        joined = await participants.typed_code(context.services, who, message.text)
        if joined is not None:  # the join code of a session
            await send_all(update, context, joined)
            return
        wanted = inputs.find(who.citizen.awaiting)
        if wanted is not None:
            handler, argument = wanted
            await send_all(
                update, context, await handler(context.services, who, argument, message.text)
            )
            return
        answered = await flow.on_text(context.services, who, message.text)
        if answered is None:
            await not_understood(update, context)
            return
        await send_all(update, context, answered)

    return text


async def clear_awaiting(update: Update, context: BotContext) -> None:
    """A command means the citizen moved on: forget what a feature was waiting for."""
    user = update.effective_user
    if user is not None:
        citizen = await citizens.get(context.services.db, user.id)
        if citizen is not None and citizen.awaiting is not None:
            await citizens.set_awaiting(context.services.db, user.id, None)


async def _outcome(update: Update, context: BotContext, outcome: flow.Outcome) -> None:
    await acknowledge(update, outcome.notice)
    await send_all(update, context, outcome.replies)


async def pressed(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    args = decoded(update, context.services.codec).args
    if len(args) != 4 or not args[0].isdigit() or not args[1].isdigit():
        await acknowledge(update)
        return
    run_id, index, kind, value = args
    outcome = await flow.on_press(context.services, who, int(run_id), int(index), kind, value)
    await _outcome(update, context, outcome)


async def quote(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    args = decoded(update, context.services.codec).args
    run_id, index = _two(args)
    where = args[2] if len(args) > 2 else ""
    outcome = await flow.on_quote_toggle(context.services, who, run_id, index, where)
    await _outcome(update, context, outcome)


async def quotes_done(update: Update, context: BotContext) -> None:
    who = await visitor(update, context)
    args = (*decoded(update, context.services.codec).args, "")
    run_id, where = _two(args)
    await _outcome(update, context, await flow.on_quotes_done(context.services, who, run_id, where))


def _two(args: tuple[str, ...]) -> tuple[int, str]:
    if len(args) < 2 or not args[0].isdigit():
        return (0, "")
    return (int(args[0]), args[1])
