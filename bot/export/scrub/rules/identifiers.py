"""Bank accounts (IBAN), citizen service numbers (BSN) and Dutch postcodes.

Validation comes from python-stdnum; where a number is clearly meant as one (a Dutch IBAN
layout, or "BSN" written right before it) it is removed even when the check digits are wrong:
a typo in your own account number is still your account number.
"""

from __future__ import annotations

import re

from stdnum import iban
from stdnum.nl import bsn, postcode

from bot.export.scrub import patterns
from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules import number_words
from bot.export.scrub.spans import Span
from bot.export.scrub.words import UNITS, longest_first

_NL_IBAN = patterns.compile(
    r"(?<![A-Za-z0-9])NL[ .-]?\d{2}[ .-]?[A-Z]{4}(?:[ .-]?\d){10}(?![0-9])", re.IGNORECASE
)
"""A Dutch account number, its groups set off by spaces, dots or dashes."""
_NL_IBAN_SPLIT_CODE = patterns.compile(
    r"(?<![A-Za-z0-9])NL[ .-]?\d{2}[ .-]?[A-Z](?:[ ]?[A-Z]){3}(?:[ .-]?\d){10}(?![0-9])",
    re.IGNORECASE,
)
"""The same with a space inside the bank's code, as a hurried hand types it ("NL03 ING B 2672
4904 22"): taken only when it is a valid IBAN."""
_ANY_IBAN = patterns.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?"
)
_BSN = patterns.compile(
    r"(?<![\d.,-])(\d{3}([ .-]?)\d{3}\2\d{3}"  # 123 456 782, 123.456.782, 123456782
    r"|\d{4}([ .-])\d{2}\3\d{3}"  # 1234.56.782
    r"|\d{2}([ .-])\d{3}\4\d{2}\4\d{2})"
    r"(?![\d]|[.,-]\d)"
)
_BSN_CONTEXT = patterns.compile(
    r"(?i)\b(?:bsn|burgerservicenummer|burgerservice nummer|sofinummer|sofi)\b"
)
_POSTCODE_UPPER = patterns.compile(r"(?<![\w-])([1-9]\d{3}) ?([A-Z]{2})(?![\w])")
_POSTCODE_LOWER = patterns.compile(r"(?<![\w-])([1-9]\d{3})([a-z]{2})(?![\w])")
_POSTCODE_SPACED = patterns.compile(
    r"(?<![\w-])([1-9]\d{3})[ \t]?([A-Za-z])[ \t]([A-Za-z])(?=[ \t,]+[A-Z][a-z]|[ \t]*$)"
)
"""A postcode with its letters apart, before a place or at the end: "7451 A B Holten"."""
_POSTCODE_AFTER_NUMBER = patterns.compile(
    r"(?i)(?:(?<![\d.,])(?!(?:19|20)\d\d\b)\d{1,4}[a-z]?[ \t]*,?|postcode:?)[ \t]+"
    r"([1-9]\d{3})[ \t]([a-z]{2})(?![\w])"
)
"""A postcode in lower case after its house number or the word: "hengelosestraat211 7572
be", "kerkweg 4, 7701 kb" — not after a year ("in 2019, 2020 en 2021"), not a little word
("12 2000 en"), and "12 1200 ha" is an amount (after a comma or "postcode" even "kb" and "ha"
are letters of a postcode)."""
_LITTLE_WORDS = frozenset(
    {"en", "in", "op", "of", "om", "is", "al", "na", "nu", "er", "ik", "je", "we", "ze", "te"}
    | {"de", "an", "as", "at", "on", "to", "so", "no", "he", "me", "my", "or", "by", "if", "it"}
    | {"us", "do", "go", "up"}
)


_POSTCODE_EACH_SPACED = patterns.compile(
    r"(?<![\w-])([1-9])[ \t](\d)[ \t](\d)[ \t](\d)[ \t]?([A-Za-z])[ \t]?([A-Za-z])(?![\w])"
)
"""A postcode typed with a space after every sign: "7 4 3 1 A K", "7 4 3 1 a k" — not a
score before a little word or a unit ("3 1 2 0 en 2 1", "3 1 2 0 op het bord")."""


def find_ibans(text: str) -> list[Span]:
    spans = [Span(m.start(), m.end(), Kind.IBAN, "iban-nl") for m in _NL_IBAN.finditer(text)]
    spans += [
        Span(m.start(), m.end(), Kind.IBAN, "iban-nl-split")
        for m in _NL_IBAN_SPLIT_CODE.finditer(text)
        if iban.is_valid(re.sub(r"[ .-]", "", m.group(0)).upper())
    ]
    for m in _ANY_IBAN.finditer(text):
        candidate = m.group(0)
        # Trim trailing groups until the checksum fits (the pattern may swallow a next word).
        while candidate:
            if iban.is_valid(candidate):
                spans.append(Span(m.start(), m.start() + len(candidate), Kind.IBAN, "iban"))
                break
            candidate = candidate[:-1].rstrip()
    return spans


_SPOKEN_NL = patterns.compile(r"(?i)(?<![\w])(?:n[ \t.]*l|en[ \t]+el)(?![\w])")
_IBAN_LENGTH = 18


def find_spoken_ibans(text: str) -> list[Span]:
    """An account number read out: "n l zesendertig i n g b acht zes nul vier …" — letters
    one by one, digits as number words; taken when the whole reads as a valid IBAN."""
    spans = []
    for m in _SPOKEN_NL.finditer(text):
        for end, read in number_words.read_out(
            text, m.end(), _IBAN_LENGTH - 2, code_in_lower_case=True
        ):
            if len(read) == _IBAN_LENGTH - 2 and iban.is_valid("NL" + read):
                spans.append(Span(m.start(), end, Kind.IBAN, "iban-spoken"))
    return spans


_POSTCODE_WORD = patterns.compile(
    r"(?i)(?<![\w'’])(?:postcode|post[ \t]+code|zip[ \t]+code)(?:[ \t]+is)?:?[ \t,.-]*"
)


_DIGIT_WORDS = frozenset(
    {"nul", "een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"}
    | {"dree", "vief", "zeuven"}
)
_DIGIT_WORD = "(?:" + "|".join(longest_first(_DIGIT_WORDS)) + ")"
_POSTCODE_DIGITS = 4
_FOUR_DIGITS_SPOKEN = patterns.compile(
    rf"(?i)(?<![\w'’-])(?=(?!nul\b){_DIGIT_WORD}(?:[ \t]+{_DIGIT_WORD}){{3}}[ \t]+[^\W\d_])"
)
"""Four digits read out one by one, where a postcode without its word starts: "naar kerkweg
zeventien zeven vier vier zeven c d hellendoorn" — at every word, as the house number before
it may be read out digit by digit too ("kerkstraat negen zeven vier vier een a b")."""


def find_spoken_postcodes(text: str) -> list[Span]:
    """A postcode read out after its word ("postcode zeven zes nul negen K L", "postcode is
    zeven vier zes acht a e") or as four digits and two letters one by one ("zeven vier vier
    zeven c d") — taken when the whole reads as a valid postcode."""
    spans = []
    starts = [(m.end(), True) for m in _POSTCODE_WORD.finditer(text)]
    if sum(word in _DIGIT_WORDS for word in text.lower().split()) >= _POSTCODE_DIGITS:
        starts += [(m.start(), False) for m in _FOUR_DIGITS_SPOKEN.finditer(text)]
    for start, named in starts:
        for end, read in number_words.read_out(text, start, 6, after_its_word=named):
            if len(read) != 6 or not postcode.is_valid(read) or not read[4:].isalpha():
                continue
            if named or _ANOTHER_LETTER.match(text, end) is None:  # "zes vier twee drie a b c"
                spans.append(Span(start, end, Kind.POSTCODE, "postcode-spoken"))
        for end, read in number_words.read_out(text, start, 4, after_its_word=named):
            letters = _TWO_LETTERS_AS_ONE.match(text, end)
            if (
                len(read) == 4
                and letters is not None
                and letters.group(1).lower() not in _TWO_LETTER_WORDS
                and postcode.is_valid(read + letters.group(1))
            ):
                # "zeven vier vier een ab": the letters typed as one word
                spans.append(Span(start, letters.end(), Kind.POSTCODE, "postcode-spoken"))
    return spans


_TWO_LETTER_WORDS = frozenset(
    {"en", "ik", "op", "in", "om", "te", "de", "je", "ze", "we", "is", "al", "nu", "of", "zo"}
    | {"na", "uw", "me", "er", "an", "at", "on", "to", "it", "or", "as", "so", "my", "ok"}
)
"""Two-letter words after four digits read out: no postcode's letters ("zes vier twee drie en
ik")."""
_TWO_LETTERS_AS_ONE = patterns.compile(r"[ \t]+([^\W\d_]{2})(?![\w'’])")


_ANOTHER_LETTER = patterns.compile(r"[ \t]+[^\W\d_](?![\w'’])")


def find_bsns(text: str) -> list[Span]:
    spans = []
    for m in _BSN.finditer(text):
        digits = re.sub(r"\D", "", m.group(1))
        context = _BSN_CONTEXT.search(text, max(0, m.start() - 40), m.start())
        if bsn.is_valid(digits) or context is not None:
            spans.append(Span(m.start(1), m.end(1), Kind.BSN, "bsn"))
    return spans


_POSTCODE_GLUED = patterns.compile(
    r"(?<=\d)([1-9]\d{3})([A-Za-z]{2})(?![a-z])"  # after its house number: "1127471ab"
    r"|(?<![\w-])([1-9]\d{3}) ?([A-Za-z]{2})(?=[A-Z][a-z])"  # before its town: "7471abGoor"
)
"""A postcode typed without the spaces around it (the house number glued before it, the town
after it): the four digits before two letters are the postcode."""


def find_postcodes(text: str) -> list[Span]:
    spans = []
    for m in _POSTCODE_GLUED.finditer(text):
        digits, letters = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if letters.lower() not in UNITS and postcode.is_valid(digits + letters.upper()):
            spans.append(Span(m.start(), m.end(), Kind.POSTCODE, "postcode-glued"))
    for m in _POSTCODE_UPPER.finditer(text):
        if postcode.is_valid(m.group(1) + m.group(2)):
            spans.append(Span(m.start(), m.end(), Kind.POSTCODE, "postcode"))
    for m in _POSTCODE_LOWER.finditer(text):
        if m.group(2) not in UNITS and postcode.is_valid(m.group(0)):
            spans.append(Span(m.start(), m.end(), Kind.POSTCODE, "postcode"))
    for m in _POSTCODE_AFTER_NUMBER.finditer(text):
        letters = m.group(2).lower()
        set_off = "," in text[m.start() : m.start(1)] or m.group(0)[:1].isalpha()
        if letters in _LITTLE_WORDS:
            continue
        if (set_off or letters not in UNITS) and postcode.is_valid(m.group(1) + m.group(2).upper()):
            spans.append(Span(m.start(1), m.end(2), Kind.POSTCODE, "postcode-after-number"))
    for m in _POSTCODE_EACH_SPACED.finditer(text):
        letters = (m.group(5) + m.group(6)).lower()
        if letters in _LITTLE_WORDS or letters in UNITS:
            continue
        if postcode.is_valid("".join(m.groups()).upper()):
            spans.append(Span(m.start(), m.end(), Kind.POSTCODE, "postcode-each-spaced"))
    for m in _POSTCODE_SPACED.finditer(text):
        if postcode.is_valid(m.group(1) + m.group(2) + m.group(3)):
            spans.append(Span(m.start(), m.end(), Kind.POSTCODE, "postcode-spaced"))
    lowered = text.lower()
    named = "post" in lowered or "zip" in lowered or "woon" in lowered or "wone" in lowered
    for m in _POSTCODE_NAMED_LOWER.finditer(text) if named else ():
        letters = m.group(2).lower()
        if letters in _LITTLE_WORDS or letters in UNITS:
            continue  # "ik woon in 2000 en …"
        if postcode.is_valid(m.group(1) + m.group(2).upper()):
            spans.append(Span(m.start(1), m.end(2), Kind.POSTCODE, "postcode-lower"))
    return spans


_POSTCODE_NAMED_LOWER = patterns.compile(
    r"(?i:(?<![\w'’])(?:postcode|post[ \t]+code|zip[ \t]+code|woon|wonen|woont)"
    r"(?:[ \t]+(?:is|in|op|:))?[ \t]*:?[ \t]+)([1-9]\d{3})[ \t]+([a-z]{2})(?![\w])"
)
"""A postcode typed in lower case with a space, as chat types it, after its word or "ik woon
in": "mijn postcode is 7441 kl", "ik woon in 7441 ab"."""


_BSN_WORD = (
    r"(?i)\b(?:bsn|burger[ \t]*service[ \t]*nummer|sofinummer|sofi|persoonsnummer|"
    r"citizen[ \t]+service[ \t]+number)\b"
)
_BSN_SAID = patterns.compile(
    _BSN_WORD + r"[ \t.:]*(?:(?:is|nummer|number|ist|dat|die|that|het|was)[ \t.:]+){0,3}"
)
"""The word for a BSN and what may stand before the number read out: "bsn is", "bsn nummer dat
is"."""


_A_WORD = patterns.compile(r"(?<![\w'’])\w")


def find_spoken_bsns(text: str) -> list[Span]:
    """A BSN read out after its word, in number words or mixed with digits: "bsn is zes negen
    een vier nul nul vijf nul zeven", "mijn bsn is zes negen een, veertig, …"; further on in the
    answer only when its nine digits pass the eleven test."""
    lowered = text.lower()
    if not any(word in lowered for word in ("bsn", "sofi", "burger", "citizen", "persoonsnummer")):
        return []  # checked first
    spans = [
        Span(start, end, Kind.BSN, "bsn-spoken")
        for start, end, digits in number_words.read_after(_BSN_SAID, text, 9)
        if len(digits) in (8, 9)
    ]
    said = _BSN_SAID.search(text)
    position = said.end() if said is not None else len(text)
    for m in _A_WORD.finditer(text, position):
        if m.start() < position:
            continue
        read = number_words.read_digits(text, m.start(), 9)
        if read is not None and len(read[2]) == 9 and bsn.is_valid(read[2]):
            # "burger service nummer is dat echt nodig het is vier acht …", "… en dat van mijn
            # man is twee twee …": nine digits read out that pass the eleven test, after the word
            spans.append(Span(read[0], read[1], Kind.BSN, "bsn-spoken"))
            position = read[1]
    return spans


def find(text: str) -> list[Span]:
    return (
        find_ibans(text)
        + find_spoken_ibans(text)
        + find_bsns(text)
        + find_spoken_bsns(text)
        + find_postcodes(text)
        + find_spoken_postcodes(text)
    )
