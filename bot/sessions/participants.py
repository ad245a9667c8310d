"""The participants' side of a session: joining with its code (the deep link ``s_<code>``, the
code typed, ``/sessie CODE``), the Start button under a pushed dialogue (a run counts for the
session only when started there), the Answer button and typed answers to a prompt, and what
/mijngegevens shows of one's sessions. Answers to a closed session's runs are refused
(:mod:`bot.sessions.gate`)."""

from __future__ import annotations

from typing import Any

from bot.answering import flow
from bot.answering import store as runs
from bot.messaging.reply import Reply
from bot.people import access as roles
from bot.people.consent import is_current
from bot.people.participation import only_in_school_sessions
from bot.people.visitor import Visitor
from bot.screens import notices
from bot.services import Services
from bot.sessions import codes as session_codes
from bot.sessions import pushes, school_permission_store, screens, store
from bot.sessions.command import COMMAND_WORDS
from bot.sessions.store import Push, Session
from bot.storage import citizens
from bot.storage.database import Database

ANSWER_LIMIT = 1000


async def join(services: Services, visitor: Visitor, raw_code: str) -> list[Reply]:
    """Join the session with this code: the deep link ``s_<code>``, ``/sessie CODE`` or the
    code typed (again is harmless)."""
    t = visitor.t
    code = session_codes.normalise(raw_code)
    if code is None:
        return [screens.unknown_code(t)]
    if not is_current(visitor.citizen.consent_version):
        await citizens.set_pending_start(services.db, visitor.user_id, f"s_{code}")
        return [notices.consent_needed(t)]
    session = await session_codes.find(services, code)
    if session is None:
        return [screens.unknown_code(t)]
    if not session.is_open:
        return [screens.ended(t, session)]
    citizen = visitor.citizen
    if only_in_school_sessions(
        citizen.consent_version, citizen.permission
    ) and not await school_permission_store.confirmed(services.db, session.id):
        return [notices.school_sessions_only(t)]
    if not await store.join(services.db, session.id, visitor.user_id):
        return [screens.already_joined(t, session)]
    replies = [screens.joined(t, session)]
    pushed = await store.pushes(services.db, session.id)
    latest = pushes.message_for(services, t, session, pushed[-1]) if pushed else None
    if latest is not None:
        if pushed[-1].kind == "prompt":
            awaiting = f"{pushes.ANSWER_KIND}:{pushed[-1].id}"
            await citizens.set_awaiting(services.db, visitor.user_id, awaiting)
        replies.append(latest)
    return replies


async def typed_code(services: Services, visitor: Visitor, text: str) -> list[Reply] | None:
    """A typed message that is the join code of a session (any case, spaces allowed): join
    it, and like a command it ends what the bot was waiting for. None when it is no
    session's code, so the message is read as something else (an answer, an idea, …)."""
    code = session_codes.normalise(text)
    if code is None or await session_codes.find(services, code) is None:
        return None
    if visitor.citizen.awaiting is not None:
        await citizens.set_awaiting(services.db, visitor.user_id, None)
    return await join(services, visitor, code)


async def join_command(services: Services, visitor: Visitor, args: list[str]) -> list[Reply] | None:
    """``/sessie CODE`` from anyone: join. None when the words are not a join code (for a
    facilitator: one of their commands)."""
    if not args or args[0].lower() in COMMAND_WORDS:
        return None
    code = session_codes.normalise(" ".join(args))
    if code is None:
        return None
    if await session_codes.find(services, code) is None:
        if await roles.is_facilitator(services.db, services.settings, visitor.user_id):
            return None
        return [screens.unknown_code(visitor.t)]
    return await join(services, visitor, code)


async def start_pushed(services: Services, visitor: Visitor, push_id: int) -> list[Reply]:
    """The Start button under a session's conversation: a run started (or an unfinished one
    of one's own taken on) through the session, so its answers are the session's."""
    t = visitor.t
    db = services.db
    push = await store.get_push(db, push_id)
    session = await store.get(db, push.session_id) if push is not None else None
    if push is None or session is None or push.dialogue_id is None:
        return [screens.not_a_participant(t)]
    dialogue_id = push.dialogue_id
    dialogue = services.dialogues.current(dialogue_id)
    title = dialogue.title.get(t.locale) if dialogue is not None else dialogue_id
    if not is_current(visitor.citizen.consent_version):
        return [notices.consent_needed(t)]
    if not session.is_open:
        existing = await runs.open_run(db, visitor.user_id, dialogue_id)
        link = await store.run_link(db, existing.id) if existing is not None else None
        if existing is not None and link is not None and not link.session.is_open:
            await store.end_run(db, existing.id)  # so "Start on my own" starts afresh
        return [screens.start_after_close(t, session, title, dialogue_id)]
    if not await store.is_participant(db, session.id, visitor.user_id):
        return [screens.not_a_participant(t)]
    existing = await runs.open_run(db, visitor.user_id, dialogue_id)
    if existing is not None:
        link = await store.run_link(db, existing.id)
        if link is None:  # one's own unfinished run: from now on it is the session's
            await store.link_run(db, push.id, existing.id)
        elif not link.session.is_open:  # left over from a session that ended
            await store.end_run(db, existing.id)
            existing = None
    if existing is not None:
        return await flow.start(services, visitor, dialogue_id)
    if await store.finished_through(db, push.id, visitor.user_id):
        return [screens.done_in_session(t, session)]
    replies = await flow.start(services, visitor, dialogue_id, again=True, in_session=True)
    started = await runs.open_run(db, visitor.user_id, dialogue_id)
    if started is not None:
        await store.link_run(db, push.id, started.id)
    return replies


async def _prompt_of(services: Services, push_id: int | None) -> tuple[Push, Session] | None:
    push = await store.get_push(services.db, push_id) if push_id is not None else None
    session = await store.get(services.db, push.session_id) if push is not None else None
    if push is None or session is None or push.kind != "prompt":
        return None
    return push, session


async def answer(services: Services, visitor: Visitor, argument: str, text: str) -> list[Reply]:
    """A participant's typed answer to a prompt (``awaiting = "session:<push id>"``)."""
    t = visitor.t
    awaiting = f"{pushes.ANSWER_KIND}:{argument}"
    found = await _prompt_of(services, int(argument) if argument.isdigit() else None)
    if found is None:
        await citizens.set_awaiting(services.db, visitor.user_id, None)
        return [screens.answer_not_saved(t)]
    push, session = found
    if not session.is_open:
        await citizens.set_awaiting(services.db, visitor.user_id, None)
        return [screens.answer_after_close(t, session)]
    if len(text.strip()) > ANSWER_LIMIT:
        return [screens.answer_too_long(t, ANSWER_LIMIT)]
    if await store.answer_prompt(services.db, push.id, visitor.user_id, text.strip(), awaiting):
        return [screens.answer_saved(t), *await _back_to_dialogue(services, visitor)]
    if await store.has_answered(services.db, push.id, visitor.user_id):
        return [screens.already_answered(t)]
    closed = await store.get(services.db, session.id)  # it closed just now
    if closed is not None and not closed.is_open:
        return [screens.answer_after_close(t, closed)]
    return [screens.answer_not_saved(t)]


async def _back_to_dialogue(services: Services, visitor: Visitor) -> list[Reply]:
    """The question of the dialogue the participant was answering, to go on with it."""
    run = await runs.active(services.db, visitor.user_id)
    return await flow.start(services, visitor, run.dialogue_id) if run is not None else []


async def ready_to_answer(services: Services, visitor: Visitor, push_id: int) -> list[Reply]:
    """The "Answer" button under a prompt: the next typed message is the answer."""
    t = visitor.t
    found = await _prompt_of(services, push_id)
    if found is None:
        return [screens.answer_not_saved(t)]
    push, session = found
    if not session.is_open:
        return [screens.answer_after_close(t, session)]
    if not await store.is_participant(services.db, session.id, visitor.user_id):
        return [screens.not_a_participant(t)]
    if await store.has_answered(services.db, push.id, visitor.user_id):
        return [screens.already_answered(t)]
    await citizens.set_awaiting(services.db, visitor.user_id, f"{pushes.ANSWER_KIND}:{push.id}")
    return [screens.type_answer(t)]


async def unfinished(services: Services, visitor: Visitor) -> list[Reply] | None:
    """A typed message nothing waited for, while a question of a session is unanswered: how
    to answer it."""
    prompt = await store.unanswered_prompt(services.db, visitor.user_id)
    return [screens.answer_hint(visitor.t, prompt)] if prompt is not None else None


async def own_data(db: Database, user_id: int) -> dict[str, Any]:
    """For /mijngegevens: the sessions the citizen joined (with their prompt answers) and
    the ones they lead. Join codes are not stored, so they are not in it."""
    return {
        "joined": await store.of_participant(db, user_id),
        "led": [
            {
                "session": s.name,
                "created_at": s.created_at,
                "closed_at": s.closed_at,
            }
            for s in await store.led_by(db, user_id)
        ],
    }
