"""Names and places deduce found that are ordinary words after all.

deduce's lists hold many words that are also names or places; capitalised at the start of a
sentence they are taken ("My", "Best", "Drop"). A single-word deduce span is an ordinary word
when it is:

- a common Dutch word (deduce's own list) anywhere;
- at the start of a sentence, a place, or a frequent English word or a dialect word that is
  no first name ("Born and raised", "Hope is not a policy", "Hee zat") — unless a verb of
  saying follows ("Mark zei");
- at the start of a sentence, a word the writer also uses in lower case ("Bill after bill
  arrives");
- a dialect possessive before a lower-case noun ("Mien buurman", "Mien wief");
- a place outside Overijssel with no first name or title before it ("Waarom heeft Doorn
  wel een busnet?"): places stay, like Overijssel's;
- at the start of a sentence, a word before a lower-case noun and its verb ("Frank advice
  is…"), or a frequent word with a double letter typed single ("Waneer komt…");
- a verb that opens a question, with its subject after it ("Ken je een voorbeeld?", "Will
  you…");
- a month in a date ("sinds May last year", "in June 2019");
- a dialect word that is also a first name in an answer written in dialect ("Pien in de
  rugge");
- after a title that ends a sentence ("Geachte heer, mevrouw. Goed bestuur…"), the word that
  opens the next one.
"""

from __future__ import annotations

import re

from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules.person_context import at_sentence_start
from bot.export.scrub.spans import Span
from bot.export.scrub.vocabulary import Vocabulary
from bot.export.scrub.words import PERSON_AFTER, PERSONAL_TITLES, TITLES

_NEXT_WORD = re.compile(r"[ \t]+([\w'’]+)")
_PREVIOUS_WORD = re.compile(r"([\w'’.]+)[ \t]+$")
_WEAK_AFTER = frozenset({"en", "enne", "and", "is", "was", "had", "heeft"})


_SUBJECTS = frozenset(
    {"je", "jij", "u", "ik", "we", "wij", "jullie", "ze", "zij", "hij", "men", "er", "gij", "iej"}
    | {"you", "i", "we", "they", "he", "she", "it"}
)
"""A verb that opens a question has its subject right after it: "Ken je…", "Will you…"."""
_MONTHS = frozenset(
    {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september"}
    | {"oktober", "november", "december", "january", "february", "march", "may", "june"}
    | {"july", "august", "october"}
)
_BEFORE_A_MONTH = frozenset(
    {"in", "since", "sinds", "vanaf", "until", "till", "tot", "begin", "eind", "half", "medio"}
    | {"early", "late", "mid", "of", "on", "per", "from", "na", "voor", "after", "before"}
)
_AFTER_A_MONTH = re.compile(
    r"[ \t,]+(?:(?:19|20)\d{2}|'\d{2}|\d{1,2}(?:st|nd|rd|th)?\b|last|this|next|vorig|vorige|dit|"
    r"volgend|volgende|jl\.?|j\.l\.|aanstaande|a\.s\.)",
    re.IGNORECASE,
)
_DAY_BEFORE = re.compile(r"\d{1,2}(?:e|ste|de|st|nd|rd|th)?[ \t]+$")


def is_ordinary(text: str, span: Span, vocabulary: Vocabulary) -> bool:
    if not span.source.startswith("deduce:"):
        return False
    chunk = text[span.start : span.end]
    words = chunk.split()
    title = words[0].lower() if words else ""
    if (
        len(words) == 2
        and title.endswith(".")
        and title[:-1] in PERSONAL_TITLES | TITLES
        and title not in TITLES  # "mevrouw." ends a sentence; "mevr." is short for it
    ):
        second = span.start + chunk.index(words[1], len(words[0]))
        return is_ordinary(text, Span(second, span.end, span.kind, span.source), vocabulary)
    folded_all = " ".join(w.strip(".,;:!?()") for w in words).lower()
    if span.kind is Kind.PLACE and folded_all in vocabulary.places_elsewhere:
        return not _after_name_cue(text, span.start, vocabulary)
    if len(words) != 1:
        return False
    word = folded_all
    if word in vocabulary.common_words:
        return True
    following = _NEXT_WORD.match(text, span.end)
    next_word = following.group(1) if following else ""
    said = next_word.lower() in PERSON_AFTER and next_word.lower() not in _WEAK_AFTER
    if (
        word in vocabulary.dialect_names
        and vocabulary.dialect_word_here(word, text)
        and not said
        and not _after_name_cue(text, span.start, vocabulary)
    ):
        return True  # "Pien in de rugge, dat kriej ik van al dat vergadern"
    if word in _MONTHS and _in_a_date(text, span):
        return True  # "sinds May last year"
    if (
        at_sentence_start(text, span.start)
        and next_word.lower() in _SUBJECTS
        and (word in vocabulary.dutch or word in vocabulary.english)
    ):
        return True  # "Ken je een goed voorbeeld?"
    if (
        word in vocabulary.dialect
        and (next_word[:1].islower() or at_sentence_start(text, span.start))
        and not _after_name_cue(text, span.start, vocabulary)
    ):
        return True  # "Mien buurman", "Hee zat"
    if at_sentence_start(text, span.start) and not said:
        if span.kind is Kind.PLACE:
            return True
        if _modifies_a_noun(text, span.end) and vocabulary.known_word(word):
            return True  # "Grace periods would help", "Frank feedback is what I miss"
        if word not in vocabulary.first_names and vocabulary.slip_of_a_word(word):
            return True  # "Waneer komt …": "wanneer" with a letter left out
        if _also_in_lower_case(text, span, word) and (
            word in vocabulary.english or word in vocabulary.dutch
        ):
            return True  # "Bill after bill arrives": the writer uses it as a word
        if word not in vocabulary.first_names and (
            word in vocabulary.english or word in vocabulary.dialect
        ):
            return True
    if word in vocabulary.places_elsewhere and word not in vocabulary.first_names:
        return not _after_name_cue(text, span.start, vocabulary) and not said
    return False


_NOUN_THEN_VERB = re.compile(
    r"[ \t]+([a-z][a-z'’-]+)[ \t]+(?:is|are|was|were|would|will|can|could|should|must|might|"
    r"has|have|had|do|does|did)(?![\w'’])"
)
_NOT_A_NOUN = frozenset(
    {"also", "often", "never", "always", "still", "just", "really", "already", "then", "now"}
    | {"too", "himself", "herself", "sometimes", "usually", "certainly", "probably", "who"}
    | {"ook", "zelf", "nog", "al", "toch", "wel", "niet", "nooit", "altijd", "die", "and", "en"}
)


def _modifies_a_noun(text: str, end: int) -> bool:
    """Whether the word before ``end`` stands before a lower-case noun and its verb: "Grace
    periods would help" — a person would be followed by the verb ("Grace would help") or an
    adverb ("Frank often is …")."""
    m = _NOUN_THEN_VERB.match(text, end)
    if m is None:
        return False
    following = m.group(1).lower()
    return following not in _NOT_A_NOUN and not following.endswith("ly")


def _in_a_date(text: str, span: Span) -> bool:
    """Whether the month at ``span`` stands in a date: after "in", "since", a day, or before
    a year, a day or "last year"."""
    if _AFTER_A_MONTH.match(text, span.end) or _DAY_BEFORE.search(text, 0, span.start):
        return True
    m = _PREVIOUS_WORD.search(text, max(0, span.start - 40), span.start)
    return m is not None and m.group(1).lower() in _BEFORE_A_MONTH


def _also_in_lower_case(text: str, span: Span, word: str) -> bool:
    """Whether ``word`` stands elsewhere in ``text`` in lower case."""
    return re.search(rf"(?<![\w'’]){re.escape(word)}(?![\w'’])", text) is not None


def _after_name_cue(text: str, start: int, vocabulary: Vocabulary) -> bool:
    """Whether a title or a first name stands right before ``start`` (then it is a name)."""
    m = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    folded = word.lower().rstrip(".")
    if folded in PERSONAL_TITLES or folded in TITLES:
        return True
    if folded in {"van", "de", "der", "den", "ter", "ten"}:
        return _after_name_cue(text, m.start(1), vocabulary)
    return word[:1].isupper() and folded in vocabulary.first_names
