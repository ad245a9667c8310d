"""Turning what a citizen typed or tapped into an answer, or saying why not.

Every function returns :class:`Accepted` with the value to store, or :class:`Rejected` with a
:class:`RejectReason` and its parameters. The presentation layer turns a rejection into a
sentence: :meth:`Rejected.sentence` does that with the English msgid of each reason (marked
with ``N_``, translated in the catalogs).

Numbers are whole numbers. Accepted: ``42``, ``-3``, ``+7``, ``1.000`` and ``1 000``
(Dutch thousands separators). Refused with :attr:`RejectReason.NOT_WHOLE`: anything with a
decimal comma or point (``7,5``, ``7.5``, ``1,000``) — a clear question back beats guessing
whether a comma meant a decimal or a thousand.

A ``number`` with ``decimals: true`` also takes a decimal comma or point: ``2,5``, ``2.5``,
``,5``, ``1.234,5`` (Dutch: point for thousands, comma for decimals). A point followed by
exactly three digits is a thousands separator, as in whole numbers: ``2.500`` is 2500. A
number without a fractional part is stored as an ``int`` (``2,0`` → 2), others as a float.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from bot.dialogues import municipality_search
from bot.dialogues.answers import SKIPPED, AnswerValue
from bot.dialogues.model import NUMBER_LIMIT, Question
from bot.i18n import N_


class RejectReason(StrEnum):
    """Why an answer was refused. Parameters per reason are listed with each."""

    EMPTY = "empty"
    """Nothing (but spaces) was typed."""
    TOO_SHORT = "too_short"
    """``min_length``, ``length``."""
    TOO_LONG = "too_long"
    """``max_length``, ``length``."""
    NOT_A_NUMBER = "not_a_number"
    NOT_WHOLE = "not_whole"
    """A number with decimals."""
    TOO_SMALL = "too_small"
    """``min``."""
    TOO_LARGE = "too_large"
    """``max``."""
    NOT_ON_SCALE = "not_on_scale"
    """``min``, ``max``."""
    UNKNOWN_OPTION = "unknown_option"
    """An option the question does not have (an old button, or typed text)."""
    UNKNOWN_MUNICIPALITY = "unknown_municipality"
    """A typed name that is not a municipality (see :attr:`Rejected.suggestions`)."""
    TOO_MANY_CHOICES = "too_many_choices"
    """``max_choices``."""
    NOTHING_CHOSEN = "nothing_chosen"
    NOT_ALONE = "not_alone"
    """An exclusive option ("Niets") together with others."""
    NOT_OPTIONAL = "not_optional"
    """Skipping a question that must be answered."""
    USE_BUTTONS = "use_buttons"
    """Text typed where only buttons work (``multi``, ``info``)."""

    @property
    def msgid(self) -> str:
        """The English gettext msgid of the sentence for the citizen."""
        return _MESSAGES[self]


_MESSAGES: Final[Mapping[RejectReason, str]] = {
    RejectReason.EMPTY: N_("You did not type anything. Please type your answer."),
    RejectReason.TOO_SHORT: N_(
        "Your answer is a bit short. Please use at least {min_length} characters."
    ),
    RejectReason.TOO_LONG: N_(
        "Your answer is too long ({length} characters). Please use at most {max_length} characters."
    ),
    RejectReason.NOT_A_NUMBER: N_("Please type a number, for example 12."),
    RejectReason.NOT_WHOLE: N_("Please type a whole number, without a comma or point."),
    RejectReason.TOO_SMALL: N_("The number must be {min} or more."),
    RejectReason.TOO_LARGE: N_("The number must be {max} or less."),
    RejectReason.NOT_ON_SCALE: N_("Please choose a number from {min} to {max}."),
    RejectReason.UNKNOWN_OPTION: N_("Please choose one of the buttons."),
    RejectReason.UNKNOWN_MUNICIPALITY: N_(
        "We do not know a municipality in Overijssel by that name."
    ),
    RejectReason.TOO_MANY_CHOICES: N_("You can choose at most {max_choices}. Remove one first."),
    RejectReason.NOTHING_CHOSEN: N_("Please choose at least one answer."),
    RejectReason.NOT_ALONE: N_(
        "One of your answers cannot go with the others. Untick it, or untick the others."
    ),
    RejectReason.NOT_OPTIONAL: N_("This question cannot be skipped."),
    RejectReason.USE_BUTTONS: N_("Please use the buttons below the question."),
}


@dataclass(frozen=True)
class Accepted:
    value: AnswerValue


@dataclass(frozen=True)
class Rejected:
    reason: RejectReason
    params: Mapping[str, int | str] = field(default_factory=dict)
    suggestions: tuple[str, ...] = ()
    """Option ids the citizen may have meant (a typed municipality)."""
    town: str | None = None
    """The town the citizen typed, when ``suggestions`` are the municipalities it lies in."""

    def sentence(self, gettext: Callable[[str], str] = str) -> str:
        """The sentence for the citizen: translated first, then filled in."""
        return gettext(self.reason.msgid).format(**self.params)


Outcome = Accepted | Rejected

_CONTROL: Final = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES: Final = "[ \u00a0\u202f]"
_WHOLE: Final = re.compile(rf"([+\-\u2212]?)(\d{{1,3}}(?:(?:\.|{_SPACES})\d{{3}})+|\d+)")
_DECIMAL: Final = re.compile(r"[+\-\u2212]?(\d+[.,]\d*|[.,]\d+)")
_DUTCH_DECIMAL: Final = re.compile(
    rf"([+\-\u2212]?)(\d{{1,3}}(?:(?:\.|{_SPACES})\d{{3}})+|\d+)?(?:,(\d*))?"
)
_POINT_DECIMAL: Final = re.compile(r"([+\-\u2212]?)(\d*)\.(\d+)")


def parse_answer(question: Question, raw_text: str) -> Outcome:
    """The answer to ``question`` from typed text or a button's value.

    ``text``: trimmed, control characters removed, length checked. ``number``: a whole number
    (or, with ``decimals``, a decimal one) within ``min``/``max``. ``scale``: one of the
    scale's numbers. ``choice``: an option id, or typed text equal to an option's label in any
    language (ignoring case); for the municipalities also a loosely typed name
    (:mod:`bot.dialogues.municipality_search`). ``multi`` and ``info`` are answered with
    buttons (:func:`toggle`, :func:`confirm_selection`).
    """
    if question.type == "text":
        return _parse_text(question, raw_text)
    if question.type == "number":
        return _parse_number(question, raw_text)
    if question.type == "scale":
        return _parse_scale(question, raw_text)
    if question.type == "choice":
        return _parse_choice(question, raw_text)
    return Rejected(RejectReason.USE_BUTTONS)


def skip(question: Question) -> Outcome:
    """Skipping: allowed for optional questions, stored as :data:`SKIPPED`."""
    if question.optional and question.needs_answer:
        return Accepted(SKIPPED)
    return Rejected(RejectReason.NOT_OPTIONAL)


def toggle(
    question: Question, selected: tuple[str, ...], option_id: str
) -> tuple[str, ...] | Rejected:
    """The selection of a ``multi`` question after tapping ``option_id``: added when absent,
    removed when present. An exclusive option ("Niets") goes alone: ticking it unticks the
    others, ticking another option unticks it. The result keeps the options' order."""
    _require_multi(question)
    option = question.option(option_id)
    if option is None:
        return Rejected(RejectReason.UNKNOWN_OPTION)
    current = set(selected)
    if option_id in current:
        current.discard(option_id)
    elif option.exclusive:
        current = {option_id}
    else:
        current -= question.exclusive_ids
        known = {option.id for option in question.options}
        if question.max_choices is not None and len(current & known) >= question.max_choices:
            return Rejected(RejectReason.TOO_MANY_CHOICES, {"max_choices": question.max_choices})
        current.add(option_id)
    return tuple(option.id for option in question.options if option.id in current)


def confirm_selection(question: Question, selected: tuple[str, ...]) -> Outcome:
    """The answer when the citizen is done choosing (the "klaar" button). An empty selection
    skips an optional question and is refused for a required one; an exclusive option is
    only accepted alone."""
    _require_multi(question)
    if any(question.option(option_id) is None for option_id in selected):
        return Rejected(RejectReason.UNKNOWN_OPTION)
    chosen = tuple(option.id for option in question.options if option.id in set(selected))
    if not chosen:
        return Accepted(SKIPPED) if question.optional else Rejected(RejectReason.NOTHING_CHOSEN)
    if len(chosen) > 1 and question.exclusive_ids.intersection(chosen):
        return Rejected(RejectReason.NOT_ALONE)
    if question.max_choices is not None and len(chosen) > question.max_choices:
        return Rejected(RejectReason.TOO_MANY_CHOICES, {"max_choices": question.max_choices})
    return Accepted(chosen)


def fits(question: Question, value: AnswerValue) -> bool:
    """Whether a stored value is a valid answer to ``question`` (for restoring answers)."""
    if value is SKIPPED:
        return question.optional and question.needs_answer
    if question.type == "multi":
        return (
            isinstance(value, tuple)
            and isinstance(confirm_selection(question, value), Accepted)
            and bool(value)
        )
    if question.type == "choice":
        return isinstance(value, str) and question.option(value) is not None
    if question.type == "number" and question.decimals and isinstance(value, float):
        return math.isfinite(value) and not value.is_integer() and _within(question, value)
    if question.type in ("scale", "number"):
        return (
            isinstance(value, int)
            and not isinstance(value, bool)
            and parse_answer(question, str(value)) == Accepted(value)
        )
    if question.type == "text":
        return isinstance(value, str) and parse_answer(question, value) == Accepted(value)
    return False


def _require_multi(question: Question) -> None:
    if question.type != "multi":
        raise ValueError(f"question {question.id!r} is a {question.type}, not a multi")


def _parse_text(question: Question, raw_text: str) -> Outcome:
    text = _CONTROL.sub("", raw_text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not text:
        return Rejected(RejectReason.EMPTY)
    minimum = question.min_length or 1
    maximum = question.max_length or len(text)
    if len(text) < minimum:
        return Rejected(RejectReason.TOO_SHORT, {"min_length": minimum, "length": len(text)})
    if len(text) > maximum:
        return Rejected(RejectReason.TOO_LONG, {"max_length": maximum, "length": len(text)})
    return Accepted(text)


def _whole_number(raw_text: str) -> int | RejectReason:
    text = raw_text.strip()
    if not text:
        return RejectReason.EMPTY
    match = _WHOLE.fullmatch(text)
    if match is None:
        return RejectReason.NOT_WHOLE if _DECIMAL.fullmatch(text) else RejectReason.NOT_A_NUMBER
    sign, digits = match.groups()
    digits = re.sub(rf"\.|{_SPACES}", "", digits)
    if not digits.isascii():
        return RejectReason.NOT_A_NUMBER
    value = int(digits)
    return -value if sign in ("-", "\u2212") else value


def _decimal_number(raw_text: str) -> int | float | RejectReason:
    """A number with an optional decimal comma or point (see the module documentation)."""
    whole = _whole_number(raw_text)
    if not isinstance(whole, RejectReason) or whole is RejectReason.EMPTY:
        return whole
    text = raw_text.strip()
    dutch, point = _DUTCH_DECIMAL.fullmatch(text), _POINT_DECIMAL.fullmatch(text)
    if dutch is not None and (dutch.group(2) or dutch.group(3)):
        sign, digits, fraction = dutch.group(1), dutch.group(2) or "0", dutch.group(3) or ""
    elif point is not None:
        sign, digits, fraction = point.group(1), point.group(2) or "0", point.group(3)
    else:
        return RejectReason.NOT_A_NUMBER
    digits = re.sub(rf"\.|{_SPACES}", "", digits)
    if not (digits + fraction).isascii():
        return RejectReason.NOT_A_NUMBER
    value = float(f"{digits}.{fraction or 0}")
    if sign in ("-", "\u2212"):
        value = -value
    return int(value) if value.is_integer() else value


def _parse_number(question: Question, raw_text: str) -> Outcome:
    value = _decimal_number(raw_text) if question.decimals else _whole_number(raw_text)
    if isinstance(value, RejectReason):
        return Rejected(value)
    minimum, maximum = _limits(question)
    if value < minimum:
        return Rejected(RejectReason.TOO_SMALL, {"min": minimum})
    if value > maximum:
        return Rejected(RejectReason.TOO_LARGE, {"max": maximum})
    return Accepted(value)


def _limits(question: Question) -> tuple[int, int]:
    minimum = question.min_value if question.min_value is not None else -NUMBER_LIMIT
    maximum = question.max_value if question.max_value is not None else NUMBER_LIMIT
    return minimum, maximum


def _within(question: Question, value: float) -> bool:
    minimum, maximum = _limits(question)
    return minimum <= value <= maximum


def _parse_scale(question: Question, raw_text: str) -> Outcome:
    value = _whole_number(raw_text)
    if isinstance(value, int) and value in question.scale_values:
        return Accepted(value)
    values = question.scale_values
    return Rejected(RejectReason.NOT_ON_SCALE, {"min": values[0], "max": values[-1]})


def _parse_choice(question: Question, raw_text: str) -> Outcome:
    text = raw_text.strip()
    if question.option(text) is not None:
        return Accepted(text)
    wanted = " ".join(text.split()).casefold()
    for option in question.options:
        if any(" ".join(label.split()).casefold() == wanted for label in option.label.values()):
            return Accepted(option.id)
    if municipality_search.is_typed(question):
        found = municipality_search.search(text)
        if isinstance(found, municipality_search.Found) and question.option(found.option_id):
            return Accepted(found.option_id)
        if isinstance(found, municipality_search.Suggestions):
            known = tuple(o for o in found.option_ids if question.option(o) is not None)
            return Rejected(RejectReason.UNKNOWN_MUNICIPALITY, suggestions=known, town=found.town)
    return Rejected(RejectReason.UNKNOWN_OPTION)
