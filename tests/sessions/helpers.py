"""Shared steps of the sessions tests."""

from __future__ import annotations

from typing import Any

from bot import reply_json, sessions
from bot.dialogues.serialize import to_json
from bot.reply import Reply
from bot.services import Services
from bot.storage import runs
from bot.storage import sessions as store
from bot.storage.sessions import Session
from tests.sessions.conftest import BOT, FACILITATOR, MakeVisitor


async def open_session(services: Services, visitor: MakeVisitor, name: str = "Klas 3B") -> Session:
    replies = await sessions.create(services, await visitor(FACILITATOR), name, BOT)
    # The link and QR code, then the question whether the school arranged parents' permission.
    assert len(replies) == 2 and replies[0].photo is not None
    assert [b.action for row in replies[1].buttons for b in row] == ["school", "school"]
    (session,) = await store.open_of(services.db, FACILITATOR)
    return session


async def join_all(
    services: Services, visitor: MakeVisitor, session: Session, users: list[int]
) -> None:
    for user in users:
        await sessions.join(services, await visitor(user), session.code)


async def outbox(services: Services) -> list[tuple[int, str, Reply]]:
    """(chat, dedupe key, reply) of everything queued, in order."""
    rows = await services.db.fetch_all("SELECT chat_id, dedupe_key, reply FROM outbox ORDER BY id")
    return [(r["chat_id"], r["dedupe_key"], reply_json.loads(r["reply"])) for r in rows]


async def run_of(
    services: Services,
    user: int,
    dialogue_id: str,
    answers: dict[str, Any],
    *,
    finished: bool,
    update_id: int,
) -> int:
    """A run of the dialogue with these answers, finished or still going."""
    dialogue = services.dialogues.current(dialogue_id)
    assert dialogue is not None
    db = services.db
    await runs.store_definition(db, dialogue.id, dialogue.version, to_json(dialogue))
    first = dialogue.questions[0].id
    run = await runs.begin(db, user, dialogue.id, dialogue.version, first, update_id)
    following = None if finished else dialogue.questions[-1].id
    assert await runs.advance(db, run.id, update_id + 1, answers, (), following)
    return run.id
