"""The safety net under every number rule: a long run of digits is somebody's number.

Phone numbers, BSNs, account and customer numbers are typed in more ways than any pattern
lists ("O6 12 34 56 78" with a letter O, "1 2 3 4 5 6 7 8 2", "06,12,34,56,78",
"0 6 - 1 2 3 4 5 6 7 8"). Whatever the layout, eight digits or more that follow each other
with at most three characters of spacing or punctuation between them are replaced — unless
they are plainly something else: a date, a time, a span of years, an amount of money or a
count written with thousands separators ("1.160.000 inwoners").
"""

from __future__ import annotations

from bot.export.scrub import patterns
from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules import phones
from bot.export.scrub.spans import Span

MIN_DIGITS = 8

# A digit, or a letter O standing in for a zero before a digit; then more of them, with at
# most three characters of spacing or punctuation between any two ("06 - 12 34 56 78").
_RUN = patterns.compile(
    r"(?<![\w])(?:\d|[Oo](?=[ \-.,/()+]{0,3}\d))"
    r"(?:[ \-–.,/()+]{0,3}(?:\d|[Oo](?![a-zA-Z])))+"
)
_DIGIT = patterns.compile(r"\d")
_DATE = patterns.compile(r"\d{1,2}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{2,4}")
_YEARS = patterns.compile(
    r"(?:19|20)\d\d(?:[ ,/–-]{1,3}(?:19|20)\d\d)+|(?:19|20)\d\d\s?[-–/]\s?\d\d"
)
_THOUSANDS = patterns.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})+(?:[,.]\d{1,2})?")
_MONEY_BEFORE = patterns.compile(r"(?i)(?:€|eur|euro)\s?$")
_MONEY_AFTER = patterns.compile(r"(?i)^\s?(?:euro|eur|€|miljoen|mln|miljard|duizend|inwoners)\b")


def find(text: str) -> list[Span]:
    if len(_DIGIT.findall(text)) < MIN_DIGITS // 2:
        return []
    spans = []
    for m in _RUN.finditer(text):
        start, end = m.start(), m.end()
        run = text[start:end].rstrip(" -–.,/(+")
        end = start + len(run)
        digits = sum(ch.isdigit() or ch in "Oo" for ch in run)
        if digits < MIN_DIGITS or _plainly_something_else(text, start, end, run):
            continue
        if phones.is_service_number(run):
            continue  # "bel 0800-1234567 voor hulp"
        spans.append(Span(start, end, Kind.NUMBER, "long-number"))
    return spans


def _plainly_something_else(text: str, start: int, end: int, run: str) -> bool:
    if any(pattern.fullmatch(run) for pattern in (_DATE, _YEARS, _THOUSANDS)):
        return True
    before, after = text[max(0, start - 5) : start], text[end : end + 12]
    return bool(_MONEY_BEFORE.search(before) or _MONEY_AFTER.search(after))
