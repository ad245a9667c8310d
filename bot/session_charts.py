"""Tallies of the closed questions of a pushed dialogue, and a bar chart of them (PNG).

matplotlib's object API on the Agg canvas (no pyplot, no display); imported only when a
chart is drawn, so the bot starts without it.
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
MAX_QUESTIONS = 6
"""A chart shows at most this many questions (the first ones that were answered)."""
MAX_ALL_OPTIONS = 12
"""A question with more options than this shows only the options someone chose."""
_COLOUR = "#d0112b"  # Overijssel red


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


def chart_png(title: str, found: list[Tally]) -> bytes | None:
    """Horizontal bars per question, one figure; None when there is nothing to draw."""
    shown = [tally for tally in found if any(n for _, n in tally.counts)][:MAX_QUESTIONS]
    if not shown:
        return None
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    heights = [1.0 + 0.32 * len(tally.counts) for tally in shown]
    figure = Figure(figsize=(7.5, 0.6 + sum(heights)), dpi=100)
    FigureCanvasAgg(figure)
    figure.suptitle(textwrap.shorten(title, 80, placeholder="…"), fontsize=11, x=0.02, ha="left")
    grid = figure.add_gridspec(len(shown), 1, height_ratios=heights)
    for row, tally in enumerate(shown):
        axes = figure.add_subplot(grid[row])
        labels = [textwrap.shorten(label, 40, placeholder="…") for label, _ in tally.counts]
        values = [n for _, n in tally.counts]
        positions = list(range(len(labels)))
        axes.barh(positions, values, color=_COLOUR)
        axes.set_yticks(positions, labels, fontsize=8)
        axes.invert_yaxis()
        axes.set_title("\n".join(textwrap.wrap(tally.prompt, 70)[:2]), fontsize=9, loc="left")
        axes.set_title(f"n = {tally.respondents}", fontsize=8, loc="right")
        axes.spines[["top", "right"]].set_visible(False)
        axes.xaxis.get_major_locator().set_params(integer=True)
        axes.set_xlim(0, max(max(values), 1) * 1.15)
        for position, value in zip(positions, values, strict=True):
            axes.text(value, position, f" {value}", va="center", fontsize=8)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
