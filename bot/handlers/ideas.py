"""How Telegram reaches the ideas feature (:mod:`bot.ideas`): /idee, /ideeen, /moderatie, the
buttons of ideas, the link ``i_<idea>`` and the typed idea; and what each needs."""

from __future__ import annotations

from collections.abc import Sequence

from bot.handlers.feature import CONSENT, Button, Command, Feature, TextInput, staff
from bot.ideas import flow as ideas
from bot.ideas import screens
from bot.ideas.screens import View, parse_view
from bot.messaging.callback_codec import Callback
from bot.messaging.reply import Outcome, Reply
from bot.people.visitor import Visitor
from bot.screens import notices
from bot.services import Services

MODERATION = staff("moderatie")


def _number(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else None


async def new_idea(services: Services, visitor: Visitor, _words: object) -> list[Reply]:
    return await ideas.ask(services, visitor)


async def browse(services: Services, visitor: Visitor, _words: Sequence[str]) -> list[Reply]:
    return await ideas.browse(services, visitor, View())


async def theme(services: Services, visitor: Visitor, pressed: Callback) -> Outcome:
    (raw,) = pressed.args[:1] or ("",)
    index = _number(raw)
    return await ideas.choose_theme(services, visitor, -1 if index is None else index)


async def page(services: Services, visitor: Visitor, pressed: Callback) -> list[Reply]:
    (code,) = pressed.args[:1] or ("",)
    view = parse_view(code) or View()
    return await ideas.browse(services, visitor, view, replace=True)


async def support(services: Services, visitor: Visitor, pressed: Callback) -> Outcome:
    args = pressed.args
    idea_id = _number(args[0]) if len(args) == 3 else None
    view = parse_view(args[2]) if len(args) == 3 else None
    if idea_id is None or view is None or args[1] not in ("0", "1"):
        return Outcome()
    return await ideas.support(services, visitor, idea_id, args[1] == "1", view)


async def moderate(services: Services, visitor: Visitor, pressed: Callback) -> Outcome:
    args = pressed.args
    idea_id = _number(args[0]) if len(args) == 2 else None
    if idea_id is None:
        return Outcome()
    return await ideas.moderate(services, visitor, idea_id, args[1])


async def reject(services: Services, visitor: Visitor, pressed: Callback) -> Outcome:
    args = pressed.args
    idea_id = _number(args[0]) if len(args) == 2 else None
    reason = _number(args[1]) if len(args) == 2 else None
    if idea_id is None or reason is None:
        return Outcome()
    return await ideas.reject(services, visitor, idea_id, reason)


async def _stale(services: Services, visitor: Visitor, _pressed: Callback) -> Outcome:
    return Outcome(notice=notices.stale_button(visitor.t))


FEATURE = Feature(
    "ideas",
    commands={
        "idee": Command(new_idea, CONSENT),
        "ideeen": Command(browse),
        "moderatie": Command(lambda s, v, _: ideas.moderation(s, v), MODERATION),
    },
    buttons={
        screens.NEW: Button(new_idea, CONSENT),
        screens.THEME: Button(theme, CONSENT),
        screens.SEND: Button(lambda s, v, _: ideas.send(s, v), CONSENT),
        screens.EDIT: Button(lambda s, v, _: ideas.change(s, v), CONSENT),
        screens.CANCEL: Button(lambda s, v, _: ideas.cancel(s, v)),
        screens.LIST: Button(page),
        screens.SUPPORT: Button(support, CONSENT),
        screens.MINE: Button(lambda s, v, _: ideas.mine(s, v)),
        screens.MODERATE: Button(moderate, MODERATION),
        screens.REJECT: Button(reject, MODERATION),
    },
    deep_links={"i": ideas.open_link},
    text_inputs={ideas.AWAITING: TextInput(ideas.on_text, CONSENT)},
    unfinished=ideas.unfinished,
)
