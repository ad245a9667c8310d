"""Stepping through a dialogue: pure functions of the definition and the answers so far.

Nothing here keeps state. A run is ``(dialogue, answers, current question)``; the storage
layer keeps those, and after a restart the same calls give the same result.

- :func:`applicable` decides which questions will be asked: a question with a ``when`` is
  only asked when every question it names was itself asked and answered as required
  (an unanswered or skipped target means "not asked").
- :func:`next_question` / :func:`previous_question` move one step in file order among the
  applicable questions; info screens are steps too (also when going back).
- :func:`progress` gives "vraag N van M" (or "van M tot K"): only questions that take an
  answer count, so an info screen has no number of its own (it reports the number of the
  question after it; do not show a count on an info screen). M counts the questions that
  will certainly be asked, K those that may still be asked: a question whose ``when`` cannot
  be decided yet (its question is still to come) counts for K only. Answering only ever
  decides conditions, so M never falls and K never rises while a citizen goes forward — the
  count does not jump back and forth when a choice opens or closes a follow-up question.
- :func:`cleanup` drops answers to questions that are no longer asked, e.g. after going back
  and changing a choice.

Answering itself (:func:`parse_answer`, :func:`toggle`, …) lives in
:mod:`bot.dialogues.answering` and is re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    "previous_question",
    "progress",
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
    if not isinstance(value, int | float) or isinstance(value, bool):
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


@dataclass(frozen=True)
class Progress:
    """ "Vraag ``number`` van ``at_least``" — or "van ``at_least`` tot ``at_most``" while some
    follow-up questions are still undecided."""

    number: int
    at_least: int
    at_most: int


def _maybe_asked(dialogue: Dialogue, answers: Answers) -> tuple[frozenset[str], frozenset[str]]:
    """(ids of the questions that will certainly be asked, ids that may still be asked).

    A requirement is decided once its question is certainly asked and answered (or skipped);
    it is certainly unmet when its question will not be asked at all.
    """
    certain: set[str] = set()
    possible: set[str] = set()
    for question in dialogue.questions:
        verdicts = [
            _verdict(requirement, answers, certain, possible)
            for requirement in (question.when.requirements if question.when else ())
        ]
        if all(verdict is True for verdict in verdicts):
            certain.add(question.id)
            possible.add(question.id)
        elif False not in verdicts:
            possible.add(question.id)
    return frozenset(certain), frozenset(possible)


def _verdict(
    requirement: Requirement, answers: Answers, certain: set[str], possible: set[str]
) -> bool | None:
    target = requirement.question_id
    if target not in possible:
        return False
    if target in certain and target in answers:
        return requirement_met(requirement, answers)
    return None


def progress(dialogue: Dialogue, answers: Answers, question: Question) -> Progress:
    """The count for ``question`` (see the module documentation)."""
    certain, possible = _maybe_asked(dialogue, answers)
    index = dialogue.index_of(question)
    counted = [q for q in dialogue.questions if q.needs_answer and q.id in possible]
    number = 1 + sum(1 for q in counted if dialogue.index_of(q) < index and q.id in certain)
    at_least = sum(1 for q in counted if q.id in certain)
    at_most = len(counted)
    if question.needs_answer and question.id not in certain:
        # asked anyway (e.g. a run resumed on a question its answers now exclude)
        at_least += 1
        at_most += question.id not in possible
    at_least = max(at_least, number)
    return Progress(number, at_least, max(at_most, at_least))


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
