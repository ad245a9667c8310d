"""How Telegram reaches the citizen's settings (:mod:`bot.settings`): /instellingen, /taal and
the language buttons."""

from __future__ import annotations

from bot.handlers.feature import Command, Feature, pressed
from bot.messaging.reply import Reply
from bot.people.visitor import Visitor
from bot.services import Services
from bot.settings import language, language_screens, screens
from bot.settings.actions import ChooseLanguage


async def show(services: Services, visitor: Visitor, _words: object) -> list[Reply]:
    return [screens.preferences(visitor.t, visitor.citizen, services.settings.timezone)]


async def choose(services: Services, visitor: Visitor, _words: object) -> list[Reply]:
    return [language_screens.choose_language(visitor.t)]


FEATURE = Feature(
    "settings",
    commands={"instellingen": Command(show), "taal": Command(choose)},
    buttons=(pressed(ChooseLanguage, lambda s, v, a: language.switch(s, v, a.code)),),
)
