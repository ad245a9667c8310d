"""Names read out to a phone: voice typing writes them in lower case and splits a surname into
the words it hears ("ik ben gerrit jan schol ten uit lemmelerveld", "mijn naam is ai sel yield
is ik woon …", "u spreekt met mo hammed el am rani", "hi this is david o connell i moved …").

After an introduction ("ik ben", "mijn naam is", "u spreekt met", "this is", "my name is") in an
answer with no capital letter at all — as voice typing and chat write — or after an account's
holder in lower case in any answer ("op naam van jan hendrik spijker man"), the name is its first
word and the words after it up to where
the sentence goes on: a little word that is never part of a name ("ik", "en", "uit", "i",
"from"), kin, a role or a number, at most five words. Its first word must be a first name
("ik ben gerrit jan schol ten"); after "mijn naam is", "u spreekt met" or "op naam van" also a
word no list knows or an initial ("mo hammed el am rani", "f tij ink"): "ik ben erg blij", "ik
ben boer in …", "ik ben zooo trots", "ik ben zestien" name no one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.export.scrub import patterns
from bot.export.scrub.keep import trie_regex
from bot.export.scrub.kinds import Kind
from bot.export.scrub.occupations import occupations
from bot.export.scrub.rules import number_words
from bot.export.scrub.spans import Span
from bot.export.scrub.vocabulary import Vocabulary
from bot.export.scrub.words import (
    AFTER_A_NAME_READ_OUT,
    CHAT_WORDS,
    CUED_FIRST_NAMES,
    RELATIONS,
    TITLES,
)

_CUE = patterns.compile(
    r"(?<![\w'’])(?:ik[ \t]+ben|ik[ \t]+bin|this[ \t]+is|dit[ \t]+is|i[ \t]+am|i'm|ich[ \t]+bin"
    r"|wij[ \t]+zijn|we[ \t]+zijn"
    r"|(?P<naming>mijn[ \t]+naam[ \t]+is|mien[ \t]+naam[ \t]+is|u[ \t]+spreekt[ \t]+met|"
    r"je[ \t]+spreekt[ \t]+met|my[ \t]+name[ \t]+is|ich[ \t]+heiße|ich[ \t]+heisse)"
    r"|(?P<account>(?i:op[ \t]+naam[ \t]+van|ten[ \t]+name[ \t]+van)))[ \t]+"
)
_WORD = patterns.compile(r"[a-zà-ÿ][a-zà-ÿ'’-]*")
_GAP = patterns.compile(r"[ \t]+")
_MOST_WORDS = 5
_GOES_ON = frozenset(
    {"i", "uit", "from", "aus", "but", "ben", "bin", "heb", "wil", "kom", "woon", "wone"}
    | {"woonachtig", "wonend", "live", "living", "geboren", "born", "adres", "address", "mijn"}
    | {"telefoon", "phone", "mail", "email", "my", "me", "hier", "here", "sinds", "since", "die"}
    | {"dat", "wat", "zeg", "hoor", "or", "with", "op", "bij", "at", "to", "for", "wou", "wilde"}
    | {"moet", "heeft", "had", "ich", "wohne", "und", "nu", "now", "vanavond", "vandaag", "today"}
    | {"gisteren", "haar", "zijn", "z'n", "hun", "onze", "ons", "jullie"}
    | AFTER_A_NAME_READ_OUT
    | CHAT_WORDS  # "ik ben mila haha"
)
"""Words after which, or at which, the sentence goes on past the name."""


def find(text: str, vocabulary: Vocabulary, is_place: Callable[[str], bool]) -> list[Span]:
    spans = _after_titles(text, vocabulary, is_place) if text.islower() else []
    if _CUE.search(text) is None:
        return spans  # checked first: most answers have no introduction
    in_lower_case = text.islower()
    for cue in _CUE.finditer(text):
        initial_ok = cue.group("account") is not None
        if not (in_lower_case or initial_ok):
            continue  # an introduction in an answer with capitals names itself in capitals
        named = cue.group("naming") is not None or initial_ok
        position: int | None = cue.end()
        while position is not None:
            span, position = _name_at(text, position, vocabulary, initial_ok, named)
            if span is not None:
                spans.append(span)
    return spans


_AND = patterns.compile(r"[ \t]+(?:en|and|&)[ \t]+")


def _pieces(
    text: str, position: int, most: int, goes_on: Callable[[re.Match[str], bool], bool]
) -> list[tuple[int, int]]:
    """The words read out from ``position`` as long as ``goes_on(word, first)`` holds, at most
    ``most``: the pieces a phone heard of a name."""
    words: list[tuple[int, int]] = []
    while len(words) < most:
        m = _WORD.match(text, position)
        if m is None or not goes_on(m, not words):
            break
        words.append(m.span())
        gap = _GAP.match(text, m.end())
        if gap is None:
            break
        position = gap.end()
    return words


def _name_at(
    text: str, position: int, vocabulary: Vocabulary, initial_ok: bool, named: bool
) -> tuple[Span | None, int | None]:
    """The name read out from ``position`` on, and where a second one joined by "en" starts
    ("op naam van wim en gerda nij huis"), if its first word is a first name."""
    words = _pieces(
        text,
        position,
        _MOST_WORDS,
        lambda m, first: _part_of_a_name(
            m.group(0), vocabulary, first=first, initial_ok=initial_ok, named=named
        ),
    )
    while len(words) > 1 and text[words[-1][0] : words[-1][1]] in _LEFT_OVER:
        words.pop()  # "ik ben lotte de zus van …": "de" goes with the kin
    if not words:
        return None, None
    if not named and not _a_first_name(text[words[0][0] : words[0][1]], vocabulary):
        second = text[words[1][0] : words[1][1]] if len(words) > 1 else ""
        if len(words) < 2 or vocabulary.top_word(second):
            return None, None  # "ik ben nie zo goed": no name read out in pieces
        if len(words) == 2 and (
            vocabulary.in_dialect(text)
            or any(_a_word(text[start:end], vocabulary) for start, end in words)
        ):
            # two pieces only where neither is a word: "wojtek kowalski" — not "heul bliej"
            return None, None
    span = None
    if len(words) >= 2 or _single_name(text, words[0], vocabulary):
        span = Span(words[0][0], words[-1][1], Kind.NAME, "spoken-name")
    joined = _AND.match(text, words[-1][1])
    if joined is None:
        return span, None
    following = _WORD.match(text, joined.end())
    if following is None or not vocabulary.lower_case_name(following.group(0)):
        return span, None
    return span, joined.end()


_LEAST_LETTERS = 3
"""After "ik ben", a first word no list knows (of at least three letters) starts a name only with
more of it after it, the next piece no frequent word and, if it is the last, no word at all
("voi tek kowal ski", "jürgen schulte", "wojtek kowalski"; not "nie zo goed")."""


def _a_word(word: str, vocabulary: Vocabulary) -> bool:
    """A word of any of our languages, also an English one or a compound ("peak dorpsleven")."""
    return (
        vocabulary.known_word(word)
        or word in vocabulary.english_wide
        or vocabulary.compound_of_words(word)
        or vocabulary.dialect_spelling(word) is not None
    )


def _a_first_name(word: str, vocabulary: Vocabulary) -> bool:
    return vocabulary.lower_case_name(word) or word in CUED_FIRST_NAMES


_LEFT_OVER = frozenset({"de", "het", "een", "van", "der", "den", "a", "the", "'t", "al", "am"})


def _part_of_a_name(
    word: str, vocabulary: Vocabulary, *, first: bool, initial_ok: bool, named: bool
) -> bool:
    """Whether ``word`` goes on the name: after its first word any word but those where the
    sentence goes on ("schol ten", "wit moor", "bos huis": what the phone heard of a surname);
    the first word a first name — or, after a cue that says a name follows ("mijn naam is", "u
    spreekt met", "op naam van"), an initial, a word no list knows or, after "mijn naam is",
    one that is no frequent word ("ai sel yield"); never chat ("ff", "zooo")."""
    folded = word.strip("'’-")
    if not folded or folded in _GOES_ON or folded.startswith(_LAUGHTER):
        return False
    if not initial_ok and (folded in RELATIONS or occupations().role(folded) is not None):
        # "ik ben lotte de zus van …", "ik ben boer in …" — but an account's holder is named
        # in full: "op naam van jan hendrik spijker man", "op naam van jan bakker"
        return False
    number = number_words.value(folded)
    if number is not None and (first or folded not in _PARTICLES):
        return False  # "ik ben zestien", "jan twaalf jaar"; "schol ten" is a surname's part
    if not first:
        return True
    if _a_first_name(folded, vocabulary):
        return True
    if len(folded) == 1:
        return initial_ok  # an initial: "op naam van f tij ink"
    if _HELD.search(folded) or folded in CHAT_WORDS:
        return False  # "ik ben zooo trots", "ik ben ff weg", "mijn naam is ff niet …"
    if not named:
        # "ik ben voi tek kowal ski": a word no list knows, if more of the name follows it
        # (:func:`_name_at` asks that)
        return len(folded) >= _LEAST_LETTERS and not vocabulary.known_word(folded)
    if initial_ok:
        return not vocabulary.known_word(folded)  # "op naam van stichting dorpsbelang"
    return not vocabulary.top_word(folded)  # "mijn naam is ai sel yield"


_LAUGHTER = ("haha", "hihi", "hehe", "xd")
_HELD = patterns.compile(r"(.)\1\1")
"""A letter held down: "zooo", "suuuper", "heeeel" — chat, no name."""
_PARTICLES = frozenset({"ten", "een"})
"""Number words that are parts of Dutch surnames too ("schol ten", "ten brinke")."""


def _single_name(text: str, word: tuple[int, int], vocabulary: Vocabulary) -> bool:
    """One word alone is a name only where it is a first name and no word ("ik ben jarig op …")
    — other rules find it too."""
    return vocabulary.lower_case_name(text[word[0] : word[1]])


_ONE_PERSON_CUES = frozenset(
    word
    for word in TITLES | RELATIONS
    if word.isalpha() and (word in TITLES or not word.endswith(("en", "s")))
)
"""Titles and kin of one person ("juf", "mijn collega"), not of many ("kinderen", "ouders"):
a name is read out only after one."""
_TITLED = patterns.compile(r"(?<![\w'’])(?:" + trie_regex(set(_ONE_PERSON_CUES)) + r")[ \t]+")
_SURNAME_PARTS = frozenset({"de", "van", "der", "den", "ter", "ten", "te", "op"})
_MOST_TITLED_WORDS = 4
_FUNCTION_WORDS = frozenset(
    {"ik", "je", "jij", "u", "we", "wij", "ze", "zij", "hij", "het", "een", "er", "die", "dat"}
    | {"dit", "deze", "mijn", "mn", "m'n", "onze", "ons", "zijn", "haar", "hun", "jullie", "of"}
    | {"aan", "met", "voor", "naar", "bij", "uit", "als", "over", "om", "tot", "na", "in"}
    | {"al", "nog", "ook", "wel", "dan", "toen", "nu", "zo"}
)
"""Little words where a sentence goes on after a title ("juf il se had", "met statenlid wes sel
ink we hebben", "de juf al gezegt"); "op" ends it only as the first word (later it is a
surname's part: "ten op")."""


def _after_titles(text: str, vocabulary: Vocabulary, is_place: Callable[[str], bool]) -> list[Span]:
    """A name read out in pieces after a title or kin in an answer in lower case: "juf il se had
    alles geregeld", "mevrouw ha ver kate kwam ook", "mijn collega ja nine de vries heeft" — two
    to four pieces up to where the sentence goes on, one of them a first name, a surname or no
    word at all, none a place ("de burgemeester van zwolle")."""
    spans = []
    for cue in _TITLED.finditer(text):
        titled = cue.group(0).split()[0] in TITLES
        words = _pieces(
            text,
            cue.end(),
            _MOST_TITLED_WORDS,
            lambda m, first, titled=titled: (
                not _ends_a_titled_name(text, m, vocabulary, first=first, titled=titled)
            ),
        )
        words = _up_to_a_particle_of_no_surname(text, words, vocabulary)
        while words and text[words[-1][0] : words[-1][1]] in _SURNAME_PARTS:
            words.pop()  # "juf van de klas": no name after "van de"
        pieces = [text[start:end] for start, end in words]
        if len(pieces) < 2 or any(is_place(piece) for piece in pieces):
            continue
        if all(vocabulary.known_word(piece) for piece in pieces):
            continue  # "mijn buurman heel erg", "mijn collega lange kees": other rules' names
        spans.append(Span(words[0][0], words[-1][1], Kind.NAME, "spoken-name"))
    return spans


def _up_to_a_particle_of_no_surname(
    text: str, words: list[tuple[int, int]], vocabulary: Vocabulary
) -> list[tuple[int, int]]:
    """The pieces before a particle whose next piece is a word and no surname: "meneer wouter
    [van pro demos]" is where he works, "mijn collega ja nine de vries" a surname."""
    for index in range(1, len(words) - 1):
        start, end = words[index]
        if text[start:end] not in _SURNAME_PARTS:
            continue
        following = text[words[index + 1][0] : words[index + 1][1]]
        if following in _SURNAME_PARTS:
            continue
        if vocabulary.known_word(following) and following not in vocabulary.surnames:
            return words[:index]
    return words


def _ends_a_titled_name(
    text: str, m: re.Match[str], vocabulary: Vocabulary, *, first: bool, titled: bool
) -> bool:
    """Whether the word of ``m`` is where the sentence goes on past a name read out after a
    title (``titled``) or kin: a little word, a number, kin, a role or a title, a word glued to
    a number ("jo11"); a word of more than three letters ("legde", "komma"); the first piece a
    frequent word ("gaf jo") or, after kin, a surname's particle ("de moeder van dasha"). A word
    of three letters at most goes on the name only where no long frequent word follows it ("ha
    ver kate kwam": "ver" is a piece; "noa zat erbij": "zat" is not)."""
    word = m.group(0)
    if text[m.end() : m.end() + 1].isdigit():
        return True
    if word in _SURNAME_PARTS:
        return first and (not titled or word == "op")
    if word in _GOES_ON or word in _FUNCTION_WORDS or word.startswith(_LAUGHTER):
        return True
    if word in RELATIONS or word in TITLES or occupations().role(word) is not None:
        return True
    if number_words.value(word) is not None:
        return True
    if vocabulary.lower_case_name(word):
        return False
    if word in vocabulary.dialect:
        return True  # "mijn oma zee da ze moe was": Twents "zee" (said), a surname too
    if word in vocabulary.surnames:
        return False
    if first:
        return vocabulary.top_word(word) or (
            vocabulary.known_word(word) and len(word) > _SHORT_PIECE
        )
    if not vocabulary.known_word(word):
        return False
    if len(word) > _SHORT_PIECE:
        return True
    gap = _GAP.match(text, m.end())
    following = _WORD.match(text, gap.end()) if gap is not None else None
    if following is None:
        return True
    after = following.group(0)
    if after in _GOES_ON or after in _FUNCTION_WORDS:
        return vocabulary.top_word(word)  # "il se had", "wes sel ink we" — not "luwam ga ik"
    return vocabulary.known_word(after)


_SHORT_PIECE = 3
