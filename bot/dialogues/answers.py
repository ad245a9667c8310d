"""How answers are held while a dialogue runs.

Answers are a mapping from question id to value:

- ``text``: the text (``str``), trimmed;
- ``choice``: the option id (``str``);
- ``multi``: the chosen option ids (``tuple[str, ...]``, in the order of the options);
- ``scale`` and ``number``: an ``int`` (a ``float`` for a ``number`` with ``decimals: true``);
- ``info``: never present — an info screen has no answer;
- a skipped optional question: present, with the value ``None`` (:data:`SKIPPED`).

A question id that is absent has not been answered (yet). The mapping is never changed in
place: the engine returns new dictionaries.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

AnswerValue = str | int | float | tuple[str, ...] | None
Answers = Mapping[str, AnswerValue]

SKIPPED: Final = None
"""The stored value of a skipped optional question (JSON ``null``)."""


def is_skipped(answers: Answers, question_id: str) -> bool:
    return question_id in answers and answers[question_id] is SKIPPED


def with_answer(answers: Answers, question_id: str, value: AnswerValue) -> dict[str, AnswerValue]:
    """A copy of ``answers`` with one answer set (or replaced)."""
    return {**answers, question_id: value}
