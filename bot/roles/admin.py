"""Who has which role, and taking a role back (``/rol`` in the bot, ``doetmee roles``).

Taking a role away is one step in the database: the role goes, the audit log records it, and
a message to the person is queued with their new command menu, which Telegram shows them as
soon as the message is delivered. A facilitator who can no longer lead sessions has their
open sessions closed first (participants are told), as when they erase their data.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from bot.i18n import Translator
from bot.messaging import dates, reply_json
from bot.messaging.reply import Reply
from bot.people import language
from bot.people.visitor import Visitor
from bot.roles import command_menu, screens
from bot.services import Services
from bot.sessions import facilitator
from bot.storage import audit, citizens
from bot.storage import roles as store
from bot.storage.database import utc_now
from bot.storage.roles import Role


async def person(services: Services, user_id: int) -> screens.Person:
    """A role holder (or someone who was one) with the name we know for them."""
    name = await store.name_of(services.db, user_id)
    if name is None:
        citizen = await citizens.get(services.db, user_id)
        if citizen is not None and citizen.first_name:
            name = " ".join(filter(None, (citizen.first_name, citizen.last_name)))
    return screens.Person(user_id, name, configured=user_id in services.settings.staff)


async def people(services: Services) -> tuple[list[screens.Person], list[screens.Person]]:
    """(staff, facilitators who are not staff), with names where we know them."""
    holders = await store.holders(services.db)
    staff_ids = sorted(
        {h.user_id for h in holders if h.role == "staff"} | set(services.settings.staff)
    )
    facilitator_ids = [
        h.user_id for h in holders if h.role == "facilitator" and h.user_id not in staff_ids
    ]
    staff = [await person(services, user_id) for user_id in staff_ids]
    facilitators = [await person(services, user_id) for user_id in facilitator_ids]
    return sorted(staff, key=_by_name), facilitators


def _by_name(someone: screens.Person) -> tuple[bool, str, int]:
    return (someone.name is None, (someone.name or "").casefold(), someone.user_id)


async def invitations(services: Services, t: Translator) -> list[screens.OpenInvitation]:
    found = []
    for invitation in await store.open_invites(services.db, utc_now()):
        found.append(
            screens.OpenInvitation(
                invitation.id,
                invitation.role,
                await person(services, invitation.created_by),
                dates.readable(invitation.expires_at, services.settings.timezone, t.locale),
            )
        )
    return found


async def overview(services: Services, visitor: Visitor, *, replace: bool = False) -> Reply:
    """/rol (``replace``: in place of the question to take a role away, after "no")."""
    t = visitor.t
    staff, facilitators = await people(services)
    shown = screens.overview(t, staff, facilitators, await invitations(services, t))
    return dataclasses.replace(shown, replace=replace)


async def ask_take_away(services: Services, visitor: Visitor, user_id: int) -> Reply:
    someone = await person(services, user_id)
    if not await _only_facilitator(services, user_id):
        return screens.not_a_facilitator(visitor.t, someone)
    return screens.confirm_take_away(visitor.t, someone)


async def confirmed_take_away(services: Services, visitor: Visitor, user_id: int) -> Reply:
    someone = await person(services, user_id)
    if not await _only_facilitator(services, user_id):
        return screens.not_a_facilitator(visitor.t, someone)
    await take_away(services, user_id, "facilitator", visitor.user_id)
    return screens.taken_away(visitor.t, someone)


async def _only_facilitator(services: Services, user_id: int) -> bool:
    """In the bot staff take away facilitator roles, not staff roles."""
    db, settings = services.db, services.settings
    if user_id in settings.staff or await store.has_role(db, user_id, "staff"):
        return False
    return await store.has_role(db, user_id, "facilitator")


async def take_away(services: Services, user_id: int, role: Role, actor_id: int | None) -> bool:
    """Take ``role`` from ``user_id``; False when they did not have it in the database."""
    db, settings = services.db, services.settings
    if not await store.has_role(db, user_id, role):
        return False
    still_staff = user_id in settings.staff or (
        role != "staff" and await store.has_role(db, user_id, "staff")
    )
    still_facilitator = still_staff or (
        role != "facilitator" and await store.has_role(db, user_id, "facilitator")
    )
    if not still_facilitator:
        await facilitator.end_all_led_by(services, user_id)
    unchanged = still_staff if role == "staff" else still_facilitator
    notice = None
    if not unchanged:  # (staff through DOETMEE_STAFF lose nothing by losing a granted role)
        t = language.of_citizen(services.catalogs, await citizens.get(db, user_id))
        commands = command_menu.for_roles(t, facilitator=still_facilitator, staff=still_staff)
        notice = reply_json.dumps(screens.role_ended(t, role, tuple(commands)))
    moment = datetime.now(UTC).isoformat(timespec="microseconds")
    return await store.revoke_with_notice(
        db, user_id, role, actor_id, notice, f"role-ended:{user_id}:{role}:{moment}"
    )


async def cancel_invitation(
    services: Services, invite_id: int, actor_id: int | None
) -> Role | None:
    """Cancel an unused invitation (its link stops working); its role, or None."""
    role = await store.cancel_invite(services.db, invite_id)
    if role is not None:
        await audit.record(services.db, actor_id, "role_invite_cancelled", f"{role} {invite_id}")
    return role


async def cancel(services: Services, visitor: Visitor, invite_id: int) -> Reply:
    if await cancel_invitation(services, invite_id, visitor.user_id) is None:
        return screens.invitation_gone(visitor.t, invite_id)
    return screens.invitation_cancelled(visitor.t, invite_id)
