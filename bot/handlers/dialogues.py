"""How Telegram reaches the dialogues (:mod:`bot.answering`): /gesprek, /stop, the buttons of
a dialogue, the link ``d_<dialogue>`` and typed answers; and what each needs."""

from __future__ import annotations

from bot.answering import flow, presenter
from bot.handlers.feature import CONSENT, Button, Command, Feature, TypedText
from bot.messaging.callback_codec import Callback
from bot.messaging.reply import Outcome
from bot.people.visitor import Visitor
from bot.screens import notices
from bot.services import Services


async def chosen(services: Services, visitor: Visitor, pressed: Callback) -> Outcome:
    """A dialogue from the list, "Start again", or "▶️ Go on" under a paused one."""
    dialogue_id, *rest = pressed.args or ("",)
    again = pressed.action == "again"
    in_place = again or rest == [presenter.LISTED]
    replies = await flow.start(services, visitor, dialogue_id, again=again, in_place=in_place)
    # Nothing to show: "Start again" while a run of it is open (e.g. a second tap).
    return Outcome(replies, None if replies else notices.stale_button(visitor.t))


async def pressed(services: Services, visitor: Visitor, button: Callback) -> Outcome:
    """An answer, back, skip, pause … (consent is checked by the flow: a button of an old
    question says so first)."""
    args = button.args
    if len(args) != 4 or not args[0].isdigit() or not args[1].isdigit():
        return Outcome()
    run_id, index, kind, value = args
    return await flow.on_press(services, visitor, int(run_id), int(index), kind, value)


def _two(args: tuple[str, ...]) -> tuple[int, str]:
    if len(args) < 2 or not args[0].isdigit():
        return (0, "")
    return (int(args[0]), args[1])


async def quote(services: Services, visitor: Visitor, button: Callback) -> Outcome:
    """☐/☑ may we quote this answer (withdrawing the permission needs no consent)."""
    run_id, index = _two(button.args)
    where = button.args[2] if len(button.args) > 2 else ""
    return await flow.on_quote_toggle(services, visitor, run_id, index, where)


async def quotes_done(services: Services, visitor: Visitor, button: Callback) -> Outcome:
    run_id, where = _two((*button.args, ""))
    return await flow.on_quotes_done(services, visitor, run_id, where)


def _resume(button: Callback) -> str:
    return f"d_{button.args[0] if button.args else ''}"


FEATURE = Feature(
    "dialogues",
    commands={
        "gesprek": Command(lambda s, v, _: flow.list_dialogues(s, v), CONSENT),
        "stop": Command(lambda s, v, _: flow.pause(s, v)),
    },
    buttons={
        "dlg": Button(chosen, CONSENT, resume=_resume),
        "again": Button(chosen, CONSENT, resume=_resume),
        "q": Button(pressed),
        "quote": Button(quote),
        "quotes_done": Button(quotes_done),
    },
    deep_links={"d": lambda s, v, dialogue_id: flow.start(s, v, dialogue_id)},
    typed_text=TypedText(flow.on_text),
    unfinished=flow.unfinished,
)
