"""``doetmee staff add|remove`` and ``doetmee roles list|revoke|cancel-invite``."""

from __future__ import annotations

import argparse
import asyncio
from typing import TYPE_CHECKING

from bot.cli.arguments import (
    Commands,
    Parser,
    UsageError,
    telegram_id,
)
from bot.config import Settings
from bot.storage.database import row_id

if TYPE_CHECKING:
    from bot.services import Services


def add(commands: Commands) -> None:
    staff = commands.add_parser("staff", help="grant or take away the staff role")
    staff_actions = staff.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    staff_actions.required = True
    for action, text in (("add", "make a Telegram user staff"), ("remove", "take the role away")):
        sub = staff_actions.add_parser(action, help=text)
        sub.add_argument("user_id", type=telegram_id, metavar="ID", help="Telegram user id")
        sub.set_defaults(handler=_staff)

    roles = commands.add_parser(
        "roles", help="who has which role; take a role back; cancel an invitation"
    )
    role_actions = roles.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    role_actions.required = True
    role_list = role_actions.add_parser("list", help="staff, facilitators and open invitations")
    role_list.set_defaults(handler=_roles)
    revoke = role_actions.add_parser(
        "revoke", help="take every role granted in the database away from a Telegram user"
    )
    revoke.add_argument("user_id", type=telegram_id, metavar="ID", help="Telegram user id")
    revoke.set_defaults(handler=_roles)
    cancel = role_actions.add_parser("cancel-invite", help="make an unused invitation link invalid")
    cancel.add_argument(
        "invitation",
        metavar="CODE",
        help="the invitation link, its code (r_…), or its number from `doetmee roles list`",
    )
    cancel.set_defaults(handler=_roles)


def _staff(args: argparse.Namespace, settings: Settings) -> int:
    from bot.roles import admin as role_admin
    from bot.runtime import runner
    from bot.storage import audit, roles

    async def main() -> str:
        services = await runner.build_services(settings, with_dialogues=False)
        db = services.db
        try:
            if args.action == "add":
                changed = await roles.grant(db, args.user_id, "staff", "command line")
                await audit.record(db, None, "staff_add", str(args.user_id))
            else:  # audited, and their menu follows (bot/roles/admin.py)
                changed = await role_admin.take_away(services, args.user_id, "staff", None)
        finally:
            await db.close()
        if args.action == "add":
            return "is now staff" if changed else "was already staff"
        note = " (still staff through DOETMEE_STAFF)" if args.user_id in settings.staff else ""
        return ("is no longer staff" if changed else "was not staff") + note

    print(f"{args.user_id} {asyncio.run(main())}")
    return 0


def _roles(args: argparse.Namespace, settings: Settings) -> int:
    from bot.runtime import runner

    async def main() -> list[str]:
        services = await runner.build_services(settings, with_dialogues=False)
        try:
            if args.action == "list":
                return await _role_list(services)
            if args.action == "revoke":
                return await _role_revoke(services, args.user_id)
            return await _invite_cancel(services, args.invitation)
        finally:
            await services.db.close()

    for line in asyncio.run(main()):
        print(line)
    return 0


async def _role_list(services: Services) -> list[str]:
    from bot.roles import admin as role_admin
    from bot.roles.screens import Person
    from bot.storage import roles
    from bot.storage.database import utc_now

    def named(person: Person) -> str:
        return f"{person.user_id}  {person.name or '(name not known yet)'}"

    since = {
        (h.user_id, h.role): f"since {h.added_at[:10]}, {h.added_by}"
        for h in await roles.holders(services.db)
    }
    staff, facilitators = await role_admin.people(services)
    lines = ["staff:"]
    for person in staff:
        origin = (
            "set in DOETMEE_STAFF"
            if person.configured
            else since.get((person.user_id, "staff"), "")
        )
        lines.append(f"  {named(person)}  {origin}".rstrip())
    lines.append("facilitators:")
    lines += [
        f"  {named(p)}  {since.get((p.user_id, 'facilitator'), '')}".rstrip() for p in facilitators
    ]
    invitations = await roles.open_invites(services.db, utc_now())
    lines.append("open invitations:" if invitations else "open invitations: none")
    for invitation in invitations:
        maker = await role_admin.person(services, invitation.created_by)
        lines.append(
            f"  no. {invitation.id}  {invitation.role}  made by {named(maker).strip()}, "
            f"valid until {invitation.expires_at.replace('T', ' ')}"
        )
    return lines


async def _role_revoke(services: Services, user_id: int) -> list[str]:
    from bot.roles import admin as role_admin

    names = {"staff": "staff", "facilitator": "a facilitator"}
    lines = []
    for role in ("staff", "facilitator"):
        if await role_admin.take_away(services, user_id, role, None):  # type: ignore[arg-type]
            lines.append(f"{user_id} is no longer {names[role]}")
    if not lines:
        lines.append(f"{user_id} has no role in the database")
    else:
        lines.append("they are told, with their new command menu, by the bot as soon as it runs")
    if user_id in services.settings.staff:
        lines.append(f"{user_id} is still staff through DOETMEE_STAFF")
    return lines


async def _invite_cancel(services: Services, named: str) -> list[str]:
    from bot.roles import admin as role_admin
    from bot.storage import roles

    code = named.strip().rsplit("start=", 1)[-1].removeprefix("r_")
    found = await roles.invite_by_code(services.db, code)
    number = found.id if found is not None else row_id(code)
    role = None if number is None else await role_admin.cancel_invitation(services, number, None)
    if role is None:
        raise UsageError(f"doetmee roles cancel-invite: there is no unused invitation {named!r}")
    return [f"invitation no. {number} ({role}) is cancelled; its link no longer works"]
