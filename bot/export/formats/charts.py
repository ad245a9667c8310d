"""Bar charts of closed questions, drawn with matplotlib's Agg canvas (no display needed).

Uses the object API (``Figure`` + ``FigureCanvasAgg``), not ``pyplot``: no global state, no
GUI backend, nothing left open between charts.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

_COLOUR = "#d0112b"  # Overijssel red


def bar_chart(title: str, counts: list[tuple[str, int]], path: Path) -> None:
    """Horizontal bars, one per answer option, in the given order; saved as PNG."""
    labels = [textwrap.shorten(label, 60, placeholder="…") for label, _ in counts]
    values = [count for _, count in counts]
    height = 1.2 + 0.38 * max(len(labels), 1)
    figure = Figure(figsize=(7.5, height), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    positions = list(range(len(labels)))
    axes.barh(positions, values, color=_COLOUR)
    axes.set_yticks(positions, labels)
    axes.invert_yaxis()
    axes.set_title("\n".join(textwrap.wrap(title, 70)) or " ", fontsize=10, loc="left")
    axes.spines[["top", "right"]].set_visible(False)
    axes.xaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
    for position, value in zip(positions, values, strict=True):
        axes.text(value, position, f" {value}", va="center", fontsize=9)
    figure.tight_layout()
    figure.savefig(path, format="png")
