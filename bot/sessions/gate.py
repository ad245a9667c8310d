"""Closing closes: a dialogue run started through a session takes no answers once the
session has closed; and the school's permission covers its sessions only. The answering flow
asks here before it stores anything.

The first time, the run ends where it is (its answers from the session stay, and the
dialogue can be done again on one's own) and the participant is told so in a message; a
later press on an old button of that run gets a short notice.
"""

from __future__ import annotations

from bot.answering.store import Run
from bot.messaging.reply import Outcome
from bot.people.participation import only_in_school_sessions
from bot.people.visitor import Visitor
from bot.screens import notices
from bot.services import Services
from bot.sessions import screens, store


async def refusal(
    services: Services, visitor: Visitor, run: Run, *, answering: bool = True
) -> Outcome | None:
    """What to tell the participant instead of storing the answer; None when the run may
    take answers (one's own run, or its session is open). A run of one's own takes no
    answers from someone under 16 who takes part on the school's permission only.
    ``answering`` False: the participant only went back to the run (nothing was sent)."""
    link = await store.run_link(services.db, run.id)
    t = visitor.t
    if link is None:
        citizen = visitor.citizen
        if only_in_school_sessions(citizen.consent_version, citizen.permission):
            return Outcome([notices.school_sessions_only(t)])
        return None
    if link.session.is_open:
        return None
    if not await store.end_run(services.db, run.id):
        return Outcome(notice=screens.closed_notice(t))
    dialogue = services.dialogues.current(run.dialogue_id)
    title = dialogue.title.get(t.locale) if dialogue is not None else run.dialogue_id
    said = screens.run_after_close if answering else screens.run_ended_with_session
    return Outcome([said(t, link.session, title, run.dialogue_id)])
