"""Who may do what: staff from the configuration plus roles granted in the database."""

from __future__ import annotations

from bot.config import Settings
from bot.storage import roles as role_store
from bot.storage.database import Database


async def is_staff(db: Database, settings: Settings, user_id: int) -> bool:
    return user_id in settings.staff or await role_store.has_role(db, user_id, "staff")


async def is_facilitator(db: Database, settings: Settings, user_id: int) -> bool:
    return await is_staff(db, settings, user_id) or await role_store.has_role(
        db, user_id, "facilitator"
    )
