"""How Telegram reaches privacy (:mod:`bot.privacy`): /privacy (readable without consent) and
the buttons to withdraw consent in /instellingen."""

from __future__ import annotations

from bot.handlers.feature import Command, Feature, pressed
from bot.messaging.reply import Reply
from bot.people.consent import is_current
from bot.people.visitor import Visitor
from bot.privacy import withdrawal
from bot.privacy.actions import Withdraw
from bot.privacy.statement import privacy_statement
from bot.services import Services


async def statement(services: Services, visitor: Visitor, _words: object) -> list[Reply]:
    settings = services.settings
    consented = is_current(visitor.citizen.consent_version)
    return privacy_statement(
        visitor.t, settings.retention_days, settings.contacts, consented=consented
    )


FEATURE = Feature(
    "privacy",
    commands={"privacy": Command(statement)},
    buttons=(pressed(Withdraw, lambda s, v, a: withdrawal.on_button(s, v, a.step)),),
)
