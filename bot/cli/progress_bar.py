"""A plain progress bar for long command-line work (redrawn in place on a terminal)."""

from __future__ import annotations

from typing import TextIO

WIDTH = 30


class ProgressBar:
    def __init__(self, stream: TextIO, label: str = "scrubbing") -> None:
        self._stream = stream
        self._label = label
        self._interactive = stream.isatty()
        self._last_quarter = -1
        self._shown = False

    def update(self, done: int, total: int) -> None:
        if total <= 0:
            return
        fraction = min(done / total, 1.0)
        if self._interactive:
            filled = int(fraction * WIDTH)
            bar = "#" * filled + "." * (WIDTH - filled)
            self._stream.write(f"\r{self._label} [{bar}] {done}/{total}")
            self._stream.flush()
            self._shown = True
            return
        quarter = int(fraction * 4)
        if quarter != self._last_quarter:
            self._last_quarter = quarter
            self._stream.write(f"{self._label}: {done}/{total} ({fraction:.0%})\n")

    def finish(self) -> None:
        if self._shown:
            self._stream.write("\n")
            self._stream.flush()
