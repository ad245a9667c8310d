"""How Telegram reaches announcements (:mod:`bot.announcements`): /bericht (staff), its
buttons and the typed text, and the news switch in /instellingen; and what each needs."""

from __future__ import annotations

from bot.announcements import flow as announcements
from bot.handlers.feature import ANYONE, CONSENT, Button, Command, Feature, Needs, TextInput, staff
from bot.messaging.callback_codec import Callback
from bot.messaging.reply import Outcome
from bot.people.visitor import Visitor
from bot.services import Services

STAFF = staff("bericht")


async def decide(services: Services, visitor: Visitor, pressed: Callback) -> Outcome:
    args = pressed.args
    if len(args) != 2 or not args[0].isdigit():
        return Outcome()
    return await announcements.decide(services, visitor, int(args[0]), args[1])


async def news(services: Services, visitor: Visitor, pressed: Callback) -> Outcome:
    return await announcements.set_news(services, visitor, pressed.args == ("on",))


def news_needs(pressed: Callback) -> Needs:
    """News comes only to those who consent; turning it off never needs consent."""
    return CONSENT if pressed.args == ("on",) else ANYONE


FEATURE = Feature(
    "announcements",
    commands={"bericht": Command(lambda s, v, _: announcements.ask(s, v), STAFF)},
    buttons={
        "ann": Button(decide, STAFF),
        "news": Button(news, news_needs),
    },
    text_inputs={announcements.AWAITING: TextInput(announcements.on_text, STAFF)},
)
