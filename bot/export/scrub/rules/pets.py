"""Pets' names: "mijn hond Pluis", "ons paard heet Storm", "de kat van sanne heet wethouder".

With its owner next to it ("de kat van sanne") or in a village, a pet's name points at one
family as a child's does, and a story needs it no more. A word is a pet's name:

- after a verb of naming that follows the pet ("heet", "genaamd", "called"; at most two adverbs
  between, "heet eigenlijk gewoon Minoes"): a capitalised word, or a lower-case one that is no
  frequent word ("heet wethouder", "heet storm") — not "heette weet ik niet meer", "heet in het
  dialect", "named after my grandfather";
- right after the pet, capitalised and no frequent word or a first name ("mijn hond Pluis", "the
  dog Buddy") — not a place ("de kat Giethoorn" is read as the village), a pronoun, a weekday or
  a month ("ik heb een hond Hij is lief", "I fed the cat Sunday").

A lower-case word right after the pet without a verb of naming ("mijn hond pluis zat") is left:
it is more often the pet doing something ("mijn hond blaft").
"""

from __future__ import annotations

from collections.abc import Callable

from bot.export.scrub import patterns
from bot.export.scrub.kinds import Kind
from bot.export.scrub.spans import Span
from bot.export.scrub.words import CONNECTORS, MONTH_NAMES, NOT_NAMES, WEEKDAYS

_PETS = (
    r"hond|hondje|honden|kat|katje|katten|kater|poes|poesje|poezen|paard|paardje|pony|konijn|"
    r"konijntje|cavia|hamster|pup|puppy|parkiet|kanarie|geit|geitje|"
    r"dog|cat|kitten|horse|rabbit|hund|katze|pferd"
)
_ADVERBS = r"eigenlijk|ook|trouwens|gewoon|echt|nog|steeds|actually|also|just|really"
_PET_NAME = patterns.CaseFree(
    patterns.compile(
        rf"(?i)(?<![\w'’])(?:{_PETS})(?![\w'’])"
        r"(?:[ \t]+(?:van|of|von)[ \t]+[\w'’]+)?"
        r"(?:[ \t]+(heet|heette|heten|heetten|genaamd|genoemd|called|named|heißt|hiet|hiette)"
        rf"(?:[ \t]+(?:{_ADVERBS})){{0,2}})?"
        r"[ \t]+([^\W\d_][\w'’-]*)"
    )
)
_NAMING, _NAME = 1, 2
"""The groups of :data:`_PET_NAME`: the verb of naming (if any) and the name."""
_NO_PETS_NAME = NOT_NAMES | CONNECTORS | WEEKDAYS | MONTH_NAMES
"""Never a pet's name; a title may be one ("de kat heet wethouder")."""


def find(
    text: str,
    is_place: Callable[[str], bool],
    is_first_name: Callable[[str], bool],
    frequent_word: Callable[[str], bool],
) -> list[Span]:
    spans = []
    for m in _PET_NAME.matches(text):
        name = text[m.start(_NAME) : m.end(_NAME)]
        folded = name.lower()
        if folded in _NO_PETS_NAME or is_place(name):
            continue
        named = m.start(_NAMING) >= 0
        if (
            is_first_name(folded)
            or (named and not frequent_word(folded))
            or (name[:1].isupper() and not frequent_word(folded))
            or (named and name[:1].isupper())
        ):
            spans.append(Span(m.start(_NAME), m.end(_NAME), Kind.NAME, "pet-name"))
    return spans
