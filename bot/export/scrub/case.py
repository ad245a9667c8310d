"""Shouted and title-cased answers, read as ordinary text.

"MIJN VROUW IS GEVALLEN VOOR KERKSTRAAT 9" and "Wat We Nodig Hebben Is Handhaving" give
every word a capital, and the rules read a capital as a name. Before the rules run, an answer
written that way is read with its ordinary words in lower case and the rest (names, places,
streets) with one capital: "mijn vrouw is gevallen voor Kerkstraat 9". Each word keeps its
length, so every position found in the readable text is the same in the answer.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.export.scrub import patterns

_WORD = patterns.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_CAPITAL_START = patterns.compile(r"(?<![\w'’-])[A-Z]")
_MIN_WORDS = 6
"""Answers with fewer ordinary words ("Schriev mie mar: B. Oude Luttikhuis, …") are left as
they are: their capitals are names."""
_SHARE = 0.6
"""An answer is shouted or title-cased when this share of its ordinary words has a capital
(in ordinary writing only those that open a sentence have one)."""
_SHORT = 3
"""Words this short that are no ordinary word keep their case: "VVD", "NL", "BSN"."""
_SURNAME_PREFIXES = frozenset({"de", "van", "der", "den", "ter", "ten", "te", "het", "'t", "op"})


def readable(
    text: str,
    is_ordinary: Callable[[str], bool],
    is_first_name: Callable[[str], bool],
    is_surname: Callable[[str], bool],
    is_place: Callable[[str], bool],
    before_a_name: Callable[[str], bool],
) -> str:
    """``text`` with its case made ordinary when (nearly) every word has a capital.

    ``is_ordinary`` tells a word of the language ("vrouw", "wil"), ``is_first_name`` a first
    name ("Johan"), ``is_surname`` a surname, ``is_place`` a kept place ("Goor"),
    ``before_a_name`` a word a name follows ("dochter", "meneer"). A word that no list knows
    is read as a word ("DE ANWB ZEGT", "BOOMPJES"); a name on the lists keeps one capital.
    After a first name that is no word (and the prefix of a surname), or after a word a name
    follows, a name keeps its capital also when it is a word too: "JOHAN KOSTER", "JAN DE
    BOER", "Met Mijn Dochter Roos" — not "MIJN VROUW IS".
    """
    if len(_CAPITAL_START.findall(text)) < _SHARE * _SHARE * len(text.split()):
        return text  # checked first: most answers have few capitals, and the lookups cost
    words = [m.group(0) for m in _WORD.finditer(text) if len(m.group(0)) > 1]
    ordinary = [word for word in words if is_ordinary(word)]
    if len(ordinary) < _MIN_WORDS:
        return text
    if sum(1 for word in ordinary if word[0].isupper()) < _SHARE * len(ordinary):
        return text
    chars = list(text)
    after_first_name = False
    after_a_cue = False
    for m in _WORD.finditer(text):
        word = m.group(0)
        known_name = is_surname(word) or is_first_name(word)
        if (len(word) <= 2 and word.isupper()) or (m.start() and text[m.start() - 1].isdigit()):
            after_first_name = after_a_cue = False
            continue  # "8331 KL", "7 4 3 1 A K", "J. KOSTER": letters of a code or an initial
        if is_place(word) or (
            (after_first_name or after_a_cue) and (known_name or not is_ordinary(word))
        ):
            new = _capitalised(word)
        elif after_first_name and word.lower() in _SURNAME_PREFIXES:
            new = word.lower()  # "JAN DE BOER": the prefix, and the surname after it
            chars[m.start() : m.end()] = new
            continue
        elif len(word) <= _SHORT and word.isupper() and not is_ordinary(word):
            new = word  # "VVD", "NL"
        elif known_name and not is_ordinary(word):
            new = _capitalised(word)
        else:
            new = word.lower()  # a word, or one no list knows ("ANWB", "BOOMPJES")
        after_first_name = is_first_name(word) and new[:1].isupper()
        after_a_cue = before_a_name(word)
        if len(new) == len(word):
            chars[m.start() : m.end()] = new
    return "".join(chars)


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:].lower()
