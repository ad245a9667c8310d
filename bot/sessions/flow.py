"""Sessions: a facilitator opens one for a group, everyone joins with a code (typed, the deep
link ``s_<code>`` or its QR code), the facilitator pushes dialogues or a typed prompt, watches
the answers come in and closes it with a summary (in the chat and as a PDF).

Domain only: returns Replies, stores through :mod:`bot.sessions.store`, and sends what goes
to participants through the outbox (dedupe key ``session:<id>:push:<n>:<user>``), so a
repeated update sends nothing twice. What the session's results contain is gathered in
:mod:`bot.sessions.results`; a dialogue run counts only when it was started through the
session's Start button (:func:`start_pushed`), and answers to a closed session's runs are
refused (:mod:`bot.sessions.gate`).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import segno
from babel.dates import format_date

from bot.answering import flow
from bot.answering import store as runs
from bot.i18n import Translator
from bot.messaging import outbox
from bot.messaging.reply import Reply
from bot.onboarding import screens as welcome
from bot.people import access as roles
from bot.people import language
from bot.people.consent import is_current
from bot.people.visitor import Visitor
from bot.screens import notices
from bot.services import Services
from bot.sessions import codes as session_codes
from bot.sessions import reports, school_permission, screens, store
from bot.sessions import results_screens as result_screens
from bot.sessions.store import Push, Session
from bot.storage import app_state, citizens
from bot.storage.database import Database

NAME_LIMIT = 60
PROMPT_LIMIT = 500
ANSWER_LIMIT = 1000
ANSWER_KIND = "session"
"""``awaiting = "session:<push id>"``: the participant's next message answers that prompt."""
NAME_KIND = "sessionname"
PROMPT_KIND = "sessionprompt"
_BOT_USERNAME_KEY = "bot_username"


COMMAND_WORDS = ("new", "nieuw", "start", "stand", "sluit", "close")
"""The words after /sessie that are not a join code."""


def join_link(bot_username: str, code: str) -> str:
    return f"https://t.me/{bot_username}?start=s_{code}"


def qr_png(link: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(link, error="m").save(buffer, kind="png", scale=10, border=4)
    return buffer.getvalue()


async def remember_bot_username(services: Services, username: str) -> None:
    """The bot's @username, for links made while answering a typed message."""
    if username and await app_state.get(services.db, _BOT_USERNAME_KEY) != username:
        await app_state.put(services.db, _BOT_USERNAME_KEY, username)


async def bot_username(services: Services) -> str:
    return await app_state.get(services.db, _BOT_USERNAME_KEY) or ""


# facilitator: overview and new sessions


async def overview(services: Services, visitor: Visitor) -> list[Reply]:
    """/sessie: the facilitator's open sessions; staff see every open session, so they can
    close one whose facilitator is gone."""
    await _stop_waiting(services, visitor)
    db = services.db
    if await roles.is_staff(db, services.settings, visitor.user_id):
        shown = await store.all_open(db)
    else:
        shown = await store.open_of(db, visitor.user_id)
    return [
        screens.overview(visitor.t, [(s, session_codes.of_session(services, s)) for s in shown])
    ]


def default_name(services: Services, t: Translator) -> str:
    today = datetime.now(UTC).astimezone(services.settings.timezone)
    return t.gettext("Statenspel {date}", date=format_date(today, "long", locale=t.locale))


async def ask_name(services: Services, visitor: Visitor) -> list[Reply]:
    await citizens.set_awaiting(services.db, visitor.user_id, NAME_KIND)
    return [screens.ask_name(visitor.t, default_name(services, visitor.t))]


async def create(
    services: Services, visitor: Visitor, name: str | None, username: str
) -> list[Reply]:
    """Open a session (``name`` None: the default name) and show its link and QR code."""
    t = visitor.t
    if not await roles.is_facilitator(services.db, services.settings, visitor.user_id):
        await _stop_waiting(services, visitor)
        return []
    chosen = " ".join((name or "").split()) or default_name(services, t)
    if len(chosen) > NAME_LIMIT:
        await citizens.set_awaiting(services.db, visitor.user_id, NAME_KIND)  # type it again
        return [screens.bad_name(t, NAME_LIMIT)]
    session = None
    code_key = session_codes.key(services)
    for _ in range(10):
        salt = session_codes.new_salt()
        code_hash = session_codes.hash_of(code_key, session_codes.code_of(code_key, salt))
        session = await store.create(
            services.db, salt, code_hash, chosen, visitor.user_id, visitor.update_id or None
        )
        if session is not None:
            break
    assert session is not None, "no free join code after 10 tries"
    await _stop_waiting(services, visitor)
    code = session_codes.of_session(services, session)
    link = join_link(username, code)
    return [
        screens.created(t, session, code, link, qr_png(link)),
        school_permission.question(visitor, session),
    ]


async def named(services: Services, visitor: Visitor, _argument: str, text: str) -> list[Reply]:
    """The name the facilitator typed (``awaiting = "sessionname"``)."""
    return await create(services, visitor, text, await bot_username(services))


# facilitator: one session


async def _own(services: Services, visitor: Visitor, session_id: int) -> Session | None:
    """The session, if this visitor leads it (staff may manage every session)."""
    session = await store.get(services.db, session_id)
    if session is None:
        return None
    if session.facilitator_id == visitor.user_id:
        return session
    return (
        session if await roles.is_staff(services.db, services.settings, visitor.user_id) else None
    )


async def _stop_waiting(services: Services, visitor: Visitor) -> None:
    awaiting = visitor.citizen.awaiting or ""
    if awaiting.split(":")[0] in (NAME_KIND, PROMPT_KIND):
        await citizens.set_awaiting(services.db, visitor.user_id, None)


async def panel(
    services: Services, visitor: Visitor, session_id: int, username: str
) -> list[Reply]:
    await _stop_waiting(services, visitor)
    session = await _own(services, visitor, session_id)
    if session is None:
        return [screens.not_found(visitor.t)]
    if not session.is_open:
        return [screens.session_closed(visitor.t)]
    count = await store.participant_count(services.db, session.id)
    pushed = len(await store.pushes(services.db, session.id))
    code = session_codes.of_session(services, session)
    link = join_link(username, code)
    return [screens.panel(visitor.t, session, code, link, count, pushed)]


async def show_qr(
    services: Services, visitor: Visitor, session_id: int, username: str
) -> list[Reply]:
    session = await _open_session(services, visitor, session_id)
    if isinstance(session, Reply):
        return [session]
    code = session_codes.of_session(services, session)
    link = join_link(username, code)
    return [screens.qr_code(visitor.t, session, code, link, qr_png(link))]


async def _open_session(services: Services, visitor: Visitor, session_id: int) -> Session | Reply:
    session = await _own(services, visitor, session_id)
    if session is None:
        return screens.not_found(visitor.t)
    if not session.is_open:
        return screens.session_closed(visitor.t)
    return session


async def choose_dialogue(services: Services, visitor: Visitor, session_id: int) -> list[Reply]:
    session = await _open_session(services, visitor, session_id)
    if isinstance(session, Reply):
        return [session]
    number = await store.next_number(services.db, session.id)
    return [screens.choose_dialogue(visitor.t, session, services.dialogues.all_current(), number)]


async def push_dialogue(
    services: Services,
    visitor: Visitor,
    session_id: int,
    number: int,
    dialogue_id: str,
    username: str,
) -> tuple[list[Reply], str | None]:
    """Send a dialogue to every participant; (replies, a notice on the pressed button)."""
    session = await _open_session(services, visitor, session_id)
    if isinstance(session, Reply):
        return [session], None
    if services.dialogues.current(dialogue_id) is None:
        return await choose_dialogue(services, visitor, session_id), None
    if not await store.participant_count(services.db, session.id):
        return [screens.nobody_joined(visitor.t)], None
    pushed = await store.add_push(
        services.db,
        session.id,
        "dialogue",
        dialogue_id=dialogue_id,
        source_update_id=visitor.update_id or None,
        expected_number=number,
    )
    if pushed.push is None:
        panel_replies = await panel(services, visitor, session.id, username)
        return panel_replies, screens.already_sent(visitor.t)
    count = await _deliver(services, session, pushed.push)
    return [
        screens.sent(visitor.t, count),
        *await panel(services, visitor, session.id, username),
    ], None


async def ask_prompt(services: Services, visitor: Visitor, session_id: int) -> list[Reply]:
    session = await _open_session(services, visitor, session_id)
    if isinstance(session, Reply):
        return [session]
    await citizens.set_awaiting(services.db, visitor.user_id, f"{PROMPT_KIND}:{session.id}")
    return [screens.ask_prompt(visitor.t, session, PROMPT_LIMIT)]


async def prompt_typed(
    services: Services, visitor: Visitor, argument: str, text: str
) -> list[Reply]:
    """The prompt the facilitator typed (``awaiting = "sessionprompt:<session id>"``)."""
    t = visitor.t
    if not argument.isdigit() or not await roles.is_facilitator(
        services.db, services.settings, visitor.user_id
    ):
        await _stop_waiting(services, visitor)
        return []
    session = await _open_session(services, visitor, int(argument))
    if isinstance(session, Reply):
        await _stop_waiting(services, visitor)
        return [session]
    prompt = text.strip()
    if len(prompt) > PROMPT_LIMIT:
        return [screens.prompt_too_long(t, PROMPT_LIMIT)]
    if not await store.participant_count(services.db, session.id):
        await _stop_waiting(services, visitor)
        return [screens.nobody_joined(t)]
    pushed = await store.add_push(
        services.db,
        session.id,
        "prompt",
        prompt_text=prompt,
        source_update_id=visitor.update_id or None,
        awaiting_kind=ANSWER_KIND,
        clear_awaiting_of=visitor.user_id,
    )
    if pushed.push is None:
        return [screens.session_closed(t)]
    count = await _deliver(services, session, pushed.push)
    username = await bot_username(services)
    return [screens.sent(t, count), *await panel(services, visitor, session.id, username)]


async def _translator(services: Services, user_id: int) -> tuple[Translator, bool]:
    """The participant's language, and whether they may still be written to."""
    citizen = await citizens.get(services.db, user_id)
    t = language.choose(services.catalogs, citizen, citizen.telegram_language if citizen else None)
    return t, citizen is not None and is_current(citizen.consent_version)


def _push_message(services: Services, t: Translator, session: Session, push: Push) -> Reply | None:
    if push.kind == "prompt":
        return screens.pushed_prompt(t, session, push)
    dialogue = services.dialogues.current(push.dialogue_id or "")
    return screens.pushed_dialogue(t, session, dialogue, push) if dialogue is not None else None


async def _deliver(services: Services, session: Session, push: Push) -> int:
    """Queue the push for every participant, once each; returns how many it is for."""
    count = 0
    for user_id in await store.participant_ids(services.db, session.id):
        t, allowed = await _translator(services, user_id)
        message = _push_message(services, t, session, push)
        if not allowed or message is None:
            continue
        key = f"session:{session.id}:push:{push.number}:{user_id}"
        await outbox.queue(services.db, user_id, message, dedupe_key=key)
        count += 1
    return count


# facilitator: results and closing (what they show: bot.sessions.reports)


async def stand(
    services: Services, visitor: Visitor, session_id: int, *, replace: bool = False
) -> list[Reply]:
    """The results so far; for a closed session its summary (only answers given while it
    was open), never live results."""
    session = await _own(services, visitor, session_id)
    if session is None:
        return [screens.not_found(visitor.t)]
    return [await reports.overview(services, visitor.t, session, replace=replace)]


async def question(
    services: Services,
    visitor: Visitor,
    session_id: int,
    key: tuple[str, ...],
    *,
    turning: bool = False,
) -> tuple[list[Reply], str | None]:
    """One question of the results (``key``: push number, question index, page);
    ``turning``: another page of it, in place."""
    t = visitor.t
    session = await _own(services, visitor, session_id)
    if session is None:
        return [screens.not_found(t)], None
    if len(key) != 3 or not all(part.isdigit() for part in key):
        return [], notices.stale_button(t)
    push_number, index, page = (int(part) for part in key)
    view = await reports.question(services, t, session, push_number, index, page, turning=turning)
    if view is None:
        return [], result_screens.question_gone(t)
    return [view], None


async def confirm_close(services: Services, visitor: Visitor, session_id: int) -> list[Reply]:
    session = await _open_session(services, visitor, session_id)
    if isinstance(session, Reply):
        return [session]
    return [screens.confirm_close(visitor.t, session)]


async def close(services: Services, visitor: Visitor, session_id: int) -> list[Reply]:
    """Close the session, tell every participant once, and give the facilitator the summary:
    in the chat (text, a chart per closed question, the newest answers per written question)
    and as a PDF."""
    session = await _own(services, visitor, session_id)
    if session is None:
        return [screens.not_found(visitor.t)]
    closed = await _end(services, session)
    if closed is None:  # closed before: its summary was given then
        return [screens.session_closed(visitor.t)]
    return await reports.summary(services, visitor.t, closed)


async def summary_as_pdf(services: Services, visitor: Visitor, session_id: int) -> list[Reply]:
    """The PDF of a closed session's summary (again); the results so far while it is open."""
    session = await _own(services, visitor, session_id)
    if session is None:
        return [screens.not_found(visitor.t)]
    if session.is_open:
        return await stand(services, visitor, session_id)
    return [await reports.pdf(services, visitor.t, session)]


async def _end(services: Services, session: Session) -> Session | None:
    """Close the session and tell each participant once; None if it was closed before."""
    db = services.db
    if not await store.close(db, session.id):
        return None
    closed = await store.get(db, session.id)
    assert closed is not None
    for user_id in await store.participant_ids(db, session.id):
        their_t, allowed = await _translator(services, user_id)
        if allowed:
            key = f"session:{session.id}:closed:{user_id}"
            await outbox.queue(db, user_id, screens.ended(their_t, closed), dedupe_key=key)
    return closed


async def end_all_led_by(services: Services, user_id: int) -> None:
    """Before a facilitator's data is erased: close their open sessions (nobody else could)."""
    for session in await store.open_of(services.db, user_id):
        await _end(services, session)


# participants


async def join(services: Services, visitor: Visitor, raw_code: str) -> list[Reply]:
    """Join the session with this code: the deep link ``s_<code>``, ``/sessie CODE`` or the
    code typed (again is harmless)."""
    t = visitor.t
    code = session_codes.normalise(raw_code)
    if code is None:
        return [screens.unknown_code(t)]
    if not is_current(visitor.citizen.consent_version):
        await citizens.set_pending_start(services.db, visitor.user_id, f"s_{code}")
        return [welcome.consent_needed(t)]
    session = await session_codes.find(services, code)
    if session is None:
        return [screens.unknown_code(t)]
    if not session.is_open:
        return [screens.ended(t, session)]
    if not await store.join(services.db, session.id, visitor.user_id):
        return [screens.already_joined(t, session)]
    replies = [screens.joined(t, session)]
    pushed = await store.pushes(services.db, session.id)
    latest = _push_message(services, t, session, pushed[-1]) if pushed else None
    if latest is not None:
        if pushed[-1].kind == "prompt":
            awaiting = f"{ANSWER_KIND}:{pushed[-1].id}"
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


async def start_pushed(services: Services, visitor: Visitor, push_id: str) -> list[Reply]:
    """The Start button under a session's conversation: a run started (or an unfinished one
    of one's own taken on) through the session, so its answers are the session's."""
    t = visitor.t
    db = services.db
    push = await store.get_push(db, int(push_id)) if push_id.isdigit() else None
    session = await store.get(db, push.session_id) if push is not None else None
    if push is None or session is None or push.dialogue_id is None:
        return [screens.not_a_participant(t)]
    dialogue_id = push.dialogue_id
    dialogue = services.dialogues.current(dialogue_id)
    title = dialogue.title.get(t.locale) if dialogue is not None else dialogue_id
    if not is_current(visitor.citizen.consent_version):
        return [welcome.consent_needed(t)]
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
    replies = await flow.start(services, visitor, dialogue_id, again=True)
    started = await runs.open_run(db, visitor.user_id, dialogue_id)
    if started is not None:
        await store.link_run(db, push.id, started.id)
    return replies


async def _prompt_of(services: Services, argument: str) -> tuple[Push, Session] | None:
    push = await store.get_push(services.db, int(argument)) if argument.isdigit() else None
    session = await store.get(services.db, push.session_id) if push is not None else None
    if push is None or session is None or push.kind != "prompt":
        return None
    return push, session


async def answer(services: Services, visitor: Visitor, argument: str, text: str) -> list[Reply]:
    """A participant's typed answer to a prompt (``awaiting = "session:<push id>"``)."""
    t = visitor.t
    if not is_current(visitor.citizen.consent_version):
        await citizens.set_awaiting(services.db, visitor.user_id, None)
        return [welcome.consent_needed(t)]
    awaiting = f"{ANSWER_KIND}:{argument}"
    found = await _prompt_of(services, argument)
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


async def ready_to_answer(services: Services, visitor: Visitor, push_id: str) -> list[Reply]:
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
    await citizens.set_awaiting(services.db, visitor.user_id, f"{ANSWER_KIND}:{push.id}")
    return [screens.type_answer(t)]


# own data


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


# the facilitator's buttons ("sess", verb, arguments…)


async def command(
    services: Services, visitor: Visitor, args: list[str], username: str
) -> list[Reply]:
    """``/sessie [new [name] | start [dialogue-id] | stand | sluit]``; without a word, the
    overview. start, stand and sluit work on the facilitator's newest open session."""
    t = visitor.t
    word = args[0].lower() if args else ""
    if not word:
        return await overview(services, visitor)
    if word in ("new", "nieuw"):
        name = " ".join(args[1:])
        if not name:
            return await ask_name(services, visitor)
        return await create(services, visitor, name, username)
    if word not in COMMAND_WORDS:
        return [screens.command_help(t), *await overview(services, visitor)]
    await _stop_waiting(services, visitor)
    open_sessions = await store.open_of(services.db, visitor.user_id)
    if not open_sessions:
        return [screens.no_open_session(t)]
    session = open_sessions[0]
    if word == "stand":
        return await stand(services, visitor, session.id)
    if word in ("sluit", "close"):
        return await confirm_close(services, visitor, session.id)
    dialogue_id = args[1].lower() if len(args) > 1 else ""
    if services.dialogues.current(dialogue_id) is None:
        unknown = [screens.unknown_dialogue(t, args[1])] if len(args) > 1 else []
        return [*unknown, *await choose_dialogue(services, visitor, session.id)]
    number = await store.next_number(services.db, session.id)
    replies, _already_sent = await push_dialogue(  # a repeated update: the panel shows it
        services, visitor, session.id, number, dialogue_id, username
    )
    return replies


async def on_button(
    services: Services, visitor: Visitor, args: tuple[str, ...], username: str
) -> tuple[list[Reply], str | None]:
    """Dispatch a pressed session button; (replies, a short notice on the button)."""
    verb, rest = (args[0], args[1:]) if args else ("", ())
    if verb == "new":
        return await ask_name(services, visitor), None
    if verb == "def":
        waiting = visitor.citizen.awaiting == NAME_KIND
        if not waiting and await store.made_by(services.db, visitor.update_id) is None:
            return [], notices.stale_button(visitor.t)  # a second tap: the first one made it
        return await create(services, visitor, None, username), None
    if not rest or not rest[0].isdigit():
        return await overview(services, visitor), None
    session_id = int(rest[0])
    if verb == "pd" and len(rest) == 3 and rest[1].isdigit():
        return await push_dialogue(services, visitor, session_id, int(rest[1]), rest[2], username)
    if verb in ("q", "qp"):  # a question; another page of its written answers
        return await question(services, visitor, session_id, rest[1:], turning=verb == "qp")
    simple = {
        "open": lambda: panel(services, visitor, session_id, username),
        "qr": lambda: show_qr(services, visitor, session_id, username),
        "dlgs": lambda: choose_dialogue(services, visitor, session_id),
        "ask": lambda: ask_prompt(services, visitor, session_id),
        "stand": lambda: stand(services, visitor, session_id),
        "refresh": lambda: stand(services, visitor, session_id, replace=True),
        "pdf": lambda: summary_as_pdf(services, visitor, session_id),
        "close": lambda: confirm_close(services, visitor, session_id),
        "shut": lambda: close(services, visitor, session_id),
    }
    chosen = simple.get(verb)
    if chosen is None:
        return await overview(services, visitor), None
    return await chosen(), None
