"""Stepping through a dialogue: pure functions of the definition and the answers so far.

Nothing here keeps state. A run is ``(dialogue, answers, current question)``; the storage
layer keeps those, and after a restart the same calls give the same result.

- :func:`applicable` decides which questions will be asked: a question with a ``when`` is
  only asked when every question it names was itself asked and answered as required
  (an unanswered or skipped target means "not asked").
- :func:`next_question` / :func:`previous_question` move one step in file order among the
  applicable questions; info screens are steps too (also when going back).
- :func:`position` gives "vraag N van M": only questions that take an answer count, so an info
  screen has no number of its own (it reports the number of the question after it; do not
  show "vraag N van M" on an info screen). M counts the questions that will be asked with
  the answers so far, so it can grow when a choice opens a follow-up question.
- :func:`cleanup` drops answers to questions that are no longer asked, e.g. after going back
  and changing a choice.

Answering itself (:func:`parse_answer`, :func:`toggle`, …) lives in
:mod:`bot.dialogues.answering` and is re-exported here.
"""

from __future__ import annotations

from bot.dialogues.answering import (
    Accepted,
    Outcome,
    Rejected,
    RejectReason,
    confirm_selection,
    fits,
    parse_answer,
    skip,
    toggle,
)
from bot.dialogues.answers import Answers, AnswerValue
from bot.dialogues.model import (
    Condition,
    Dialogue,
    OptionRequirement,
    Question,
    RangeRequirement,
    Requirement,
)

__all__ = [
    "Accepted",
    "Outcome",
    "RejectReason",
    "Rejected",
    "applicable",
    "cleanup",
    "condition_met",
    "confirm_selection",
    "fits",
    "is_complete",
    "next_question",
    "parse_answer",
    "position",
    "previous_question",
    "quotable_answers",
    "requirement_met",
    "resume_question",
    "skip",
    "toggle",
]


def requirement_met(requirement: Requirement, answers: Answers) -> bool:
    value = answers.get(requirement.question_id)
    if isinstance(requirement, OptionRequirement):
        if isinstance(value, str):
            return value in requirement.option_ids
        if isinstance(value, tuple):
            return any(option_id in value for option_id in requirement.option_ids)
        return False
    assert isinstance(requirement, RangeRequirement)
    if not isinstance(value, int) or isinstance(value, bool):
        return False
    low_ok = requirement.minimum is None or value >= requirement.minimum
    high_ok = requirement.maximum is None or value <= requirement.maximum
    return low_ok and high_ok


def condition_met(condition: Condition | None, answers: Answers, asked: frozenset[str]) -> bool:
    """Whether ``condition`` holds; ``asked`` are the ids of the questions that are asked, so
    a stale answer to a question that is no longer asked does not count."""
    if condition is None:
        return True
    return all(
        requirement.question_id in asked and requirement_met(requirement, answers)
        for requirement in condition.requirements
    )


def applicable(dialogue: Dialogue, answers: Answers) -> tuple[Question, ...]:
    """The questions that will be asked given the answers so far, in file order."""
    asked: list[Question] = []
    asked_ids: set[str] = set()
    for question in dialogue.questions:
        if condition_met(question.when, answers, frozenset(asked_ids)):
            asked.append(question)
            asked_ids.add(question.id)
    return tuple(asked)


def next_question(
    dialogue: Dialogue, answers: Answers, current: Question | None = None
) -> Question | None:
    """The question after ``current`` (the first one when ``current`` is ``None``);
    ``None`` when the dialogue is finished."""
    start = -1 if current is None else dialogue.index_of(current)
    return next(
        (q for q in applicable(dialogue, answers) if dialogue.index_of(q) > start),
        None,
    )


def previous_question(
    dialogue: Dialogue, answers: Answers, current: Question | None
) -> Question | None:
    """The question before ``current`` (the last one when ``current`` is ``None``, i.e. going
    back from the end); ``None`` at the first question."""
    end = len(dialogue.questions) if current is None else dialogue.index_of(current)
    before = [q for q in applicable(dialogue, answers) if dialogue.index_of(q) < end]
    return before[-1] if before else None


def position(dialogue: Dialogue, answers: Answers, question: Question) -> tuple[int, int]:
    """``(N, M)`` for "vraag N van M" (see the module documentation)."""
    index = dialogue.index_of(question)
    counted = [q for q in applicable(dialogue, answers) if q.needs_answer]
    before = sum(1 for q in counted if dialogue.index_of(q) < index)
    total = len(counted)
    if question.needs_answer and question not in counted:
        total += 1  # asked anyway (e.g. a run resumed on a question its answers now exclude)
    return (min(before + 1, max(total, 1)), total)


def resume_question(dialogue: Dialogue, answers: Answers) -> Question | None:
    """Where to continue with only the answers known: the first question that still needs an
    answer, or the info screens just before it; ``None`` when everything is answered.

    Prefer the stored current question when the storage layer has it; this is the fallback.
    """
    asked = applicable(dialogue, answers)
    for index, question in enumerate(asked):
        if question.needs_answer and question.id not in answers:
            start = index
            while start > 0 and not asked[start - 1].needs_answer:
                start -= 1
            return asked[start]
    return None


def cleanup(dialogue: Dialogue, answers: Answers) -> dict[str, AnswerValue]:
    """The answers to questions that are still asked; the rest (and unknown ids) dropped."""
    return {q.id: answers[q.id] for q in applicable(dialogue, answers) if q.id in answers}


def is_complete(dialogue: Dialogue, answers: Answers) -> bool:
    """Whether every question that is asked has an answer (or was skipped)."""
    return all(q.id in answers for q in applicable(dialogue, answers) if q.needs_answer)


def quotable_answers(dialogue: Dialogue, answers: Answers) -> tuple[tuple[Question, str], ...]:
    """The text answers a citizen may be asked to share in the verhalenreeks (one consent
    question per answer, at the end); empty when the dialogue has ``story_consent: false``."""
    if not dialogue.story_consent:
        return ()
    return tuple(
        (q, value)
        for q in applicable(dialogue, answers)
        if q.type == "text" and isinstance(value := answers.get(q.id), str)
    )
