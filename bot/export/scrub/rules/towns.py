"""The town right after a school with its class or a role with where it is.

The town says which of a school's buildings, or which club of that name: it narrows the
class or the role down further, and every blind annotator marks it with them ("{{school:3havo
van het carmel in raalte}}", "{{role:penningmeester van de ijsclub in Lemele}}").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.export.scrub.spans import Span

_TOWN_AFTER = re.compile(
    r"\)?(?i:[ \t]*,?[ \t]+(?:(?P<preposition>in|te|uit|at|from|bij)[ \t]+)?)"
    r"(?P<first>[^\W\d_][\w'’-]*)(?:[ \t]+(?P<second>[^\W\d_][\w'’-]*)"
    r"(?:[ \t]+(?P<third>[^\W\d_][\w'’-]*))?)?"
)


def with_town(text: str, span: Span, is_place: Callable[[str], bool], *, bare: bool = True) -> Span:
    """``span`` with the town right after it: a school with its class ("[2 vwo op het Carmel
    in raalte]", "[klas 1c twickel college hengelo]"), a role with where it is ("[penningmeester
    van D.S.V. Kogge in Deventer]"). A town is a place a list knows, or after a preposition any
    word in capitals. ``bare``: also a town with no preposition before it ("twickel college
    hengelo"), as students sign off; a role needs "in" or "te"."""
    m = _TOWN_AFTER.match(text, span.end)
    if m is None or not (bare or m.group("preposition") in ("in", "te", "In", "Te")):
        return span
    first, second, third = m.group("first"), m.group("second"), m.group("third")
    if third and is_place(f"{first} {second} {third}"):
        return Span(span.start, m.end("third"), span.kind, span.source)  # "in Hof van Twente"
    if second and is_place(f"{first} {second}"):
        return Span(span.start, m.end("second"), span.kind, span.source)  # "in Den Ham"
    if is_place(first) or (m.group("preposition") and first[0].isupper()):
        return Span(span.start, m.end("first"), span.kind, span.source)
    return span
