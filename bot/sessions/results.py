"""What a session's participants answered, per pushed item and per question: counts of the
closed questions, the numbers, and the written answers (newest first).

Only what was answered in the session while it was open: runs started through the session's
push, their answers from the moment they were linked until the session closed, and answers
to the typed prompts (:mod:`bot.sessions.store`). A question's answers are shown only
once at least :data:`MIN_ANSWERS` people answered it. Quotes here are as typed; the chat and
the PDF show them scrubbed (:mod:`bot.sessions.quotes`).
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from typing import Literal

from bot.dialogues.model import Dialogue, Question
from bot.services import Services
from bot.sessions import store
from bot.sessions.charts import CLOSED_TYPES, Tally, tallies
from bot.sessions.store import PromptAnswer, Push, Session

MIN_ANSWERS = 3
"""Below this many answers a question shows nothing but the count (DESIGN.md §6)."""
QUOTES_PER_PAGE = 5
"""Quotes on one page in the chat (each at most screens' QUOTE_SHOWN characters)."""

QuestionKind = Literal["closed", "text", "number"]


@dataclass(frozen=True)
class QuestionResult:
    push_number: int
    index: int
    """The question's place in the dialogue (0 for a typed prompt): with the push number
    it names the question in a button."""
    position: str
    """"1.2": the second question of the first item sent; "3" for a typed prompt."""
    prompt: str
    kind: QuestionKind
    answered: int
    tally: Tally | None = None
    numbers: tuple[float, ...] = ()
    quotes: tuple[PromptAnswer, ...] = ()
    """Newest first, not yet scrubbed."""

    @property
    def shown(self) -> bool:
        return self.answered >= MIN_ANSWERS

    @property
    def pages(self) -> int:
        return max(1, math.ceil(len(self.quotes) / QUOTES_PER_PAGE))

    def page(self, number: int) -> tuple[PromptAnswer, ...]:
        start = number * QUOTES_PER_PAGE
        return self.quotes[start : start + QUOTES_PER_PAGE]

    def number_summary(self) -> tuple[float, float, float]:
        """(lowest, median, highest) of a number question's answers."""
        return min(self.numbers), statistics.median(self.numbers), max(self.numbers)

    @property
    def key(self) -> tuple[int, int]:
        return (self.push_number, self.index)


@dataclass(frozen=True)
class ItemResult:
    """One pushed item: how far the participants are, and its questions with answers."""

    push: Push
    title: str
    started: int = 0
    finished: int = 0
    answers: int = 0
    questions: tuple[QuestionResult, ...] = ()


@dataclass(frozen=True)
class SessionResults:
    session: Session
    participants: int
    items: tuple[ItemResult, ...]

    def questions(self) -> list[QuestionResult]:
        return [question for item in self.items for question in item.questions]

    def find(self, push_number: int, index: int) -> QuestionResult | None:
        return next((q for q in self.questions() if q.key == (push_number, index)), None)

    def neighbours(
        self, question: QuestionResult
    ) -> tuple[QuestionResult | None, QuestionResult | None]:
        found = self.questions()
        at = found.index(question)
        return (found[at - 1] if at > 0 else None, found[at + 1] if at + 1 < len(found) else None)


async def gather(services: Services, session: Session, locale: str) -> SessionResults:
    db = services.db
    items: list[ItemResult] = []
    for push in await store.pushes(db, session.id):
        if push.kind == "prompt":
            quotes = await store.prompt_answers(db, push.id)
            prompt = push.prompt_text or ""
            question = QuestionResult(
                push.number, 0, str(push.number), prompt, "text", len(quotes), quotes=tuple(quotes)
            )
            found = (question,) if quotes else ()
            items.append(ItemResult(push, prompt, answers=len(quotes), questions=found))
            continue
        dialogue_id = push.dialogue_id or ""
        dialogue = services.dialogues.current(dialogue_id)
        started, finished = await store.dialogue_progress(db, push.id)
        title = dialogue.title.get(locale) if dialogue is not None else dialogue_id
        questions: tuple[QuestionResult, ...] = ()
        if dialogue is not None:
            answers = await store.dialogue_answers(db, push.id)
            questions = tuple(_questions(dialogue, push, answers, locale))
        items.append(ItemResult(push, title, started, finished, questions=questions))
    participants = await store.participant_count(db, session.id)
    return SessionResults(session, participants, tuple(items))


def _questions(
    dialogue: Dialogue, push: Push, answers: list[store.DialogueAnswer], locale: str
) -> list[QuestionResult]:
    """The dialogue's questions that were answered (not skipped), in its order."""
    asked = [q for q in dialogue.questions if q.type != "info"]
    found: list[QuestionResult] = []
    for number, question in enumerate(asked, start=1):
        given = [a for a in answers if a.question_id == question.id and a.value is not None]
        if not given:
            continue
        position = f"{push.number}.{number}"
        found.append(_question(dialogue, push, question, position, given, locale))
    return found


def _question(
    dialogue: Dialogue,
    push: Push,
    question: Question,
    position: str,
    given: list[store.DialogueAnswer],
    locale: str,
) -> QuestionResult:
    prompt = question.prompt.get(locale)
    index = dialogue.index_of(question)
    common = (push.number, index, position, prompt)
    if question.type in CLOSED_TYPES:
        counted = tallies(dialogue, [(a.question_id, a.value) for a in given], locale)
        tally = counted[0] if counted else None
        return QuestionResult(*common, "closed", len(given), tally=tally)
    if question.type == "number":
        numbers = tuple(float(a.value) for a in given if isinstance(a.value, int | float))
        return QuestionResult(*common, "number", len(numbers), numbers=numbers)
    quotes = tuple(
        PromptAnswer(push.number, prompt, str(a.value), a.answered_at, a.first_name, a.last_name)
        for a in given
    )
    return QuestionResult(*common, "text", len(quotes), quotes=quotes)
