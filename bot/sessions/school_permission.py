"""The school's permission for a session: when creating a session, the facilitator may
confirm that the school arranged the parents' permission for participants under 16. Young
people under 16 may then take part through that session (:mod:`bot.people.participation`).

A small step after the session is made: one question with two buttons (``school``)."""

from __future__ import annotations

from bot.messaging.reply import Outcome, Reply
from bot.people.visitor import Visitor
from bot.screens import notices
from bot.services import Services
from bot.sessions import codes as session_codes
from bot.sessions import school_permission_screens as screens
from bot.sessions import school_permission_store as store
from bot.sessions import store as session_store
from bot.sessions.store import Session

JOIN_PREFIX = "s_"


def question(visitor: Visitor, session: Session) -> Reply:
    """Asked right after the session is made."""
    return screens.question(visitor.t, session)


async def answer(services: Services, visitor: Visitor, session_id: int, arranged: bool) -> Outcome:
    """The facilitator's answer."""
    t = visitor.t
    session = await session_store.get(services.db, session_id)
    if session is None or session.facilitator_id != visitor.user_id or not session.is_open:
        return Outcome(notice=notices.stale_button(t))
    if not arranged:
        if await store.confirmed(services.db, session.id):
            return Outcome([screens.confirmed(t, session)])
        return Outcome([screens.not_arranged(t, session)])
    await store.confirm(services.db, session.id, visitor.user_id)
    return Outcome([screens.confirmed(t, session)])


async def session_waiting_for(services: Services, pending_start: str | None) -> Session | None:
    """The open session with the school's permission that the citizen is about to join (the
    deep link ``s_<code>`` waiting for their consent), if any."""
    if not pending_start or not pending_start.startswith(JOIN_PREFIX):
        return None
    code = session_codes.normalise(pending_start[len(JOIN_PREFIX) :])
    session = await session_codes.find(services, code) if code is not None else None
    if session is None or not session.is_open:
        return None
    return session if await store.confirmed(services.db, session.id) else None


async def open_with_permission(services: Services, session_id: int) -> Session | None:
    session = await session_store.get(services.db, session_id)
    if session is None or not session.is_open:
        return None
    return session if await store.confirmed(services.db, session.id) else None
