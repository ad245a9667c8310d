"""Phone numbers: libphonenumber's matcher (region NL), plus a fallback for odd spacing."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from bot.export.scrub.kinds import Kind
from bot.export.scrub.spans import Span

# A number that starts like a Dutch or international one and has 10 to 13 digits, with
# spaces, dashes, dots or brackets in between ("06 - 11 22 33 44", "+31 (0)6 1234 5678").
_FALLBACK = re.compile(r"(?<![\w+])(?:\+|00|\(?0)[\d\s().\-/]{8,22}\d(?![\w])")


def find(text: str) -> list[Span]:
    spans = [
        Span(m.start, m.end, Kind.PHONE, "phonenumbers")
        for m in PhoneNumberMatcher(text, "NL", leniency=Leniency.VALID)
    ]
    for m in _FALLBACK.finditer(text):
        chunk = m.group(0)
        digits = re.sub(r"\D", "", chunk)
        if 10 <= len(digits) <= 13 and "\n" not in chunk:
            spans.append(Span(m.start(), m.end(), Kind.PHONE, "phone-fallback"))
    return spans


def is_phone(candidate: str) -> bool:
    """Whether ``candidate`` parses as a possible phone number in the Netherlands."""
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(candidate, "NL"))
    except phonenumbers.NumberParseException:
        return False
