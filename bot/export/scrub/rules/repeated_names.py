"""A word found as a name once in an answer is a name wherever it stands again in it.

Teenagers name a classmate once where the context says person ("onze fractie was roos, jip,
kick en ik") and then again where nothing does ("kick had wel de beste speech"). The second
time is as telling as the first, so it goes too — but not after an article or a possessive
("een roos", "de storm", "mijn kick") unless the name had that article ("'de Snoek' … de snoek
verdient het"); only where it is written the same way ("Wiej bint nich riek. Mien wief Riek
zeg dat ok.") or capitalised, for a name no language has ("kippie … Kippie bedankt"); and, for
a name that is a word too, where it opens no sentence ("Frank advice is what we need. My
neighbour Frank said so"): there the word is the word. The citizen's own name is left to the
rule that finds it (:func:`bot.export.scrub.rules.names.find_known_person`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

from bot.export.scrub import patterns
from bot.export.scrub.keep import KeepSpan
from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules.person_context import at_sentence_start
from bot.export.scrub.spans import Span
from bot.export.scrub.vocabulary import Vocabulary
from bot.export.scrub.words import DETERMINERS, INTERFIX_WORDS, NEVER_NAMES

_WORD = patterns.compile(r"[^\W\d_][\w'’-]*")
_MIN_LETTERS = 3
_PREVIOUS_WORD = patterns.compile(r"([\w'’]+)[ \t]+$")


def find(
    text: str,
    names: Iterable[Span],
    taken: Iterable[Span],
    kept: Iterable[KeepSpan],
    is_kept: Callable[[str], bool],
    vocabulary: Vocabulary,
) -> list[Span]:
    """Further places of the words of ``names`` in ``text``, outside ``taken`` and ``kept``."""
    names = list(names)
    taken = list(taken)
    joined = _joined_names(text, names)
    spelled = (
        _spelled(text, joined)
        + _initials(text, joined, names, vocabulary)
        + _nicknames_again(text, names, taken)
    )
    shapes: dict[str, set[bool]] = {}
    with_article: set[str] = set()
    titled_places: set[str] = set()
    for span in names:
        if span.kind is not Kind.NAME or span.source.startswith("known-person"):
            continue  # the citizen's own name is found wherever it stands as a name already
        words = _WORD.findall(text[span.start : span.end])
        for word in words:
            if _may_repeat(word, is_kept):
                shapes.setdefault(word.lower(), set()).add(word[:1].isupper())
            elif (
                span.source in _TITLE_SOURCES
                and is_kept(word)
                and len(words) == 1
                and not _KIN_BEFORE.search(text, max(0, span.start - 8), span.start)
            ):
                # "meneer Hellendoorn … Hellendoorn zelf ook": a place's name is his here
                titled_places.add(word.lower())
                shapes.setdefault(word.lower(), set()).update({True, False})
        if len(words) == 2 and words[0].lower() in DETERMINERS | INTERFIX_WORDS:
            with_article.add(f"{words[0].lower()} {words[1].lower()}")  # "de Snoek", "El Amrani"
    if not shapes:
        return spelled
    short_forms = (
        _short_forms(shapes, vocabulary) if _CALLED_BY_ANYWHERE.search(text) else frozenset()
    )
    stretched = {_STRETCH.sub(r"\1", name): name for name in shapes}
    plain = {_without_accents(name): name for name in shapes}
    kept = list(kept)
    found = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        folded = word.lower()
        if folded not in shapes:
            # what makes another word the same name, tried only for words no name is yet
            unaccented = plain.get(folded if folded.isascii() else _without_accents(folded))
            if unaccented is not None:
                shapes[folded] = shapes[unaccented]  # "hüseyin … huseyin"
            elif (
                folded in short_forms
                and _CALLED_BY.search(text, max(0, m.start() - 12), m.start()) is not None
            ) or _typed_stretched(folded, stretched, vocabulary):
                # "kevin … sorry kev": its short form; "sven … svenn wtf": typed stretched
                shapes[folded] = {word[:1].isupper()}
        if folded not in shapes or not _stands_alone(text, m.start(), m.end()):
            continue
        if any(s.overlaps(m.start(), m.end()) for s in taken):
            continue
        before = _PREVIOUS_WORD.search(text, max(0, m.start() - 20), m.start())
        previous = before.group(1).lower() if before is not None else ""
        if folded in titled_places:
            if previous not in _BEFORE_A_PLACE:
                found.append(Span(m.start(), m.end(), Kind.NAME, "repeated-name"))
            continue  # "woont in Hellendoorn": the place
        if any(k.start < m.end() and m.start() < k.end for k in kept):
            continue
        start = m.start()
        if before is not None and f"{previous} {folded}" in with_article:
            start = before.start(1)  # "El Amrani … el amrani": with its particle
            if previous in DETERMINERS:
                # "iedereen noemt hem 'de Snoek' … de snoek verdient het": the nickname again
                found.append(Span(start, m.end(), Kind.NAME, "repeated-name"))
                continue
        elif previous in DETERMINERS:
            continue
        if (
            word[:1].isupper() not in shapes[folded]
            and (
                vocabulary.known_word(folded)
                or (word[:1].islower() and folded in vocabulary.first_names)
            )
            and not (_ADDRESSED.match(text, m.end()) and _opens_a_clause(text, m.start()))
            and previous not in _ADDRESSING
        ):
            # "nich riek … Mien wief Riek": written otherwise, another word; but a name no
            # language has is one in either case ("kippie … Kippie", "El Amrani … el amrani")
            continue
        if not vocabulary.name_like(folded):
            continue  # an ordinary word a rule took once is not spread through the answer
        if (
            word[:1].isupper()
            and vocabulary.known_word(folded)
            and at_sentence_start(text, m.start())
        ):
            continue  # "Frank advice is what we need. My neighbour Frank said so"
        found.append(Span(start, m.end(), Kind.NAME, "repeated-name"))
    return found + spelled


def _nicknames_again(text: str, names: list[Span], taken: list[Span]) -> list[Span]:
    """A nickname of an article and a word, again: "we noemen gijs altijd de burgemeester …
    nu denkt de burgemeester dat hij de baas is" — also where the word alone is never a name."""
    phrases = set()
    for span in names:
        words = text[span.start : span.end].lower().split()
        if span.source == "nickname" and len(words) == 2 and words[0] in DETERMINERS:
            phrases.add(" ".join(words))
    found = []
    for phrase in phrases:
        article, word = phrase.split()
        pattern = rf"(?i)(?<![\w'’]){re.escape(article)}[ \t]+{re.escape(word)}(?![\w'’])"
        for m in re.finditer(pattern, text):
            if not any(s.overlaps(m.start(), m.end()) for s in taken):
                found.append(Span(m.start(), m.end(), Kind.NAME, "repeated-name"))
    return found


_ADDRESSED = patterns.compile(
    r"(?i)[ \t]*[,:]?[ \t]+(?:als[ \t]+(?:je|jij|u)|if[ \t]+(?:you|ur|u)|jij[ \t]+bent|"
    r"you[ \t]+are|bedankt|thanks|thank[ \t]+you|dankjewel|dankjwl)(?![\w'’])"
)
"""The name spoken to ("Bas … bas als je dit leest", "roos, bedankt"): the person again, in
whatever case it is typed."""


_ADDRESSING = frozenset(
    {"sorry", "sry", "bedankt", "thanks", "thx", "dankjewel", "dankjwl", "hoi", "hey", "doei"}
    | {"liefs", "love", "congrats", "gefeliciteerd", "proficiat", "respect", "go"}
)
"""Words said to someone before their name ("… sorry ties 😭", "bedankt roos"): the person
again, in whatever case it is typed."""


def _opens_a_clause(text: str, start: int) -> bool:
    """Nothing but a stop, a comma, an emoji or the start of the text before ``start``: "🤣 bas
    als je dit leest", not "Bij storm als je over de dijk fietst"."""
    before = text[:start].rstrip()
    return not before or not before[-1].isalnum()


_LETTERS = patterns.compile(
    r"(?<![\w'’.-])[^\W\d_](?:(?:[ \t]*[.-][ \t]*|[ \t]+)[^\W\d_]){2,}(?![\w'’])"
)
"""Letters typed or read out one by one: "S L O T", "s-l-o-t", "K.O.K"."""


_ABBREVIATIONS = frozenset(
    {"ps", "gs", "tk", "ek", "dj", "pv", "nv", "bv", "vs", "ok", "pr", "hr", "it", "cv", "mr"}
    | {"dr", "jr", "sr", "st", "wo", "ov", "ns", "gg", "vd", "km", "pm", "am", "tv", "lo", "dm"}
    | {"pb", "em", "wk", "ek", "ab", "bs", "sb"}
)
"""Two letters everyone uses for something else: "PS", "GS" (Gedeputeerde Staten), "TK", "PB"
(a personal best), "EM" and "WK" (championships)."""
_SHORT_TOKEN = patterns.compile(r"(?<![\w'’.@-])(?:[^\W\d_]\.?){2,3}(?![\w'’@-])")


def _initials(
    text: str, joined: list[tuple[int, int]], names: list[Span], vocabulary: Vocabulary
) -> list[Span]:
    """A double first name by its initials, as friends call one: "kj (kees jan dus)", "HJ …
    Henk Jan" — the initials of two first names found together in the answer (``joined``;
    "Pieter Schuurman … PS" is a postscript), never an abbreviation everyone uses, nor a token
    inside one of ``names``."""
    initials = set()
    for start, end in joined:
        # "kj" of "kees jan", "HJ" of "Henk Jan Mulder", "PB" of "Pieter-Bas"
        words = [w.lower() for word in _WORD.findall(text[start:end]) for w in word.split("-") if w]
        if len(words) >= 2 and all(vocabulary.any_first_name(w) for w in words[:2]):
            initials.add(words[0][0] + words[1][0])
    if not initials:
        return []
    found = []
    for m in _SHORT_TOKEN.finditer(text):
        letters = m.group(0).replace(".", "").lower()
        if (
            letters in initials
            and not vocabulary.known_word(letters)
            and not any(s.start <= m.start() < s.end for s in names)
            # "een PB op de 10 km" is a personal best; "PB if ur reading this" is Pieter-Bas
            and (letters not in _ABBREVIATIONS or _ADDRESSED.match(text, m.end()) is not None)
        ):
            found.append(Span(m.start(), m.end(), Kind.NAME, "initials-of-a-name"))
    return found


def _typed_stretched(folded: str, stretched: dict[str, str], vocabulary: Vocabulary) -> bool:
    """Whether ``folded`` is a name of ``stretched`` (its names by their letters typed once)
    with letters held down, and no word itself ("svenn" of "sven")."""
    name = stretched.get(_STRETCH.sub(r"\1", folded))
    return name is not None and folded.startswith(name) and not vocabulary.known_word(folded)


@lru_cache(maxsize=8192)
def _without_accents(word: str) -> str:
    """The word without its accents: "hüseyin" and "huseyin", "zoë" and "zoe" are one name."""
    return "".join(
        ch for ch in unicodedata.normalize("NFD", word) if unicodedata.category(ch) != "Mn"
    )


def _joined_names(text: str, names: list[Span]) -> list[tuple[int, int]]:
    """Name spans with only spaces between them as one name ("kees" "jan" → "kees jan")."""
    joined: list[tuple[int, int]] = []
    for span in sorted((s for s in names if s.kind is Kind.NAME), key=lambda s: s.start):
        if joined and span.start >= joined[-1][1] and not text[joined[-1][1] : span.start].strip():
            joined[-1] = (joined[-1][0], max(joined[-1][1], span.end))
        else:
            joined.append((span.start, span.end))
    return joined


def _spelled(text: str, joined: list[tuple[int, int]]) -> list[Span]:
    """A name spelled out after it is said (``joined``: the answer's names): "Dit is Harmen
    Slot. S L O T." (voice typing)."""
    if not joined:
        return []
    words = set()
    for start, end in joined:
        parts = [w.lower() for w in _WORD.findall(text[start:end])]
        # each word, and the words from each on joined: "ten dam" is spelled "t e n d a m"
        words |= {"".join(parts[i:]) for i in range(len(parts))} | set(parts)
    words = {w for w in words if len(w) >= _MIN_LETTERS}
    found = []
    for m in _LETTERS.finditer(text):
        letters = "".join(ch for ch in m.group(0) if ch.isalpha()).lower()
        if letters in words:
            found.append(Span(m.start(), m.end(), Kind.NAME, "spelled-name"))
    return found


_TITLE_SOURCES = frozenset({"title", "personal-title"})
_KIN_BEFORE = patterns.compile(r"(?i)(?<![\w'’])(?:oma|opa|tante|oom|ome|opoe|omoe|moe|va)[ \t]+$")
"""Grandparents named by their town, as children do ("oma Almelo"): the town stays a town."""
_BEFORE_A_PLACE = frozenset(
    {"in", "uit", "naar", "bij", "van", "te", "rond", "richting", "door", "via", "oet", "noar"}
    | {"from", "to", "near", "at", "nach", "aus", "bis", "tot", "over", "onder", "boven"}
    | {"gemeente", "station", "fc", "sc", "vv", "regio", "centrum", "stad", "dorp"}
)
"""Words after which a place found as someone's name is the place again: "woont in Kampen",
"gemeente Kampen"."""


_CALLING_WORDS = (
    r"(?i)(?<![\w'’])(?:sorry|hoi|hey|hi|hee|thanks|thx|bedankt|dankje|dankjewel|doei|love|ily|"
    r"go|kom[ \t]+op|top|respect|shoutout|succes|gefeliciteerd|proficiat)"
)
"""A word a short form of a name is called by ("sorry kev", "go lot!"): only there is the start
of a name a name — not "het was wel druk tho", "oli bollen"."""
_CALLED_BY = patterns.compile(_CALLING_WORDS + r"[ \t,!]*$")
_CALLED_BY_ANYWHERE = patterns.compile(_CALLING_WORDS + r"(?![\w'’])")
_STRETCH = patterns.compile(r"(\w)\1+")
"""A letter typed more than once, as chat stretches a word ("svenn", "lotteee")."""
_SHORTEST_FORM = 3
_LETTERS_CUT = 2
"""A short form leaves off two letters or more: "kev" of "kevin", "jess" of "jessica"."""


def _short_forms(shapes: dict[str, set[bool]], vocabulary: Vocabulary) -> frozenset[str]:
    """The starts of the first names found that may stand for them (a nickname cut short), where
    they are no word of any language: "kev" of "kevin", "jess" of "jessica" — not "mar" of
    "marco" (a word of dialect)."""
    forms = set()
    for name in shapes:
        if name not in vocabulary.first_names:
            continue  # not "Konto" of a "Kontoinhaber" taken with the name after it
        for length in range(_SHORTEST_FORM, len(name) - _LETTERS_CUT + 1):
            start = name[:length]
            if start not in NEVER_NAMES and not vocabulary.known_word(start):
                forms.add(start)
    return frozenset(forms)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Not part of an address, handle or link: "@kick", "kick.nl", "/kick"."""
    return (start == 0 or text[start - 1] not in "@.#/") and (
        end == len(text) or text[end] not in "@"
    )


def _may_repeat(word: str, is_kept: Callable[[str], bool]) -> bool:
    folded = word.lower()
    return (
        len(folded) >= _MIN_LETTERS
        and folded not in NEVER_NAMES
        and folded not in INTERFIX_WORDS
        and not is_kept(word)
    )
