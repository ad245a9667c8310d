"""Phone numbers: libphonenumber's matcher (region NL), plus a fallback for odd spacing."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules import number_words
from bot.export.scrub.spans import Span

# A number that starts like a Dutch or international one and has 10 to 13 digits, with
# spaces, dashes, dots or brackets in between ("06 - 11 22 33 44", "+31 (0)6 1234 5678").
_FALLBACK = re.compile(r"(?<![\w+])(?:\+|00|\(?0)[\d\s().\-/]{8,22}\d(?![\w])")


_CUE = re.compile(
    r"(?i)(?<![\w])(?:bel|belt|bellen|bel[ \t]+me|tel|telefoon|telefoonnummer|telnr|nummer|"
    r"nr|mobiel|mob|gsm|app|appen|whatsapp|sms|call|phone|text|number|ring)(?![\w])"
    r"[ \t.:]*(?:(?:me|mij|mie|ons|us|op|via|is|naar|on|at)[ \t.:]+){0,2}"
    r"(?P<number>[+0oO]?[\d][\d \t().\-/]{6,20}\d)(?![\w])"
)
"""Digits after a word that asks to call or text: also a number with its first 0 left out
("bel 6 12 34 56 78") or a digit short ("app 06 1234567") is a phone number."""
_DIGIT_RUN = re.compile(r"\d[\d \t().\-/]{6,20}\d")
"""Seven digits or more with what may stand between them: the cued rules need one."""
_LETTER_O = re.compile(r"(?<![\w+])[oO]6[ \t\-]?(?:\d[ \t\-]?){7}\d(?![\w])")
"""A mobile number typed with the letter o for its zero ("o6-12345678")."""


_DIGIT_WORD = (
    r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|zero|oh|one|two|three|four|"
    r"five|six|seven|eight|nine)"
)
_SPELLED = re.compile(rf"(?i)(?<![\w])(?:nul|zero|oh)(?:[ \t,-]+{_DIGIT_WORD}){{8,11}}(?![\w])")
"""A number read out digit by digit, starting with its zero: "nul zes een twee drie …"."""
_READ_OUT = re.compile(
    rf"(?i)(?<![\w])(?:nul|zero)(?:[ \t-]+(?:nul|zero|{number_words.pattern()})){{3,10}}(?![\w])"
)
"""A number read out in pairs as voice typing writes it: "nul zes twaalf vierendertig
zesenvijftig achtenzeventig" (ten digits)."""
_MIN_DIGITS, _MAX_DIGITS = 9, 11


def _read_out(text: str) -> list[Span]:
    spans = []
    for m in _READ_OUT.finditer(text):
        words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", m.group(0))
        digits = sum(len(number_words.digits(w) or "0") for w in words)
        if _MIN_DIGITS <= digits <= _MAX_DIGITS:
            spans.append(Span(m.start(), m.end(), Kind.PHONE, "phone-read-out"))
    return spans


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
    lowered = text.lower()
    if "nul" in lowered or "zero" in lowered or "oh " in lowered:
        spans += [
            Span(m.start(), m.end(), Kind.PHONE, "phone-spelled") for m in _SPELLED.finditer(text)
        ]
        spans += _read_out(text)
    if _DIGIT_RUN.search(text) is None:
        return spans  # checked first: the cue pattern is slow
    for m in _CUE.finditer(text):
        digits = re.sub(r"\D", "", m.group("number"))
        if 8 <= len(digits) <= 13 and "\n" not in m.group("number"):
            spans.append(Span(m.start("number"), m.end("number"), Kind.PHONE, "phone-cued"))
    spans += [
        Span(m.start(), m.end(), Kind.PHONE, "phone-letter-o") for m in _LETTER_O.finditer(text)
    ]
    return spans


def is_phone(candidate: str) -> bool:
    """Whether ``candidate`` parses as a possible phone number in the Netherlands."""
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(candidate, "NL"))
    except phonenumbers.NumberParseException:
        return False
