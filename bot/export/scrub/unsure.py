"""Spots where the scrubber is unsure, for an editor to check before anything is published.

The scrubber leaves these words in the text; the ``md`` draft marks them
(``**[controleer: Sterre]**``) and staff are told how many there are:

- a capitalised word inside a sentence that is no known place, programme name or ordinary
  word (Dutch, English, dialect) — a name the lists do not know ("Xiomara", "Twence");
- a lower-case word on the first-name list that no rule replaced ("toen thomas de motie");
- a name that deduce found but that is also an ordinary word and was kept ("Hope is…");
- a number right next to a replaced name ("[naam] 14");
- a school named without a class ("ik zit op het Greijdanus"), and the place right after a
  school with its class ("[school] in Raalte": it may name one of the school's locations);
- a word no list knows where a role would stand ("ik ben glazenier in Ommen"), a former
  common occupation ("als oud-docent"), an occupation with a where no list knows ("mijn zus
  is juf op de zonnebloem"), a business of "our" ("onze bakkerij in Delden": the village's or
  the writer's?): :func:`bot.export.scrub.rules.roles.analyse`;
- a number word after "is" or "was" whose subject may be no person ("de score was twaalf
  en"): :func:`bot.export.scrub.rules.ages.analyse`;
- a rare role after a verb of being whose subject the rules cannot find ("Mijn vader, die
  vorig jaar overleed, was voorzitter van …"): :func:`bot.export.scrub.rules.roles.analyse`;
- the year someone came to live where they live ("wij wonen sinds 1971 op de boerderij"):
  :func:`bot.export.scrub.rules.dates.spots`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.export.scrub.keep import KeepSpan
from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules.person_context import at_sentence_start, tokens
from bot.export.scrub.spans import Span
from bot.export.scrub.vocabulary import Vocabulary
from bot.export.scrub.words import CUED_FIRST_NAMES, NOT_NAMES, TITLES

_NUMBER = re.compile(r"\d{1,4}")
_NEAR = 3


def spots(
    text: str,
    replaced: list[Span],
    kept: Iterable[KeepSpan],
    vocabulary: Vocabulary,
    *,
    kept_names: Iterable[Span] = (),
    schools_alone: Iterable[tuple[int, int]] = (),
    rule_spots: Iterable[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """Unsure spots in ``text`` (original positions), none inside a replaced span."""
    kept = list(kept)
    found: list[tuple[int, int]] = []
    for token in tokens(text):
        if _inside(token.start, token.end, replaced) or _inside_keep(token.start, token.end, kept):
            continue
        folded = token.lower
        if folded in NOT_NAMES or folded in TITLES:
            continue
        if folded in vocabulary.dialect_names and vocabulary.dialect_word_here(folded, text):
            continue
        if token.capitalised:
            if at_sentence_start(text, token.start) or len(token.text) < 3:
                continue
            folded = re.split(r"['’]", folded)[0]  # "I've", "Anne's"
            if vocabulary.known_word(folded) and folded not in vocabulary.first_names:
                continue
            if folded in vocabulary.places_elsewhere and folded not in vocabulary.first_names:
                continue
            found.append((token.start, token.end))
        elif vocabulary.lower_case_name(folded) or folded in CUED_FIRST_NAMES:
            if folded in CUED_FIRST_NAMES and vocabulary.known_word(folded):
                continue
            found.append((token.start, token.end))
    for span in kept_names:
        word = text[span.start : span.end].strip().lower()
        if word in vocabulary.dialect:
            continue
        if word in vocabulary.first_names or word in CUED_FIRST_NAMES:
            found.append((span.start, span.end))
    for span in replaced:
        if span.kind is not Kind.NAME:
            continue
        for m in _NUMBER.finditer(text, max(0, span.start - _NEAR - 4), span.end + _NEAR + 4):
            if (0 <= span.start - m.end() <= _NEAR or 0 <= m.start() - span.end <= _NEAR) and (
                not _inside(m.start(), m.end(), replaced)
            ):
                found.append((m.start(), m.end()))
    for start, end in (*schools_alone, *rule_spots):
        if not _inside(start, end, replaced):
            found.append((start, end))
    return _disjoint(found, replaced)


def _inside(start: int, end: int, spans: Iterable[Span]) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def _inside_keep(start: int, end: int, spans: Iterable[KeepSpan]) -> bool:
    return any(s.start <= start and end <= s.end for s in spans)


def _disjoint(found: list[tuple[int, int]], replaced: list[Span]) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    for start, end in sorted(set(found)):
        if _inside(start, end, replaced):
            continue
        if result and start < result[-1][1]:
            result[-1] = (result[-1][0], max(end, result[-1][1]))
        else:
            result.append((start, end))
    return result
