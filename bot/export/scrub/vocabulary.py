"""The word lists the scrubber reasons with, read once per process.

- **First names** and **Dutch common words** come from deduce's own lookup lists (found with
  ``importlib.util.find_spec``, which locates the package without importing it, so the bot's
  process and the rule-only unit tests get the same lists without deduce's logging side
  effects or its 1 GB model).
- **First names of other countries** ("kacper", "mykyta", "ghina"), which deduce's Dutch list
  lacks, come from gender-guesser's list, less every dictionary word, as
  ``scripts/update_world_first_names.py`` wrote them into ``world_first_names.txt``; greetings,
  dialect and chat words that are names somewhere ("moin", "allene", "selam", "abla") are left
  out here.
- **Frequent English and Dutch words** come from pyspellchecker's frequency lists (built from
  subtitles and Wikipedia), ranked once by ``scripts/update_frequent_words.py`` into
  ``frequent_words.txt`` (ranking the whole dictionaries took about a second in every export
  worker). They contain names too (subtitles say "John" often), so they only tell an
  ordinary word from an unknown one — never that a word on the first-name list is not a name.
- **Dialect words** (Twents, Sallands, Achterhoeks) and **Dutch words that are also first
  names** ("bent", "koos", "toon") are our own lists in ``wordlists.txt``: no package has them.
- **Places elsewhere**: deduce's lists of Dutch residences, municipalities, provinces and
  regions, plus Babel's country names in Dutch and English.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from bot.export.scrub import patterns
from bot.export.scrub.words import (
    AMBIGUOUS_NAMES,
    CHAT_WORDS,
    CONNECTORS,
    CUED_FIRST_NAMES,
    DIALECT_ALSO_NAMES,
    DIALECT_WORDS,
    DUTCH_WORDS_ALSO_NAMES,
    ENGLISH_COMMON,
    GREETINGS,
    NOT_NAMES,
    RELATIONS,
)

FREQUENT_ENGLISH = 6_000
"""How many of the most frequent English words count as ordinary English."""
FREQUENT_DUTCH = 30_000
"""How many of the most frequent Dutch words count as known words (beyond this rank the
list turns into an alphabetical tail of rare words and names)."""
WIDE_ENGLISH = 10_000
"""How many English words count as ordinary where an English sentence opens with one that is
a first name too ("Frank feedback is…", "Grace is not enough"): kept there, and marked."""
FREQUENT_GERMAN = 18_000
"""How many of the most frequent German words count as German (beyond this rank pyspellchecker's
German list turns into a tail of rare words and names: "jörg", "sabine")."""
TOP_DUTCH = 1_000
"""The most frequent Dutch words: those of them that are first names too ("mee", "bent",
"hou") are the word in lower case, whatever stands before them ("kleinzoon mee te doen")."""
FREQUENT_WORD_NAMES = 5_000
"""After "ik ben" a word among this many of the most frequent Dutch words that is a first
name too is the word ("ik ben jarig", "ik ben fan van"), not a name ("ik ben ernst")."""
_MIN_PART = 4
"""Letters each word of a compound needs: "boer" and "zoon" in "boerenzoon"; shorter parts
would split names ("an-ton")."""
DIALECT_SPELLINGS = (("iej", "ij"), ("ie", "ij"), ("oa", "aa"), ("ao", "aa"), ("ee", "ei"))
"""How Twents and Sallands write the sounds of Dutch "ij" and "aa" ("riek" rijk, "wies" wijs,
"diek" dijk, "boas" baas, "vraog" vraag, "eek" eik)."""


@dataclass(frozen=True)
class Vocabulary:
    """Lower-case word sets; see the module docstring for where each comes from."""

    first_names: frozenset[str]
    """First names of three letters or more that are not ordinary Dutch words."""
    common_words: frozenset[str]
    """Ordinary Dutch words (deduce's lists), our not-a-name words and basic English."""
    english: frozenset[str]
    """The most frequent English words."""
    dutch: frozenset[str]
    """The most frequent Dutch words (names among them)."""
    dialect: frozenset[str]
    """Common words of Twents, Sallands and Achterhoeks."""
    places_elsewhere: frozenset[str]
    """Places outside Overijssel: Dutch towns and municipalities, provinces, countries."""
    surnames: frozenset[str] = frozenset()
    """Dutch surnames (deduce's list), for lower-case names after "meneer" or "juf"."""
    interfix_surnames: frozenset[str] = frozenset()
    """What follows a surname prefix in Dutch surnames ("berg" of "van den Berg")."""
    short_names: frozenset[str] = frozenset()
    """Two-letter first names that are no ordinary word ("bo", "jo", "ed"): names only where
    the context says person ("sanne en bo", "met jo")."""
    dialect_only: frozenset[str] = frozenset()
    """Dialect words Dutch, English and deduce's common words do not have ("wiej", "völle")."""
    dialect_names: frozenset[str] = frozenset()
    """Dialect words that are also first names ("pien"): the word only in dialect text."""
    english_wide: frozenset[str] = frozenset()
    german: frozenset[str] = frozenset()
    """The most frequent German words: in a German answer a capitalised one is a noun."""
    """More English words (:data:`WIDE_ENGLISH`), for the first word of an English sentence."""
    function_names: frozenset[str] = frozenset()
    """Dutch words among the most frequent (:data:`TOP_DUTCH`) that are first names too."""
    frequent_word_names: frozenset[str] = frozenset()
    """Dutch words among :data:`FREQUENT_WORD_NAMES` that are first names too."""
    top_words: frozenset[str] = frozenset()
    """The :data:`TOP_DUTCH` most frequent Dutch and English words ("beter", "trots", "goed"):
    no job no list knows is among them."""

    def top_word(self, word: str) -> bool:
        return word.lower() in self.top_words

    def in_dialect(self, text: str) -> bool:
        """Whether ``text`` is written in dialect: two or more words only the dialect has."""
        return _dialect_words(text, self.dialect_only) >= 2

    def dialect_spelling(self, word: str) -> str | None:
        """The Dutch word ``word`` spells in dialect ("riek" → "rijk", "boas" → "baas"), when
        that is an ordinary Dutch word and no first name; else ``None``."""
        folded = word.lower()
        for dialect, dutch in DIALECT_SPELLINGS:
            if dialect not in folded:
                continue
            candidate = folded.replace(dialect, dutch)
            if candidate in self.first_names:
                continue
            if candidate in self.common_words or candidate in self.dutch:
                return candidate
        return None

    def dialect_word_here(self, word: str, text: str) -> bool:
        """Whether ``word``, a dialect word that is also a first name, is the dialect word in
        ``text``: the answer has two or more words only the dialect has."""
        return word.lower() in self.dialect_names and _dialect_words(text, self.dialect_only) >= 2

    def any_first_name(self, word: str) -> bool:
        """Whether ``word`` (lower case) is on a list of first names, also one that is a word
        too ("ben", "roos", "bas")."""
        return word in self.first_names or word in CUED_FIRST_NAMES or word in self.short_names

    def name_like(self, word: str) -> bool:
        """Whether ``word`` may be a name where only the sentence says so ("kick en ik",
        "wolf was onze …"): a first name (also one that is a word too) or no word at all —
        never an ordinary word ("hoek", "incompetent", "democratie")."""
        folded = word.lower()
        return (
            folded in self.first_names
            or folded in self.short_names
            or folded in CUED_FIRST_NAMES
            or folded in AMBIGUOUS_NAMES
            or not (self.known_word(folded) or _WORD_ENDING.search(folded))
        )

    def known_word(self, word: str) -> bool:
        """Whether ``word`` (any case) is an ordinary word in one of our languages."""
        folded = word.lower()
        return (
            folded in self.common_words
            or folded in self.dialect
            or folded in self.english
            or folded in self.dutch
        )

    def cued_name(self, word: str) -> bool:
        """Whether ``word`` is a first name where the context already says "person" ("met
        floor"): English words count, Dutch and dialect words do not ("met koos")."""
        folded = word.lower()
        return folded in CUED_FIRST_NAMES or (
            folded in self.first_names
            and folded not in self.common_words
            and folded not in DUTCH_WORDS_ALSO_NAMES
            and folded not in self.dialect
        )

    def compound_of_words(self, word: str) -> bool:
        """Whether ``word`` is two Dutch words joined, maybe by "s", "e" or "en" ("boerenzoon",
        "dorpshuisbaas"), and no name on our lists: a word no dictionary has whole."""
        folded = word.lower()
        if folded in self.first_names or folded in self.surnames:
            return False
        for i in range(_MIN_PART, len(folded) - _MIN_PART + 1):
            head, tail = folded[:i], folded[i:]
            if tail not in self.dutch:
                continue
            for joint in ("", "s", "e", "en"):
                stem = head[: len(head) - len(joint)] if joint else head
                if head.endswith(joint) and len(stem) >= _MIN_PART and stem in self.dutch:
                    return True
        return False

    def inflected(self, word: str) -> bool:
        """Whether ``word`` is a frequent English or Dutch word with an ending ("helped",
        "walking", "ideas"; "fietste", "werkt"): a verb or a plural, no name."""
        folded = word.lower()
        for ending, stems, english in _ENDINGS:
            if not folded.endswith(ending) or len(folded) - len(ending) < _MIN_PART:
                continue
            stem = folded[: len(folded) - len(ending)]
            words = self.english_wide if english else self.dutch
            if any(stem + add in words for add in stems):
                return True
            if not english and any(stem + stem[-1] + add in words for add in stems):
                return True  # "voetbalt" of "voetballen": the stem's consonant doubles
        return False

    def with_a_particle(self, word: str) -> bool:
        """Whether ``word`` is a Dutch word with a particle before it ("aanmelden", "opbellen",
        "meedoen"): a separable verb or its noun, which the frequency list often lacks whole."""
        folded = word.lower()
        for particle in _PARTICLES:
            rest = folded[len(particle) :]
            if folded.startswith(particle) and len(rest) >= _MIN_PART and rest in self.dutch:
                return True
        return False

    def slip_of_a_word(self, word: str) -> bool:
        """Whether ``word`` (no first name) is a frequent Dutch or English word with one of
        its double letters typed single ("Waneer", "aleen"): a slip of the keyboard."""
        folded = word.lower()
        if len(folded) < 5 or folded in self.first_names:
            return False
        for i in range(1, len(folded)):
            if folded[i].isalpha() and folded[i] != folded[i - 1]:
                candidate = folded[: i + 1] + folded[i:]
                if candidate in self.dutch or candidate in self.english:
                    return True
        return False

    def typo_of_a_word(self, word: str) -> bool:
        """Whether ``word`` (no first name) is a frequent Dutch or English word with one letter
        left out or two letters swapped ("mentr", "docnet"): a typo, as chat has them, not a
        name no list knows. A letter too many is not looked for: names are words with a letter
        more too ("feven", "winta", "rahaf")."""
        folded = word.lower()
        if len(folded) < _MIN_TYPO or folded in self.first_names:
            return False
        known = self.dutch.__contains__
        english = self.english.__contains__
        for i in range(len(folded) + 1):
            for letter in _ALPHABET:
                candidate = folded[:i] + letter + folded[i:]
                if known(candidate) or english(candidate):
                    return True  # a letter left out
        for i in range(len(folded) - 1):
            swapped = folded[:i] + folded[i + 1] + folded[i] + folded[i + 2 :]
            if known(swapped) or english(swapped):
                return True  # two letters swapped
        return False

    def lower_case_name(self, word: str) -> bool:
        """Whether ``word`` written in lower case is a first name and no ordinary word (Dutch,
        dialect or English: "line", "day" and "said" are first names too)."""
        folded = word.lower()
        return (
            folded in self.first_names
            and folded not in self.common_words
            and folded not in DUTCH_WORDS_ALSO_NAMES
            and folded not in self.dialect
            and folded not in self.english
        )


_MIN_TYPO = 5
_ENDINGS = (
    ("s", ("", "e"), True),
    ("es", ("", "e"), True),
    ("ed", ("", "e"), True),
    ("ing", ("", "e"), True),
    ("te", ("en",), False),
    ("de", ("en",), False),
    ("t", ("en", ""), False),  # "werkt" of "werken", "hockeyt" of "hockey"
)
"""Endings of English and Dutch verbs and plurals, with what the stem may need back to be the
word on its language's list ("walk" + "", "fiets" + "en", "voetbal" + "len"); a stem of four
letters or more."""
_PARTICLES = (
    *("aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "samen", "terug"),
    *("toe", "uit", "voor", "weg", "langs", "thuis", "vast", "rond"),
)
"""The particles of Dutch separable verbs ("aan" of "aanmelden")."""
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_WORD = patterns.compile(r"[^\W\d_][\w'’]*")
_WORD_ENDING = patterns.compile(
    r"(?:aar|ist|isme|ism|ier|iër|ër|ent|ant|isch|lijk|ig|heid|ing|schap|eur|ief|tie|teit|er|ed|"
    r"ive|ous|ful|less|able|ible|ic)$"
)
"""Endings of Dutch and English words for what one is or does ("populist", "vegetariër",
"undecided"): a word no list knows with one of them is a word, not a name."""


@lru_cache(maxsize=8)
def _dialect_words(text: str, dialect_only: frozenset[str]) -> int:
    """How many different words of ``text`` only the dialect has."""
    return len({w.lower() for w in _WORD.findall(text)} & dialect_only)


def _deduce_source() -> Path | None:
    spec = importlib.util.find_spec("deduce")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "data" / "lookup" / "src"


def _read_words(path: Path) -> frozenset[str]:
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line.strip().lower() for line in lines if line.strip())


def _ranked(language: str) -> list[str]:
    """The most frequent words of ``language`` ("nl", "en" or "de"), most frequent first, from
    pyspellchecker's lists as ``scripts/update_frequent_words.py`` wrote them."""
    return _frequent_words().get(language, [])


def _world_first_names() -> frozenset[str]:
    text = resources.files("bot.export.scrub").joinpath("world_first_names.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _frequent_words() -> dict[str, list[str]]:
    text = resources.files("bot.export.scrub").joinpath("frequent_words.txt").read_text("utf-8")
    lists: dict[str, list[str]] = {}
    current: list[str] = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = lists.setdefault(line[1:-1], [])
        else:
            current.append(line)
    return lists


def _letters(words: list[str]) -> frozenset[str]:
    return frozenset(word for word in words if word.isalpha())


def _countries() -> frozenset[str]:
    from babel import Locale

    names: set[str] = set()
    for language in ("nl", "en"):
        names |= {name.lower() for name in Locale.parse(language).territories.values()}
    return frozenset(names)


@cache
def vocabulary() -> Vocabulary:
    source = _deduce_source()
    english_ranked = _ranked("en")
    english = _letters(english_ranked[:FREQUENT_ENGLISH]) | ENGLISH_COMMON
    dutch_ranked = _ranked("nl")
    dutch = _letters(dutch_ranked[:FREQUENT_DUTCH])
    if source is None:
        first_names: frozenset[str] = frozenset()
        common = NOT_NAMES | ENGLISH_COMMON
        places: frozenset[str] = frozenset()
        surnames: frozenset[str] = frozenset()
        interfixed: frozenset[str] = frozenset()
    else:
        surnames = _read_words(source / "names" / "lst_surname" / "items.txt")
        interfixed = _read_words(source / "names" / "lst_interfix_surname" / "items.txt")
        first_names = _read_words(source / "names" / "lst_first_name" / "items.txt")
        common = (
            _read_words(source / "whitelist" / "lst_common_word" / "items.txt")
            | _read_words(source / "whitelist" / "lst_stop_word" / "items.txt")
            | NOT_NAMES
            | ENGLISH_COMMON
        )
        placenames = source / "locations" / "lst_placename"
        places = (
            _read_words(placenames / "lst_residence" / "items.txt")
            | _read_words(placenames / "lst_municipality" / "items.txt")
            | _read_words(placenames / "lst_province" / "items.txt")
            | _read_words(placenames / "lst_region" / "items.txt")
        )
    world = _world_first_names() - GREETINGS - DIALECT_WORDS - CHAT_WORDS - RELATIONS
    names = frozenset(n for n in first_names | world if len(n) >= 3) - common - AMBIGUOUS_NAMES
    short = frozenset(
        n
        for n in first_names
        if len(n) == 2
        and n.isalpha()
        and n not in common
        and n not in english
        and n not in DIALECT_WORDS
        and n not in CONNECTORS
    )
    return Vocabulary(
        first_names=names,
        common_words=frozenset(common),
        english=english,
        dutch=dutch,
        dialect=DIALECT_WORDS,
        places_elsewhere=places | _countries(),
        surnames=surnames,
        interfix_surnames=interfixed,
        short_names=short,
        dialect_only=DIALECT_WORDS - dutch - frozenset(common) - english,
        dialect_names=DIALECT_ALSO_NAMES,
        english_wide=_letters(english_ranked[:WIDE_ENGLISH]) | ENGLISH_COMMON,
        german=_letters(_ranked("de")[:FREQUENT_GERMAN]),
        function_names=_letters(dutch_ranked[:TOP_DUTCH]) & DUTCH_WORDS_ALSO_NAMES,
        frequent_word_names=_letters(dutch_ranked[:FREQUENT_WORD_NAMES]) & DUTCH_WORDS_ALSO_NAMES,
        top_words=_letters(dutch_ranked[:TOP_DUTCH]) | _letters(english_ranked[:TOP_DUTCH]),
    )
