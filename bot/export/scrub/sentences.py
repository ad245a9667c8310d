"""The sentences of one answer, split once.

Several rules ask of many spots in an answer which sentence they stand in: where it begins
(the year before a role), whether it speaks of the writer or holds an event (dates of one's
own life). Splitting the text again for every spot made that work grow with the square of the
answer's length; this splits once and answers each question once a sentence.
"""

from __future__ import annotations

import bisect
import re

from bot.export.scrub import patterns

_SENTENCE_END = patterns.compile(r"[.!?\n]")


class Sentences:
    def __init__(self, text: str) -> None:
        self._text = text
        self._ends = [m.start() for m in _SENTENCE_END.finditer(text)]
        self._found: dict[tuple[int, str], bool] = {}

    def bounds(self, position: int) -> tuple[int, int]:
        """(start, end) of the sentence ``position`` stands in."""
        i = bisect.bisect_left(self._ends, position)
        start = self._ends[i - 1] + 1 if i > 0 else 0
        end = self._ends[i] if i < len(self._ends) else len(self._text)
        return start, end

    def start(self, position: int) -> int:
        """Where the sentence ``position`` stands in begins."""
        return self.bounds(position)[0]

    def has(self, pattern: re.Pattern[str], position: int) -> bool:
        """Whether the sentence at ``position`` holds ``pattern`` (searched once a sentence)."""
        start, end = self.bounds(position)
        key = (start, pattern.pattern)
        if key not in self._found:
            self._found[key] = pattern.search(self._text, start, end) is not None
        return self._found[key]

    def around(self, start: int, end: int) -> str:
        """The text from the start of the sentence ``start`` stands in to the end of the one
        ``end`` stands in: the sentence of a span, whatever full stops it holds itself."""
        return self._text[self.start(start) : self.bounds(end)[1]]


def at_clause_start(text: str, start: int) -> bool:
    """Whether ``start`` opens a clause: only spaces, quotes or a bracket stand between it and
    the start of the text or a mark that ends a sentence or a clause (. ! ? : ; or a line)."""
    before = text[:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:;"
