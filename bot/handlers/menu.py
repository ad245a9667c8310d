"""/help, and the main menu (its buttons open the commands they name: see
:mod:`bot.application`)."""

from __future__ import annotations

from bot.handlers.feature import Command, Feature
from bot.messaging.reply import Reply
from bot.people.visitor import Visitor
from bot.screens import menu
from bot.services import Services


async def help_text(services: Services, visitor: Visitor, _words: object) -> list[Reply]:
    return [menu.help_text(visitor.t)]


async def main_menu(services: Services, visitor: Visitor, _pressed: object) -> list[Reply]:
    return [menu.main_menu(visitor.t)]


FEATURE = Feature("menu", commands={"help": Command(help_text)})
