"""Schools named with a class or level: "klas 2c van het Greijdanus", "5 vwo op de Waerdenborch",
"het Stedelijk Lyceum in 4 havo", "group 3A at Het Erasmus" become ``[school]``.

A school alone ("ik zit op het Greijdanus") says little — a school has hundreds of students —
and stays, marked for the editor to check (:func:`find_alone`); with a class it narrows a
student down to some thirty people. Schools come from ``schools.txt`` (secondary schools in and
around Overijssel, from DUO's public register) and from their form ("… College", "CSG …").
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from bot.export.scrub.keep import literal_pattern
from bot.export.scrub.kinds import Kind
from bot.export.scrub.spans import Span

_LEVEL = (
    r"(?:havo|vwo|vmbo(?:[- ]?(?:t|tl|gt|k|kb|kbl|b|bb|bbl))?|mavo|gym|gymnasium|atheneum|tl"
    r"|lwoo|mhv|hv|mh|ath)"
)
_CLASS = re.compile(
    r"(?i)(?<![\w-])(?:"
    r"(?:klas|klasse|groep|class|group|year|grade|leerjaar|form)"
    r"[ \t]*\d{1,2}[ \t]?[a-z]?\d?(?:[ \t]+" + _LEVEL + r")?"
    r"|\d{1,2}[ \t]?(?:e[ \t]|de[ \t]|ste[ \t])?" + _LEVEL + r"(?:[ \t]?\d?[a-z])?"
    r"|" + _LEVEL + r"[ \t-]?\d{1,2}[a-z]?"
    r"|brugklas|eindexamenklas|examenklas|\d(?:e|de|ste)[ \t]+klas"
    r")(?![\w-])"
)
_BARE_CLASS = re.compile(r"(?<![\w-])\d[a-hA-H]\d?(?![\w-])")
"""A class code alone ("3b", "2c1"): a class only when a school follows ("3b van het Carmel")."""
_CAP = r"[A-Z][\w'&.-]*"
_SCHOOL_FORM = re.compile(
    r"(?<![\w-])(?:"
    rf"(?:{_CAP}[ \t]+){{1,3}}(?:College|Lyceum|Gymnasium|Scholengemeenschap|Atheneum|Mavo|School)"
    rf"|(?:College|Lyceum|Gymnasium|Scholengemeenschap)[ \t]+(?:{_CAP}[ \t]*){{1,3}}"
    rf"|(?:CSG|RSG|OSG|SG|PCC|CLZ)[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,2}}"
    r")(?![\w-])"
)
_ARTICLE = re.compile(r"(?i)(?:het|de|the|'t)[ \t]+$")
_LINK = re.compile(
    r"^(?:[ \t]+(?i:in|te|uit)[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)?)?"
    r"(?i:[ \t,]*(?:(?:van|op|in|at|of|from|bij|aan|uit|en|and|zit|zat|ik|in)[ \t]+)*"
    r"(?:(?:het|de|the|'t)[ \t]+)?)$"
)
"""What may stand between a school and its class: "het Pius X in Almelo, 3 mavo", "klas 2c
van het Greijdanus", "het Ichthus, ik zit in 2 havo"."""
_MAX_LINK = 32


@cache
def _named() -> re.Pattern[str]:
    text = resources.files("bot.export.scrub").joinpath("schools.txt").read_text("utf-8")
    names = {line.split("#", 1)[0].strip() for line in text.splitlines()}
    pattern = literal_pattern({n for n in names if n}, re.IGNORECASE)
    assert pattern is not None
    return pattern


def schools(text: str) -> list[tuple[int, int]]:
    """Where schools are named (with an article before them: "het Greijdanus")."""
    found = [(m.start(), m.end()) for m in _named().finditer(text)]
    found += [(m.start(), m.end()) for m in _SCHOOL_FORM.finditer(text)]
    found.sort(key=lambda se: (se[0], -se[1]))
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    result = []
    for start, end in merged:
        article = _ARTICLE.search(text, max(0, start - 5), start)
        result.append((article.start() if article else start, end))
    return result


_NAMED_AFTER_CLASS = re.compile(
    r"(?i:[ \t,]*(?:van|op|in|at|of|from|bij|aan|uit)[ \t]+(?:het|de|the|'t)[ \t]+)"
    r"[A-Z][\w'&.-]*(?:[ \t]+[A-Z][\w'&.-]*){0,2}"
)


def find(text: str) -> list[Span]:
    """A school with a class or level next to it (either order, at most a few little words
    between them) as one ``[school]``; after a class, any name in capitals is taken for its
    school ("groep 8 van de Regenboog")."""
    classes = [(m.start(), m.end()) for m in _CLASS.finditer(text)]
    spans = []
    bare = [(m.start(), m.end()) for m in _BARE_CLASS.finditer(text)]
    for class_start, class_end in [*classes, *bare]:
        named = _NAMED_AFTER_CLASS.match(text, class_end)
        if named is not None:
            end = class_end + len(named.group(0).rstrip("."))
            spans.append(Span(class_start, end, Kind.SCHOOL, "school-class"))
    for start, end in schools(text):
        for class_start, class_end in classes:
            if class_end <= start and _linked(text[class_end:start]):
                spans.append(Span(class_start, end, Kind.SCHOOL, "school-class"))
            elif class_start >= end and _linked(text[end:class_start]):
                spans.append(Span(start, class_end, Kind.SCHOOL, "school-class"))
    return spans


def find_alone(text: str) -> list[tuple[int, int]]:
    """Schools named without a class: left in, for the editor to check."""
    return schools(text)


def _linked(between: str) -> bool:
    return len(between) <= _MAX_LINK and _LINK.match(between) is not None
