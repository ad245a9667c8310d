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

from bot.export.scrub import patterns
from bot.export.scrub.kinds import Kind
from bot.export.scrub.occupations import occupations
from bot.export.scrub.rules import number_words
from bot.export.scrub.spans import Span
from bot.export.scrub.vocabulary import Vocabulary
from bot.export.scrub.words import AFTER_A_NAME_READ_OUT, CHAT_WORDS, CUED_FIRST_NAMES, RELATIONS

_CUE = patterns.compile(
    r"(?<![\w'’])(?:ik[ \t]+ben|ik[ \t]+bin|this[ \t]+is|i[ \t]+am|i'm|ich[ \t]+bin"
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
    | {"gisteren"}
    | AFTER_A_NAME_READ_OUT
    | CHAT_WORDS  # "ik ben mila haha"
)
"""Words after which, or at which, the sentence goes on past the name."""


def find(text: str, vocabulary: Vocabulary) -> list[Span]:
    if _CUE.search(text) is None:
        return []  # checked first: most answers have no introduction
    in_lower_case = text.islower()
    spans = []
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


def _name_at(
    text: str, position: int, vocabulary: Vocabulary, initial_ok: bool, named: bool
) -> tuple[Span | None, int | None]:
    """The name read out from ``position`` on, and where a second one joined by "en" starts
    ("op naam van wim en gerda nij huis"), if its first word is a first name."""
    words: list[tuple[int, int]] = []
    while len(words) < _MOST_WORDS:
        m = _WORD.match(text, position)
        if m is None or not _part_of_a_name(
            m.group(0), vocabulary, first=not words, initial_ok=initial_ok, named=named
        ):
            break
        words.append(m.span())
        gap = _GAP.match(text, m.end())
        if gap is None:
            break
        position = gap.end()
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
