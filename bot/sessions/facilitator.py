"""The facilitator's side of a session: open one (with its join code, link and QR code), push
a dialogue or a typed prompt to everyone who joined, see the results so far, close it with a
summary (in the chat and as a PDF).

Domain only: returns Replies and stores through :mod:`bot.sessions.store`; what goes to the
participants goes through :mod:`bot.sessions.pushes`. What the results contain is gathered in
:mod:`bot.sessions.results` and shown by :mod:`bot.sessions.reports`.
"""

from __future__ import annotations

from datetime import UTC, datetime

from babel.dates import format_date

from bot.i18n import Translator
from bot.messaging.reply import Outcome, Reply
from bot.people import access as roles
from bot.people.visitor import Visitor
from bot.screens import notices
from bot.services import Services
from bot.sessions import codes as session_codes
from bot.sessions import pushes, reports, school_permission, screens, store
from bot.sessions import results_screens as result_screens
from bot.sessions.store import Session
from bot.storage import citizens

NAME_LIMIT = 60


PROMPT_LIMIT = 500


NAME_KIND = "sessionname"


PROMPT_KIND = "sessionprompt"


async def overview(services: Services, visitor: Visitor) -> list[Reply]:
    """/sessie: the facilitator's open sessions; staff see every open session, so they can
    close one whose facilitator is gone."""
    await stop_waiting(services, visitor)
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


async def create(services: Services, visitor: Visitor, name: str | None) -> list[Reply]:
    """Open a session (``name`` None: the default name) and show its link and QR code."""
    t = visitor.t
    if not await roles.is_facilitator(services.db, services.settings, visitor.user_id):
        await stop_waiting(services, visitor)
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
    await stop_waiting(services, visitor)
    code = session_codes.of_session(services, session)
    link = session_codes.join_link(services.bot_username, code)
    return [
        screens.created(t, session, code, link, session_codes.qr_png(link)),
        school_permission.question(visitor, session),
    ]


async def create_with_default_name(services: Services, visitor: Visitor) -> Outcome:
    """The button "Use <default name>" under the question for a name."""
    waiting = visitor.citizen.awaiting == NAME_KIND
    if not waiting and await store.made_by(services.db, visitor.update_id) is None:
        return Outcome(notice=notices.stale_button(visitor.t))  # a second tap: made already
    return Outcome(await create(services, visitor, None))


async def named(services: Services, visitor: Visitor, _argument: str, text: str) -> list[Reply]:
    """The name the facilitator typed (``awaiting = "sessionname"``)."""
    return await create(services, visitor, text)


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


async def stop_waiting(services: Services, visitor: Visitor) -> None:
    awaiting = visitor.citizen.awaiting or ""
    if awaiting.split(":")[0] in (NAME_KIND, PROMPT_KIND):
        await citizens.set_awaiting(services.db, visitor.user_id, None)


async def panel(services: Services, visitor: Visitor, session_id: int) -> list[Reply]:
    await stop_waiting(services, visitor)
    session = await _own(services, visitor, session_id)
    if session is None:
        return [screens.not_found(visitor.t)]
    if not session.is_open:
        return [screens.session_closed(visitor.t)]
    count = await store.participant_count(services.db, session.id)
    pushed = len(await store.pushes(services.db, session.id))
    code = session_codes.of_session(services, session)
    link = session_codes.join_link(services.bot_username, code)
    return [screens.panel(visitor.t, session, code, link, count, pushed)]


async def show_qr(services: Services, visitor: Visitor, session_id: int) -> list[Reply]:
    session = await _open_session(services, visitor, session_id)
    if isinstance(session, Reply):
        return [session]
    code = session_codes.of_session(services, session)
    link = session_codes.join_link(services.bot_username, code)
    return [screens.qr_code(visitor.t, session, code, link, session_codes.qr_png(link))]


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
    return [screens.choose_dialogue(visitor.t, session, services.dialogues.listed(), number)]


async def push_dialogue(
    services: Services,
    visitor: Visitor,
    session_id: int,
    number: int,
    dialogue_id: str,
) -> Outcome:
    """Send a dialogue to every participant (a second press: a notice on the button)."""
    session = await _open_session(services, visitor, session_id)
    if isinstance(session, Reply):
        return Outcome([session])
    if services.dialogues.startable(dialogue_id) is None:
        return Outcome(await choose_dialogue(services, visitor, session_id))
    if not await store.participant_count(services.db, session.id):
        return Outcome([screens.nobody_joined(visitor.t)])
    pushed = await store.add_push(
        services.db,
        session.id,
        "dialogue",
        dialogue_id=dialogue_id,
        source_update_id=visitor.update_id or None,
        expected_number=number,
    )
    if pushed.push is None:
        panel_replies = await panel(services, visitor, session.id)
        return Outcome(panel_replies, screens.already_sent(visitor.t))
    progress = await pushes.deliver(services, visitor, session, pushed.push)
    return Outcome([progress, *await panel(services, visitor, session.id)])


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
        await stop_waiting(services, visitor)
        return []
    session = await _open_session(services, visitor, int(argument))
    if isinstance(session, Reply):
        await stop_waiting(services, visitor)
        return [session]
    prompt = text.strip()
    if len(prompt) > PROMPT_LIMIT:
        return [screens.prompt_too_long(t, PROMPT_LIMIT)]
    if not await store.participant_count(services.db, session.id):
        await stop_waiting(services, visitor)
        return [screens.nobody_joined(t)]
    pushed = await store.add_push(
        services.db,
        session.id,
        "prompt",
        prompt_text=prompt,
        source_update_id=visitor.update_id or None,
        awaiting_kind=pushes.ANSWER_KIND,
        clear_awaiting_of=visitor.user_id,
    )
    if pushed.push is None:
        return [screens.session_closed(t)]
    progress = await pushes.deliver(services, visitor, session, pushed.push)
    return [progress, *await panel(services, visitor, session.id)]


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
    push_number: int,
    index: int,
    page: int,
    *,
    turning: bool = False,
) -> Outcome:
    """One question of the results (of the push with this number), at this page of its
    written answers; ``turning``: another page of it, in place."""
    t = visitor.t
    session = await _own(services, visitor, session_id)
    if session is None:
        return Outcome([screens.not_found(t)])
    view = await reports.question(services, t, session, push_number, index, page, turning=turning)
    if view is None:
        return Outcome(notice=result_screens.question_gone(t))
    return Outcome([view])


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
    closed = await pushes.close_and_tell(services, session)
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


async def end_all_led_by(services: Services, user_id: int) -> None:
    """Before a facilitator's data is erased: close their open sessions (nobody else could)."""
    for session in await store.open_of(services.db, user_id):
        await pushes.close_and_tell(services, session)
