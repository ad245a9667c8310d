"""Walking a citizen through a dialogue: start, answer, back, skip, pause, resume, finish.

Domain only: it reads and writes through :mod:`bot.answering.store` and returns Replies.
The database holds the whole state of a run (current question, answers, a multi-choice
selection in progress), so a restart continues exactly where the citizen was.

The chat stays a record, and every button acts on the present:

- a pressed answer turns its question into the next one (one Bot API call), with the
  question before and its answer kept above it; a typed answer gets the next question as a
  new message below it;
- the run remembers which message shows its live buttons (``runs.message_id``). When the
  question is shown again (going on after a pause, a second ``/gesprek``), that message
  loses its buttons first, so no two messages offer the same answers;
- a button of an earlier question says it no longer works; a button of a paused question
  does nothing and says so, until the citizen goes on (one tap on "▶️ Ga verder").
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import replace as changed

from bot.answering import presenter
from bot.answering import store as runs
from bot.answering.presenter import (
    BACK,
    CHOOSE,
    DONE,
    KEEP,
    NEXT,
    PAUSE,
    RESUME,
    SCALE,
    SKIP,
    TOGGLE,
)
from bot.answering.store import Run
from bot.dialogues import engine
from bot.dialogues.answering import (
    Accepted,
    Rejected,
    RejectReason,
    confirm_selection,
    parse_answer,
    skip,
    toggle,
)
from bot.dialogues.answers import SKIPPED, AnswerValue, with_answer
from bot.dialogues.model import Dialogue, Question
from bot.dialogues.serialize import from_json, to_json
from bot.messaging.reply import Button, Outcome, Reply, take_buttons_off
from bot.people.consent import is_current
from bot.people.participation import may_be_quoted, only_in_school_sessions
from bot.people.visitor import Visitor
from bot.screens import notices
from bot.services import Services
from bot.sessions import gate as session_gate


@dataclass(frozen=True)
class RunState:
    run: Run
    dialogue: Dialogue
    answers: dict[str, AnswerValue]

    @property
    def current(self) -> Question | None:
        question_id = self.run.current_question
        if question_id is None or not self.dialogue.has_question(question_id):
            return None
        return self.dialogue.question(question_id)


async def dialogue_of(services: Services, dialogue_id: str, version: int) -> Dialogue | None:
    """The definition a run started on: from this process, else from the database."""
    known = services.dialogues.get(dialogue_id, version)
    if known is not None:
        return known
    stored = await runs.definition(services.db, dialogue_id, version)
    return services.dialogues.remember(from_json(stored)) if stored else None


async def _state(services: Services, run: Run) -> RunState | None:
    dialogue = await dialogue_of(services, run.dialogue_id, run.version)
    if dialogue is None:
        return None
    return RunState(run, dialogue, await runs.answers(services.db, run.id))


def _ask(
    services: Services,
    visitor: Visitor,
    state: RunState,
    question: Question,
    *,
    replace: bool = False,
    resumed: bool = False,
) -> Reply:
    """The question as a message. A new message tells the run where it landed; a pressed
    message that changes in place is stored by the caller, with its own write."""
    answers = state.answers
    dialogue = state.dialogue
    reply = presenter.question_message(
        visitor.t,
        dialogue,
        question,
        state.run.id,
        engine.progress(dialogue, answers, question),
        selection=_selection(state, question) if question.type == "multi" else (),
        earlier=answers.get(question.id),
        has_earlier=question.id in answers,
        can_go_back=engine.previous_question(dialogue, answers, question) is not None,
        replace=replace,
        recap=_recap(state, question, resumed=resumed),
        resumed=resumed,
    )
    if replace:
        return reply
    db, run_id = services.db, state.run.id

    async def shown(message_id: int) -> None:
        await runs.show_in(db, run_id, message_id)

    return changed(reply, on_shown=shown)


def _recap(
    state: RunState, question: Question, *, resumed: bool
) -> tuple[Question, AnswerValue] | None:
    """The answered question before ``question``, to show above it — unless the citizen
    just typed that answer themselves (their own message shows it), and not coming back."""
    dialogue, answers = state.dialogue, state.answers
    before = engine.previous_question(dialogue, answers, question)
    while before is not None and not before.needs_answer:
        before = engine.previous_question(dialogue, answers, before)
    if before is None or before.id not in answers:
        return None
    value = answers[before.id]
    typed = before.type in ("text", "number") and value is not SKIPPED
    return None if typed and not resumed else (before, value)


async def _show_again(
    services: Services, visitor: Visitor, state: RunState, *, replace: bool
) -> list[Reply]:
    """The current question once more, for a citizen who comes back to it: the message that
    showed it (or the pause notice) loses its buttons first."""
    assert state.current is not None
    here = visitor.message_id if replace else None
    earlier = state.run.message_id
    replies = [take_buttons_off(earlier)] if earlier is not None and earlier != here else []
    if here is not None and here != earlier:
        await runs.show_in(services.db, state.run.id, here)
    replies.append(_ask(services, visitor, state, state.current, replace=replace, resumed=True))
    return replies


async def list_dialogues(services: Services, visitor: Visitor) -> list[Reply]:
    mine = await runs.of_citizen(services.db, visitor.user_id)
    items: list[tuple[Dialogue, str]] = []
    for dialogue in services.dialogues.listed():
        own = [r for r in mine if r.dialogue_id == dialogue.id]
        if any(r.status != "finished" for r in own):
            items.append((dialogue, "open"))
        else:
            items.append((dialogue, "finished" if own else "new"))
    return [presenter.dialogue_list(visitor.t, items)]


async def start(
    services: Services,
    visitor: Visitor,
    dialogue_id: str,
    *,
    again: bool = False,
    in_place: bool = False,
    in_session: bool = False,
) -> list[Reply]:
    """Start a dialogue (deep link ``d_<id>`` or the list), or resume the open run of it.
    ``in_place``: the pressed message (the list of dialogues, the offer to start again)
    becomes the first reply, so the title is not said once more right below it.
    ``in_session``: started through a session, which links the new run to it."""
    t = visitor.t
    db = services.db
    existing = await runs.open_run(db, visitor.user_id, dialogue_id)
    if existing is not None and again:
        return []  # "Start again" is only offered without an open run: a second tap
    citizen = visitor.citizen
    if (
        existing is None
        and not in_session
        and only_in_school_sessions(citizen.consent_version, citizen.permission)
    ):
        return [notices.school_sessions_only(t)]
    if existing is not None:
        refused = await session_gate.refusal(services, visitor, existing, answering=False)
        if refused is not None:  # a run of a session that has ended
            return refused.replies
        await runs.activate(db, existing.id, visitor.user_id)
        state = await _state(services, existing)
        if state is None or state.current is None:
            return [changed(presenter.unknown_dialogue(t), replace=in_place)]
        return await _show_again(services, visitor, state, replace=in_place)
    dialogue = services.dialogues.startable(dialogue_id)
    if dialogue is None:
        closed = presenter.closed_dialogue(t, services.dialogues.status(dialogue_id))
        if services.dialogues.current(dialogue_id) is None or closed is None:
            return [changed(presenter.unknown_dialogue(t), replace=in_place)]
        return [changed(closed, replace=in_place)]
    finished_before = any(
        r.dialogue_id == dialogue_id for r in await runs.of_citizen(db, visitor.user_id)
    )
    if finished_before and not again:
        return [changed(presenter.already_done(t, dialogue), replace=in_place)]
    first = engine.next_question(dialogue, {})
    if first is None:
        return [changed(presenter.unknown_dialogue(t), replace=in_place)]
    await runs.store_definition(db, dialogue.id, dialogue.version, to_json(dialogue))
    run = await runs.begin(
        db, visitor.user_id, dialogue.id, dialogue.version, first.id, visitor.update_id
    )
    state = RunState(run, dialogue, {})
    intro = changed(presenter.intro(t, dialogue), replace=in_place)
    return [intro, _ask(services, visitor, state, first)]


async def on_text(services: Services, visitor: Visitor, text: str) -> list[Reply] | None:
    """A typed message: the answer to the current question, if the citizen is in a dialogue."""
    run = await runs.active(services.db, visitor.user_id)
    if run is None:
        return None
    if not is_current(visitor.citizen.consent_version):  # e.g. withdrawn in another chat
        return [notices.consent_needed(visitor.t)]
    refused = await session_gate.refusal(services, visitor, run)
    if refused is not None:  # a run of a session that has ended: nothing is stored
        return refused.replies
    state = await _state(services, run)
    if state is None or state.current is None:
        return None
    question = state.current
    outcome = parse_answer(question, text)
    if isinstance(outcome, Rejected) and outcome.reason is RejectReason.UNKNOWN_MUNICIPALITY:
        index = state.dialogue.index_of(question)
        return [presenter.suggestions(visitor.t, question, run.id, index, outcome)]
    if isinstance(outcome, Rejected):
        # The question stays right above, with its buttons: only say what to change.
        return [presenter.rejected(visitor.t, outcome.sentence(visitor.t.gettext), question)]
    return await _answer(services, visitor, state, question, outcome.value, from_button=False)


async def on_press(
    services: Services, visitor: Visitor, run_id: int, index: int, kind: str, value: str
) -> Outcome:
    t = visitor.t
    stale = Outcome(notice=notices.stale_button(t))
    run = await runs.get(services.db, run_id)
    if run is None or run.user_id != visitor.user_id:
        return stale
    refused = await session_gate.refusal(services, visitor, run)
    if refused is not None:  # a run of a session that has ended: nothing is stored
        return refused
    if run.status == "finished":
        return stale
    if not is_current(visitor.citizen.consent_version):
        return Outcome([notices.consent_needed(t)])
    state = await _state(services, run)
    if state is None or state.current is None:
        return stale
    question = state.current
    index_now = state.dialogue.index_of(question)
    if index_now != index:
        return stale
    here = visitor.message_id
    if kind == RESUME:
        if run.status == "paused":
            await runs.activate(services.db, run.id, visitor.user_id)
        return Outcome(await _show_again(services, visitor, state, replace=True))
    if run.status == "paused":
        return Outcome(notice=presenter.paused_button(t))

    if kind == PAUSE:
        await runs.pause(services.db, run.id, shown_in=here)
        return Outcome([presenter.paused(t, state.dialogue, run.id, index_now, replace=True)])
    if kind == BACK:
        previous = engine.previous_question(state.dialogue, state.answers, question)
        if previous is None:
            return Outcome(notice=t.gettext("This is the first question."))
        if not await runs.advance(
            services.db, run.id, visitor.update_id, {}, (), previous.id, shown_in=here
        ):
            return Outcome(await _replay(services, visitor, run.id))
        moved = RunState(_with_selection(run, None), state.dialogue, state.answers)
        return Outcome([_ask(services, visitor, moved, previous, replace=True)])
    if kind == NEXT and question.type == "info":
        following = engine.next_question(state.dialogue, state.answers, question)
        target = following.id if following else None
        if not await runs.advance(
            services.db, run.id, visitor.update_id, {}, (), target, shown_in=here
        ):
            return Outcome(await _replay(services, visitor, run.id))
        if following is None:
            return Outcome(await _finish(services, visitor, state, state.answers, replace=True))
        return Outcome([_ask(services, visitor, state, following, replace=True)])
    if kind == TOGGLE and question.type == "multi":
        option = _option_id(question, value)
        if option is None:
            return stale
        selection = toggle(question, _selection(state, question), option)
        if isinstance(selection, Rejected):
            return Outcome(notice=selection.sentence(t.gettext))
        if not await runs.set_selection(
            services.db, run.id, visitor.update_id, selection, shown_in=here
        ):
            return Outcome(await _replay(services, visitor, run.id))
        updated = RunState(_with_selection(run, selection), state.dialogue, state.answers)
        return Outcome([_ask(services, visitor, updated, question, replace=True)])

    if kind == DONE and question.type == "multi":
        outcome = confirm_selection(question, _selection(state, question))
    elif kind == SKIP:
        outcome = skip(question)
    elif kind == CHOOSE and question.type == "choice":
        option = _option_id(question, value)
        outcome = (
            parse_answer(question, option) if option else Rejected(RejectReason.UNKNOWN_OPTION)
        )
    elif kind == SCALE and question.type == "scale":
        outcome = parse_answer(question, value)
    elif kind == KEEP and state.answers.get(question.id) is not None:
        outcome = Accepted(state.answers[question.id])
    else:
        return stale
    if isinstance(outcome, Rejected):
        return Outcome(notice=outcome.sentence(t.gettext))
    assert isinstance(outcome, Accepted)
    return Outcome(
        await _answer(services, visitor, state, question, outcome.value, from_button=True)
    )


async def _replay(services: Services, visitor: Visitor, run_id: int) -> list[Reply]:
    """This update was applied before (we were stopped before it was marked done): change
    nothing, and show the citizen where they are now."""
    run = await runs.get(services.db, run_id)
    state = await _state(services, run) if run is not None else None
    if state is None:
        return []
    if state.current is None:
        return await _finish(services, visitor, state, state.answers)
    return await _show_again(services, visitor, state, replace=visitor.message_id is not None)


def _option_id(question: Question, raw_index: str) -> str | None:
    if not raw_index.isdigit() or int(raw_index) >= len(question.options):
        return None
    return question.options[int(raw_index)].id


def _selection(state: RunState, question: Question) -> tuple[str, ...]:
    if state.run.selection is not None:
        return state.run.selection
    earlier = state.answers.get(question.id)
    return earlier if isinstance(earlier, tuple) else ()


def _with_selection(run: Run, selection: tuple[str, ...] | None) -> Run:
    return changed(run, selection=selection)


async def _answer(
    services: Services,
    visitor: Visitor,
    state: RunState,
    question: Question,
    value: AnswerValue,
    *,
    from_button: bool,
) -> list[Reply]:
    dialogue = state.dialogue
    updated = with_answer(state.answers, question.id, value)
    kept = engine.cleanup(dialogue, updated)
    dropped = tuple(q for q in updated if q not in kept)
    following = engine.next_question(dialogue, kept, question)
    target = following.id if following else None
    if not await runs.advance(
        services.db,
        state.run.id,
        visitor.update_id,
        {question.id: value},
        dropped,
        target,
        shown_in=visitor.message_id if from_button else None,
    ):
        return await _replay(services, visitor, state.run.id)
    fresh = RunState(_with_selection(state.run, None), dialogue, kept)
    if following is None:
        return await _finish(services, visitor, fresh, kept, replace=from_button)
    return [_ask(services, visitor, fresh, following, replace=from_button)]


async def _finish(
    services: Services,
    visitor: Visitor,
    state: RunState,
    answers: dict[str, AnswerValue],
    *,
    replace: bool = False,
) -> list[Reply]:
    t = visitor.t
    dialogue = state.dialogue
    given = [(q, answers[q.id]) for q in engine.applicable(dialogue, answers) if q.id in answers]
    replies = [presenter.summary(t, dialogue, given, replace=replace)]
    if not engine.quotable_answers(dialogue, answers):
        return [changed(replies[0], buttons=await _next_steps(services, visitor))]
    if not may_be_quoted(visitor.citizen.age_band):  # the age band is known since consent
        return [changed(replies[0], buttons=await _next_steps(services, visitor))]
    # One message: the summary asks about quoting its text answers itself.
    return [await _quoting_summary(services, visitor, state.run.id, replace=replace)]


async def _quoting_summary(
    services: Services, visitor: Visitor, run_id: int, *, replace: bool, done: bool = False
) -> Reply:
    """The summary of a finished run with its quoting question (``done``: answered)."""
    run = await runs.get(services.db, run_id)
    assert run is not None
    dialogue = await dialogue_of(services, run.dialogue_id, run.version)
    assert dialogue is not None
    stored = {a.question_id: a for a in await runs.stored_answers(services.db, run_id)}
    answers = {question_id: answer.value for question_id, answer in stored.items()}
    given = [(q, answers[q.id]) for q in engine.applicable(dialogue, answers) if q.id in answers]
    marks = {
        q.id: stored[q.id].quote_allowed for q, _text in engine.quotable_answers(dialogue, answers)
    }
    t = visitor.t
    if not done:
        return presenter.summary(t, dialogue, given, replace=replace, quoting=(run_id, marks))
    return presenter.summary(
        t,
        dialogue,
        given,
        replace=replace,
        quoting=(run_id, marks),
        quoted=sum(marks.values()),
        next_steps=await _next_steps(services, visitor),
    )


async def _next_steps(services: Services, visitor: Visitor) -> tuple[tuple[Button, ...], ...]:
    """The buttons under the last message of a finished dialogue."""
    finished = {
        run.dialogue_id
        for run in await runs.of_citizen(services.db, visitor.user_id)
        if run.status == "finished"
    }
    more = any(d.id not in finished for d in services.dialogues.listed())
    return presenter.next_steps(visitor.t, more_conversations=more)


async def quoting(services: Services, visitor: Visitor, run_id: int, *, replace: bool) -> Reply:
    run = await runs.get(services.db, run_id)
    assert run is not None
    dialogue = await dialogue_of(services, run.dialogue_id, run.version)
    assert dialogue is not None
    stored = {a.question_id: a for a in await runs.stored_answers(services.db, run_id)}
    answers = {qid: a.value for qid, a in stored.items()}
    items = [
        (dialogue.index_of(q), q, text, stored[q.id].quote_allowed)
        for q, text in engine.quotable_answers(dialogue, answers)
    ]
    title = dialogue.title.get(visitor.t.locale)
    return presenter.quoting_question(visitor.t, run_id, items, replace=replace, title=title)


async def on_quote_toggle(
    services: Services, visitor: Visitor, run_id: int, index: int, *, in_summary: bool = False
) -> Outcome:
    """A ☐/☑ button: on the summary at the end (``in_summary``), on the quoting question,
    or in /mijngegevens; the message it is on shows the new state."""
    stale = Outcome(notice=notices.stale_button(visitor.t))
    run = await runs.get(services.db, run_id)
    citizen = visitor.citizen
    if run is None or run.user_id != visitor.user_id or citizen.age_band in (None, "<16"):
        return stale
    dialogue = await dialogue_of(services, run.dialogue_id, run.version)
    if dialogue is None or index >= len(dialogue.questions):
        return stale
    question = dialogue.questions[index]
    stored = {a.question_id: a for a in await runs.stored_answers(services.db, run_id)}
    answer = stored.get(question.id)
    if answer is None or question.type != "text" or not isinstance(answer.value, str):
        return stale
    if not is_current(citizen.consent_version) and not answer.quote_allowed:
        return Outcome([notices.consent_needed(visitor.t)])
    await runs.set_quote_allowed(
        services.db, run_id, visitor.update_id, question.id, not answer.quote_allowed
    )
    if in_summary:
        return Outcome([await _quoting_summary(services, visitor, run_id, replace=True)])
    return Outcome([await quoting(services, visitor, run_id, replace=True)])


async def on_quotes_done(
    services: Services, visitor: Visitor, run_id: int, *, in_summary: bool = False
) -> Outcome:
    run = await runs.get(services.db, run_id)
    if run is None or run.user_id != visitor.user_id:
        return Outcome(notice=notices.stale_button(visitor.t))
    if in_summary:
        done = await _quoting_summary(services, visitor, run_id, replace=True, done=True)
        return Outcome([done])
    allowed = sum(a.quote_allowed for a in await runs.stored_answers(services.db, run_id))
    steps = await _next_steps(services, visitor)
    return Outcome([presenter.quoting_done(visitor.t, allowed, steps)])


async def pause(services: Services, visitor: Visitor) -> list[Reply]:
    """/stop: leave the current dialogue; the answers so far are kept. The question loses its
    buttons (they would do nothing now); the notice below has the one to go on."""
    run = await runs.active(services.db, visitor.user_id)
    if run is None:
        return [presenter.nothing_to_stop(visitor.t)]
    await runs.pause(services.db, run.id)
    state = await _state(services, run)
    if state is None or state.current is None:
        return [presenter.nothing_to_stop(visitor.t)]
    db, run_id = services.db, run.id

    async def shown(message_id: int) -> None:
        await runs.show_in(db, run_id, message_id)

    index = state.dialogue.index_of(state.current)
    notice = changed(presenter.paused(visitor.t, state.dialogue, run.id, index), on_shown=shown)
    earlier = [take_buttons_off(run.message_id)] if run.message_id is not None else []
    return [*earlier, notice]


async def unfinished(services: Services, visitor: Visitor) -> list[Reply] | None:
    """A typed message nothing waited for, while a conversation is paused: one tap goes on
    with the newest paused one."""
    paused = [
        r for r in await runs.of_citizen(services.db, visitor.user_id) if r.status == "paused"
    ]
    if not paused:
        return None
    newest = max(paused, key=lambda run: run.updated_at)
    return [notices.paused_conversation(visitor.t, newest.dialogue_id)]


async def quote_reviews(services: Services, visitor: Visitor) -> list[Reply]:
    """For /mijngegevens: every run with answers the citizen allowed to be quoted, so they
    can withdraw that permission per answer."""
    reviews: list[Reply] = []
    for run in await runs.of_citizen(services.db, visitor.user_id):
        stored = await runs.stored_answers(services.db, run.id)
        if any(a.quote_allowed for a in stored):
            reviews.append(await quoting(services, visitor, run.id, replace=False))
    return reviews
