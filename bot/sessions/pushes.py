"""What participants of a session receive, through the outbox: a pushed dialogue or prompt,
queued once per participant (dedupe key ``session:<id>:push:<n>:<user>``), and the notice that
the session closed (``session:<id>:closed:<user>``); only for those who still consent."""

from __future__ import annotations

from bot.i18n import Translator
from bot.messaging import outbox
from bot.messaging.reply import Reply
from bot.people import language
from bot.people.consent import is_current
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


async def deliver(services: Services, session: Session, push: Push) -> int:
    """Queue the push for every participant, once each; returns how many it is for."""
    count = 0
    for user_id in await store.participant_ids(services.db, session.id):
        t, allowed = await recipient(services, user_id)
        message = message_for(services, t, session, push)
        if not allowed or message is None:
            continue
        key = f"session:{session.id}:push:{push.number}:{user_id}"
        await outbox.queue(services.db, user_id, message, dedupe_key=key)
        count += 1
    return count


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
