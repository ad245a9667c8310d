"""Walking a citizen through a dialogue: start, answer, back, skip, pause, resume, finish.

Domain only: it reads and writes through :mod:`bot.storage.runs` and returns Replies.
The database holds the whole state of a run (current question, answers, a multi-choice
selection in progress), so a restart continues exactly where the citizen was.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bot import session_gate
from bot.answering import presenter
from bot.answering.presenter import BACK, CHOOSE, DONE, KEEP, NEXT, PAUSE, SCALE, SKIP, TOGGLE
from bot.consent import is_current
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
from bot.dialogues.answers import AnswerValue, with_answer
from bot.dialogues.model import Dialogue, Question
from bot.dialogues.serialize import from_json, to_json
from bot.participation import may_be_quoted
from bot.reply import Reply
from bot.screens import notices, welcome
from bot.services import Services
from bot.storage import citizens, runs
from bot.storage.runs import Run
from bot.visitor import Visitor


@dataclass(frozen=True)
class Outcome:
    """What to send, and a short notice on the pressed button (if any)."""

    replies: list[Reply] = field(default_factory=list)
    notice: str | None = None


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


def _ask(visitor: Visitor, state: RunState, question: Question, *, replace: bool = False) -> Reply:
    answers = state.answers
    return presenter.question_message(
        visitor.t,
        state.dialogue,
        question,
        state.run.id,
        engine.position(state.dialogue, answers, question),
        selection=_selection(state, question) if question.type == "multi" else (),
        earlier=answers.get(question.id),
        has_earlier=question.id in answers,
        can_go_back=engine.previous_question(state.dialogue, answers, question) is not None,
        replace=replace,
    )


async def list_dialogues(services: Services, visitor: Visitor) -> list[Reply]:
    if not is_current(visitor.citizen.consent_version):
        return [welcome.consent_needed(visitor.t)]
    mine = await runs.of_citizen(services.db, visitor.user_id)
    items: list[tuple[Dialogue, str]] = []
    for dialogue in services.dialogues.all_current():
        own = [r for r in mine if r.dialogue_id == dialogue.id]
        if any(r.status != "finished" for r in own):
            items.append((dialogue, "open"))
        else:
            items.append((dialogue, "finished" if own else "new"))
    return [presenter.dialogue_list(visitor.t, items)]


async def start(
    services: Services, visitor: Visitor, dialogue_id: str, *, again: bool = False
) -> list[Reply]:
    """Start a dialogue (deep link ``d_<id>`` or the list), or resume the open run of it."""
    t = visitor.t
    if not is_current(visitor.citizen.consent_version):
        await citizens.set_pending_start(services.db, visitor.user_id, f"d_{dialogue_id}")
        return [welcome.consent_needed(t)]
    db = services.db
    existing = await runs.open_run(db, visitor.user_id, dialogue_id)
    if existing is not None and again:
        return []  # "Start again" is only offered without an open run: a second tap
    if existing is not None:
        refused = await session_gate.refusal(services, visitor, existing, answering=False)
        if refused is not None:  # a run of a session that has ended
            return refused.replies
        await runs.activate(db, existing.id, visitor.user_id)
        state = await _state(services, existing)
        if state is None or state.current is None:
            return [presenter.unknown_dialogue(t)]
        return [_ask(visitor, state, state.current)]
    dialogue = services.dialogues.current(dialogue_id)
    if dialogue is None:
        return [presenter.unknown_dialogue(t)]
    finished_before = any(
        r.dialogue_id == dialogue_id for r in await runs.of_citizen(db, visitor.user_id)
    )
    if finished_before and not again:
        return [presenter.already_done(t, dialogue)]
    first = engine.next_question(dialogue, {})
    if first is None:
        return [presenter.unknown_dialogue(t)]
    await runs.store_definition(db, dialogue.id, dialogue.version, to_json(dialogue))
    run = await runs.begin(
        db, visitor.user_id, dialogue.id, dialogue.version, first.id, visitor.update_id
    )
    state = RunState(run, dialogue, {})
    return [presenter.intro(t, dialogue), _ask(visitor, state, first)]


async def on_text(services: Services, visitor: Visitor, text: str) -> list[Reply] | None:
    """A typed message: the answer to the current question, if the citizen is in a dialogue."""
    run = await runs.active(services.db, visitor.user_id)
    if run is None:
        return None
    if not is_current(visitor.citizen.consent_version):
        return [welcome.consent_needed(visitor.t)]
    refused = await session_gate.refusal(services, visitor, run)
    if refused is not None:  # a run of a session that has ended: nothing is stored
        return refused.replies
    state = await _state(services, run)
    if state is None or state.current is None:
        return None
    question = state.current
    outcome = parse_answer(question, text)
    if isinstance(outcome, Rejected):
        return [
            presenter.rejected(visitor.t, outcome.sentence(visitor.t.gettext)),
            _ask(visitor, state, question),
        ]
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
        return Outcome(refused.replies, refused.notice)
    if run.status == "finished":
        return stale
    if not is_current(visitor.citizen.consent_version):
        return Outcome([welcome.consent_needed(t)])
    state = await _state(services, run)
    if state is None or state.current is None:
        return stale
    question = state.current
    if state.dialogue.index_of(question) != index:
        return stale
    if run.status == "paused":
        await runs.activate(services.db, run.id, visitor.user_id)

    if kind == PAUSE:
        await runs.pause(services.db, run.id)
        return Outcome([presenter.paused(t, state.dialogue)])
    if kind == BACK:
        previous = engine.previous_question(state.dialogue, state.answers, question)
        if previous is None:
            return Outcome(notice=t.gettext("This is the first question."))
        if not await runs.advance(services.db, run.id, visitor.update_id, {}, (), previous.id):
            return Outcome(await _replay(services, visitor, run.id))
        moved = RunState(_with_selection(run, None), state.dialogue, state.answers)
        return Outcome([_ask(visitor, moved, previous, replace=True)])
    if kind == NEXT and question.type == "info":
        following = engine.next_question(state.dialogue, state.answers, question)
        target = following.id if following else None
        if not await runs.advance(services.db, run.id, visitor.update_id, {}, (), target):
            return Outcome(await _replay(services, visitor, run.id))
        if following is None:
            return Outcome(await _finish(services, visitor, state, state.answers, replace=True))
        return Outcome([_ask(visitor, state, following, replace=True)])
    if kind == TOGGLE and question.type == "multi":
        option = _option_id(question, value)
        if option is None:
            return stale
        selection = toggle(question, _selection(state, question), option)
        if isinstance(selection, Rejected):
            return Outcome(notice=selection.sentence(t.gettext))
        if not await runs.set_selection(services.db, run.id, visitor.update_id, selection):
            return Outcome(await _replay(services, visitor, run.id))
        updated = RunState(_with_selection(run, selection), state.dialogue, state.answers)
        return Outcome([_ask(visitor, updated, question, replace=True)])

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
    return [_ask(visitor, state, state.current)]


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
    return replace(run, selection=selection)


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
        services.db, state.run.id, visitor.update_id, {question.id: value}, dropped, target
    ):
        return await _replay(services, visitor, state.run.id)
    fresh = RunState(_with_selection(state.run, None), dialogue, kept)
    if following is None:
        return await _finish(services, visitor, fresh, kept, replace=from_button)
    return [_ask(visitor, fresh, following, replace=from_button)]


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
        return replies
    if not may_be_quoted(visitor.citizen.age_band):  # the age band is known since consent
        return replies
    return [*replies, await quoting(services, visitor, state.run.id, replace=False)]


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


async def on_quote_toggle(services: Services, visitor: Visitor, run_id: int, index: str) -> Outcome:
    stale = Outcome(notice=notices.stale_button(visitor.t))
    run = await runs.get(services.db, run_id)
    citizen = visitor.citizen
    if run is None or run.user_id != visitor.user_id or citizen.age_band in (None, "<16"):
        return stale
    dialogue = await dialogue_of(services, run.dialogue_id, run.version)
    if dialogue is None or not index.isdigit() or int(index) >= len(dialogue.questions):
        return stale
    question = dialogue.questions[int(index)]
    stored = {a.question_id: a for a in await runs.stored_answers(services.db, run_id)}
    answer = stored.get(question.id)
    if answer is None or question.type != "text" or not isinstance(answer.value, str):
        return stale
    if not is_current(citizen.consent_version) and not answer.quote_allowed:
        return Outcome([welcome.consent_needed(visitor.t)])
    await runs.set_quote_allowed(
        services.db, run_id, visitor.update_id, question.id, not answer.quote_allowed
    )
    return Outcome([await quoting(services, visitor, run_id, replace=True)])


async def on_quotes_done(services: Services, visitor: Visitor, run_id: int) -> Outcome:
    run = await runs.get(services.db, run_id)
    if run is None or run.user_id != visitor.user_id:
        return Outcome(notice=notices.stale_button(visitor.t))
    allowed = sum(a.quote_allowed for a in await runs.stored_answers(services.db, run_id))
    return Outcome([presenter.quoting_done(visitor.t, allowed)])


async def pause(services: Services, visitor: Visitor) -> list[Reply]:
    """/stop: leave the current dialogue; the answers so far are kept."""
    run = await runs.active(services.db, visitor.user_id)
    if run is None:
        return [presenter.nothing_to_stop(visitor.t)]
    await runs.pause(services.db, run.id)
    dialogue = await dialogue_of(services, run.dialogue_id, run.version)
    if dialogue is None:
        return [presenter.nothing_to_stop(visitor.t)]
    return [presenter.paused(visitor.t, dialogue)]


async def quote_reviews(services: Services, visitor: Visitor) -> list[Reply]:
    """For /mijngegevens: every run with answers the citizen allowed to be quoted, so they
    can withdraw that permission per answer."""
    reviews: list[Reply] = []
    for run in await runs.of_citizen(services.db, visitor.user_id):
        stored = await runs.stored_answers(services.db, run.id)
        if any(a.quote_allowed for a in stored):
            reviews.append(await quoting(services, visitor, run.id, replace=False))
    return reviews
