"""Phone numbers: libphonenumber's matcher (region NL), plus a fallback for odd spacing."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from bot.export.scrub import patterns
from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules import number_words
from bot.export.scrub.spans import Span

# A number that starts like a Dutch or international one and has 10 to 13 digits, with
# spaces, dashes, dots or brackets in between ("06 - 11 22 33 44", "+31 (0)6 1234 5678").
_FALLBACK = patterns.compile(r"(?<![\w+])(?:\+|00|\(?0)[\d\s().\-/]{8,22}\d(?![\w])")


_BETWEEN_CUE_AND_NUMBER = (
    r"[ \t.:]*(?:(?:me|mij|mie|ons|us|op|via|is|naar|on|at|ist|lautet|hem|haar|ze|hen|maar|"
    r"gerust|even|gewoon|dan|him|her|them|mich|uns|doch|gerne|gern|bitte|an|unter)[ \t.:]+){0,4}"
)
"""Who to call and little words between the cue and the number: "bel hem maar op 06 …",
"app me gerust op …", "ruf mich an: …"."""
_CUE = patterns.compile(
    r"(?i)(?<![\w])(?:bel|belt|bellen|bel[ \t]+me|tel|telefoon|telefoonnummer|telnr|nummer|"
    r"nr|mobiel|mob|gsm|app|appen|whatsapp|sms|call|phone|text|number|ring)(?![\w])"
    + _BETWEEN_CUE_AND_NUMBER
    + r"(?P<number>[+0oO]?[\d][\d \t().\-/]{6,20}\d)(?![\w])"
)
"""Digits after a word that asks to call or text: also a number with its first 0 left out
("bel 6 12 34 56 78") or a digit short ("app 06 1234567") is a phone number."""
_DIGIT_RUN = patterns.compile(r"\d[\d \t().\-/]{6,20}\d")
_A_DIGIT = patterns.compile(r"\d")
"""Seven digits or more with what may stand between them: the cued rules need one."""
_LETTER_O = patterns.compile(r"(?<![\w+])[oO]6[ \t\-]?(?:\d[ \t\-]?){7}\d(?![\w])")
"""A mobile number typed with the letter o for its zero ("o6-12345678")."""


_DIGIT_WORD = (
    r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|zero|oh|one|two|three|four|"
    r"five|six|seven|eight|nine)"
)
_SPELLED = patterns.compile(
    rf"(?i)(?<![\w])(?:nul|zero|oh)(?:[ \t,-]+{_DIGIT_WORD}){{8,11}}(?![\w])"
)
"""A number read out digit by digit, starting with its zero: "nul zes een twee drie …"."""
_NOT_ZERO = (
    r"(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|one|two|three|four|five|six|seven|"
    r"eight|nine)"
)
_READ_OUT = patterns.compile(
    rf"(?i)(?<![\w])(?:nul|zero)(?=[ \t,.-]+{_NOT_ZERO}(?![\w]))"
    rf"(?:[ \t,.-]+(?:nul|zero|{number_words.pattern()})){{3,10}}(?![\w])"
)
"""A number read out in pairs as voice typing writes it: "nul zes twaalf vierendertig
zesenvijftig achtenzeventig", also with commas or full stops between the groups (ten
digits; a zero, then one digit: not "van nul, tien, twintig, vijftig, honderd procent")."""
_MIN_DIGITS, _MAX_DIGITS = 9, 11
_MIXED_START = patterns.compile(r"(?<![\w+])0[1-9]\d{0,2}[ \t,.-]+[^\W\d_]")
"""Checked first: an area or mobile code in digits and then a word ("06 twaalf …")."""
_MIXED_READ_OUT = patterns.compile(
    rf"(?i)(?<![\w+])0[1-9]\d{{0,2}}(?:[ \t,.-]+(?:nul|zero|\d{{1,4}}|{number_words.pattern()}))"
    r"{2,9}(?![\w])"
)
"""A number that starts in digits and goes on in words, as voice typing writes it: "06 twaalf
vierendertig zesenvijftig 78", "0546 vijfenveertig 12 33"."""


def _read_out(text: str) -> list[Span]:
    spans = []
    for m in _READ_OUT.finditer(text):
        words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", m.group(0))
        digits = sum(len(number_words.digits(w) or "0") for w in words)
        if _MIN_DIGITS <= digits <= _MAX_DIGITS:
            spans.append(Span(m.start(), m.end(), Kind.PHONE, "phone-read-out"))
    return spans


def _begun_in_digits(text: str) -> list[Span]:
    if _MIXED_START.search(text) is None:
        return []
    spans = []
    for m in _MIXED_READ_OUT.finditer(text):
        signs = re.findall(r"[^\W_]+", m.group(0))
        digits = sum(len(number_words.digits(sign) or "") for sign in signs)
        if _MIN_DIGITS <= digits <= _MAX_DIGITS and not all(sign.isdigit() for sign in signs):
            spans.append(Span(m.start(), m.end(), Kind.PHONE, "phone-read-out"))
    return spans


_SPOKEN_CUE = patterns.compile(
    r"(?i)(?<![\w])(?:nummer|telefoonnummer|telnr|tel|telefoon|mobiel|gsm|bel|bellen|belt|"
    r"app|whatsapp|call|number|phone|ruf(?:[ \t]+(?:mich|uns|doch|gerne|gern|bitte)){0,3}[ \t]+an|"
    r"rufen[ \t]+sie|"
    r"handynummer|nummern)"
    r"(?![\w])" + _BETWEEN_CUE_AND_NUMBER
)


_CUE_WORDS = ("nummer", "bel", "tel", "mobiel", "gsm", "app", "call", "number", "phone", "ruf")
"""Checked first: a number is only read out after one of these (the cue pattern is slow)."""


def _said_after_a_cue(text: str) -> list[Span]:
    """A number read out after a word for it, in any mix of digits and words, with commas or
    full stops between the groups, "plus" for "+" and "double" for a digit said twice: "mijn
    nummer is 06 vierentwintig eenentachtig …", "nul zes, twaalf, vierendertig, …", "bel plus
    eenendertig zes …", "meine Nummer ist null eins sieben …", "oh six double four …"."""
    return [
        Span(start, end, Kind.PHONE, "phone-said-after-a-cue")
        for start, end, digits in number_words.read_after(_SPOKEN_CUE, text, _MAX_SPOKEN)
        if _MIN_DIGITS <= len(digits) <= _MAX_SPOKEN
    ]


_MAX_SPOKEN = 12
_FEWEST_DIGITS_OF_A_NUMBER = 7
"""The shortest valid number anywhere, with its country code ("+683 4002", Niue): in a text
with fewer digits phonenumbers' matcher, the slowest step here, cannot find one."""


def find(text: str) -> list[Span]:
    """Phone numbers in ``text`` — not a service's or a municipality's number."""
    return [s for s in _found(text) if not is_service_number(text[s.start : s.end])]


def is_service_number(chunk: str) -> bool:
    """Whether ``chunk`` is the number of a service or a municipality, no one's own:
    "0800-1234", "0900 8844", "14 0548"."""
    return _SERVICE_NUMBER.fullmatch(re.sub(r"\D", "", chunk)) is not None


def _found(text: str) -> list[Span]:
    lowered = text.lower()
    spans = (
        _said_after_a_cue(text)
        if any(word in lowered for word in _CUE_WORDS) and _SPOKEN_CUE.search(text)
        else []
    )
    if len(_A_DIGIT.findall(text)) >= _FEWEST_DIGITS_OF_A_NUMBER:
        spans += [
            Span(m.start, m.end, Kind.PHONE, "phonenumbers")
            for m in PhoneNumberMatcher(text, "NL", leniency=Leniency.VALID)
        ]
    for m in _FALLBACK.finditer(text):
        chunk = m.group(0)
        digits = re.sub(r"\D", "", chunk)
        if 10 <= len(digits) <= 13 and "\n" not in chunk:
            spans.append(Span(m.start(), m.end(), Kind.PHONE, "phone-fallback"))
    if "nul" in lowered or "zero" in lowered or "oh " in lowered:
        spans += [
            Span(m.start(), m.end(), Kind.PHONE, "phone-spelled") for m in _SPELLED.finditer(text)
        ]
        spans += _read_out(text)
    spans += _begun_in_digits(text)
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


_SERVICE_NUMBER = patterns.compile(r"(?:0800|0900|0906|0909)\d{4,7}|140\d{2,3}")


def is_phone(candidate: str) -> bool:
    """Whether ``candidate`` parses as a possible phone number in the Netherlands."""
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(candidate, "NL"))
    except phonenumbers.NumberParseException:
        return False
