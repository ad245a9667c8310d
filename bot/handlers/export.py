"""How Telegram reaches the export in the bot (:mod:`bot.export.staff`): /export and its
buttons, dialogue → purpose → format → the file; staff only."""

from __future__ import annotations

from bot.export import staff as staff_export
from bot.export.actions import ExportChoice
from bot.handlers.feature import Command, Feature, pressed, staff
from bot.messaging.reply import Reply
from bot.people.visitor import Visitor
from bot.services import Services

STAFF = staff("export")


async def start(services: Services, visitor: Visitor, _words: object) -> Reply:
    return staff_export.choose_dialogue(services, visitor.t)


FEATURE = Feature(
    "export",
    commands={
        "export": Command(start, STAFF),
    },
    buttons=(
        pressed(
            ExportChoice,
            lambda s, v, a: staff_export.chosen(s, v, a.dialogue_id, a.purpose, a.file_format),
            STAFF,
        ),
    ),
)
