"""First contact and consent: /start, the consent buttons, the age band, a parent's or the
school's permission for those under 16, and what was waiting for the consent.

Every consent button acts on the state of now, not on the state the message was made in: a
"No" pressed after consenting does not withdraw, a "Yes" pressed twice consents once, an age
button cannot change an age band once given.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime

from bot.answering import store as runs
from bot.messaging.reply import Outcome, Reply
from bot.onboarding import screens as welcome
from bot.onboarding.actions import ConsentChoice, GuardianAnswer
from bot.people import consent
from bot.people.consent import TERMS_VERSION, is_current, is_outdated, is_under_16
from bot.people.participation import Permission, only_in_school_sessions, permission_for
from bot.people.visitor import Visitor
from bot.privacy import withdrawal_screens
from bot.roles import command_menu
from bot.screens import menu, notices
from bot.services import Services
from bot.sessions import school_permission
from bot.storage import citizens

DeepLinkHandler = Callable[[Services, Visitor, str], Awaitable[list[Reply]]]


@dataclass(frozen=True)
class DeepLinks:
    """What can wait for consent: deep-link payloads (``d_goed-bestuur``) by prefix, and
    commands (``/gesprek``) by name. :mod:`bot.application` builds it from what the features
    declare."""

    prefixes: Mapping[str, DeepLinkHandler] = field(default_factory=dict)
    commands: Mapping[str, DeepLinkHandler] = field(default_factory=dict)

    def waits_for_consent(self, command: str) -> bool:
        return command in self.commands

    def find(self, payload: str) -> tuple[DeepLinkHandler, str] | None:
        if payload.startswith("/"):
            name, _, argument = payload[1:].partition(" ")
            command = self.commands.get(name)
            return (command, argument.strip()) if command is not None else None
        prefix, sep, argument = payload.partition("_")
        handler = self.prefixes.get(prefix)
        if not sep or not argument or handler is None:
            return None
        return handler, argument


def consent_screen(
    services: Services, visitor: Visitor, *, lead: str | None = None, replace: bool = False
) -> Reply:
    """The short statement with the consent question (the renewed terms for someone who
    agreed to an older version)."""
    days = services.settings.retention_days
    if is_outdated(visitor.citizen.consent_version):
        return welcome.renewed_terms(visitor.t, days, replace=replace)
    return welcome.consent_question(visitor.t, days, lead=lead, replace=replace)


async def start(
    services: Services, visitor: Visitor, payload: str | None, links: DeepLinks
) -> list[Reply]:
    """/start: ask for consent first (remembering the deep link), else follow the link or menu."""
    if not is_current(visitor.citizen.consent_version):
        await citizens.set_pending_start(services.db, visitor.user_id, payload)
        return [consent_screen(services, visitor)]
    if payload:
        return await follow_link(services, visitor, payload, links)
    return [menu.main_menu(visitor.t)]


async def follow_link(
    services: Services, visitor: Visitor, payload: str, links: DeepLinks
) -> list[Reply]:
    found = links.find(payload)
    if found is None:
        return [
            Reply(text=visitor.t.gettext("We don't know this link. Here is the menu.")),
            menu.main_menu(visitor.t),
        ]
    handler, argument = found
    return await handler(services, visitor, argument)


async def before_message(
    services: Services, visitor: Visitor, text: str, links: DeepLinks
) -> list[Reply] | None:
    """A message from someone who may not take part (yet): what to answer instead of
    handling it, or None to handle it as usual.

    - A command that needs consent (``/gesprek``, ``/idee``) waits for it: the consent
      question now, the command after consenting.
    - Someone who agreed to an older version of the terms is asked again at their next
      message (with their age band, if we do not know it); a command waits, a typed answer
      in a dialogue brings them back to that question afterwards. Commands that work without
      consent (/privacy, /help, /mijngegevens, /vergeetmij, …) are not held up.
    """
    citizen = visitor.citizen
    if is_current(citizen.consent_version):
        return None
    command = text[1:].split(maxsplit=1)[0].split("@")[0].lower() if text.startswith("/") else ""
    if command and links.waits_for_consent(command):
        await citizens.set_pending_start(services.db, visitor.user_id, text.strip())
        return [consent_screen(services, visitor, lead=welcome.needed_lead(visitor.t))]
    if not is_outdated(citizen.consent_version) or command:
        return None
    run = await runs.active(services.db, visitor.user_id)
    if run is not None:
        await citizens.set_pending_start(services.db, visitor.user_id, f"d_{run.dialogue_id}")
    return [consent_screen(services, visitor)]


async def answer_consent(
    services: Services,
    visitor: Visitor,
    choice: ConsentChoice,
    links: DeepLinks,
    *,
    below: bool = False,
) -> Outcome:
    """The consent buttons: ``show`` (the short statement), ``yes`` and ``no``; ``below``
    (under the full statement): the answer comes as a new message, so the statement stays
    readable."""
    outcome = await _answer_consent(services, visitor, choice, links)
    if below:
        return Outcome([replace(r, replace=False) for r in outcome.replies], outcome.notice)
    return outcome


async def _answer_consent(
    services: Services, visitor: Visitor, choice: ConsentChoice, links: DeepLinks
) -> Outcome:
    t = visitor.t
    citizen = visitor.citizen
    if is_current(citizen.consent_version):
        return Outcome([welcome.already_taking_part(t)])
    if choice == "show":
        return Outcome([consent_screen(services, visitor, replace=True)])
    if choice == "no":
        if is_outdated(citizen.consent_version):
            return Outcome([withdrawal_screens.confirm_withdrawal(t)])
        await citizens.set_pending_start(services.db, visitor.user_id, None)
        return Outcome([welcome.consent_refused(t, citizen.age_band is not None)])
    if choice != "yes":
        return Outcome(notice=notices.stale_button(t))
    if citizen.age_band is None:
        return Outcome([welcome.age_question(t)])
    return await _permission_or_guardian(services, visitor, citizen.age_band, links)


def made_before_this_citizen(visitor: Visitor) -> bool:
    """The pressed message is older than the citizen's row: it was sent to someone who erased
    their data since (/vergeetmij, or the retention of silent accounts); its steps no longer
    work."""
    sent_at = visitor.message_sent_at
    if sent_at is None:
        return False
    return sent_at < datetime.fromisoformat(visitor.citizen.created_at)


async def answer_age(
    services: Services,
    visitor: Visitor,
    index: int,
    links: DeepLinks,
) -> Outcome:
    """An age band button (the band's index). The band is asked once: a known band is not
    changed."""
    t = visitor.t
    citizen = visitor.citizen
    if is_current(citizen.consent_version):
        return Outcome([welcome.already_taking_part(t)])
    if made_before_this_citizen(visitor):
        return Outcome(notice=notices.stale_button(t))
    band = consent.age_band(index)
    if band is None:
        return Outcome([welcome.age_question(t, again=True)])
    if citizen.age_band is not None:
        band = citizen.age_band
    elif not await citizens.set_age_band_once(services.db, visitor.user_id, band):
        refreshed = await citizens.get(services.db, visitor.user_id)
        band = refreshed.age_band if refreshed and refreshed.age_band else band
    return await _permission_or_guardian(services, visitor, band, links)


async def answer_guardian(
    services: Services,
    visitor: Visitor,
    answer: GuardianAnswer,
    session_id: int | None,
    links: DeepLinks,
) -> Outcome:
    """Under 16: ``yes`` (a parent or guardian agrees), ``school`` with the session, ``no``.
    Someone who takes part on the school's permission may add a parent's (``yes``) at any
    time, for all the rest."""
    t = visitor.t
    citizen = visitor.citizen
    if only_in_school_sessions(citizen.consent_version, citizen.permission):
        if answer is not GuardianAnswer.YES or session_id is not None:
            return Outcome(notice=notices.stale_button(t))
        await citizens.widen_to_guardian(services.db, visitor.user_id, TERMS_VERSION)
        return Outcome([welcome.guardian_added(t), menu.main_menu(t)])
    if is_current(citizen.consent_version):
        return Outcome([welcome.already_taking_part(t)])
    if made_before_this_citizen(visitor) or not is_under_16(citizen.age_band):
        return Outcome(notice=notices.stale_button(t))  # e.g. pressed after /vergeetmij
    if answer is GuardianAnswer.YES and session_id is None:
        return await _consent(services, visitor, Permission.GUARDIAN, links)
    if answer is GuardianAnswer.SCHOOL and session_id is not None:
        session = await school_permission.open_with_permission(services, session_id)
        if session is None:
            return Outcome([welcome.school_permission_gone(t)])
        return await _consent(services, visitor, Permission.SCHOOL, links)
    if answer is GuardianAnswer.NO and session_id is None:
        await citizens.set_pending_start(services.db, visitor.user_id, None)
        return Outcome([welcome.not_yet(t)])
    return Outcome(notice=notices.stale_button(t))


async def _permission_or_guardian(
    services: Services, visitor: Visitor, band: str, links: DeepLinks
) -> Outcome:
    permission = permission_for(band)
    if permission is not None:
        return await _consent(services, visitor, permission, links)
    school = await school_permission.session_waiting_for(services, visitor.citizen.pending_start)
    return Outcome([welcome.guardian_question(visitor.t, school)])


async def _consent(
    services: Services, visitor: Visitor, permission: Permission, links: DeepLinks
) -> Outcome:
    t = visitor.t
    given = await citizens.give_consent(
        services.db,
        visitor.user_id,
        TERMS_VERSION,
        visitor.first_name,
        visitor.last_name,
        permission=permission.value,
    )
    if not given:  # a second tap: the first one went on already
        return Outcome([welcome.already_taking_part(t)])
    refreshed = await citizens.get(services.db, visitor.user_id)
    assert refreshed is not None
    visitor = replace(visitor, citizen=refreshed)
    # A role holder (DOETMEE_STAFF, …) writing for the first time gets their menu now: at
    # start-up Telegram refuses a menu for a chat that has never talked to the bot.
    role_menu = await command_menu.of_role_holder(services, visitor.user_id, t)
    replies = [replace(welcome.consent_given(t), commands=role_menu)]
    pending = refreshed.pending_start
    if pending:
        await citizens.set_pending_start(services.db, visitor.user_id, None)
        return Outcome(replies + await follow_link(services, visitor, pending, links))
    return Outcome([*replies, menu.main_menu(t)])
