"""The town right after a school with its class or a role with where it is.

The town says which of a school's buildings, or which club of that name: it narrows the
class or the role down further, and every blind annotator marks it with them ("{{school:3havo
van het carmel in raalte}}", "{{role:penningmeester van de ijsclub in Lemele}}").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.export.scrub import patterns
from bot.export.scrub.spans import Span

_TOWN_AFTER = patterns.compile(
    r"\)?(?i:[ \t]*(?P<comma>,)?[ \t]+(?:(?P<preposition>in|te|uit|at|from|bij)[ \t]+)?)"
    r"(?P<first>[^\W\d_][\w'’-]*)(?:[ \t]+(?P<second>[^\W\d_][\w'’-]*)"
    r"(?:[ \t]+(?P<third>[^\W\d_][\w'’-]*))?)?"
)
_CLAUSE_END = patterns.compile(r"[ \t]*(?:[,.;:!?)\n]|$)")
REGIONS = frozenset(
    {"overijssel", "nederland", "holland", "twente", "salland", "achterhoek", "vechtdal"}
    | {"drenthe", "gelderland", "friesland", "duitsland", "europa", "netherlands", "germany"}
    | {"ijsselland", "kop van overijssel", "sallandse heuvelrug", "noordoost-twente"}
)
"""Regions and countries: "[school] in Overijssel is het openbaar vervoer slecht" names no
building; "een camping in het Vechtdal" is one of hundreds."""
CITIES = frozenset(
    {"enschede", "zwolle", "deventer", "hengelo", "almelo", "amsterdam", "rotterdam", "utrecht"}
    | {"den haag", "groningen", "arnhem", "nijmegen", "apeldoorn", "münster", "berlin"}
)
"""Cities where one building is one of many: "ik woon naast de supermarkt in Zwolle" — the
city stays."""


def with_town(text: str, span: Span, is_place: Callable[[str], bool], *, bare: bool = True) -> Span:
    """``span`` with the town right after it: a school with its class ("[2 vwo op het Carmel
    in raalte]", "[klas 1c twickel college hengelo]"), a role with where it is ("[penningmeester
    van D.S.V. Kogge in Deventer]"). A town is a place a list knows (no region or country), or
    after "in", "te" or "uit" any word in capitals. ``bare``: also a town with no preposition
    before it ("twickel college hengelo"), as students sign off; a role needs "in" or "te".
    Not a town after a comma that opens another clause ("…, in Raalte is weinig te doen"). A
    class one came with ("met groep 8 van de Klimop in Enter") is marked with its town too,
    as the annotators mark it, even where the town may be where the class went."""
    m = _TOWN_AFTER.match(text, span.end)
    if m is None or not (bare or m.group("preposition") in ("in", "te", "In", "Te")):
        return span
    first, second, third = m.group("first"), m.group("second"), m.group("third")
    preposition = (m.group("preposition") or "").lower()
    end = None
    if third and is_place(f"{first} {second} {third}"):
        end = m.end("third")  # "in Hof van Twente"
    elif second and is_place(f"{first} {second}"):
        end = m.end("second")  # "in Den Ham"
    elif first.lower() in REGIONS:
        return span
    elif is_place(first) or (preposition in ("in", "te", "uit") and first[0].isupper()):
        end = m.end("first")
    if end is None or (m.group("comma") and not _CLAUSE_END.match(text, end)):
        return span
    return Span(span.start, end, span.kind, span.source)


def with_village(text: str, span: Span, is_place: Callable[[str], bool]) -> Span:
    """``span`` with the town after "in" or "te", unless it is a city: "[naast de kerk in
    bruinehaar]" — but "[naast de supermarkt] in Zwolle"."""
    found = with_town(text, span, is_place, bare=False)
    if found.end == span.end:
        return span
    town = re.sub(r"^\W*(?:(?i:in|te|uit|at|from|bij)\W+)?", "", text[span.end : found.end]).lower()
    return span if town in CITIES or town in REGIONS else found
