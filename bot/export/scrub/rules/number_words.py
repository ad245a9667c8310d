"""Numbers written as words, 1 to 119, in Dutch (with Twents and Sallands spellings and common
typos), English and (to 99) German: "zestien", "zevenentachtig", "tweeëntwintig", "vieftig",
"zeuventig", "dartien", "achtien", "thirty-four", "vijf-en-twintig", "zweiundzwanzig".

Used by the age rules: "ik ben zestien" is an age as much as "ik ben 16".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from bot.export.scrub import patterns

_DUTCH_UNITS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9,
    # Twents, Sallands, Achterhoeks
    "dree": 3, "vief": 5, "zeuven": 7,
}  # fmt: skip
_DUTCH_TEENS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "achtien": 18, "negentien": 19,
    "dartien": 13, "vieftien": 15, "zeuventien": 17, "tiene": 10, "elve": 11, "twaalve": 12,
    "dartiene": 13, "veertiene": 14, "vieftiene": 15, "zestiene": 16, "zeuventiene": 17,
    "achttiene": 18, "negentiene": 19, "dattien": 13, "dattiene": 13, "twalf": 12, "twalve": 12,
}  # fmt: skip
_DUTCH_TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "vieftig": 50, "zestig": 60,
    "zeventig": 70, "tachtig": 80, "negentig": 90,
    "dartig": 30, "zeuventig": 70, "dattig": 30,
}  # fmt: skip
_ENGLISH_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
_ENGLISH_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_ENGLISH_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

_GERMAN_UNITS = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
}  # fmt: skip
_GERMAN_TEENS = {
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
}  # fmt: skip
_GERMAN_TENS = {
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90,
}  # fmt: skip


@cache
def values() -> dict[str, int]:
    """Every spelling we recognise, lower case, with its value."""
    found = dict(_dutch_values())
    found.update(_ENGLISH_UNITS)
    found.update(_ENGLISH_TEENS)
    found.update(_ENGLISH_TENS)
    for tens_word, tens in _ENGLISH_TENS.items():
        for unit_word, unit in _ENGLISH_UNITS.items():
            found[f"{tens_word}-{unit_word}"] = tens + unit
            found[f"{tens_word} {unit_word}"] = tens + unit
    found["a hundred"] = 100
    found["hundred"] = 100
    found.update(_german_values())
    return found


@cache
def _german_values() -> dict[str, int]:
    found = {**_GERMAN_UNITS, **_GERMAN_TEENS, **_GERMAN_TENS}
    for tens_word, tens in _GERMAN_TENS.items():
        for unit_word, unit in {"ein": 1, **_GERMAN_UNITS}.items():
            found[f"{unit_word}und{tens_word}"] = tens + unit  # "zweiundzwanzig"
    return found


@cache
def german_pattern() -> str:
    """A regex (no groups) matching a German number word ("zweiundzwanzig", "neun"): kept out
    of :func:`pattern`, which every age rule carries, as only German answers need it."""
    from bot.export.scrub.keep import trie_regex

    return "(?:" + trie_regex(set(_german_values())) + ")"


@cache
def _dutch_values() -> dict[str, int]:
    found: dict[str, int] = {}
    found.update(_DUTCH_UNITS)
    found.update(_DUTCH_TEENS)
    found.update(_DUTCH_TENS)
    for tens_word, tens in _DUTCH_TENS.items():
        for unit_word, unit in _DUTCH_UNITS.items():
            if unit_word == "één":
                continue
            joiners = ("ën", "en") if unit_word.endswith("e") else ("en",)
            for joiner in joiners:
                found[f"{unit_word}{joiner}{tens_word}"] = tens + unit
            found[f"{unit_word}-en-{tens_word}"] = tens + unit  # "zeuven-en-zeuventig"
    hundreds = dict(found)
    found["honderd"] = 100
    for word, value in hundreds.items():
        if value < 20:
            found[f"honderd{word}"] = 100 + value
            found[f"honderden{word}"] = 100 + value
            found[f"honderd-en-{word}"] = 100 + value  # "honderd-en-twee"
    return found


def digits(word: str) -> str | None:
    """The digits a word says when a number is read out: "nul" → "0", "twaalf" → "12", "7" →
    "7"; ``None`` for anything else."""
    if word.isdigit():
        return word  # "0417": every digit, the zero too
    if word.lower() in {"nul", "zero"}:
        return "0"
    number = value(word)
    return None if number is None else str(number)


_READ_TOKEN = patterns.compile(r"[ \t,.-]*([^\W\d_]+|\d+)")
_SPLIT_NUMBER = patterns.compile(r"(?i)([^\W\d_]+)[ \t]+(?:en|ën)[ \t]+([^\W\d_]+tig)(?![\w-])")
_LETTER_NAMES = {
    "bee": "B", "cee": "C", "dee": "D", "ee": "E", "ef": "F", "gee": "G", "ha": "H", "jee": "J",
    "ka": "K", "el": "L", "em": "M", "pee": "P", "ku": "Q", "kuu": "Q", "tee": "T", "uu": "U",
    "vee": "V", "wee": "W", "iks": "X", "zet": "Z", "kaa": "K", "haa": "H", "be": "B",
    "pe": "P", "ge": "G", "ce": "C", "ix": "X", "ex": "X", "zed": "Z", "aa": "A", "oo": "O",
}  # fmt: skip
"""Letters read out by their names ("ka bee"); not those that are words too ("en", "er",
"ie", "es", "o")."""
_LETTER_NAMES_ALSO_WORDS = {"er": "R", "es": "S", "en": "N", "ie": "I"}
"""Letters whose names are words too: read as letters only after four signs, where a plate or
a postcode ends, and only after its word ("kenteken be ix nul vier zes er", "postcode zeven
vier vijf een ee es") — not "een twee drie vier en er kwam niemand"."""
_SIGNS_BEFORE_WORD_LETTERS = 4
_BANK_CODE_START, _BANK_CODE_END = 2, 6
"""Where the bank's four letters stand in an IBAN read out after its "NL": after the two check
digits."""


_TWO_LETTER_WORDS = frozenset(
    {"en", "in", "op", "of", "is", "te", "de", "al", "nu", "er", "ze", "je", "we", "ik", "om"}
    | {"na", "ja", "zo", "an", "at", "on", "it", "to", "so", "or", "as", "be", "by", "me", "my"}
    | {"ok", "oh", "uh", "eh", "hé", "he", "nl", "ps"}
)
"""Words of two letters that end a postcode's reading rather than being its letters."""


def read_out(
    text: str,
    position: int,
    longest: int,
    *,
    after_its_word: bool = False,
    code_in_lower_case: bool = False,
) -> Iterator[tuple[int, str]]:
    """What is read out sign by sign from ``position``: letters one by one (or up to four in
    capitals) or by their names, digits as number words or digits ("g x vier acht twee k",
    "zeven zes nul negen K L", "zeven vijf nul een AB", "acht drie drie een el ee"). Yields
    (where the reading ends, the signs so far, letters in capitals) after each word, up to
    ``longest`` signs; stops at the first word that is no letter and no number."""
    read = ""
    while len(read) < longest:
        token = _READ_TOKEN.match(text, position)
        if token is None:
            return
        word = token.group(1)
        split = _SPLIT_NUMBER.match(text, token.start(1))
        joined = value(f"{split.group(1)}en{split.group(2)}") if split is not None else None
        if split is not None and joined is not None:
            # "twee en zeventig": 72 said in three words
            read += str(joined)
            position = split.end()
            yield position, read
            continue
        # one letter, or up to four in capitals: "AB", "ABNA" (a bank's code in an IBAN); in an
        # IBAN also four in lower case, as voice typing writes the code ("ingb")
        letters = word.isalpha() and (
            len(word) == 1
            or (len(word) <= 4 and word.isupper())
            or (code_in_lower_case and len(word) == 4 and value(word) is None)
            # "postcode zeven vier vier drie kl": a postcode's two letters typed as one word
            or (
                after_its_word
                and len(word) == 2
                and len(read) == 4
                and read.isdigit()
                and word.lower() not in _TWO_LETTER_WORDS
                and word.lower() not in _LETTER_NAMES  # "ee es": E and S by their names
            )
        )
        said = word.upper() if letters else _LETTER_NAMES.get(word.lower()) or digits(word)
        if said is None and after_its_word and len(read) >= _SIGNS_BEFORE_WORD_LETTERS:
            said = _LETTER_NAMES_ALSO_WORDS.get(word.lower())
        if said is None and code_in_lower_case and _BANK_CODE_START <= len(read) < _BANK_CODE_END:
            # "en el vijfentachtig i en ge bee …": the bank's code (INGB) by its letters' names
            said = _LETTER_NAMES_ALSO_WORDS.get(word.lower())
        if said is None:
            return
        read += said
        position = token.end()
        yield position, read


LISTED_NUMBER_WORD = (
    r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\w+tien|\w*tig|two|three|four|"
    r"five|six|seven|eight|nine|ten|\w+teen)"
)
"""A number word as the next in a list of ages ("van acht zes en twee"), by its shape: a lookahead
that needs no trie of every number word."""
_SPOKEN_TOKEN = patterns.compile(r"[ \t,.\-]*([^\W_]+)")
_ZEROS = frozenset({"nul", "zero", "oh", "null"})
_DOUBLES = frozenset({"double", "dubbel", "doppel"})
_GERMAN_DIGITS = {"eins": "1", "zwo": "2"} | {word: str(n) for word, n in _GERMAN_UNITS.items()}


def read_digits(text: str, position: int, longest: int) -> tuple[int, int, str] | None:
    """The digits read out from ``position`` in any mix of digits and number words (Dutch,
    English, German), with commas, full stops or dashes between the groups, "plus" first for
    "+" and "double" for a digit said twice: (start, end, digits), or ``None`` when nothing is
    read. For numbers a citizen reads out after the word for them (a phone number, a BSN)."""
    read, start, double = "", None, False
    while len(read) < longest:
        token = _SPOKEN_TOKEN.match(text, position)
        if token is None:
            break
        word = token.group(1).lower()
        said = "0" if word in _ZEROS else _GERMAN_DIGITS.get(word) or digits(word)
        if word == "plus" and not read:
            said = ""
        elif word in _DOUBLES:
            double, said = True, ""
        elif said is None:
            break
        if double and said:
            said, double = said * 2, False
        start = token.start(1) if start is None else start
        read += said
        position = token.end()
    return None if start is None else (start, position, read)


_A_LETTER = patterns.compile(r"[^\W\d_]")


def read_after(cue: re.Pattern[str], text: str, longest: int) -> Iterator[tuple[int, int, str]]:
    """The digits read out (:func:`read_digits`) right after each match of ``cue`` — "mijn
    nummer is", "bsn" — where a word says at least one of them (digits alone the rules for
    digits find): (start, end, digits)."""
    for m in cue.finditer(text):
        read = read_digits(text, m.end(), longest)
        if read is not None and _A_LETTER.search(text, read[0], read[1]):
            yield read


_MIN_TYPO = 6


@cache
def _without_one_letter() -> dict[str, int]:
    """Every number word of six letters or more with one letter left out: "vijtien" → 15."""
    found: dict[str, int] = {}
    for word, number in values().items():
        if len(word) >= _MIN_TYPO and " " not in word:
            for i in range(len(word)):
                found.setdefault(word[:i] + word[i + 1 :], number)
    return found


def typed_value(word: str) -> int | None:
    """The value of a number word, also typed with one letter missing, extra or wrong
    ("vijtien", "vijfftien", "vijdtien"); ``None`` for anything else. For places where only a
    number can stand ("Kevin (vijtien)")."""
    folded = word.lower()
    found = value(folded)
    if found is not None or len(folded) < _MIN_TYPO:
        return found
    dropped = _without_one_letter()
    if folded in dropped:
        return dropped[folded]
    for i in range(len(folded)):
        shorter = folded[:i] + folded[i + 1 :]
        if shorter in values():
            return values()[shorter]
        if shorter in dropped:
            return dropped[shorter]
    return None


def value(word: str) -> int | None:
    """The value of a number word or of digits; ``None`` for anything else."""
    if word.isdigit():
        return int(word)
    return values().get(" ".join(word.lower().split()))


@cache
def pattern() -> str:
    """A regex (no groups) matching any Dutch or English number word (German ones:
    :func:`german_pattern`), shaped as a trie: a plain alternation of 700 words, tried word by
    word at every position, made the age rules ten times slower."""
    from bot.export.scrub.keep import trie_regex

    spaced = {w for w in values() if " " in w}
    german_only = set(_german_values()) - set(_dutch_values())  # "elf", "vier" are Dutch too
    single = set(values()) - spaced - german_only
    # the words of several tried first ("drie en zeuventig" before "drie"), also as a trie, a
    # space in them standing for any run of spaces
    several = trie_regex(spaced).replace(r"\ ", r"[ \t]+")
    return f"(?:{several}|{trie_regex(single)})"


def english_alternations() -> tuple[str, str, str]:
    """The English number words as three regex alternations (no groups): units ("one" …
    "nine"), teens ("ten" … "nineteen") and tens ("twenty" … "ninety"), for rules that put
    them together as a number is read out ("twenty three")."""
    return (
        "|".join(_ENGLISH_UNITS),
        "|".join(_ENGLISH_TEENS),
        "|".join(_ENGLISH_TENS),
    )


@cache
def dutch_pattern() -> str:
    """A regex (no groups) matching a Dutch number word only ("zeventien", not "three")."""
    from bot.export.scrub.keep import trie_regex

    return "(?:" + trie_regex(set(_dutch_values())) + ")"


_DUTCH_ORDINAL_UNITS = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
    "achtste": 8, "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12,
}  # fmt: skip
_ENGLISH_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip


@cache
def ordinal_values() -> dict[str, int]:
    """Ordinals written as words, 1st to 119th: "achttiende", "vijfenzeventigste",
    "eighteenth", "twenty-first" ("op mijn achttiende", "my seventieth birthday")."""
    found: dict[str, int] = dict(_DUTCH_ORDINAL_UNITS)
    found.update(_ENGLISH_ORDINAL_UNITS)
    for word, number in _dutch_values().items():
        if number > 12:
            # 13-19 take -de, the rest -ste ("dertiende", "twintigste", "honderdste").
            found[word + ("de" if number < 20 else "ste")] = number
    for word, number in _ENGLISH_TEENS.items():
        if number > 12:
            found[word + "th"] = number
    for word, number in _ENGLISH_TENS.items():
        found[word[:-1] + "ieth"] = number
        for unit_word, unit in _ENGLISH_ORDINAL_UNITS.items():
            if unit < 10:
                found[f"{word}-{unit_word}"] = number + unit
    return found


def ordinal_value(word: str) -> int | None:
    """The value of an ordinal word ("achttiende" → 18) or of "18e", "18de", "18ste", "18th"."""
    digits = re.fullmatch(r"(\d{1,3})(?:e|de|ste|st|nd|rd|th)", word.lower())
    if digits:
        return int(digits.group(1))
    return ordinal_values().get(word.lower())


@cache
def ordinal_pattern() -> str:
    """A regex (no groups) matching any ordinal word, as a trie."""
    from bot.export.scrub.keep import trie_regex

    return "(?:" + trie_regex(set(ordinal_values())) + ")"
