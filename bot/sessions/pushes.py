"""What participants of a session receive, through the outbox: a pushed dialogue or prompt,
queued once per participant (dedupe key ``session:<id>:push:<n>:<user>``) as one broadcast whose
progress and final count the facilitator sees, and the notice that
the session closed (``session:<id>:closed:<user>``); only for those who still consent."""

from __future__ import annotations

from bot.i18n import Translator
from bot.messaging import broadcasts, outbox
from bot.messaging.reply import Reply
from bot.people import language
from bot.people.consent import is_current
from bot.people.visitor import Visitor
from bot.services import Services
from bot.sessions import screens, store
from bot.sessions.store import Push, Session
from bot.storage import citizens

ANSWER_KIND = "session"
"""``awaiting = "session:<push id>"``: the participant's next message answers that prompt."""


async def recipient(services: Services, user_id: int) -> tuple[Translator, bool]:
    """The participant's language, and whether they may still be written to."""
    citizen = await citizens.get(services.db, user_id)
    t = language.of_citizen(services.catalogs, citizen)
    return t, citizen is not None and is_current(citizen.consent_version)


def message_for(services: Services, t: Translator, session: Session, push: Push) -> Reply | None:
    if push.kind == "prompt":
        return screens.pushed_prompt(t, session, push)
    dialogue = services.dialogues.current(push.dialogue_id or "")
    return screens.pushed_dialogue(t, session, dialogue, push) if dialogue is not None else None


async def deliver(services: Services, sender: Visitor, session: Session, push: Push) -> Reply:
    """Queue the push for every participant, once each, as one broadcast; returns the
    sender's progress message (its final count follows: :mod:`bot.messaging.broadcasts`)."""
    db = services.db
    source = f"session:{session.id}:push:{push.number}"
    broadcast_id = await broadcasts.begin(
        db, source, broadcasts.SESSION_PUSH, sender.user_id, sender.t.locale
    )
    for user_id in await store.participant_ids(db, session.id):
        t, allowed = await recipient(services, user_id)
        message = message_for(services, t, session, push)
        if allowed and message is not None:
            await broadcasts.add(db, broadcast_id, user_id, message, f"{source}:{user_id}")
    broadcast = await broadcasts.queued(db, broadcast_id)
    return broadcasts.progress(db, sender.t, broadcast)


async def close_and_tell(services: Services, session: Session) -> Session | None:
    """Close the session and tell each participant once; None if it was closed before."""
    db = services.db
    if not await store.close(db, session.id):
        return None
    closed = await store.get(db, session.id)
    assert closed is not None
    for user_id in await store.participant_ids(db, session.id):
        their_t, allowed = await recipient(services, user_id)
        if allowed:
            key = f"session:{session.id}:closed:{user_id}"
            await outbox.queue(db, user_id, screens.ended(their_t, closed), dedupe_key=key)
    return closed
