"""Spans of personal data in a text: merging overlaps and rendering the replacement."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.export.scrub import patterns
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


_ADJACENT_GAP = patterns.compile(r"[ \t\-]{0,2}")


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


_OPENING = {"(": ")", "[": "]", "{": "}"}
_CLOSING = {v: k for k, v in _OPENING.items()}


def balance(spans: list[Span], text: str) -> list[Span]:
    """Never leave half a bracket: "Henk (06-12345678)" must not read "[telefoon])".

    A span with an unmatched bracket at its edge gives the bracket back to the text; one with
    an unmatched bracket inside takes its partner (when only spaces stand between) too.
    """
    result = []
    for span in spans:
        start, end = span.start, span.end
        for _ in range(4):
            chunk = text[start:end]
            opened = [c for c in chunk if c in _OPENING]
            closed = [c for c in chunk if c in _CLOSING]
            if len(opened) > len(closed):
                if chunk[:1] in _OPENING and start + 1 < end:
                    start += 1
                    continue
                after = len(text[end:]) - len(text[end:].lstrip(" \t"))
                if text[end + after : end + after + 1] in _CLOSING:
                    end += after + 1
                    continue
            elif len(closed) > len(opened):
                if chunk[-1:] in _CLOSING and end - 1 > start:
                    end -= 1
                    continue
                before = len(text[:start]) - len(text[:start].rstrip(" \t"))
                if start - before - 1 >= 0 and text[start - before - 1] in _OPENING:
                    start -= before + 1
                    continue
            break
        result.append(Span(start, end, span.kind, span.source))
    return result


def render(text: str, spans: list[Span], tag: Callable[[Kind], str]) -> str:
    """Replace each (merged, sorted, non-overlapping) span by its tag."""
    return render_marked(text, spans, tag, ())[0]


def render_marked(
    text: str,
    spans: list[Span],
    tag: Callable[[Kind], str],
    marks: Iterable[tuple[int, int]],
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Replace each span by its tag; return the text and the ``marks`` (positions in ``text``,
    outside every span) moved to their positions in the result."""
    parts: list[str] = []
    position = 0
    shift: list[tuple[int, int]] = []  # (original position, offset from there on)
    offset = 0
    for span in spans:
        parts.append(text[position : span.start])
        replacement = tag(span.kind)
        parts.append(replacement)
        offset += len(replacement) - (span.end - span.start)
        shift.append((span.end, offset))
        position = span.end
    parts.append(text[position:])

    def moved(index: int) -> int:
        delta = 0
        for at, total in shift:
            if at <= index:
                delta = total
            else:
                break
        return index + delta

    return "".join(parts), tuple((moved(s), moved(e)) for s, e in marks)
