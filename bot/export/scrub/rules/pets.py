"""Pets' names: "mijn hond Pluis", "ons paard heet Storm", "de kat van sanne heet wethouder".

With its owner next to it ("de kat van sanne") or in a village, a pet's name points at one
family as a child's does, and a story needs it no more. A word is a pet's name:

- after a verb of naming that follows the pet ("heet", "genaamd", "called"): whatever word it
  is ("heet wethouder", "heet storm"), but no adverb ("heet eigenlijk", "heet ook");
- right after the pet, capitalised ("mijn hond Pluis", "the dog Buddy") — not a place ("het paard
  Zwolle in" does not occur, but "de kat Giethoorn" is read as the village) — or on the
  first-name list and no ordinary word ("mijn hond max").

A lower-case word that is a word too right after the pet ("mijn hond pluis zat") is left: it is
more often the pet doing something ("mijn hond blaft").
"""

from __future__ import annotations

from collections.abc import Callable

from bot.export.scrub import patterns
from bot.export.scrub.kinds import Kind
from bot.export.scrub.spans import Span

_PETS = (
    r"hond|hondje|honden|kat|katje|katten|kater|poes|poesje|poezen|paard|paardje|pony|konijn|"
    r"konijntje|cavia|hamster|pup|puppy|parkiet|kanarie|geit|geitje|"
    r"dog|cat|kitten|horse|rabbit|hund|katze|pferd"
)
_PET_NAME = patterns.compile(
    rf"(?i)(?<![\w'’])(?:{_PETS})(?![\w'’])"
    r"(?:[ \t]+(?:van|of|von)[ \t]+[\w'’]+)?"
    r"(?:[ \t]+(heet|heette|heten|heetten|genaamd|genoemd|called|named|heißt|hiet|"
    r"hiette)(?:[ \t]+(?:eigenlijk|ook|trouwens|gewoon|echt|actually|also))?)?"
    r"[ \t]+([^\W\d_][\w'’-]*)"
)
_NAMING, _NAME = 1, 2
"""The groups of :data:`_PET_NAME`: the verb of naming (if any) and the name."""
_ON_LOWERED = patterns.for_lowered_text(_PET_NAME)
"""The same pattern for the lower-cased text (about twice as fast, :mod:`patterns`)."""
_NOT_A_NAME = frozenset(
    {"eigenlijk", "ook", "nog", "niet", "gewoon", "trouwens", "echt", "al", "dus", "toch", "nu"}
    | {"wel", "zo", "dan", "toen", "also", "just", "actually", "really", "auch", "eigentlich"}
    | {"de", "het", "een", "the", "a", "der", "die", "das", "is", "was", "en", "and", "und"}
)


def find(
    text: str,
    is_place: Callable[[str], bool],
    is_first_name: Callable[[str], bool],
    known_word: Callable[[str], bool],
) -> list[Span]:
    spans = []
    lowered = patterns.lowered_alike(text) if _ON_LOWERED is not None else None
    matches = (
        _ON_LOWERED.finditer(lowered)
        if _ON_LOWERED is not None and lowered is not None
        else _PET_NAME.finditer(text)
    )
    for m in matches:
        name = text[m.start(_NAME) : m.end(_NAME)]
        folded = name.lower()
        if folded in _NOT_A_NAME or is_place(name):
            continue
        if (
            m.start(_NAMING) >= 0
            or name[:1].isupper()
            or (is_first_name(folded) and not known_word(folded))
        ):
            spans.append(Span(m.start(_NAME), m.end(_NAME), Kind.NAME, "pet-name"))
    return spans
