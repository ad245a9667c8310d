"""How Telegram reaches roles (:mod:`bot.roles`): /rol (staff) and its buttons — invite,
take a facilitator's role away, cancel an invitation — and the link ``r_<code>``."""

from __future__ import annotations

from dataclasses import replace

from bot.handlers.feature import Button, Command, Feature, staff
from bot.messaging.callback_codec import Callback
from bot.messaging.reply import Reply
from bot.people.visitor import Visitor
from bot.roles import admin, invites
from bot.services import Services
from bot.storage.database import row_id


async def overview(services: Services, visitor: Visitor, _words: object) -> list[Reply]:
    return [await admin.overview(services, visitor)]


async def invite(services: Services, visitor: Visitor, button: Callback) -> list[Reply]:
    (role,) = button.args or ("",)
    return await invites.invite(services, visitor, role)


async def change(services: Services, visitor: Visitor, button: Callback) -> list[Reply]:
    """The buttons of /rol: ask, take (after asking), back, cancel an invitation."""
    step, *rest = button.args or ("",)
    number = row_id(rest[0]) if rest else None
    if step == "ask" and number is not None:
        return [await admin.ask_take_away(services, visitor, number)]
    if step == "take" and number is not None:
        return [await admin.confirmed_take_away(services, visitor, number)]
    if step == "cancel" and number is not None:
        return [await admin.cancel(services, visitor, number)]
    # "back": the overview again, in place of the question
    return [replace(await admin.overview(services, visitor), replace=True)]


FEATURE = Feature(
    "roles",
    commands={"rol": Command(overview, staff("rol"))},
    buttons={
        "invite": Button(invite, staff("invite")),
        "role": Button(change, staff("rol")),
    },
    deep_links={"r": invites.redeem},
)
