"""Spots where the scrubber is unsure, for an editor to check before anything is published.

The scrubber leaves these words in the text; the ``md`` draft marks them
(``**[controleer: Sterre]**``) and staff are told how many there are:

- a capitalised word inside a sentence that is no known place, programme name or ordinary
  word (Dutch, English, dialect) — a name the lists do not know ("Xiomara", "Twence");
- a lower-case word on the first-name list that no rule replaced ("toen thomas de motie"),
  also one that is a word too where it is the subject of a verb said of people ("ties had de
  beste speech", "roos zei"), but not after an article ("de dieke langs de IJssel");
- a first name opening a sentence, also one that is a word too ("Roos was de beste"), and
  one that is a word too in the middle of one ("toen Mark het zei");
- a word in lower case right after a title of address that no rule replaced ("juf klein");
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
  :func:`bot.export.scrub.rules.dates.spots`;
- a house number after a name no word list knows ("bij Tolhuis 7 in Raalte"), which may be
  where someone lives: :func:`bot.export.scrub.rules.addresses.spots`;
- a class with its level and no school ("groetjes storm uit h3c", "mijn 4 havo"):
  :func:`bot.export.scrub.rules.schools.classes_alone`; a business told only by its region
  ("een camping in het Vechtdal"): :func:`bot.export.scrub.rules.roles.analyse`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.export.scrub import german, patterns
from bot.export.scrub.keep import KeepSpan
from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules.person_context import Token, at_sentence_start, tokens
from bot.export.scrub.spans import Span
from bot.export.scrub.vocabulary import Vocabulary
from bot.export.scrub.words import (
    CONNECTORS,
    CUED_FIRST_NAMES,
    DUTCH_WORDS_ALSO_NAMES,
    MONTH_NAMES,
    NOT_NAMES,
    PERSON_AFTER,
    PERSONAL_TITLES,
    TITLES,
    WEEKDAYS,
)

_NUMBER = patterns.compile(r"\d{1,4}")
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
    words = tokens(text)
    for i, token in enumerate(words):
        if _inside(token.start, token.end, replaced) or _inside_keep(token.start, token.end, kept):
            continue
        folded = token.lower
        if folded in NOT_NAMES or folded in TITLES:
            continue
        if folded in vocabulary.dialect_names and vocabulary.dialect_word_here(folded, text):
            continue
        if token.capitalised:
            if len(token.text) < 3 or folded in _CALENDAR:
                continue  # "every Tuesday", "in June"
            if at_sentence_start(text, token.start):
                if _name_opening_a_sentence(folded, vocabulary):
                    found.append((token.start, token.end))  # "Roos was de beste…"
                continue
            folded = re.split(r"['’]", folded)[0]  # "I've", "Anne's"
            if german.is_noun(
                text,
                token.start,
                token.end,
                vocabulary.first_names,
                vocabulary.german,
                vocabulary.surnames,
            ):
                continue  # "die Grenze": German writes its nouns with a capital
            name = folded in vocabulary.first_names or folded in CUED_FIRST_NAMES
            if vocabulary.known_word(folded) and not name:
                continue
            if folded in vocabulary.places_elsewhere and folded not in vocabulary.first_names:
                continue
            found.append((token.start, token.end))
        elif i > 0 and words[i - 1].lower in _ARTICLES:
            continue  # "de dieke langs de IJssel": a noun
        elif (
            i > 0
            and words[i - 1].lower.rstrip(".") in PERSONAL_TITLES
            and _after_a_title_of_address(text, words, i)
        ) and (folded in vocabulary.surnames or not vocabulary.top_word(folded)):
            found.append((token.start, token.end))  # "juf klein had gelijk"
        elif vocabulary.lower_case_name(folded) or folded in CUED_FIRST_NAMES:
            if (
                folded in CUED_FIRST_NAMES
                and vocabulary.known_word(folded)
                and (folded in _VERBS_ALSO_NAMES or not _subject_of_a_person_verb(words, i))
            ):
                continue
            found.append((token.start, token.end))
        elif (
            folded in vocabulary.first_names or folded in vocabulary.short_names
        ) and _lower_name_as_subject(words, i, vocabulary):
            found.append((token.start, token.end))  # "ties had de beste speech"
    for span in kept_names:
        word = text[span.start : span.end].strip().lower()
        if word in vocabulary.dialect or word in _CALENDAR:
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


_ARTICLES = frozenset({"de", "het", "een", "'t", "’t", "'n", "the", "a", "an"})
_CALENDAR = WEEKDAYS | MONTH_NAMES
"""Days and months: a first name for deduce's list ("June", "April"), never marked mid-sentence
(a name that is one is cued: "met April")."""
_NOT_BEFORE_A_SUBJECT = _ARTICLES | frozenset(
    {"mijn", "m'n", "mn", "zijn", "z'n", "haar", "onze", "ons", "hun", "jouw", "je", "my"}
    | {"your", "his", "her", "our", "their", "die", "deze", "dat", "dit", "this", "that"}
    | {"van", "in", "op", "met", "voor", "naar", "bij", "of", "to", "for", "with", "on", "at"}
    | {"from", "uit", "aan", "geen", "elke", "iedere", "veel", "zo'n", "welke", "te", "om"}
)
_VERBS_ALSO_NAMES = frozenset({"ben", "bin", "bent", "will", "mag", "wil"})


def _after_a_title_of_address(text: str, words: list[Token], i: int) -> bool:
    """A word in lower case right after a title used to address one person ("juf klein",
    "mevrouw wit"), the title without an article or possessive before it ("de juf zei"); the
    caller leaves out the most frequent words that are no surname ("beste mentor ooit")."""
    if i == 0 or words[i - 1].lower.rstrip(".") not in PERSONAL_TITLES:
        return False
    gap = text[words[i - 1].end : words[i].start]
    if gap.strip(" \t.") or "\n" in gap:
        return False
    if i > 1 and words[i - 2].lower in _NOT_BEFORE_A_SUBJECT:
        return False
    folded = words[i].lower
    return not (
        folded in CONNECTORS
        or folded in PERSON_AFTER
        or folded in PERSONAL_TITLES
        or folded in _NOT_BEFORE_A_SUBJECT
        or len(folded) < 3
    )


def _name_opening_a_sentence(folded: str, vocabulary: Vocabulary) -> bool:
    """A first name (also one that is a word too) opening a sentence, kept: "Roos was de
    beste spreker" — not an ordinary Dutch word ("Toen", "Will") or the dialect's ("Mien")."""
    return (
        (folded in vocabulary.first_names or folded in CUED_FIRST_NAMES)
        and folded not in vocabulary.common_words
        and folded not in vocabulary.dialect
        and folded not in DUTCH_WORDS_ALSO_NAMES  # "Kerst vieren we", "Toon het maar"
    )


def _subject_of_a_person_verb(words: list[Token], i: int) -> bool:
    """Whether ``words[i]`` stands before a verb said of people ("zei", "had", "was") with no
    article, possessive or preposition before it — or right after one that follows "toen",
    "dan", "en" (the subject after its verb: "toen ging roos huilen"): the subject."""
    if (
        i >= 2
        and words[i - 1].lower in PERSON_AFTER
        and words[i - 1].lower not in _NOT_BEFORE_A_SUBJECT
        and words[i - 2].lower in _BEFORE_AN_INVERSION
    ):
        return True
    if i + 1 >= len(words) or words[i + 1].lower not in PERSON_AFTER:
        return False
    return i == 0 or words[i - 1].lower not in _NOT_BEFORE_A_SUBJECT


_BEFORE_AN_INVERSION = frozenset(
    {"toen", "dan", "daarna", "nu", "opeens", "ineens", "later", "eerst", "gisteren", "vandaag"}
    | {"daar", "hier", "ook", "natuurlijk", "gelukkig", "helaas", "echter", "then"}
)


def _lower_name_as_subject(words: list[Token], i: int, vocabulary: Vocabulary) -> bool:
    """A word on the first-name list that is a word too, in lower case, as the subject of a
    verb said of people: "ties had de beste speech", "bo zei niks" — a name the context
    rules could not be sure of."""
    folded = words[i].lower
    if folded in _VERBS_ALSO_NAMES or folded in DUTCH_WORDS_ALSO_NAMES:
        return False
    if folded in vocabulary.function_names or folded in vocabulary.common_words:
        return False
    if folded not in vocabulary.first_names and folded not in vocabulary.short_names:
        return False
    return _subject_of_a_person_verb(words, i)


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
