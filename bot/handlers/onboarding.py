"""How Telegram reaches first contact (:mod:`bot.onboarding`): /start (with a deep link),
and the consent, age-band and permission buttons. What can wait for consent (the links and
commands of every feature) is given by :mod:`bot.application`."""

from __future__ import annotations

from collections.abc import Sequence

from bot.handlers.feature import Button, Command, Feature
from bot.messaging.callback_codec import Callback
from bot.messaging.reply import Outcome, Reply
from bot.onboarding import flow as onboarding
from bot.onboarding.flow import DeepLinks
from bot.people.visitor import Visitor
from bot.services import Services


def feature(links: DeepLinks) -> Feature:
    async def start(services: Services, visitor: Visitor, words: Sequence[str]) -> list[Reply]:
        payload = words[0] if words else None
        return await onboarding.start(services, visitor, payload, links)

    async def consent(services: Services, visitor: Visitor, button: Callback) -> Outcome:
        return await onboarding.answer_consent(services, visitor, button.args, links)

    async def age(services: Services, visitor: Visitor, button: Callback) -> Outcome:
        (band,) = button.args or ("",)
        return await onboarding.answer_age(services, visitor, band, links)

    async def guardian(services: Services, visitor: Visitor, button: Callback) -> Outcome:
        return await onboarding.answer_guardian(services, visitor, button.args, links)

    return Feature(
        "onboarding",
        commands={"start": Command(start)},
        buttons={"consent": Button(consent), "ageband": Button(age), "guardian": Button(guardian)},
    )
