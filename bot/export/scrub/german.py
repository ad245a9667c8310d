"""Answers written in German, as neighbours from across the border and German newcomers write
them: German writes every noun with a capital, so a capital there says noun, not name.

In such an answer a capitalised word that no list knows as a first name, and that follows no
word for a person, is a word ("die Grenze", "der Kita", "mein Mann"), neither taken as a name
nor marked for the editor; a first name stays a name ("meine Tochter Lena", "Kollegin Sabine").
Which answers are German the writer's little words tell: those German has and Dutch and its
dialects have not ("ich", "und", "nicht", "für").
"""

from __future__ import annotations

from functools import lru_cache

from bot.export.scrub import patterns
from bot.export.scrub.sentences import Sentences
from bot.export.scrub.words import PERSONAL_TITLES

_GERMAN_ONLY = frozenset(
    {"ich", "und", "nicht", "wir", "sie", "ist", "für", "auch", "aber", "sehr", "kein", "keine"}
    | {"das", "der", "dem", "ein", "eine", "einen", "einem", "mein", "meine", "meinen", "unser"}
    | {"unsere", "wohne", "wohnen", "arbeite", "arbeitet", "bin", "gibt", "habe", "haben", "hat"}
    | {"wird", "werden", "über", "zum", "zur", "vom", "beim", "auf", "aus", "bei", "nach"}
    | {"nur", "schon", "gern", "gerne", "immer", "jeden", "jede", "jeder", "weil", "dass"}
    | {"daß", "oder", "sind", "heute", "mich", "mir", "dir", "euch", "ihr"}
    | {"ihre", "kann", "muss", "soll", "möchte", "bitte", "danke", "viele", "seit", "zwei"}
    | {"drei", "jetzt", "wenn", "warum", "weiß", "gut", "gute", "guten", "grenze", "leider"}
)
"""German little words that Dutch, Twents and Sallands do not write ("was", "die", "wie",
"den", "man" and "van" are left out: Dutch has them too; so are "bin", "hier", "uns", "es",
"im" and "bis", which Twents and Sallands write too)."""
_GERMAN_MARKERS = frozenset({"ich", "und", "nicht", "ist", "für", "auch", "sehr", "wir", "das"})
"""One of these at least: a Twents answer full of "bin" and "uns" is no German one."""
_GERMAN_SHARE = 0.2
"""A fifth of an answer's words German only: German answers score 0.25–0.45, Dutch and
dialect ones under 0.05 (``zu``, ``bin`` and ``im`` turn up in dialect)."""
_MIN_WORDS = 6
_WORD = patterns.compile(r"[a-zäöüß]+")
_PERSON_BEFORE = frozenset(
    {"frau", "herr", "herrn", "kollegin", "kollege", "tochter", "sohn", "mann", "freund"}
    | {"freundin", "nachbar", "nachbarin", "oma", "opa", "tante", "onkel", "bruder", "schwester"}
    | {"heiße", "heisse", "name", "namens", "frau.", "hr", "hr.", "fr", "fr."}
)
"""Words after which a capitalised word is a person's name ("meine Kollegin Sabine")."""
_PREVIOUS = patterns.compile(r"([\w.]+)[ \t]*$")
_ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "kein"}
    | {"keine", "mein", "meine", "meinen", "unser", "unsere", "jede", "jeden", "jeder", "beide"}
    | {"zwei", "drei", "viele", "im", "am", "beim", "zum", "zur", "vom", "für", "weniger", "mehr"}
)


@lru_cache(maxsize=256)
def is_german(text: str) -> bool:
    """Whether the answer is written in German."""
    words = _WORD.findall(text.lower())
    if len(words) < _MIN_WORDS or _GERMAN_MARKERS.isdisjoint(words):
        return False
    return sum(1 for w in words if w in _GERMAN_ONLY) / len(words) >= _GERMAN_SHARE


def in_german(text: str, position: int) -> bool:
    """Whether the answer, or the sentence at ``position`` of an answer in Dutch, is written in
    German: "Ik woon in Denekamp. Die Fischer an der Dinkel sagen, das Wasser ist im Sommer zu
    warm." """
    if is_german(text):
        return True
    start, end = Sentences(text).bounds(position)
    return is_german(text[start : end + 1])


def is_noun(
    text: str,
    start: int,
    end: int,
    first_names: frozenset[str],
    german: frozenset[str],
    surnames: frozenset[str] = frozenset(),
) -> bool:
    """Whether the capitalised word at ``start``–``end`` of a German answer or sentence is a
    word, not a name: one of German's little words ("Meine Frau"), or a noun — no first name and
    no word for a person before it, and a German word (``german``: the frequent ones) or after
    an article ("der Kita", "eine Melkmaschine") — not a name no list knows ("Jörg Wessels")."""
    word = text[start:end]
    if not word[:1].isupper() or " " in word or not in_german(text, start):
        return False
    if word.lower() in _GERMAN_ONLY or word.lower() in _ARTICLES:
        return True  # "Meine Frau": a little word, whatever name it is too
    if word.lower() in first_names:
        return False
    previous = _PREVIOUS.search(text, max(0, start - 20), start)
    before = previous.group(1).lower() if previous else ""
    if before in _PERSON_BEFORE or before in PERSONAL_TITLES:
        # "Frau Lindemann", "Herr Koch" — but "mit meiner Frau Urlaub gemacht", "der Herr
        # Bürgermeister": a frequent German word that is no surname is the noun it is
        folded = word.lower()
        return folded in german and folded not in surnames and folded not in _PERSON_BEFORE
    return word.lower() in german or before in _ARTICLES


_WORD_IN_SPAN = patterns.compile(r"\S+")


def without_nouns(
    text: str,
    start: int,
    end: int,
    first_names: frozenset[str],
    german: frozenset[str],
    surnames: frozenset[str] = frozenset(),
) -> int | None:
    """Where a name found in a German answer begins once the words before it that are no name
    are left out ("[Mann Herman Nijenhuis]" → "Mann [Herman Nijenhuis]", "[den Hof]" → no
    name); ``start`` itself outside German answers, ``None`` when no name is left."""
    if not is_german(text):
        return start
    for word in _WORD_IN_SPAN.finditer(text, start, end):
        lowered = word.group(0).lower()
        little = lowered in _GERMAN_ONLY or lowered in _ARTICLES  # "Meine Frau"
        if word.group(0)[:1].isupper() and lowered in first_names and not little:
            return word.start()
        lower = word.group(0)[:1].islower()
        if not (lower or is_noun(text, word.start(), word.end(), first_names, german, surnames)):
            return word.start()
    return None
