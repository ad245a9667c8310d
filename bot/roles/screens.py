"""/rol: who has which role, open invitations, and taking a role back."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from bot.i18n import Translator
from bot.messaging.reply import Button, Reply, rows
from bot.roles.actions import AskTakeAway, CancelInvitation, Invite, RolesOverview, TakeAway
from bot.storage.roles import Role

INVITE_DAYS = 7
ROLES: tuple[Role, ...] = ("facilitator", "staff")


@dataclass(frozen=True)
class Person:
    user_id: int
    name: str | None
    configured: bool = False
    """Staff through DOETMEE_STAFF (cannot be taken away in the bot)."""


@dataclass(frozen=True)
class OpenInvitation:
    id: int
    role: Role
    made_by: Person
    expires: str
    """Readable date and time."""


def role_name(t: Translator, role: Role) -> str:
    return t.gettext("facilitator") if role == "facilitator" else t.gettext("staff member")


def who(t: Translator, person: Person) -> str:
    """``Femke de Vries (7000000201)``, or the id alone while we do not know the name."""
    if person.name:
        return f"{escape(person.name)} ({person.user_id})"
    return t.gettext("{id} (name not known yet)", id=person.user_id)


def _label(t: Translator, person: Person) -> str:
    return person.name or str(person.user_id)


def overview(
    t: Translator,
    staff: list[Person],
    facilitators: list[Person],
    invitations: list[OpenInvitation],
) -> Reply:
    def listed(people: list[Person]) -> list[str]:
        lines = []
        for person in people:
            line = "• " + who(t, person)
            if person.configured:
                line += " – " + t.gettext("set in DOETMEE_STAFF")
            lines.append(line)
        return lines or ["–"]

    lines = [t.gettext("<b>Roles</b>"), "", t.gettext("<b>Staff</b>"), *listed(staff)]
    lines += ["", t.gettext("<b>Facilitators</b>"), *listed(facilitators)]
    if invitations:
        lines += ["", t.gettext("<b>Open invitations</b>")]
        lines += [
            "• "
            + t.gettext(
                "no. {number}: {role}, made by {person}, valid until {expires}",
                number=invitation.id,
                role=role_name(t, invitation.role),
                person=who(t, invitation.made_by),
                expires=invitation.expires,
            )
            for invitation in invitations
        ]
    lines += [
        "",
        t.gettext("Invite someone with a link that works once, for {days} days.", days=INVITE_DAYS),
    ]
    if facilitators or invitations:
        lines.append(
            t.gettext("Take a facilitator's role away or cancel an invitation with the buttons.")
        )
    buttons: list[list[Button]] = [
        [Button(t.gettext("Invite a {role}", role=role_name(t, r)), Invite(r))] for r in ROLES
    ]
    buttons += [
        [Button(t.gettext("✖ {name} (facilitator)", name=_label(t, f)), AskTakeAway(f.user_id))]
        for f in facilitators
    ]
    buttons += [
        [
            Button(
                t.gettext("✖ Cancel invitation no. {number}", number=invitation.id),
                CancelInvitation(invitation.id),
            )
        ]
        for invitation in invitations
    ]
    return Reply(text="\n".join(lines), buttons=rows(*buttons))


def confirm_take_away(t: Translator, person: Person) -> Reply:
    return Reply(
        text=t.gettext(
            "Take away the facilitator role of {person}?\n"
            "They get a message, their command menu changes at once, and sessions they still "
            "have open are closed (the participants are told).",
            person=who(t, person),
        ),
        buttons=rows(
            [Button(t.gettext("Yes, take the role away"), TakeAway(person.user_id))],
            [Button(t.gettext("No, do not take it away"), RolesOverview())],
        ),
        replace=True,
    )


def taken_away(t: Translator, person: Person) -> Reply:
    return Reply(
        text=t.gettext(
            "{person} is no longer a facilitator. They get a message, and their menu changes.",
            person=who(t, person),
        ),
        replace=True,
    )


def not_a_facilitator(t: Translator, person: Person) -> Reply:
    return Reply(
        text=t.gettext("{person} is not a facilitator (any more).", person=who(t, person)),
        replace=True,
    )


def invitation_cancelled(t: Translator, number: int) -> Reply:
    return Reply(
        text=t.gettext(
            "Invitation no. {number} is cancelled: its link no longer works.", number=number
        ),
        replace=True,
    )


def invitation_gone(t: Translator, number: int) -> Reply:
    return Reply(
        text=t.gettext(
            "Invitation no. {number} cannot be cancelled: it was used or cancelled already.",
            number=number,
        ),
        replace=True,
    )


def role_ended(t: Translator, role: Role, commands: tuple[tuple[str, str], ...]) -> Reply:
    """To the person whose role was taken away; their new menu comes with it."""
    return Reply(
        # audience: facilitator
        text=t.gettext(
            "Your role as {role} at Overijssel doet mee! has ended. Its commands are no "
            "longer in your menu. You can still take part as a resident.",
            role=role_name(t, role),
        ),
        commands=commands,
    )
