"""Tallies of the closed questions of a pushed dialogue, and a bar chart per question (PNG).

One question per picture, in large type: readable on a phone (Telegram shows a picture about
360 points wide) and on a projector (1080 pixels wide, 16:9 for a few options). matplotlib's
object API on the Agg canvas (no pyplot, no display); imported only when a chart is drawn,
so the bot starts without it.
"""

from __future__ import annotations

import io
import textwrap
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.dialogues.model import Dialogue, Question

CLOSED_TYPES = ("choice", "multi", "scale")
MAX_ALL_OPTIONS = 12
"""A question with more options than this shows only the options someone chose."""
MAX_BARS = 10
"""At most this many bars (the most chosen); a note says how many options were left out."""
_COLOUR = "#d0112b"  # Overijssel red
_INK = "#1a1a1a"
_WIDTH = 7.2  # inches; at 150 dpi 1080 pixels
_DPI = 150
_TITLE_SIZE = 22
_LABEL_SIZE = 19
_SMALLEST_LABEL = 14
_TALLEST = _WIDTH * 1.3
"""No taller than this (a phone shows a taller picture smaller, a projector cuts it)."""
_TITLE_WIDTH = 34
"""Characters per line of the question above the chart (three lines at most)."""
_LABEL_WIDTH = 22
"""Characters per line of an option's label (two lines at most)."""


@dataclass(frozen=True)
class Tally:
    question: Question
    prompt: str
    counts: tuple[tuple[str, int], ...]
    respondents: int


def tallies(dialogue: Dialogue, answers: Iterable[tuple[str, Any]], locale: str) -> list[Tally]:
    """Per closed question (in dialogue order): how often each option or scale value was
    chosen. ``answers`` are (question id, stored value); unknown values are ignored."""
    by_question: dict[str, list[Any]] = {}
    for question_id, value in answers:
        by_question.setdefault(question_id, []).append(value)
    found: list[Tally] = []
    for question in dialogue.questions:
        values = by_question.get(question.id)
        if question.type not in CLOSED_TYPES or not values:
            continue
        counts = _count(question, values, locale)
        if counts:
            found.append(Tally(question, question.prompt.get(locale), counts, len(values)))
    return found


def _count(question: Question, values: list[Any], locale: str) -> tuple[tuple[str, int], ...]:
    chosen: Counter[str] = Counter()
    for value in values:
        for item in value if isinstance(value, list | tuple) else [value]:
            chosen[str(item)] += 1
    if question.type == "scale":
        keys = [str(v) for v in question.scale_values]
        return tuple((key, chosen[key]) for key in keys)
    counts = [(option.label.get(locale), chosen[option.id]) for option in question.options]
    if len(counts) > MAX_ALL_OPTIONS:
        counts = [(label, n) for label, n in counts if n]
    return tuple(counts)


def shown_counts(tally: Tally) -> tuple[tuple[tuple[str, int], ...], int]:
    """The bars to draw (the most chosen first when there are too many) and how many
    options were left out."""
    counts = tally.counts
    if len(counts) <= MAX_BARS:
        return counts, 0
    ranked = sorted(counts, key=lambda item: -item[1])[:MAX_BARS]
    kept = [item for item in counts if item in ranked]
    return tuple(kept), len(counts) - len(kept)


def _wrap(text: str, width: int, most: int) -> str:
    """``text`` in lines of ``width`` characters; the last of ``most`` lines ends in "…"
    when the rest does not fit."""
    lines = textwrap.wrap(text, width) or [""]
    if len(lines) > most:
        rest = textwrap.shorten(" ".join(lines[most - 1 :]), width, placeholder=" …")
        lines = [*lines[: most - 1], rest]
    return "\n".join(lines)


def _label(text: str) -> str:
    return _wrap(text, _LABEL_WIDTH, 2)


def question_chart(tally: Tally, heading: str, footer: str) -> bytes | None:
    """A bar per option or scale value (count and share) under ``heading`` (the question),
    ``footer`` (e.g. "12 answers") below; None when nobody chose anything."""
    counts, _left_out = shown_counts(tally)
    if not any(n for _, n in counts):
        return None
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    title = _wrap(heading, _TITLE_WIDTH, 3)
    title_height = 0.45 * (title.count("\n") + 1) + 0.3
    upright = tally.question.type == "scale"
    size = _LABEL_SIZE
    if upright:
        height = _WIDTH * 9 / 16 + title_height - 0.6
    else:
        label_lines = sum(_label(label).count("\n") + 1 for label, _ in counts)
        bars = 0.55 * len(counts) + 0.22 * label_lines
        room = _TALLEST - title_height - 0.6
        if bars > room:  # many options: smaller type rather than a picture too tall
            size = max(_SMALLEST_LABEL, round(_LABEL_SIZE * room / bars))
            bars = room
        height = max(_WIDTH * 9 / 16, bars + title_height + 0.6)
    figure = Figure(figsize=(_WIDTH, height), dpi=_DPI)
    FigureCanvasAgg(figure)
    figure.suptitle(title, fontsize=_TITLE_SIZE, fontweight="bold", color=_INK, x=0.03, ha="left")
    axes = figure.add_subplot()
    values = [n for _, n in counts]
    positions = list(range(len(values)))
    total = tally.respondents or 1
    top = max(max(values), 1)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    if upright:
        axes.bar(positions, values, color=_COLOUR, width=0.7)
        axes.set_xticks(positions, [label for label, _ in counts], fontsize=size)
        axes.set_yticks([])
        axes.spines["left"].set_visible(False)
        axes.tick_params(axis="x", length=0, pad=6, colors=_INK)
        axes.set_ylim(0, top * 1.3)
        for position, value in zip(positions, values, strict=True):
            if value:
                axes.text(position, value, str(value), ha="center", va="bottom", fontsize=size)
    else:
        axes.barh(positions, values, color=_COLOUR, height=0.7)
        axes.set_yticks(positions, [_label(label) for label, _ in counts], fontsize=size)
        axes.invert_yaxis()
        axes.set_xticks([])
        axes.spines["bottom"].set_visible(False)
        axes.tick_params(axis="y", length=0, pad=8, colors=_INK)
        axes.set_xlim(0, top * 2.0)
        for position, value in zip(positions, values, strict=True):
            share = round(100 * value / total)
            label = f" {value} ({share}%)"
            axes.text(value, position, label, va="center", fontsize=size, color=_INK)
    footer_lines = _wrap(footer, 60, 2)
    figure.text(0.03, 0.015, footer_lines, fontsize=_LABEL_SIZE - 3, color="#555555", ha="left")
    figure.tight_layout(rect=(0, 0.045 * (footer_lines.count("\n") + 1) + 0.01, 1, 1))
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", facecolor="white")
    return buffer.getvalue()
