"""First contact, consent and deep links: what happens on /start and the consent buttons."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from bot import command_menu
from bot.consent import TERMS_VERSION, is_current
from bot.reply import Reply
from bot.screens import menu, welcome
from bot.services import Services
from bot.storage import citizens
from bot.visitor import Visitor

DeepLinkHandler = Callable[[Services, Visitor, str], Awaitable[list[Reply]]]


class DeepLinks:
    """Deep-link payloads (``d_goed-bestuur``) by prefix; features register theirs."""

    def __init__(self) -> None:
        self._handlers: dict[str, DeepLinkHandler] = {}

    def register(self, prefix: str, handler: DeepLinkHandler) -> None:
        self._handlers[prefix] = handler

    def find(self, payload: str) -> tuple[DeepLinkHandler, str] | None:
        prefix, sep, argument = payload.partition("_")
        handler = self._handlers.get(prefix)
        if not sep or not argument or handler is None:
            return None
        return handler, argument


async def start(
    services: Services, visitor: Visitor, payload: str | None, links: DeepLinks
) -> list[Reply]:
    """/start: ask for consent first (remembering the deep link), else follow the link or menu."""
    t = visitor.t
    if not is_current(visitor.citizen.consent_version):
        await citizens.set_pending_start(services.db, visitor.user_id, payload)
        return [welcome.consent_question(t, services.settings.retention_days)]
    if payload:
        return await follow_link(services, visitor, payload, links)
    return [menu.main_menu(t)]


async def follow_link(
    services: Services, visitor: Visitor, payload: str, links: DeepLinks
) -> list[Reply]:
    found = links.find(payload)
    if found is None:
        return [
            Reply(text=visitor.t.gettext("I don't know this link. Here is the menu.")),
            menu.main_menu(visitor.t),
        ]
    handler, argument = found
    return await handler(services, visitor, argument)


async def answer_consent(
    services: Services, visitor: Visitor, agreed: bool, links: DeepLinks
) -> list[Reply]:
    t = visitor.t
    if not agreed:
        await citizens.set_pending_start(services.db, visitor.user_id, None)
        return [welcome.consent_refused(t)]
    if is_current(visitor.citizen.consent_version):
        return [welcome.consent_given(t)]  # a second tap: the first one went on already
    await citizens.give_consent(
        services.db, visitor.user_id, TERMS_VERSION, visitor.first_name, visitor.last_name
    )
    refreshed = await citizens.get(services.db, visitor.user_id)
    assert refreshed is not None
    visitor = replace(visitor, citizen=refreshed)
    # A role holder (DOETMEE_STAFF, …) writing for the first time gets their menu now: at
    # start-up Telegram refuses a menu for a chat that has never talked to the bot.
    role_menu = await command_menu.of_role_holder(services, visitor.user_id, t)
    replies = [replace(welcome.consent_given(t), commands=role_menu)]
    pending = visitor.citizen.pending_start
    if pending:
        await citizens.set_pending_start(services.db, visitor.user_id, None)
        return replies + await follow_link(services, visitor, pending, links)
    return [*replies, menu.main_menu(t)]
