"""Spans of personal data in a text: merging overlaps and rendering the replacement."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.export.scrub.kinds import PRIORITY, Kind


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``text[start:end]`` are personal data of ``kind``; ``source`` is for debugging."""

    start: int
    end: int
    kind: Kind
    source: str = ""

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


_ADJACENT_GAP = re.compile(r"[ \t\-]{0,2}")


def merge(spans: Iterable[Span], text: str) -> list[Span]:
    """Union of overlapping spans, then same-kind spans separated by at most a space or dash.

    The union is deliberately greedy: when a name overlaps an e-mail address, the whole
    stretch is replaced, so no half of either is left behind.
    """
    ordered = sorted((s for s in spans if s.end > s.start), key=lambda s: (s.start, -s.end))
    merged: list[Span] = []
    for span in ordered:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            kind = max((last.kind, span.kind), key=PRIORITY.__getitem__)
            merged[-1] = Span(last.start, max(last.end, span.end), kind, last.source)
            continue
        if merged and span.kind == merged[-1].kind:
            gap = text[merged[-1].end : span.start]
            if _ADJACENT_GAP.fullmatch(gap):
                last = merged[-1]
                merged[-1] = Span(last.start, span.end, last.kind, last.source)
                continue
        merged.append(span)
    return merged


def render(text: str, spans: list[Span], tag: Callable[[Kind], str]) -> str:
    """Replace each (merged, sorted, non-overlapping) span by its tag."""
    parts: list[str] = []
    position = 0
    for span in spans:
        parts.append(text[position : span.start])
        parts.append(tag(span.kind))
        position = span.end
    parts.append(text[position:])
    return "".join(parts)
