"""How Telegram reaches first contact (:mod:`bot.onboarding`): /start (with a deep link),
and the consent, age-band and permission buttons. What can wait for consent (the links and
commands of every feature) is given by :mod:`bot.application`."""

from __future__ import annotations

from collections.abc import Sequence

from bot.handlers.feature import Command, Feature, pressed
from bot.messaging.reply import Reply
from bot.onboarding import flow as onboarding
from bot.onboarding.actions import AgeBand, Consent, Guardian
from bot.onboarding.flow import DeepLinks
from bot.people.visitor import Visitor
from bot.services import Services


def feature(links: DeepLinks) -> Feature:
    async def start(services: Services, visitor: Visitor, words: Sequence[str]) -> list[Reply]:
        payload = words[0] if words else None
        return await onboarding.start(services, visitor, payload, links)

    return Feature(
        "onboarding",
        commands={"start": Command(start)},
        buttons=(
            pressed(
                Consent,
                lambda s, v, a: onboarding.answer_consent(s, v, a.choice, links, below=a.below),
            ),
            pressed(AgeBand, lambda s, v, a: onboarding.answer_age(s, v, a.index, links)),
            pressed(
                Guardian,
                lambda s, v, a: onboarding.answer_guardian(s, v, a.answer, a.session_id, links),
            ),
        ),
    )
