"""Which commands Telegram's menu shows a person: citizens', plus facilitators' and staff's."""

from __future__ import annotations

from bot.config import Settings
from bot.i18n import Translator
from bot.people import access as roles
from bot.screens import menu
from bot.services import Services
from bot.storage.database import Database


async def of_role_holder(
    services: Services, user_id: int, t: Translator
) -> tuple[tuple[str, str], ...] | None:
    """The menu of a facilitator or staff member; None for a citizen (the default menu)."""
    commands = await commands_for(services, user_id, t)
    return tuple(commands) if len(commands) > len(menu.citizen_commands(t)) else None


async def commands_for(services: Services, user_id: int, t: Translator) -> list[tuple[str, str]]:
    return await commands_of(services.db, services.settings, user_id, t)


async def commands_of(
    db: Database, settings: Settings, user_id: int, t: Translator
) -> list[tuple[str, str]]:
    """The menu of ``user_id`` with the roles they have now."""
    staff = await roles.is_staff(db, settings, user_id)
    facilitator = staff or await roles.is_facilitator(db, settings, user_id)
    return for_roles(t, facilitator=facilitator, staff=staff)


def for_roles(t: Translator, *, facilitator: bool, staff: bool) -> list[tuple[str, str]]:
    commands = menu.citizen_commands(t)
    if facilitator:
        commands += menu.facilitator_commands(t)
    if staff:
        commands += menu.staff_commands(t)
    return commands
