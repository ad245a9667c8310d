"""Granting roles from inside the bot: staff make a single-use invite link (``r_<code>``).

Only the SHA-256 of the code is stored: the link is shown once, to the staff member who made
it, and an unused invitation in a copy of the database cannot be redeemed.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

from bot.messaging.reply import Reply
from bot.people.visitor import Visitor
from bot.roles import command_menu
from bot.roles.screens import INVITE_DAYS, ROLES, role_name
from bot.services import Services
from bot.sessions import screens as session_screens
from bot.storage import audit, roles
from bot.storage.database import utc_now


async def invite(services: Services, visitor: Visitor, role: str) -> list[Reply]:
    t = visitor.t
    if role not in ROLES:
        return []
    code = secrets.token_urlsafe(9)
    expires = (datetime.now(UTC) + timedelta(days=INVITE_DAYS)).isoformat(timespec="seconds")
    number = await roles.create_invite(services.db, code, role, visitor.user_id, expires)
    await audit.record(services.db, visitor.user_id, "role_invite", f"{role} {number}")
    link = f"https://t.me/{services.bot_username}?start=r_{code}"
    return [
        Reply(
            # audience: staff
            text=t.gettext(
                "Send this link to the new {role}. It works once, for {days} days:\n{link}",
                role=role_name(t, role),
                days=INVITE_DAYS,
                link=link,
            )
        )
    ]


async def redeem(services: Services, visitor: Visitor, code: str) -> list[Reply]:
    t = visitor.t
    name = " ".join(filter(None, (visitor.first_name, visitor.last_name))) or None
    role = await roles.redeem_invite(services.db, code, visitor.user_id, utc_now(), name)
    if role is None:
        return [
            Reply(text=t.gettext("This invitation is not valid (any more). Ask for a new one."))
        ]
    welcome = t.gettext("Welcome! You are now a {role}.", role=role_name(t, role))
    if role == "facilitator":
        welcome += "\n\n" + session_screens.how_to_start(t)
    return [
        Reply(
            text=welcome,
            commands=tuple(await command_menu.commands_for(services, visitor.user_id, t)),
        )
    ]
