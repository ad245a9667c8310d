"""Shared steps of the sessions tests."""

from __future__ import annotations

from itertools import count
from typing import Any

from bot import application
from bot.answering import store as runs
from bot.dialogues.serialize import to_json
from bot.messaging import reply_json
from bot.messaging.actions import Action
from bot.messaging.reply import Reply
from bot.people.visitor import Visitor
from bot.services import Services
from bot.sessions import codes as session_codes
from bot.sessions import facilitator as facilitating
from bot.sessions import participants, store
from bot.sessions.actions import SchoolPermission
from bot.sessions.store import Push, Session
from tests.sessions.conftest import FACILITATOR, MakeVisitor

_UPDATES = count(10_000_000)


async def open_session(services: Services, visitor: MakeVisitor, name: str = "Klas 3B") -> Session:
    replies = await facilitating.create(services, await visitor(FACILITATOR), name)
    # The link and QR code, then the question whether the school arranged parents' permission.
    assert len(replies) == 2 and replies[0].photo is not None
    assert [type(b.action) for row in replies[1].buttons for b in row] == [SchoolPermission] * 2
    session = next(s for s in await store.open_of(services.db, FACILITATOR) if s.name == name)
    return session


def code(services: Services, session: Session) -> str:
    """The join code the facilitator is shown."""
    return session_codes.of_session(services, session)


async def join_all(
    services: Services, visitor: MakeVisitor, session: Session, users: list[int]
) -> None:
    for user in users:
        joined = await participants.join(services, await visitor(user), code(services, session))
        assert "You joined" in joined[0].text or "already in" in joined[0].text


async def push_dialogue(
    services: Services, visitor: MakeVisitor, session: Session, dialogue_id: str
) -> Push:
    """The facilitator sends a conversation to everyone; returns the push."""
    number = await store.next_number(services.db, session.id)
    pushed = await facilitating.push_dialogue(
        services, await visitor(FACILITATOR), session.id, number, dialogue_id
    )
    assert "Sending to" in pushed.replies[0].text, pushed.replies[0].text
    return (await store.pushes(services.db, session.id))[-1]


async def push_prompt(
    services: Services, visitor: MakeVisitor, session: Session, prompt: str
) -> Push:
    replies = await facilitating.prompt_typed(
        services, await visitor(FACILITATOR), str(session.id), prompt
    )
    assert "Sending to" in replies[0].text, replies[0].text
    return (await store.pushes(services.db, session.id))[-1]


async def start_through(
    services: Services, visitor: MakeVisitor, user: int, push: Push
) -> list[Reply]:
    """The participant presses Start under the pushed conversation."""
    return await participants.start_pushed(services, await visitor(user), push.id)


async def session_button(
    services: Services, who: Visitor, pressed: Action
) -> tuple[list[Reply], str | None]:
    """A session button pressed, through the one registration (so its needs are checked as
    in the bot): (replies, the notice on the button)."""
    outcome = await application.press(services, who, pressed)
    return outcome.replies, outcome.notice


def button_action(reply: Reply, label: str) -> Action:
    """The action of the button with ``label``, as the bot gets it back when pressed."""
    for row in reply.buttons:
        for button in row:
            if button.label == label and button.action is not None:
                return button.action
    raise AssertionError(f"no button {label!r} in {[b.label for r in reply.buttons for b in r]}")


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
    last_question = next(q for q in reversed(dialogue.questions) if q.needs_answer)
    following = None if finished else last_question.id
    assert await runs.advance(db, run.id, update_id + 1, answers, (), following)
    return run.id


async def give_answers(
    services: Services,
    user: int,
    dialogue_id: str,
    answers: dict[str, Any],
    *,
    finished: bool,
) -> int:
    """Store answers in the participant's open run of the dialogue (as the answering flow
    would, in an update of its own) and finish it or not; returns the run id."""
    dialogue = services.dialogues.current(dialogue_id)
    assert dialogue is not None
    run = await runs.open_run(services.db, user, dialogue_id)
    assert run is not None
    last_question = next(q for q in reversed(dialogue.questions) if q.needs_answer)
    following = None if finished else last_question.id
    assert await runs.advance(services.db, run.id, next(_UPDATES), answers, (), following)
    return run.id
