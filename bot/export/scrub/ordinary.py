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
- a dialect possessive before a lower-case noun ("Mien buurman", "Mien wief"); two or three
  words of the dialect, none a first name ("Oonze Hoes", "op 't Erve");
- a place outside Overijssel with no first name or title before it ("Waarom heeft Doorn
  wel een busnet?"): places stay, like Overijssel's;
- at the start of a sentence, a word before a lower-case noun and its verb ("Frank advice
  is…"), or a frequent word with a double letter typed single ("Waneer komt…");
- a verb that opens a question, with its subject after it ("Ken je een voorbeeld?", "Will
  you…");
- a month in a date ("sinds May last year", "in June 2019"); "Max" or "Min" before a number
  ("Max twintig minuten wachten"); the first part of a compound noun ("de Bob-campagne"); a
  saint's name after "St." or "Sint" ("Schutterij St. Sebastianus");
- a dialect word that is also a first name in an answer written in dialect ("Pien in de
  rugge");
- after a title that ends a sentence ("Geachte heer, mevrouw. Goed bestuur…"), the word that
  opens the next one;
- a name in a saying ("Joost mag het weten", "praten als Brugman", "Jan Modaal");
- in an answer written in English, a name after "such a", "like a" ("such a Karen": a kind
  of person) or "to be" ("To be Frank"), and an English word after a determiner or "in" ("but in
  Summer you can't get …") or an adjective opening a sentence before a lower-case word
  ("Lovely village, but …") — not after a word for a person ("my wife Grace").
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.export.scrub import german, patterns
from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules.person_context import a_person_before_st, at_sentence_start
from bot.export.scrub.spans import Span
from bot.export.scrub.vocabulary import Vocabulary
from bot.export.scrub.words import (
    CUED_FIRST_NAMES,
    MONTH_NAMES,
    NOT_NAMES,
    OBJECT_VERBS,
    PERSON_AFTER,
    PERSON_BEFORE,
    PERSONAL_TITLES,
    RELATIONS,
    TITLES,
)

_NEXT_WORD = patterns.compile(r"[ \t]+([\w'’]+)")
_PREVIOUS_WORD = patterns.compile(r"([\w'’.]+)[ \t]+$")
_WEAK_AFTER = frozenset({"en", "enne", "and", "is", "was", "had", "heeft"})


_SUBJECTS = frozenset(
    {"je", "jij", "u", "ik", "we", "wij", "jullie", "ze", "zij", "hij", "men", "er", "gij", "iej"}
    | {"you", "i", "we", "they", "he", "she", "it"}
)
"""A verb that opens a question has its subject right after it: "Ken je…", "Will you…"."""
_BEFORE_A_MONTH = frozenset(
    {"in", "since", "sinds", "vanaf", "until", "till", "tot", "begin", "eind", "half", "medio"}
    | {"early", "late", "mid", "of", "on", "per", "from", "na", "voor", "after", "before"}
    | {"im", "seit", "bis", "anfang", "ende", "am"}
)
_AFTER_A_MONTH = patterns.compile(
    r"[ \t,]+(?:(?:19|20)\d{2}|'\d{2}|\d{1,2}(?:st|nd|rd|th)?\b|last|this|next|vorig|vorige|dit|"
    r"volgend|volgende|jl\.?|j\.l\.|aanstaande|a\.s\.)",
    re.IGNORECASE,
)
_DAY_BEFORE = patterns.compile(r"\d{1,2}(?:e|ste|de|st|nd|rd|th)?[ \t]+$")


_BEFORE_A_NUMBER = frozenset({"max", "min", "maximaal", "minimaal", "ca", "circa", "nr", "no"})
_A_NUMBER_AFTER = patterns.compile(
    r"\.?[ \t]+(?:\d|(?i:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|"
    r"\w+tien|\w*(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)|honderd))"
)
"""A word that says how much before a number is no name: "Max twintig minuten"."""
_COMPOUND_AFTER = patterns.compile(r"-[a-zà-ÿ]{3,}")
_SAINT_BEFORE = patterns.compile(
    r"(?:(?P<before>[\w'’.-]+)[ \t]+)?(?<![\w'’])(?:St\.?|Sint|Sancta)[ \t]+$"
)


_SAINT_WORDS = frozenset({"sint", "st", "sancta", "sankt"})
_LITTLE_WORDS = frozenset({"op", "an", "in", "'t", "’t", "de", "het"})
_EXCLAMATION_AFTER = frozenset({"hoe", "dat", "wat"})
"""A word opening a sentence before these is an exclamation ("Knap hoe …", "Mooi dat …"), not a
surname alone — unless it is a first name too ("Roos wat lief dat je …"); "zeg" and "joh" follow
a name as often ("Visser zeg, doe normaal")."""


def _a_word_of_a_named_place(text: str, span: Span, last: str, vocabulary: Vocabulary) -> bool:
    """ "op de Oude" before "Markt": a surname with its prefix that is a word, before a
    capitalised word that is one too — a square, a church or a street ("de Oude Markt", "de
    Grote Kerk"), not "de Vries", "de Lange Jan"."""
    following = _NEXT_WORD.match(text, span.end)
    if following is None:
        return False
    name = following.group(1)
    return (
        last.strip(".,;:!?()").lower() in vocabulary.dutch
        and name[:1].isupper()
        and name.lower() in vocabulary.dutch
        and name.lower() not in vocabulary.first_names
    )


def _dialect_phrase(words: list[str], vocabulary: Vocabulary) -> bool:
    """Two or three words of the dialect, none a first name: "Oonze Hoes", "op 't Erve"."""
    folded = [w.strip(".,;:!?()").lower() for w in words]
    content = [w for w in folded if w not in _LITTLE_WORDS]
    return (
        len(words) <= 3
        and bool(content)
        and all(w in vocabulary.dialect for w in content)
        and not any(w in vocabulary.first_names for w in content)
    )


def is_ordinary(text: str, span: Span, vocabulary: Vocabulary) -> bool:
    if german.is_noun(
        text, span.start, span.end, vocabulary.first_names, vocabulary.german, vocabulary.surnames
    ):
        return True  # "mein Mann", "an der Grenze": a German noun
    if _a_kind_of_person(text, span, vocabulary) or _in_an_idiom(text, span):
        return True  # "such a Karen", "Joost mag het weten": no one's name
    if (
        text[span.start : span.end].lower() == "frank"
        and _TO_BE.search(text, max(0, span.start - 8), span.start)
        and (_COMMA_OR_WITH.match(text, span.end) or text[span.start : span.end] == "frank")
    ):
        return True  # "To be Frank, …", "to be frank i did not know": the idiom
    if span.source == "person-context":
        return _context_name_is_a_word(text, span, vocabulary)
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
        return (
            _dialect_phrase(words, vocabulary)
            or _a_word_of_a_named_place(text, span, words[-1], vocabulary)
            or any(w.lower().rstrip(".") in _SAINT_WORDS for w in words[:-1])
        )  # "Scouting Sint Franciscus": a saint's name, as clubs and churches bear it
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
    if word in MONTH_NAMES and _in_a_date(text, span):
        return True  # "sinds May last year"
    if word in _BEFORE_A_NUMBER and _A_NUMBER_AFTER.match(text, span.end):
        return True  # "Max twintig minuten wachten", "Min 5 graden"
    saint = _SAINT_BEFORE.search(text, max(0, span.start - 30), span.start)
    if saint is not None and not a_person_before_st(saint.group("before"), vocabulary):
        return True  # "Schutterij St. Sebastianus", "de Sint Jozefkerk": a saint's name
    if _COMPOUND_AFTER.match(text, span.end):
        return True  # "de Bob-campagne", "het Pieter-Baan-centrum": the first part of a noun
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
        if (
            next_word.lower() in _EXCLAMATION_AFTER
            and word in vocabulary.dutch
            and word not in CUED_FIRST_NAMES
            and word not in vocabulary.first_names
            and word not in vocabulary.short_names
        ):
            return True  # "Knap hoe ze het debat won", "Jammer dat …"
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
    if _an_english_word(text, span, word, next_word, said, vocabulary):
        return True  # "but in Summer you can't …", "Lovely village, but …"
    return _word_by_its_place(text, span, word, next_word, said, vocabulary)


def _an_english_word(
    text: str, span: Span, word: str, next_word: str, said: bool, vocabulary: Vocabulary
) -> bool:
    """In an answer written in English, an English word the sentence shows to be a word."""
    return (
        word in vocabulary.english
        and not said
        and _english_answer(text, vocabulary)
        and _an_english_word_here(text, span, word, next_word)
        and (
            at_sentence_start(text, span.start) or not _after_name_cue(text, span.start, vocabulary)
        )
    )


_IDIOMS = patterns.compile(
    r"(?i)(?<![\w'’])(?:joost[ \t]+mag[ \t]+(?:het[ \t]+|'t[ \t]+)?wet\w*"
    r"|(?:praten|proaten|proat|kletsen|lullen|lulln)[ \t]+(?:als|as)[ \t]+brugman"
    r"|jan[ \t]+(?:en[ \t]+alleman|modaal|soldaat|met[ \t]+de[ \t]+pet)|klaas[ \t]+vaak"
    r"|piet[ \t]+snot|jantje[ \t]+lacht|jut[ \t]+en[ \t]+jul|kleur[ \t]+en[ \t]+fleur)(?![\w'’])"
)
"""Sayings with a name in them: "Joost mag het weten", "praten als Brugman", "Jan Modaal",
"kleur en fleur"."""


def _in_an_idiom(text: str, span: Span) -> bool:
    if " " in text[span.start : span.end].strip():
        return False
    return any(
        m.start() <= span.start and span.end <= m.end()
        for m in _IDIOMS.finditer(text, max(0, span.start - 24), span.end + 30)
    )


_COMMA_OR_WITH = patterns.compile(r"(?i)[ \t]*(?:,|with\b|$)")
_TO_BE = patterns.compile(r"(?i)(?<![\w'’])to[ \t]+be[ \t]+$")
_A_KIND_OF_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:such|like|what|quite|be|being|total|real|typical|proper)[ \t]+an?[ \t]+$"
)
_CAPITAL_AFTER = patterns.compile(r"[ \t]+[A-Z]")


def _a_kind_of_person(text: str, span: Span, vocabulary: Vocabulary) -> bool:
    """In an answer written in English, a first name alone after "such a", "like a", "what a"
    …: a kind of person ("such a Karen", "like a Chad") — not "A Peter from the council called"
    or "a Karen Smith"."""
    word = text[span.start : span.end].strip()
    return (
        span.kind is Kind.NAME
        and " " not in word
        and text.count(word) == 1  # not "my neighbour Ineke … not everyone has an Ineke"
        and _A_KIND_OF_BEFORE.search(text, max(0, span.start - 16), span.start) is not None
        and _CAPITAL_AFTER.match(text, span.end) is None
        and _english_answer(text, vocabulary)
    )


_ENGLISH_DETERMINERS = frozenset(
    {"in", "the", "a", "an", "this", "that", "every", "each", "last", "next", "on", "at", "some"}
)
_ADJECTIVE_ENDINGS = ("ly", "ful", "ous", "ive", "able", "ible")
_ENGLISH_SHARE = 0.35
"""Measured on the corpus: answers in English 0.4–0.7, in Dutch or dialect mostly under 0.2."""
_ENGLISH_TOKEN = patterns.compile(r"[a-z']+")


def _an_english_word_here(text: str, span: Span, word: str, next_word: str) -> bool:
    """In English, a word the sentence shows to be a word: after a determiner or "in" ("in
    Summer", "the Hope"), or an adjective opening a sentence before a lower-case word
    ("Lovely village")."""
    previous = _PREVIOUS_WORD.search(text, max(0, span.start - 30), span.start)
    if previous is not None and previous.group(1).lower() in _ENGLISH_DETERMINERS:
        return True
    return (
        at_sentence_start(text, span.start)
        and word.endswith(_ADJECTIVE_ENDINGS)
        and next_word[:1].islower()
    )


@lru_cache(maxsize=256)
def _english_share(text: str, english: frozenset[str], dutch: frozenset[str]) -> float:
    tokens = _ENGLISH_TOKEN.findall(text.lower())
    if len(tokens) < 5:
        return 0.0
    return sum(1 for t in tokens if t in english and t not in dutch) / len(tokens)


def _english_answer(text: str, vocabulary: Vocabulary) -> bool:
    """Whether the answer is written in English: a third of its words are English, not Dutch."""
    return _english_share(text, vocabulary.english, vocabulary.dutch) >= _ENGLISH_SHARE


def _context_name_is_a_word(text: str, span: Span, vocabulary: Vocabulary) -> bool:
    """A first name the context rules found, shown by its sentence to be a word after all
    (:func:`_word_by_its_place`)."""
    chunk = text[span.start : span.end]
    if not chunk[:1].isupper() or " " in chunk:
        return False
    following = _NEXT_WORD.match(text, span.end)
    next_word = following.group(1) if following else ""
    said = next_word.lower() in PERSON_AFTER and next_word.lower() not in _WEAK_AFTER
    if _an_english_word(text, span, chunk.lower(), next_word, said, vocabulary):
        return True  # "but in Summer you can't …"
    return _word_by_its_place(text, span, chunk.lower(), next_word, said, vocabulary)


_DIALECT_RELATIONS = frozenset(
    {"wief", "kearl", "keerl", "zwoager", "zwager", "noaber", "naober", "zönne", "zeune"}
    | {"dochter", "dochtere", "va", "moe", "ome", "tante", "kleinzeune", "kleinzönne", "maat"}
)
_DETERMINERS_EN = frozenset({"the", "a", "an", "this", "that", "every", "each", "no", "any"})
_STRONG_VERBS_EN = frozenset(
    {"said", "says", "told", "tells", "asked", "asks", "thinks", "thought", "wrote", "called"}
    | {"wants", "wanted", "lives", "lived", "works", "worked", "helped", "went", "came", "and"}
)


def _word_by_its_place(
    text: str, span: Span, word: str, next_word: str, said: bool, vocabulary: Vocabulary
) -> bool:
    """A word on the first-name list that the sentence shows to be a word:

    - in an answer written in dialect, a word that spells an ordinary Dutch word in the
      dialect's way ("Riek bint wiej nich": rijk; "Fien as de provincie…": fijn);
    - at the start of a sentence, before its verb and a subject ("Mans genog bin ik",
      "Wies is 't nich"): the subject comes after the verb, so the first word is none;
    - at the start of a sentence, joined by "en" to a bare noun ("Els en eek stonden…");
    - in an answer written in English, an English word opening a sentence ("Grace is not
      enough", "Miles better than…") or after an article ("the Bill from the waterschap").

    Kept, and marked for the editor when it is a first name
    (:func:`bot.export.scrub.unsure.spots`).
    """
    previous = _PREVIOUS_WORD.search(text, max(0, span.start - 40), span.start)
    before = previous.group(1).lower() if previous is not None else ""
    if (
        before in RELATIONS
        or before in _DIALECT_RELATIONS
        or before in PERSON_BEFORE
        or before in OBJECT_VERBS
        or next_word[:1].isupper()
    ):
        return False  # "mien wief Riek", "Harm Jan van de overkant"
    if _after_name_cue(text, span.start, vocabulary):
        return False  # "tante Riek"
    if not said and vocabulary.dialect_spelling(word) is not None and vocabulary.in_dialect(text):
        return True
    start = at_sentence_start(text, span.start)
    known = vocabulary.known_word(word) or vocabulary.dialect_spelling(word) is not None
    if start and known and _INVERTED.match(text, span.end):
        return True
    if start and not said and _joined_to_a_bare_noun(text, span.end, vocabulary):
        return True
    english_word = word in vocabulary.english_wide or word in MONTH_NAMES
    if said or not english_word or not _english(text, vocabulary):
        return False
    if before in _DETERMINERS_EN:
        return True
    return start and next_word.lower() not in _STRONG_VERBS_EN


_INVERTED = patterns.compile(
    r"(?i)[ \t]+(?:[a-zß-ÿ][\w'’]*[ \t]+)?"
    r"(?:is|bin|ben|bint|bunt|bent|was|wazzen|waren|hef|heb|hebt|had|kan|kon|mag|wil|wol|zal|"
    r"zol|mot|moet|is|are|am|were)"
    r"[ \t]+(?:ik|iej|ikke|wiej|wi'j|wij|we|gi'j|jiej|jij|je|ie|'t|het|hee|zee|zij|ze|dat|"
    r"dit|i|they|you|we|it)(?![\w'’])"
)
"""A finite verb and its subject right after the first word (or the first two): "Mans genog
bin ik", "Wies is 't nich", "Riek bint wiej nich"."""
_NOT_A_BARE_NOUN = frozenset(
    {"ik", "mij", "me", "jij", "je", "hij", "zij", "ze", "wij", "we", "iej", "wiej", "hee"}
    | {"zee", "ikke", "toen", "dan", "daarna", "later", "verder", "zo", "ook", "nog", "nu"}
    | {"anderen", "andere", "alle", "allemaal", "iedereen", "zijn", "zien", "mien", "mijn"}
    | {"haar", "hun", "ons", "oons", "onze", "papa", "mama", "mam", "pap", "opa", "oma"}
    | {"i", "you", "he", "she", "they", "then", "also", "his", "her", "my", "their", "our"}
)


def _joined_to_a_bare_noun(text: str, end: int, vocabulary: Vocabulary) -> bool:
    """ "Els en eek stonden…": joined to a lower-case noun without an article — a person
    would be joined to a person ("Els en ik", "Els en haar man")."""
    m = _AND_BARE.match(text, end)
    if m is None:
        return False
    other = m.group(1).lower()
    return not (
        other in _NOT_A_BARE_NOUN
        or other in NOT_NAMES
        or other in RELATIONS
        or other in vocabulary.first_names
        or other in vocabulary.short_names
        or other in CUED_FIRST_NAMES
        or len(other) < 3
    )


_AND_BARE = patterns.compile(r"[ \t]+(?:en|and)[ \t]+([a-zß-ÿ][\w'’]*)(?![\w'’])")
_MARKER_WORD = patterns.compile(r"[^\W\d_][\w'’]*")


def _english(text: str, vocabulary: Vocabulary) -> bool:
    """Whether ``text`` is written in English: more of its words are English words only than
    Dutch (or dialect) words only, and at least two."""
    return _english_text(text, vocabulary.english_wide, vocabulary.dutch, vocabulary.dialect)


@lru_cache(maxsize=8)
def _english_text(
    text: str, english: frozenset[str], dutch: frozenset[str], dialect: frozenset[str]
) -> bool:
    only_english = only_dutch = 0
    for w in _MARKER_WORD.findall(text.lower()):
        in_english = w in english
        in_dutch = w in dutch or w in dialect
        only_english += in_english and not in_dutch
        only_dutch += in_dutch and not in_english
    return only_english >= 2 and only_english > only_dutch


_NOUN_THEN_VERB = patterns.compile(
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
