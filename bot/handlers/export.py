"""How Telegram reaches the export in the bot (:mod:`bot.export.staff`): /export and its
buttons, dialogue → purpose → format → the file; staff only."""

from __future__ import annotations

from bot.export import staff as staff_export
from bot.handlers.feature import Button, Command, Feature, staff
from bot.messaging.callback_codec import Callback
from bot.messaging.reply import Outcome, Reply
from bot.people.visitor import Visitor
from bot.services import Services

STAFF = staff("export")


async def start(services: Services, visitor: Visitor, _words: object) -> list[Reply]:
    return [staff_export.choose_dialogue(services, visitor.t)]


async def step(services: Services, visitor: Visitor, button: Callback) -> Outcome:
    dialogue_id, purpose, fmt = staff_export.parse(button.args)
    return await staff_export.chosen(services, visitor, dialogue_id, purpose, fmt)


FEATURE = Feature(
    "export",
    commands={"export": Command(start, STAFF)},
    buttons={"exp": Button(step, STAFF)},
)
