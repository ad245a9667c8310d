"""Walking through an uploaded dialogue as a citizen would, before it is activated, without
storing a single answer.

The questions look exactly as citizens will see them (:mod:`bot.answering.presenter`), marked
as a preview, with their buttons turned into preview buttons; the steps are the dialogue
engine's. Where the staff member is lives in memory (:mod:`bot.dialogue_admin.previews`);
typed answers reach the preview because it is what the bot waits for
(``citizens.awaiting = "dialogue_preview:<upload>"``; any command ends that).
"""

from __future__ import annotations

from dataclasses import replace as changed
from pathlib import Path

from bot.answering import presenter
from bot.answering.actions import Answer, Step
from bot.dialogue_admin import screens
from bot.dialogue_admin import store as admin_store
from bot.dialogue_admin.actions import PreviewPress
from bot.dialogue_admin.previews import PreviewRun
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
from bot.dialogues.model import Question
from bot.dialogues.reader import read_dialogue
from bot.i18n import Translator
from bot.messaging.reply import Button, Outcome, Reply
from bot.people.visitor import Visitor
from bot.screens import notices
from bot.services import Services
from bot.storage import citizens

AWAITING = "dialogue_preview"


def end_preview(services: Services, user_id: int) -> None:
    services.previews.end(user_id)


def _marked(t: Translator, reply: Reply, upload_id: int) -> Reply:
    """A citizen's screen as a preview: the mark on top, its buttons preview buttons."""

    def button(original: Button) -> Button:
        action = original.action
        if not isinstance(action, Answer):
            return original
        label = screens.preview_stop_label(t) if action.step is Step.PAUSE else original.label
        return Button(label, PreviewPress(upload_id, action.index, action.step.value, action.value))

    buttons = tuple(tuple(button(b) for b in row) for row in reply.buttons)
    return changed(reply, text=f"{screens.preview_mark(t)}\n\n{reply.text}", buttons=buttons)


def _ask(t: Translator, run: PreviewRun, question: Question, *, replace: bool) -> Reply:
    dialogue, answers = run.dialogue, run.answers
    selection = run.selection
    if selection is None:
        earlier = answers.get(question.id)
        selection = earlier if isinstance(earlier, tuple) else ()
    reply = presenter.question_message(
        t,
        dialogue,
        question,
        0,
        engine.progress(dialogue, answers, question),
        selection=selection if question.type == "multi" else (),
        earlier=answers.get(question.id),
        has_earlier=question.id in answers,
        can_go_back=engine.previous_question(dialogue, answers, question) is not None,
        replace=replace,
    )
    return _marked(t, reply, run.upload_id)


async def start(services: Services, visitor: Visitor, upload_id: int) -> Outcome:
    t = visitor.t
    found = await admin_store.upload(services.db, upload_id)
    if found is None:
        return Outcome(notice=screens.upload_gone(t))
    dialogue = read_dialogue(found.content, Path(found.file_name)).dialogue
    first = engine.next_question(dialogue, {}) if dialogue is not None else None
    if dialogue is None or first is None:
        return Outcome(notice=screens.upload_gone(t))
    run = PreviewRun(upload_id, dialogue, first.id)
    services.previews.start(visitor.user_id, run)
    await citizens.set_awaiting(services.db, visitor.user_id, f"{AWAITING}:{upload_id}")
    intro = _marked(t, presenter.intro(t, dialogue), upload_id)
    return Outcome([intro, _ask(t, run, first, replace=False)])


async def _finish(
    services: Services, visitor: Visitor, run: PreviewRun, *, finished: bool
) -> list[Reply]:
    end_preview(services, visitor.user_id)
    await citizens.set_awaiting(services.db, visitor.user_id, None)
    found = await admin_store.upload(services.db, run.upload_id)
    if found is None:
        return [Reply(text=screens.upload_gone(visitor.t))]
    dialogue, answers = run.dialogue, run.answers
    given = [(q, answers[q.id]) for q in engine.applicable(dialogue, answers) if q.id in answers]
    return [screens.preview_end(visitor.t, dialogue, given, found, finished=finished)]


async def _answer(
    services: Services,
    visitor: Visitor,
    run: PreviewRun,
    question: Question,
    value: AnswerValue,
    *,
    replace: bool,
) -> list[Reply]:
    kept = engine.cleanup(run.dialogue, with_answer(run.answers, question.id, value))
    following = engine.next_question(run.dialogue, kept, question)
    run.answers, run.selection = dict(kept), None
    run.current = following.id if following is not None else None
    if following is None:
        replies = await _finish(services, visitor, run, finished=True)
        return [changed(reply, replace=replace) for reply in replies]
    return [_ask(visitor.t, run, following, replace=replace)]


def _option(question: Question, raw_index: str) -> str | None:
    if not raw_index.isdigit() or int(raw_index) >= len(question.options):
        return None
    return question.options[int(raw_index)].id


async def press(services: Services, visitor: Visitor, pressed: PreviewPress) -> Outcome:
    t = visitor.t
    run = services.previews.of(visitor.user_id, pressed.upload_id)
    if run is None:
        return Outcome(notice=screens.preview_over(t))
    stale = Outcome(notice=notices.stale_button(t))
    question = run.dialogue.question(run.current) if run.current is not None else None
    if question is None or run.dialogue.index_of(question) != pressed.index:
        return stale
    await citizens.set_awaiting(services.db, visitor.user_id, f"{AWAITING}:{run.upload_id}")
    step = pressed.step
    if step == Step.PAUSE:
        return Outcome(await _finish(services, visitor, run, finished=False))
    if step == Step.BACK:
        previous = engine.previous_question(run.dialogue, run.answers, question)
        if previous is None:
            return Outcome(notice=t.gettext("This is the first question."))
        run.current, run.selection = previous.id, None
        return Outcome([_ask(t, run, previous, replace=True)])
    if step == Step.NEXT and question.type == "info":
        following = engine.next_question(run.dialogue, run.answers, question)
        if following is None:
            return Outcome(await _finish(services, visitor, run, finished=True))
        run.current = following.id
        return Outcome([_ask(t, run, following, replace=True)])
    if step == Step.TOGGLE and question.type == "multi":
        option = _option(question, pressed.value)
        if option is None:
            return stale
        earlier = run.answers.get(question.id)
        current = run.selection or (earlier if isinstance(earlier, tuple) else ())
        selection = toggle(question, current, option)
        if isinstance(selection, Rejected):
            return Outcome(notice=selection.sentence(t.gettext))
        run.selection = selection
        return Outcome([_ask(t, run, question, replace=True)])
    if step == Step.DONE and question.type == "multi":
        earlier = run.answers.get(question.id)
        chosen = run.selection or (earlier if isinstance(earlier, tuple) else ())
        outcome = confirm_selection(question, chosen)
    elif step == Step.SKIP:
        outcome = skip(question)
    elif step == Step.CHOOSE and question.type == "choice":
        option = _option(question, pressed.value)
        outcome = (
            parse_answer(question, option) if option else Rejected(RejectReason.UNKNOWN_OPTION)
        )
    elif step == Step.SCALE and question.type == "scale":
        outcome = parse_answer(question, pressed.value)
    elif step == Step.KEEP and run.answers.get(question.id) is not None:
        outcome = Accepted(run.answers[question.id])
    else:
        return stale
    if isinstance(outcome, Rejected):
        return Outcome(notice=outcome.sentence(t.gettext))
    return Outcome(await _answer(services, visitor, run, question, outcome.value, replace=True))


async def typed(services: Services, visitor: Visitor, argument: str, text: str) -> list[Reply]:
    """A typed answer while the preview waits for one."""
    t = visitor.t
    upload_id = int(argument) if argument.isdigit() else 0
    run = services.previews.of(visitor.user_id, upload_id)
    question = run.dialogue.question(run.current) if run and run.current else None
    if run is None or question is None:
        await citizens.set_awaiting(services.db, visitor.user_id, None)
        return [Reply(text=screens.preview_over(t))]
    outcome = parse_answer(question, text)
    if isinstance(outcome, Rejected) and outcome.reason is RejectReason.UNKNOWN_MUNICIPALITY:
        index = run.dialogue.index_of(question)
        found = presenter.suggestions(t, question, 0, index, outcome)
        return [_marked(t, found, upload_id)]
    if isinstance(outcome, Rejected):
        return [presenter.rejected(t, outcome.sentence(t.gettext), question)]
    return await _answer(services, visitor, run, question, outcome.value, replace=False)
