"""Which commands Telegram's menu shows a person: citizens', plus facilitators' and staff's."""

from __future__ import annotations

from bot import roles
from bot.i18n import Translator
from bot.screens import menu
from bot.services import Services


async def of_role_holder(
    services: Services, user_id: int, t: Translator
) -> tuple[tuple[str, str], ...] | None:
    """The menu of a facilitator or staff member; None for a citizen (the default menu)."""
    commands = await commands_for(services, user_id, t)
    return tuple(commands) if len(commands) > len(menu.citizen_commands(t)) else None


async def commands_for(services: Services, user_id: int, t: Translator) -> list[tuple[str, str]]:
    commands = menu.citizen_commands(t)
    if await roles.is_facilitator(services.db, services.settings, user_id):
        commands += menu.facilitator_commands(t)
    if await roles.is_staff(services.db, services.settings, user_id):
        commands += menu.staff_commands(t)
    return commands
