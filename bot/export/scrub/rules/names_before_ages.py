"""A word that opens a sentence, then a comma and an age that ends it, is who signs: "storm,
net 17 geworden 🎂", "Fenna, 12." — even when the name is a word too; and a capitalised word
that is no word at all before an age in brackets is a child's name: "mijn dochters Sofiia (9)
en Dasha (12)"; after a word for kin, so is any word, in any case ("mn zusje jet (12)"), also
before "van" or a comma and the age ("mijn kleindochter roos van 11").

Only with an age the rules found already, and only in those shapes: the sentence holds nothing
but the word, the comma and the age ("Eerlijk, 16 is te jong om te stemmen" keeps its word:
the sentence goes on after the age).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.export.scrub import patterns
from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules.names import SIGN_OFF_WORDS
from bot.export.scrub.rules.person_context import at_sentence_start
from bot.export.scrub.spans import Span
from bot.export.scrub.words import GREETINGS, NEVER_NAMES, RELATIONS_PATTERN

_WORD_AND_COMMA = patterns.compile(
    r"([^\W\d_][\w'’-]*)[ \t]*,[ \t]*(?:(?i:net|bijna|pas|al|nu|just)[ \t]+)?$"
)
_AGE_ENDS_THE_SENTENCE = patterns.compile(
    r"[ \t]*(?:(?i:jaar|jr\.?|joar|years?|yo|y/o|oud|old|geworden|worden|wordt)[ \t]*)?"
    r"(?:$|[\n.!?)]|[^\w\s,;:'’\"-])"
)
_WORD_BEFORE_BRACKET = patterns.compile(r"([A-Z][\w'’-]+)[ \t]*\([ \t]*$")
_KIN_WORD_BEFORE_BRACKET = patterns.compile(
    rf"(?i:(?<![\w'’])(?:{RELATIONS_PATTERN}))[ \t]+([^\W\d_][\w'’-]+)"
    r"(?:[ \t]*\(|(?P<set_off>[ \t]*,|[ \t]+(?i:van)))[ \t]*$"
)
_NOT_A_SIGNER = frozenset(
    {"ja", "nee", "nou", "oke", "oké", "ok", "okay", "yes", "no", "maar", "en", "dus", "want"}
    | {"eerlijk", "sorry", "ps", "nb", "trouwens", "toen", "nu", "now", "well", "so", "ik"}
    | {"wij", "we", "hij", "zij", "ze", "i", "he", "she", "kinderen", "kids", "leeftijd", "age"}
)


def find(
    text: str,
    ages: Iterable[Span],
    is_place: Callable[[str], bool],
    is_name_like: Callable[[str], bool],
    is_known: Callable[[str], bool],
) -> list[Span]:
    found = []
    for age in ages:
        if age.kind is not Kind.AGE:
            continue
        bracketed = _WORD_BEFORE_BRACKET.search(text, max(0, age.start - 40), age.start)
        if (
            bracketed is not None
            and bracketed.group(1).lower() not in NEVER_NAMES
            and not is_place(bracketed.group(1))
            and not is_known(bracketed.group(1))
        ):
            found.append(Span(bracketed.start(1), bracketed.end(1), Kind.NAME, "name-before-age"))
            continue
        kin = _KIN_WORD_BEFORE_BRACKET.search(text, max(0, age.start - 50), age.start)
        if (
            kin is not None
            and kin.group(1).lower() not in NEVER_NAMES
            and not is_place(kin.group(1))
            and (kin.group("set_off") is None or is_name_like(kin.group(1)))
        ):
            # "mn zusje jet (12)", "mijn kleindochter roos van 11", "mijn neef sem, 14,": after
            # a word for kin, a name in lower case, be it a word too
            found.append(Span(kin.start(1), kin.end(1), Kind.NAME, "name-before-age"))
            continue
        before = _WORD_AND_COMMA.search(text, max(0, age.start - 40), age.start)
        if before is None or not at_sentence_start(text, before.start(1)):
            continue
        if _AGE_ENDS_THE_SENTENCE.match(text, age.end) is None:
            continue
        word = before.group(1)
        folded = word.lower()
        if (
            len(folded) < 2
            or folded in _NOT_A_SIGNER
            or folded in SIGN_OFF_WORDS
            or folded in NEVER_NAMES
            or folded in GREETINGS
            or is_place(word)
            or not is_name_like(word)
        ):
            continue  # "Scholieren, 14 jaar oud."
        found.append(Span(before.start(1), before.end(1), Kind.NAME, "name-before-age"))
    return found
