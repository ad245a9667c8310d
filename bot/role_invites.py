"""Granting roles from inside the bot: staff make a single-use invite link (``r_<code>``)."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

from bot import command_menu
from bot.i18n import Translator
from bot.reply import Button, Reply, rows
from bot.screens import sessions as session_screens
from bot.services import Services
from bot.storage import audit, roles
from bot.storage.database import utc_now
from bot.storage.roles import Role
from bot.visitor import Visitor

INVITE_DAYS = 7
ROLES: tuple[Role, ...] = ("facilitator", "staff")


def role_name(t: Translator, role: Role) -> str:
    return t.gettext("facilitator") if role == "facilitator" else t.gettext("staff member")


async def overview(services: Services, visitor: Visitor) -> list[Reply]:
    t = visitor.t
    staff = sorted(set(await roles.members(services.db, "staff")) | services.settings.staff)
    facilitators = await roles.members(services.db, "facilitator")
    text = "\n".join(
        [
            t.gettext("<b>Roles</b>"),
            t.gettext("Staff: {ids}", ids=", ".join(map(str, staff)) or "–"),
            t.gettext("Facilitators: {ids}", ids=", ".join(map(str, facilitators)) or "–"),
            "",
            t.gettext(
                "Invite someone with a link that works once, for {days} days.", days=INVITE_DAYS
            ),
        ]
    )
    return [
        Reply(
            text=text,
            buttons=rows(
                *[
                    [Button(t.gettext("Invite a {role}", role=role_name(t, r)), "invite", (r,))]
                    for r in ROLES
                ]
            ),
        )
    ]


async def invite(services: Services, visitor: Visitor, role: str, bot_username: str) -> list[Reply]:
    t = visitor.t
    if role not in ROLES:
        return []
    code = secrets.token_urlsafe(9)
    expires = (datetime.now(UTC) + timedelta(days=INVITE_DAYS)).isoformat(timespec="seconds")
    await roles.create_invite(services.db, code, role, visitor.user_id, expires)  # type: ignore[arg-type]
    await audit.record(services.db, visitor.user_id, "role_invite", role)
    link = f"https://t.me/{bot_username}?start=r_{code}"
    return [
        Reply(
            text=t.gettext(
                "Send this link to the new {role}. It works once, for {days} days:\n{link}",
                role=role_name(t, role),  # type: ignore[arg-type]
                days=INVITE_DAYS,
                link=link,
            )
        )
    ]


async def redeem(services: Services, visitor: Visitor, code: str) -> list[Reply]:
    t = visitor.t
    role = await roles.redeem_invite(services.db, code, visitor.user_id, utc_now())
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
