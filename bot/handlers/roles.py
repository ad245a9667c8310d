"""How Telegram reaches roles (:mod:`bot.roles`): /rol (staff) and its buttons — invite,
take a facilitator's role away, cancel an invitation — and the link ``r_<code>``."""

from __future__ import annotations

from bot.handlers.feature import Command, Feature, pressed, staff
from bot.roles import admin, invites
from bot.roles.actions import AskTakeAway, CancelInvitation, Invite, RolesOverview, TakeAway

ROLES = staff("rol")

FEATURE = Feature(
    "roles",
    commands={"rol": Command(lambda s, v, _: admin.overview(s, v), ROLES)},
    buttons=(
        pressed(Invite, lambda s, v, a: invites.invite(s, v, a.role), staff("invite")),
        pressed(AskTakeAway, lambda s, v, a: admin.ask_take_away(s, v, a.user_id), ROLES),
        pressed(TakeAway, lambda s, v, a: admin.confirmed_take_away(s, v, a.user_id), ROLES),
        pressed(CancelInvitation, lambda s, v, a: admin.cancel(s, v, a.invite_id), ROLES),
        pressed(RolesOverview, lambda s, v, _: admin.overview(s, v, replace=True), ROLES),
    ),
    deep_links={"r": invites.redeem},
)
