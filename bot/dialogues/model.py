"""The shape of a dialogue: questions, options and the conditions that decide what is asked.

Everything here is immutable. A :class:`Dialogue` is only built by the loader after its file
passed every check, or by :func:`bot.dialogues.serialize.from_json` from a stored definition;
the constructors still refuse the few things the engine could not work with at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, Literal, get_args

from bot.dialogues.localtext import LocalText

QuestionType = Literal["text", "choice", "multi", "scale", "number", "info"]
QUESTION_TYPES: Final[tuple[QuestionType, ...]] = get_args(QuestionType)
OPTION_TYPES: Final[frozenset[str]] = frozenset({"choice", "multi"})
RANGE_TYPES: Final[frozenset[str]] = frozenset({"scale", "number"})

TEXT_MIN_LENGTH: Final = 1
"""Default ``min_length`` of a text answer, in characters after trimming spaces."""
TEXT_MAX_LENGTH: Final = 1000
"""Default ``max_length`` of a text answer."""
TEXT_LENGTH_LIMIT: Final = 4000
"""No ``max_length`` may exceed this: a Telegram message holds at most 4096 characters."""
SCALE_MIN: Final = 1
SCALE_MAX: Final = 5
"""A scale without ``min``/``max`` runs from 1 to 5."""
SCALE_STEPS_LIMIT: Final = 11
"""A scale is shown as one button per step; 0–10 is the widest that still fits a phone."""
NUMBER_LIMIT: Final = 1_000_000_000
"""Numbers (and ``min``/``max``) stay within ±this, so they fit every database column."""
ID_MAX_LENGTH: Final = 32
"""Ids end up in button data, which Telegram limits to 64 bytes."""


@dataclass(frozen=True)
class Option:
    """One answer to pick in a ``choice`` or ``multi`` question.

    ``exclusive`` (only in a ``multi``): the option goes alone, like "Niets" or "Weet ik
    niet" — ticking it unticks the others, ticking another unticks it."""

    id: str
    label: LocalText
    exclusive: bool = False


@dataclass(frozen=True)
class OptionRequirement:
    """Met when the answer to ``question_id`` is one of ``option_ids`` (for ``multi``:
    when at least one of them was included)."""

    question_id: str
    option_ids: tuple[str, ...]


@dataclass(frozen=True)
class RangeRequirement:
    """Met when the ``scale``/``number`` answer to ``question_id`` lies within
    ``minimum``..``maximum`` (both inclusive, either may be open)."""

    question_id: str
    minimum: int | None = None
    maximum: int | None = None


Requirement = OptionRequirement | RangeRequirement


@dataclass(frozen=True)
class Condition:
    """The ``when:`` of a question: every requirement must be met (AND); within one
    requirement any of the listed options will do (OR)."""

    requirements: tuple[Requirement, ...]

    @property
    def question_ids(self) -> tuple[str, ...]:
        return tuple(requirement.question_id for requirement in self.requirements)


@dataclass(frozen=True)
class Question:
    """One step of a dialogue.

    Type-specific settings are ``None`` for the types they do not apply to. For ``text``,
    ``min_length``/``max_length`` default to 1 and 1000; for ``scale``, ``min_value`` and
    ``max_value`` default to 1 and 5; a ``number`` without them is only bounded by
    :data:`NUMBER_LIMIT`; with ``decimals`` a ``number`` also takes answers like 2,5.
    ``options_from`` records the built-in list the options came from
    (``"gemeenten"``); ``options`` then already holds that list.
    """

    id: str
    type: QuestionType
    prompt: LocalText
    optional: bool = False
    when: Condition | None = None
    options: tuple[Option, ...] = ()
    options_from: str | None = None
    min_value: int | None = None
    max_value: int | None = None
    min_length: int | None = None
    max_length: int | None = None
    max_choices: int | None = None
    decimals: bool = False

    def __post_init__(self) -> None:
        if self.type not in QUESTION_TYPES:
            raise ValueError(f"unknown question type {self.type!r}")
        if self.type == "text":
            if self.min_length is None:
                object.__setattr__(self, "min_length", TEXT_MIN_LENGTH)
            if self.max_length is None:
                object.__setattr__(self, "max_length", TEXT_MAX_LENGTH)
        if self.type == "scale":
            if self.min_value is None:
                object.__setattr__(self, "min_value", SCALE_MIN)
            if self.max_value is None:
                object.__setattr__(self, "max_value", SCALE_MAX)
        if self.decimals and self.type != "number":
            raise ValueError(f"question {self.id!r}: only a number question has decimals")
        if self.type in OPTION_TYPES and not self.options:
            raise ValueError(f"question {self.id!r} of type {self.type!r} has no options")
        option_ids = [option.id for option in self.options]
        if len(set(option_ids)) != len(option_ids):
            raise ValueError(f"question {self.id!r} has an option id twice")
        if self.type != "multi" and any(option.exclusive for option in self.options):
            raise ValueError(f"question {self.id!r}: only the options of a multi are exclusive")

    @property
    def needs_answer(self) -> bool:
        """False for an ``info`` screen, which only shows text."""
        return self.type != "info"

    def option(self, option_id: str) -> Option | None:
        return next((option for option in self.options if option.id == option_id), None)

    @property
    def exclusive_ids(self) -> frozenset[str]:
        """The options that go alone (``exclusive: true``); empty for most questions."""
        return frozenset(option.id for option in self.options if option.exclusive)

    @property
    def scale_values(self) -> tuple[int, ...]:
        """The buttons of a scale question, lowest first; empty for other types."""
        if self.type != "scale" or self.min_value is None or self.max_value is None:
            return ()
        return tuple(range(self.min_value, self.max_value + 1))


@dataclass(frozen=True)
class Dialogue:
    """One dialogue file, as loaded. ``(id, version)`` identifies a definition."""

    id: str
    version: int
    title: LocalText
    questions: tuple[Question, ...]
    source: Path
    intro: LocalText | None = None
    story_consent: bool = False
    _index: dict[str, int] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        index: dict[str, int] = {}
        for position, question in enumerate(self.questions):
            if question.id in index:
                raise ValueError(f"question id {question.id!r} occurs twice in {self.id!r}")
            if question.when is not None:
                for target in question.when.question_ids:
                    if target not in index:
                        raise ValueError(
                            f"question {question.id!r} depends on {target!r}, "
                            "which is not an earlier question"
                        )
            index[question.id] = position
        object.__setattr__(self, "_index", index)

    @property
    def key(self) -> tuple[str, int]:
        return (self.id, self.version)

    def question(self, question_id: str) -> Question:
        """The question with this id; ``KeyError`` if there is none."""
        return self.questions[self._index[question_id]]

    def has_question(self, question_id: str) -> bool:
        return question_id in self._index

    def index_of(self, question: Question | str) -> int:
        """Where the question stands in the file (0-based); ``KeyError`` if unknown."""
        return self._index[question if isinstance(question, str) else question.id]
