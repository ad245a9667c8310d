"""Names deduce misses: after a title or a family word, in self-introductions and sign-offs,
and the citizen's own Telegram name wherever it appears (also in lower case).

deduce finds capitalised names from its lookup lists. Citizens write "groetjes, jan",
"burgemeester Van der Meer", "mijn man Wim", "ik heet fleur", "mvg r.jansen" (initials glued
to a surname): these rules cover that.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from bot.export.scrub import patterns
from bot.export.scrub.keep import trie_regex
from bot.export.scrub.kinds import Kind
from bot.export.scrub.occupations import occupations
from bot.export.scrub.sentences import at_clause_start
from bot.export.scrub.spans import Span
from bot.export.scrub.words import (
    AMBIGUOUS_NAMES,
    CONNECTORS,
    CUED_FIRST_NAMES,
    EMOJI,
    GREETINGS,
    INTERFIX_WORDS,
    INTERFIXES,
    NEVER_NAMES,
    NOT_NAMES,
    PERSON_AFTER,
    RELATIONS,
    SIGN_OFFS,
    TITLES,
    WEEKDAYS,
    district_town,
)

_EXTENDED = [chr(code) for code in range(0x100, 0x250)]
"""Latin Extended-A and -B: Turkish, Polish, Czech and Romanian names ("Şevval", "Łukasz",
"Michał", "İbrahim")."""
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(ch for ch in _EXTENDED if ch.isupper())
_LOWER = "a-zß-öø-ÿ" + "".join(ch for ch in _EXTENDED if ch.islower())
_CAP = rf"(?:[{_UPPER}]['’][{_UPPER}])?[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}'’]+)?"
_INITIALS = rf"(?:[{_UPPER}]\.[ \t]?){{1,4}}"
_INTERFIX = "(?i:" + "|".join(re.escape(i) for i in INTERFIXES) + ")"
# One capitalised name of one to four parts, maybe with initials and surname prefixes:
# "De Jong", "Van der Meer", "W. Kroeze", "Fatima El Amrani", "Oude Luttikhuis".
NAME = (
    rf"(?:{_INITIALS}[ \t]?)?(?:{_INTERFIX}[ \t]+)?{_CAP}"
    rf"(?:[ \t]+(?:{_INTERFIX}[ \t]+)?{_CAP}){{0,3}}"
)
_WORD = rf"[{_UPPER}{_LOWER}][{_LOWER}{_UPPER}'’-]*"
_LOWER_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"


def _alternation(words: frozenset[str] | tuple[str, ...]) -> str:
    """One regex for many words, longest first, shaped as a trie (a plain alternation of a
    hundred titles and relatives was tried word by word at every position)."""
    return trie_regex(set(words))


_TITLE_RE = patterns.compile(rf"(?i:(?<![\w.])(?:{_alternation(TITLES)}))(?![\w])\.?[ \t]+({NAME})")
_RELATION_RE = patterns.compile(
    rf"(?i:(?<![\w])(?:{_alternation(RELATIONS)}))(?![\w])[ \t]*,?[ \t]+({NAME}|{_WORD})"
)
_GREETING_RE = patterns.compile(
    rf"(?i:(?:^|(?<=[\s(]))(?<!de )(?<!het )(?<!een )(?<!the )(?:{_alternation(GREETINGS)}))"
    rf"(?![\w]),?[ \t]+({NAME}|{_WORD})"
)
"""A greeting and the name after it: "Beste Jan", "hoi sanne" — not "de beste, mar die …"."""
_INTRO_STRICT_RE = patterns.compile(
    r"(?i:(?<![\w])(?:ik\s+ben|ik\s+bin|i\s+am|i'm|wij\s+zijn|we\s+zijn|we\s+are|we're|ich\s+bin|"
    r"ich\s+heiße|ich\s+heisse|mein\s+name\s+ist|"
    r"dit\s+is|this\s+is|hier\s+is|ze\s+heette|hij\s+heette|zij\s+heette|ze\s+heet|hij\s+heet|"
    r"zij\s+heet|genaamd|called|named))(?![\w])[ \t]+"
    rf"({NAME}|{_WORD})((?:[ \t]*(?:,|en|and|&)[ \t]+{NAME})*)"
)
_NAMED_RE = patterns.compile(
    rf"(?i:(?<![\w'’])(?:(?:{_alternation(RELATIONS | TITLES)})(?:[ \t]+(?:van|of)[ \t]+"
    r"(?:(?:de|het|'t|the|onze|ons|mijn|my|our)[ \t]+)?[\w'’-]+)?|hij|zij|ze|he|she|die|wie)"
    r"(?:[ \t]+(?:echt|eigenlijk|gewoon|officieel|really|actually))?[ \t]+"
    r"(?:heet|heette|hiet|hiette|heten|heetten|is[ \t]+called|was[ \t]+called|is[ \t]+named|"
    r"was[ \t]+named|goes[ \t]+by)"
    r"(?:[ \t]+(?:echt|eigenlijk|gewoon|officieel|really|actually|ook|also|zelf|geloof[ \t]+ik|"
    r"denk[ \t]+ik|volgens[ \t]+mij|i[ \t]+think))?)(?![\w])[ \t]+"
    # a surname in lower case with its prefix: "het statenlid heette de wilde"
    rf"((?:(?:de|van|ter|ten|te|van[ \t]+de|van[ \t]+der|van[ \t]+den)[ \t]+)?(?:{NAME}|{_WORD}))"
)
"""A name after a verb of naming with a person for its subject: "onze leider heet Bever",
"mijn buurman heette Gait" — a nickname too, even when it is a word."""
_NAMING_VERBS = ("heet", "hiet", "heten", "called", "named", "goes by")
_AFTER_NAMING = frozenset(
    {"echt", "eigenlijk", "gewoon", "officieel", "ook", "zo", "niet", "nog", "toch", "wel"}
    | {"trouwens", "anders", "welkom", "really", "actually", "also", "so", "not", "still"}
)
"""Words after "heet" that are no name ("ze heet eigenlijk …", "ik heet u welkom")."""
_HEET = patterns.compile(r"(?i)(?:ik|ze|zij|hij)\s+(?:heet|hiet|heette|hiette)\b")
_INTRO_LOOSE_RE = patterns.compile(
    r"(?i:(?<![\w])(?:mijn\s+naam\s+is|m'n\s+naam\s+is|mn\s+naam\s+is|mijn\s+naam(?=\s+[A-Z])|"
    r"ik\s+heet(?:\s+(?:echt|eigenlijk|gewoon|officieel|dus|ook))?|ik\s+hiet|"
    r"my\s+name\s+is|my\s+name's|name's|naam\s*:|name\s*:|vraag\s+naar|vragen\s+naar|"
    r"ask\s+for|contactpersoon\s*:?|contact\s*:|t\.a\.v\.?|attn\.?:?|afzender\s*:?|"
    r"ondertekend\s*:?|namens))(?![\w])[ \t]*"
    rf"({NAME}|{_LOWER_NAME})"
)
_ON_BEHALF = patterns.compile(r"(?i)namens\b")
_ASSOCIATION_WORD = patterns.compile(
    r"(?i)(?:vereniging|club|schutterij|stichting|fanfare|harmonie|dorpsraad|dorpsbelang|bestuur|"
    r"raad|commissie|comité|koor|rksv|rkvv|^vv$|^sv$|^kbo$|scouting)$"
)
"""An association by its kind: after "namens" it is no person's name."""
_ANY_SIGN_OFF = _alternation(SIGN_OFFS)
_SIGN_OFF_RE = patterns.compile(
    rf"(?i:(?:^|(?<=[\s,.!?;:()\-]))(?:{_ANY_SIGN_OFF}))(?=[\s,.:;!\-–]|$|[A-Z][a-z])"
)
"""A closing word, also one typed glued to the name after it ("groetjesMarco")."""
_DASH_SIGNATURE_RE = patterns.compile(rf"(?:^|(?<=\s))[-–—~][ \t]*({NAME}|{_LOWER_NAME})[\s.!]*$")
_BRACKET_SIGNATURE_RE = patterns.compile(rf"\([ \t]*({NAME})[ \t]*,[ \t]*(\d{{1,3}})[ \t]*[,)]")
_TAIL_WORD = patterns.compile(rf"{_WORD}")
_TAIL_STOP = patterns.compile(r"[^\w\s,.'’-]|\d|_|(?<!\b[A-Za-z])\.(?=\s)")
_SURNAME_PREFIXES = frozenset(
    {"van", "de", "der", "den", "ter", "ten", "te", "'t", "het", "el", "oude", "olde", "von"}
)
_FIRST_LINE = patterns.compile(r"[\s,.:;–—-]*[^\n]*")
_PLACE_PREPOSITIONS = frozenset({"uit", "vanuit", "oet", "from", "in", "te", "out", "of", "aus"})


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """The citizen's own Telegram name: looked for while scrubbing, never stored."""

    first_name: str | None = None
    last_name: str | None = None
    username: str | None = None


@dataclass(frozen=True)
class NameContext:
    """What the name rules need besides the text."""

    first_names: frozenset[str] = field(default_factory=frozenset)
    """Lower-case first names (from deduce's list) for names written in lower case."""
    common_words: frozenset[str] = field(default_factory=frozenset)
    """Lower-case ordinary words; a known name equal to one is only matched capitalised."""
    is_kept: Callable[[str], bool] = field(default=lambda word: False)
    """Whether a word is on the keep-list (a place of Overijssel, a programme name)."""
    surnames: frozenset[str] = field(default_factory=frozenset)
    """Lower-case Dutch surnames (deduce's list): "ik ben hennie slot"."""
    english: frozenset[str] = field(default_factory=frozenset)
    """Frequent English words."""

    is_known: Callable[[str], bool] = field(default=lambda word: False)
    """Whether a word is an ordinary word in one of our languages (any case)."""
    function_names: frozenset[str] = field(default_factory=frozenset)
    """Very frequent Dutch words that are first names too ("mee", "bent"): never a name in
    lower case ("met de klas van mijn kleinzoon mee te doen")."""
    frequent_word_names: frozenset[str] = field(default_factory=frozenset)
    """Frequent Dutch words that are first names too: in lower case after "ik ben" the word
    ("ik ben jarig", "ik ben fan van Heracles")."""
    is_compound: Callable[[str], bool] = field(default=lambda word: False)
    """Whether a word is two Dutch words joined ("boerenzoon")."""
    is_name_like: Callable[[str], bool] = field(default=lambda word: False)
    """Whether a word may be a name where only the sentence says so: a first name or no word
    (:meth:`bot.export.scrub.vocabulary.Vocabulary.name_like`)."""

    def name_like(self, word: str) -> bool:
        return self.is_name_like(word)

    def kept(self, word: str) -> bool:
        return self.is_kept(word)

    def known(self, word: str) -> bool:
        return self.is_known(word)

    def plausible(self, words: list[str], *, lower_ok: bool) -> bool:
        """Whether ``words`` can be a name: not an ordinary word, capitalised or a known name."""
        if not words:
            return False
        first = words[0]
        folded = first.lower()
        if folded in NEVER_NAMES or folded in WEEKDAYS:
            return False  # "I called my aunt Monday evening"
        if folded in SIGN_OFF_WORDS or self.kept(first):
            return False
        if first[0].isupper():
            # in capitals every word is capitalised: "MIJN VROUW IS GEVALLEN"
            return not (
                len(first) > 1
                and first.isupper()
                and self.is_known(folded)
                and folded not in self.first_names
            )
        return (
            lower_ok
            and folded in self.first_names
            and folded not in self.common_words
            and folded not in self.function_names
            # "the teacher said", "mijn vriend zei": a verb of saying, not a name
            and folded not in PERSON_AFTER
        )

    def named(self, words: list[str]) -> bool:
        """After a verb of naming ("ik heet", "mijn zusje heet"): any word that is no little
        word or adverb is the name, also one that is a word too ("ze heet lot")."""
        if not words:
            return False
        if len(words) > 1 and words[0].lower() in _SURNAME_PREFIXES:
            # "heette de wilde", "heet zelf van goor": the prefix, then a surname, also one
            # that is a place — not "heette de kapsalonpartij" (a compound: a thing's name)
            folded = words[1].lower()
            if folded not in self.surnames and self.is_compound(folded):
                return False
            return folded not in NOT_NAMES and folded not in CONNECTORS
        folded = words[0].lower()
        return not (
            folded in NOT_NAMES
            or folded in CONNECTORS
            or folded in TITLES
            or folded in _AFTER_NAMING
            or self.kept(words[0])
        )

    def introduced(self, words: list[str]) -> bool:
        """After "ik ben", "ik heet": also a name that is a word too ("ik ben mees") — not a
        frequent word in lower case ("ik ben jarig")."""
        if words and words[0].islower() and words[0] in self.frequent_word_names:
            return False
        return self.plausible(words, lower_ok=True) or (
            bool(words)
            and words[0].lower() in CUED_FIRST_NAMES
            and self.plausible([words[0].capitalize(), *words[1:]], lower_ok=False)
        )


SIGN_OFF_WORDS: frozenset[str] = frozenset(
    w for s in SIGN_OFFS for w in s.split() if w not in CONNECTORS and w not in {"je", "wel", "you"}
)
"""Words of the sign-offs ("mvg", "groetjes", "cheers"), never the start of a name."""


def _name_span(m: re.Match[str], group: int, source: str) -> Span:
    return Span(m.start(group), m.end(group), Kind.NAME, source)


def _words(text: str) -> list[str]:
    return _TAIL_WORD.findall(text)


def find_titled(text: str, context: NameContext) -> list[Span]:
    """A name after a title, a family word or a greeting: "wethouder De Jong", "mijn man Wim"."""
    spans = []
    for regex, source, lower_ok in (
        (_TITLE_RE, "title", False),
        (_RELATION_RE, "relation", True),
        (_GREETING_RE, "greeting", True),
    ):
        for m in regex.finditer(text):
            title = text[m.start() : m.start(1)].strip()
            if title.endswith(".") and title.lower() not in TITLES:
                continue  # "Geachte heer, mevrouw. Goed bestuur…": the dot ends a sentence
            words = _words(m.group(1))
            # "burgemeester van Kampen" is a place, not a name: an interfix + a kept place.
            if words and words[0].lower() in CONNECTORS and len(words) >= 2:
                rest = m.group(1)[m.group(1).lower().find(words[1].lower()) :]
                if context.kept(rest) or context.kept(words[-1]):
                    continue
                after = [w for w in words if w.lower() not in CONNECTORS]
                # "wethouder van Onderwijs" is a portfolio, "mevrouw van den Berg" a name.
                if context.plausible(after, lower_ok=False):
                    spans.append(_name_span(m, 1, source))
                continue
            if source == "title" and _a_district(m.group(1).strip(), context):
                continue  # "wijkagent Enschede-Noord": where, not who
            if source == "title" and words and occupations().body(words[0].lower()):
                continue  # "voorzitter Jongerenraad Overijssel": the body, not who
            if context.plausible(words, lower_ok=lower_ok):
                spans.append(_name_span(m, 1, source))
    return spans


def _a_district(word: str, context: NameContext) -> bool:
    """A part of a town: "Enschede-Noord", "Zwolle-Zuid", "Deventer-Centrum"."""
    town = district_town(word)
    return town is not None and context.kept(town)


_SELF = patterns.compile(r"(?i)(?:ik|i)\s*(?:ben|bin|am|'m)\b")
_LONGEST_NAME = 10
"""Longer words after "ik ben" are compounds ("gemeenteambtenaar", "klimaatactivist")."""
_INTRO_GOES_ON = patterns.compile(
    r"(?i)(?:[ \t]+(?:uit|from|oet|van)|[ \t]*,?[ \t]+(?:mijn|mn|m'n|my|kom|woon|\d{1,2})"
    r"|[ \t]*,[ \t]*ik)"
    r"(?![\w'’])"
)
"""After the name, the introduction goes on: where from, family, age ("ik ben kasia, mn
ouders …", "ik ben yonas uit Eritrea", "ik ben yonas, ik woon …", "i'm olena, 16") — not "ik
ben dislectisch, sorry"."""


def _unknown_word_introduced(
    text: str, m: re.Match[str], words: list[str], context: NameContext
) -> bool:
    """One word after "ik ben" that no dictionary knows, with the introduction going on after
    it ("ik ben kasia, mn ouders …", "ik ben yonas uit …"): a name no list has."""
    if len(words) != 1 or m.group(2) or not _SELF.match(m.group(0)):
        return False
    folded = words[0].lower()
    return (
        3 <= len(folded) <= _LONGEST_NAME
        and context.name_like(folded)
        and folded.isalpha()
        and not context.known(folded)
        and folded not in context.common_words
        and folded not in NOT_NAMES
        and folded not in CONNECTORS
        and not context.kept(words[0])
        and occupations().role(folded) is None  # "ik ben erelid van de harmonie"
        and not context.is_compound(folded)  # "ik ben boerenzoon uit Haarle"
        and _INTRO_GOES_ON.match(text, m.end(1)) is not None
    )


_LABEL = patterns.compile(
    r"(?i:(?<![\w])(?:(?:mijn|m'n|mn|zijn|z'n|zn|haar|hun)[ \t]+"
    r"(?:achter|voor|bij|roep|meisjes|doop|familie)naam"
    r"|(?:my|his|her)[ \t]+(?:surname|first[ \t]+name|last[ \t]+name|nickname|maiden[ \t]+name|"
    r"family[ \t]+name)|(?:mein|meine|sein|ihr)[ \t]+(?:nach|vor|familien|spitz)?name)"
    r"[ \t]+(?:is|was|ist|war)[ \t]*:?[ \t]+)"
    r"(?P<prefix>(?i:(?:van[ \t]+der|van[ \t]+den|van[ \t]+de|van[ \t]+het|van[ \t]+'t|in[ \t]+'t|"
    r"op[ \t]+de|de|van|der|den|ter|ten|te|'t|von|zu)[ \t]+))?"
    r"(?P<name>[^\W\d_][\w'’]*(?:-(?:(?i:de|van|der|den|ter|ten)[ \t]+)?[^\W\d_][\w'’]*)?)"
)
"""A name after what sort of name it is: "mijn achternaam is wolf", "mijn achternaam is de
vries", "my surname is van dijk", "Mein Nachname ist Schulte"."""


_NATIONALITY = patterns.compile(r"(?:isch|aans|iaans|ees|ands|ks|ts|ls|ns|ers)$")
"""How Dutch says where a name is from: "Turks", "Marokkaans", "Indonesisch", "Pools"."""


_SURNAME_AFTER_INITIALS = (
    r"[ \t]*(?:(?:van|de|der|den|ter|ten|te|'t|het|el|oude|olde)[ \t]+){0,3}[^\W\d_][\w'’-]*)"
)
_FIELDS_WITH_INITIALS = (
    patterns.compile(
        r"(?i)(?<![\w])(?:naam|name|voornaam|achternaam)[ \t]*:?[ \t]+"
        r"(?P<name>(?:[a-z]\.[ \t]?){1,3}" + _SURNAME_AFTER_INITIALS
    ),
    patterns.compile(
        r"(?i)(?<![\w])(?:op[ \t]+naam[ \t]+van|ten[ \t]+name[ \t]+van|t\.?n\.?v\.?)[ \t]*:?[ \t]+"
        r"(?:(?:dhr|mevr|mw|mr|mrs|de[ \t]+heer|mevrouw)\.?[ \t]+)?"
        r"(?P<name>(?:[a-z](?:\.[ \t]?|[ \t]+)){1,3}" + _SURNAME_AFTER_INITIALS
    ),
)
"""A form's field of a name filled in with initials: "naam j. ten hove", "Naam: A.B. Smit",
after "op naam van" also without dots ("op naam van d de boer")."""


def find_labelled(text: str, context: NameContext) -> list[Span]:
    """Names after their label, whatever case they are typed in — a surname with its prefix, or
    a word that is a surname or first name or no word at all; not what is said of the name
    ("mijn achternaam is Turks", "… is moeilijk uit te spreken", "… is veranderd")."""
    if "naam" not in text.lower() and "name" not in text.lower():
        return []
    spans = []
    for m in _LABEL.finditer(text):
        head = m.group("name").split("-")[0].lower()
        if head in NOT_NAMES or head in CONNECTORS or head in TITLES or head in _AFTER_NAMING:
            continue
        known = context.is_known(head)
        name_word = head in context.surnames or (head in context.first_names and not known)
        if not (m.group("prefix") or name_word) and _NATIONALITY.search(head):
            continue  # "mijn achternaam is Turks, dat merk ik bij sollicitaties"
        if m.group("prefix") or name_word or not known:
            start = m.start("prefix") if m.group("prefix") else m.start("name")
            spans.append(Span(start, m.end("name"), Kind.NAME, "labelled"))
    for form_field in _FIELDS_WITH_INITIALS:
        for m in form_field.finditer(text):
            words = [w for w in _words(m.group("name").replace(".", " ")) if len(w) > 1]
            if _surname_after_initials(words, context):
                spans.append(Span(m.start("name"), m.end("name"), Kind.NAME, "labelled"))
    return spans


_GERMAN_SELF = patterns.compile(r"(?i)ich\s+bin\b")


def _german_name(words: list[str], context: NameContext) -> bool:
    """After "ich bin" a name, not a noun: a first name, or two capitalised words of which the
    first is no German word ("Jürgen Klümper") — not "Witwe", "Landwirt"."""
    from bot.export.scrub.vocabulary import vocabulary

    if not words:
        return False
    if words[0].lower() in context.first_names:
        return True
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[1][:1].isupper()
        and words[0].lower() not in vocabulary().german
    )


def find_introductions(text: str, context: NameContext) -> list[Span]:
    """ "Ik ben Noah", "mijn naam is piet de vries", "vraag naar Joke", "ze heette Marieke"."""
    spans = []
    for m in _INTRO_STRICT_RE.finditer(text):
        words = _words(m.group(1))
        if _GERMAN_SELF.match(m.group(0)) and not _german_name(words, context):
            continue  # "Ich bin Rentner", "Ich bin Witwe": German writes every noun with a capital
        if _unknown_word_introduced(text, m, words, context):
            spans.append(_name_span(m, 1, "intro"))  # "ik ben kasia, mn ouders …"
        elif context.introduced(words):
            span = _name_span(m, 1, "intro")
            if len(words) == 1 and words[0].islower():
                end = _lower_surname_end(text, span.end, context)
                span = Span(span.start, end, Kind.NAME, "intro")
            spans.append(span)
            for more in re.finditer(NAME, m.group(2) or ""):
                if context.plausible(_words(more.group(0)), lower_ok=False):
                    start = m.start(2) + more.start()
                    spans.append(Span(start, start + len(more.group(0)), Kind.NAME, "intro"))
    lowered = text.lower()
    if any(verb in lowered for verb in _NAMING_VERBS):  # checked first: the pattern is slow
        for m in _NAMED_RE.finditer(text):
            words = _words(m.group(1))
            if context.introduced(words) or context.named(words):
                spans.append(_name_span(m, 1, "named"))
    for m in _INTRO_LOOSE_RE.finditer(text):
        kept: list[str] = []
        words = _words(m.group(1))
        for i, word in enumerate(words):
            folded = word.lower()
            after_a_prefix = bool(kept) and kept[-1].lower() in _SURNAME_PREFIXES
            if folded in _SURNAME_PREFIXES and (
                kept or (_HEET.match(m.group(0)) and i + 1 < len(words) and words[i + 1].istitle())
            ):
                kept.append(word)  # "ik heet echt van Wijhe": a surname with its prefix
                continue
            if after_a_prefix and word.istitle() and context.kept(word):
                kept.append(word)  # "van Wijhe": a surname, though a place too
                continue
            if folded in NOT_NAMES or folded in CONNECTORS or context.kept(word):
                break
            if (
                not kept
                and _ON_BEHALF.match(m.group(0))
                and ((len(word) > 1 and word.isupper()) or _ASSOCIATION_WORD.search(word))
            ):
                break  # "Namens VNG Overijssel", "Namens IJsvereniging De Vlijt": a body
            if (
                not kept
                and not context.plausible([word], lower_ok=True)
                and not (_HEET.match(m.group(0)) and context.named([word]))
            ):
                break  # "contact: via e-mail" names nobody; "ik heet lot" does
            if (
                kept
                and word[0].islower()
                and folded in context.common_words
                # "naam: liam de groot": a surname after its prefix, though a word too
                and not (kept[-1].lower() in _SURNAME_PREFIXES and folded in context.surnames)
            ):
                break
            kept.append(word)
        while kept and kept[-1].lower() in _SURNAME_PREFIXES:
            kept.pop()
        if kept:
            start = m.start(1)
            end = start + _end_of_words(m.group(1), kept)
            spans.append(Span(start, end, Kind.NAME, "intro"))
    return spans


_NEXT_LOWER = patterns.compile(r"[ \t]+([a-zß-öø-ÿ][a-zß-öø-ÿ'’]+)(?![\w-])")


_POSSESSIVES = frozenset({"haar", "zijn", "hun", "mijn", "onze", "jouw", "uw"})
"""Possessives that are surnames too ("Haar"): after a first name the sentence goes on."""


def _lower_surname_end(text: str, end: int, context: NameContext) -> int:
    """After an introduced first name in lower case, its surname in lower case: "ik ben
    hennie slot", "ik ben bert ter horst" — a word on the surname list, even one that is a
    word too, but no little word, title or English word ("ik ben anna en …")."""
    position = end
    prefixes = 0
    while prefixes < 3:
        m = _NEXT_LOWER.match(text, position)
        if m is None or m.group(1) not in INTERFIX_WORDS or m.group(1) in {"en", "of"}:
            break
        position = m.end()
        prefixes += 1
    m = _NEXT_LOWER.match(text, position)
    if m is None:
        return end
    word = m.group(1)
    if (
        word in NOT_NAMES
        or word in CONNECTORS
        or word in TITLES
        or word in SIGN_OFF_WORDS
        or word in context.english
        or context.kept(word)
        or (not prefixes and word in _POSSESSIVES)  # "dit is roos haar idee"
    ):
        return end
    if word in context.surnames or (prefixes and word not in context.common_words):
        return m.end()
    return end


def _end_of_words(chunk: str, words: list[str]) -> int:
    position = 0
    for word in words:
        position = chunk.index(word, position) + len(word)
    return position


def find_sign_offs(text: str, context: NameContext) -> list[Span]:
    """The name after a closing word at the end of an answer: "groetjes, jan", "- Priya"."""
    spans: list[Span] = []
    stripped_end = len(text.rstrip(" \t\n\r.!?)😊🙂👍🙏❤️"))
    for m in _SIGN_OFF_RE.finditer(text):
        tail_start = m.end()
        tail = text[tail_start:stripped_end]
        span = _sign_off_name(tail, tail_start, context)
        if span is not None:
            spans.append(span)
    dash = _DASH_SIGNATURE_RE.search(text)
    signed = _words(dash.group(1)) if dash else []
    if (
        dash
        and context.plausible(signed, lower_ok=True)
        and not any(context.kept(word) for word in signed)
        and (
            signed[0].lower() in context.first_names
            or signed[0].lower() in CUED_FIRST_NAMES  # "– Storm"
            or not context.known(signed[0].lower())
        )
    ):  # not "'…' – Jong Overijssel", "– Daarna ging ik weg"
        spans.append(_name_span(dash, 1, "signature"))
    for m in _BRACKET_SIGNATURE_RE.finditer(text):
        if context.plausible(_words(m.group(1)), lower_ok=False):
            spans.append(_name_span(m, 1, "signature"))
            if int(m.group(2)) <= 115:
                spans.append(Span(m.start(2), m.end(2), Kind.AGE, "signature"))
    return spans


def _sign_off_name(tail: str, offset: int, context: NameContext) -> Span | None:
    """Parse what follows a sign-off: "[,] [van] NAME [, PLACE]" or "uit PLACE, NAME"."""
    stop = _TAIL_STOP.search(tail)
    if stop is not None:
        tail = tail[: stop.start()]
    line = _FIRST_LINE.match(tail)
    if line is not None:
        tail = line.group(0)  # the name stands on one line: the street is on the next
    tokens = [(m.group(0), m.start(), m.end()) for m in _TAIL_WORD.finditer(tail)]
    if not tokens or len(tokens) > 7:
        return None
    first = tokens[0][0].lower()
    if first in _PLACE_PREPOSITIONS:
        # "groetjes uit Kampen, jan" / "Greetings from Ootmarsum, sophie"
        comma = tail.find(",", tokens[0][2])
        if comma < 0:
            return None
        tokens = [t for t in tokens if t[1] > comma]
    elif first in {"van", "from", "von"}:
        tokens = tokens[1:]
    # A trailing ", Lemele" (a kept place) is not part of the name.
    while tokens and context.kept(tokens[-1][0]):
        tokens = tokens[:-1]
        while tokens and tokens[-1][0].lower() in _PLACE_PREPOSITIONS:
            tokens = tokens[:-1]
    initials = 0
    while (
        initials < len(tokens) - 1
        and (
            (
                len(tokens[initials][0]) == 1
                and tokens[initials][0].lower() != "x"  # "groetjes x. tot snel": a kiss
                and tail[tokens[initials][2] : tokens[initials][2] + 1] == "."
            )
            or (
                initials  # "G. en H. Kleine Schaars": the initials of two people
                and tokens[initials][0].lower() in {"en", "&"}
                and initials + 1 < len(tokens)
                and len(tokens[initials + 1][0]) == 1
            )
        )
    ):
        initials += 1  # "groeten j.h. van der veen" — not "from …, a neighbour"
    named = tokens[initials:]
    if initials:
        # "W. Kamphuis, IJsselmuiden, tel.": after initials the name ends at a comma
        comma = next(
            (k for k in range(1, len(named)) if "," in tail[named[k - 1][2] : named[k][1]]),
            len(named),
        )
        named = named[:comma]
        tokens = tokens[: initials + comma]
    if not named or len(named) > 4:
        return None
    words = [t[0] for t in named]
    if any(
        w.lower() in NOT_NAMES
        and not (
            initials
            and (
                w.lower() in _SURNAME_PREFIXES or (w is words[-1] and w.lower() in context.surnames)
            )
        )
        for w in words
    ):
        return None  # after initials a surname may be a word too: "j. de boer"; not "…, tel."
    if any(w.lower() in CONNECTORS and w.lower() not in _SURNAME_PREFIXES for w in words):
        return None
    if not context.plausible(words, lower_ok=True) and not (
        initials and _surname_after_initials(words, context)
    ):
        return None
    return Span(offset + tokens[0][1], offset + tokens[-1][2], Kind.NAME, "sign-off")


def _surname_after_initials(words: list[str], context: NameContext) -> bool:
    """After initials a surname in any case, with its prefix: "j.h. van der veen", "a. bos" —
    not a word ("j. en de rest")."""
    rest = [w for w in words if w.lower() not in _SURNAME_PREFIXES]
    if not rest or len(rest) > 2:
        return False
    last = rest[-1].lower()
    return last in context.surnames or not context.known(last)


_SPLIT_NAME = patterns.compile(r"[\s,;/]+")
_NAME_CHARS = patterns.compile(r"[^\w'’ -]+")


_LETTER_RUNS = patterns.compile(r"[^\W\d_]+")


_LONGEST_UNSPLIT = 8
"""A name part this long is looked for also split by spaces ("nijen huis" of "Nijenhuis")."""


def _no_piece_in(text: str, person: KnownPerson) -> bool:
    """Whether no piece of the citizen's names (each part, each half of a hyphenated one, each
    run of letters of the username) stands in ``text``: every pattern of
    :func:`_person_patterns` is made of these pieces, so none can match. Only for names in
    ASCII, where lower-casing is what the regex engine's IGNORECASE does."""
    pieces = [
        piece
        for part in _parts(person.first_name) + _parts(person.last_name)
        for piece in part.split("-")
        if piece
    ]
    # the username's runs of letters: "memo" of "memo_ytz" is looked for on its own too
    pieces += _LETTER_RUNS.findall(person.username or "")
    if (person.username and not pieces) or not all(piece.isascii() for piece in pieces):
        return False  # a username of digits alone is looked for whole
    lowered = patterns.lowered_alike(text)
    if lowered is None:
        return False  # "aylın", "İlayda": IGNORECASE finds "aylin", "ilayda" there
    if any(piece.lower() in lowered for piece in pieces):
        return False
    long_pieces = [piece.lower() for piece in pieces if len(piece) >= _LONGEST_UNSPLIT]
    if not long_pieces:
        return True
    joined = lowered.replace(" ", "").replace("\t", "")  # "nijen huis" of "Nijenhuis"
    return not any(piece in joined for piece in long_pieces)


def _parts(name: str | None) -> list[str]:
    if not name:
        return []
    cleaned = _NAME_CHARS.sub(" ", name).strip()
    return [p for p in _SPLIT_NAME.split(cleaned) if p]


SURELY_THE_KNOWN_PERSON = "known-person-sure"
"""The source of the citizen's own name where nothing else can be meant — where it signs the
answer off, introduces them ("ik ben lieve, 16") or is a surname of more words after an initial:
a name there even where it is a place to keep or a word too ("Gruß, Heino" from Heino Bruns,
"op naam van b. van ommen" from Bas van Ommen)."""


def _own_initials_signing(text: str, person: KnownPerson) -> list[Span]:
    """The citizen's initials signing the answer off at its very end, after a full stop, a
    comma, a greeting or an emoji: "… van de provincie. JW" from Jan-Willem (Bos), "groet, A.B."
    from Anna Bos, "👍 MvD" from Marieke van Dam — not a body's letters after an article ("van de
    NS")."""
    if _ENDS_IN_A_CAPITAL.search(text, max(0, len(text) - 12)) is None:
        return []  # checked first: most answers end in no capital letter
    first = re.split(r"[\s-]+", (person.first_name or "").strip())
    last = re.split(r"[\s-]+", (person.last_name or "").strip())
    own = "".join(part[0] for part in first if part[:1].isupper())
    forms = {own, own + "".join(part[0] for part in last if part[:1].isupper())}
    forms.add(own + "".join(part[0] for part in last if part))
    m = _INITIALS_AT_THE_END.search(text, max(0, len(text) - 40))
    if m is None or len(own) < 1:
        return []
    said = m.group(1).replace(".", "").replace(" ", "")
    if len(said) < 2 or said not in {form for form in forms if len(form) >= 2}:
        return []
    return [Span(m.start(1), m.end(1), Kind.NAME, "known-person-initials")]


_ENDS_IN_A_CAPITAL = patterns.compile(r"[A-Z]\.?[^\w]*$")
_INITIALS_AT_THE_END = patterns.compile(
    r"(?:^|[.!?\n" + EMOJI + r"][ \t]*|,[ \t]*|(?i:groet(?:en|jes)?|gr|mvg|cheers)[ \t]*,?[ \t]*)"
    r"([A-Z]\.?[ \t]?(?:[A-Za-z]\.?[ \t]?){0,2}[A-Z]\.?)[ \t]*[)😊🙂👍🙏!?]*[ \t]*$"
)


def find_known_person(text: str, person: KnownPerson | None, context: NameContext) -> list[Span]:
    """The citizen's own first name, surname and username, in any capitalisation.

    A part that is also an ordinary word ("Ben", "Roos") is only matched capitalised, or in
    lower case where it signs the answer off (:func:`_signs_off`).
    """
    if person is None:
        return []
    first_words = (person.first_name or "").split()
    if first_words and first_words[0].lower() in RELATIONS | TITLES:
        # "Opa G.", "Juf Anja": what they are called by, not a name ("Opa is apetrots!")
        person = KnownPerson(" ".join(first_words[1:]) or None, person.last_name, person.username)
    person = _with_first_name_from_username(person, context.first_names)
    initials = _own_initials_signing(text, person)
    if _no_piece_in(text, person):
        return initials  # most answers: no pattern of the citizen's names to build or try
    names, exact, username, glued = _person_patterns(person, context.common_words)
    spans = [
        Span(
            m.start(),
            m.end(),
            Kind.NAME,
            SURELY_THE_KNOWN_PERSON if _surely_theirs(text, m, context) else "known-person",
        )
        for m in names.finditer(text)
    ]
    spans += [Span(m.start(), m.end(), Kind.NAME, "known-person") for m in glued.finditer(text)]
    spans += [
        Span(start, end, Kind.NAME, GLUED_TO_A_WORD)
        for start, end in _first_name_glued_to_a_word(text, person, context.common_words)
        if not _glued_word_is_a_word(text, start, context)
    ]
    spans += [
        Span(m.start(), m.end(), Kind.NAME, "known-person")
        for m in exact.finditer(text)
        if _capitalised(m.group(0))
        or _signs_off(text, m.start(), m.end(), context)
        or (
            _INTRODUCED_BEFORE.search(text, max(0, m.start() - 16), m.start())
            and _INTRODUCTION_GOES_ON.match(text, m.end())
        )
    ]
    spans += [
        Span(m.start(), m.end(), Kind.HANDLE, "known-username") for m in username.finditer(text)
    ]
    if not person.last_name:
        spans += _own_surname_after(text, spans, context)
    return spans + initials


_SURNAME_AFTER_OWN_NAME = patterns.compile(
    r"[ \t]+((?:(?:van|de|der|den|ter|ten|te|van[ \t]+de|van[ \t]+der)[ \t]+)?"
    rf"[{_LOWER}][{_LOWER}'’-]{{2,}})"
    r"(?=[ \t]*(?:,|\(|\n|$)|[ \t]+(?:hier|here|uit|from|van[ \t]+\d|\d{1,3}\b))"
)


def _own_surname_after(text: str, spans: list[Span], context: NameContext) -> list[Span]:
    """The surname a citizen without one in Telegram types after their own first name: "filip
    nowak hier, 18", "sanne wevers, 4 havo", "graag antwoord marian ter bekke" — a word no list
    knows, or any word after a surname's prefix, before a comma, "hier" or the end."""
    found = []
    for span in spans:
        if span.kind is not Kind.NAME:
            continue
        m = _SURNAME_AFTER_OWN_NAME.match(text, span.end)
        if m is None:
            continue
        word = m.group(1).split()[-1]
        if word in NOT_NAMES or context.kept(word):
            continue
        if (context.known(word) or context.is_compound(word)) and not (
            " " in m.group(1) and word in context.surnames
        ):
            continue  # "van dijk" with its prefix; not "lisa van de jongerenraad"
        found.append(Span(m.start(1), m.end(1), Kind.NAME, "known-person-surname"))
    return found


_SIGN_OFF_BEFORE = patterns.compile(
    rf"(?i:(?:^|(?<=[\s,.!?;:()]))(?:{_ANY_SIGN_OFF})[ \t]*,?[ \t]*"
    r"(?:(?:van|from)[ \t]+(?:mij[ \t]+|me[ \t]+)?)?$)"
)
_DASH_BEFORE = patterns.compile(r"(?:^|(?<=\s))[-–—~][ \t]*$")
_LINE_BEFORE = patterns.compile(r"\n[ \t]*$")
_SIGNATURE_AFTER = patterns.compile(
    r"(?i)[ \t]*,?[ \t]*(?:\(?\d{1,3}\)?\W*$|(?:uit|from)[ \t]|van[ \t]+(?:\w*\d|(?-i:[A-Z]))|\W*$)"
)
_OUT_AFTER = patterns.compile(r"(?i)[ \t]+(?:out|uit|over[ \t]+and[ \t]+out)(?![\w'’])[^\w]*$")
"""A chat's sign-off after one's own name, at the very end: "wolf out ✌️"."""
_SENTENCE_BEFORE = patterns.compile(r"(?:^|[.!?\n]|[" + EMOJI + r"])[ \t]*$")
_CLAUSE_AFTER = patterns.compile(
    r"(?i)[ \t]+(?:dat|die|jullie|je|we|wij|ik|het|er|is|was|zijn|heb|hebt|hebben|kan|kunnen|"
    r"wil|willen|moet|moeten|gaat|gaan|doen|doet|zal|zullen|mag|mogen)(?![\w'’])"
)


_INTRODUCED_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:ik[ \t]+ben|ik[ \t]+heet|ikke|naam[ \t]+is|i'm|i[ \t]+am|ich[ \t]+bin)"
    r"[ \t]+$"
)
"""Where one says one's name: one's own name that is a word too is the name there ("ik ben
lieve, 16")."""
_INTRODUCTION_GOES_ON = patterns.compile(r"(?i)[ \t]*(?:[,.!?(]|$|uit\b|van\b|\d)")
"""After the name the introduction goes on, as after a name: "ik ben lieve, 16", "ik ben memo
uit Hengelo" — not "ik ben jong en …" of a citizen called De Jong."""
_INITIAL_BEFORE = patterns.compile(r"(?<![\w.])[A-Za-z]\.[ \t]*$")


def _surely_theirs(text: str, m: re.Match[str], context: NameContext) -> bool:
    """Whether a match of the citizen's own name is theirs whatever else it may be: it signs
    the answer off, follows "ik ben", or it is a surname of more words after an initial ("b.
    van ommen")."""
    if _signs_off(text, m.start(), m.end(), context):
        return True
    if _INTRODUCED_BEFORE.search(
        text, max(0, m.start() - 16), m.start()
    ) and _INTRODUCTION_GOES_ON.match(text, m.end()):
        return True  # "ik ben lieve, 16": one's own name that is a word too
    return " " in m.group(0).strip() and bool(
        _INITIAL_BEFORE.search(text, max(0, m.start() - 4), m.start())
    )


def _capitalised(word: str) -> bool:
    return word[0].isupper() and not word.isupper()


def _signs_off(text: str, start: int, end: int, context: NameContext) -> bool:
    """The citizen's own name that is a word too, typed in lower case where only a name
    stands: at the end of the answer (or before where one is from), after a closing word
    ("groetjes storm uit h3c", "groetjes van storm (15)"), a dash ("- sky 14"), alone on the
    last line, or last in an answer with no stop at all (voice typing)."""
    before = text[max(0, start - 30) : start]
    if _SIGN_OFF_BEFORE.search(before):
        # "groetjes storm van 2b", "groetjes storm xxx" — not "groetjes hoop dat jullie …"
        return not _CLAUSE_AFTER.match(text, end)
    if _OUT_AFTER.match(text, end) and (start == 0 or _SENTENCE_BEFORE.search(before)):
        return True  # "… nu al een meme. wolf out ✌️"
    if (
        not text[end:].strip()
        and _STOP_MARK.search(text, 0, start) is None
        and _DETERMINER_BEFORE.search(before) is None
        and not context.known(text[start:end].lower())
    ):
        return True  # "… maar dat is toch niet genoeg ans": voice typing signs off unstopped
    return bool(_DASH_BEFORE.search(before) or _LINE_BEFORE.search(before)) and bool(
        _SIGNATURE_AFTER.match(text, end)
    )


_STOP_MARK = patterns.compile(r"[.!?\n]")
_DETERMINER_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:een|de|het|'t|mijn|m'n|mn|je|jouw|zijn|z'n|haar|onze|ons|a|an|the|my|"
    r"your|this|that|deze|die|dit|dat|geen|elke|veel)[ \t]+$"
)


_SHORTEST_NICKNAME = 3
_USERNAME_START = patterns.compile(r"@?([^\W\d_]{2,})(?=[\d_.]|$)")


def _with_first_name_from_username(person: KnownPerson, first_names: frozenset[str]) -> KnownPerson:
    """A citizen with no first name on Telegram whose username starts with one ("bo_gamet",
    "daan_w0lf"): that first name is theirs."""
    if person.first_name or not person.username:
        return person
    m = _USERNAME_START.match(person.username)
    if m is None or m.group(1).lower() not in first_names:
        return person
    return replace(person, first_name=m.group(1))


_NEVER = patterns.compile(r"(?!)")


_MIN_GLUED = 8
"""Letters a whole name needs before it is looked for glued to other words: "groetgerdatersteege"
is Gerda ter Steege; "annevos" could be anything."""


@lru_cache(maxsize=4096)
def _person_patterns(
    person: KnownPerson, common_words: frozenset[str]
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(name pattern, pattern of the parts that are words too — the caller keeps their matches
    unless capitalised or signing off —, username pattern, the whole name glued to the words
    around it, as in text typed without spaces) of a person; all match in any case.

    Cached: consecutive answers of one respondent share them.
    """
    phrases: list[str] = []
    first_parts = _parts(person.first_name)
    last_parts = _parts(person.last_name)
    if first_parts and last_parts:
        phrases.append(" ".join(first_parts + last_parts))
    if last_parts:
        phrases.append(" ".join(last_parts))
    pieces = [p for part in first_parts + last_parts for p in (part, *part.split("-")) if p]
    for part in pieces:
        folded = part.lower()
        if folded in CONNECTORS or folded in INTERFIX_WORDS:
            continue
        if len(part) >= 2 and not part.isdigit():
            phrases.append(part)
    loose: list[str] = []
    exact: list[str] = []
    for phrase in sorted(dict.fromkeys(phrases), key=len, reverse=True):
        folded = phrase.lower()
        ordinary = " " not in phrase and (
            folded in common_words
            or folded in AMBIGUOUS_NAMES
            or folded in NOT_NAMES
            or folded in CONNECTORS
        )
        body = r"[ \t]+".join(_hyphen_optional(part) for part in phrase.split())
        if " " not in phrase and "-" not in phrase and len(phrase) >= _LONGEST_UNSPLIT:
            # "joke nijen huis": voice typing writes a long name in the pieces it heard
            body = r"[ \t]?".join(re.escape(char) for char in phrase)
        (exact if ordinary else loose).append(body)
    nickname = _USERNAME_START.match((person.username or "").lstrip("@"))
    if nickname is not None and len(nickname.group(1)) >= _SHORTEST_NICKNAME:
        # "memo" of "memo_ytz", what friends call them: only where a name stands ("ik ben memo")
        exact.append(re.escape(nickname.group(1)))
    username = (person.username or "").lstrip("@")
    whole = first_parts + last_parts
    glued = (
        re.compile(r"[ \t]*".join(_hyphen_optional(part) for part in whole), re.IGNORECASE)
        if first_parts and last_parts and sum(len(part) for part in whole) >= _MIN_GLUED
        else _NEVER
    )
    return (
        _compiled(loose, re.IGNORECASE),
        _compiled(exact, re.IGNORECASE),
        re.compile(rf"(?<![\w.])@?{re.escape(username)}(?![\w])", re.IGNORECASE)
        if len(username) >= 3
        else _NEVER,
        glued,
    )


GLUED_TO_A_WORD = "known-person-glued"
"""The source of the citizen's first name glued to the words after it: only the name goes
("[naam]uitdalfsen"), so the place in the rest of the word stays."""
_GLUE_WORDS = ("uit", "oet", "uut", "van", "en", "is", "ben", "bin", "hier", "from")
_MIN_GLUED_FIRST_NAME = 4
_LETTERS_AFTER_GLUE = 3


_WHOLE_WORD = patterns.compile(r"[^\W\d_]+")


def _glued_word_is_a_word(text: str, start: int, context: NameContext) -> bool:
    """Whether the word a first name starts is a word or a place itself: "bartender",
    "roosendaal", "bramenjam" — no name glued to anything."""
    m = _WHOLE_WORD.match(text, start)
    word = m.group(0) if m else ""
    return context.known(word.lower()) or context.kept(word) or context.kept(word.capitalize())


def _first_name_glued_to_a_word(
    text: str, person: KnownPerson, common_words: frozenset[str]
) -> list[tuple[int, int]]:
    """The citizen's first name glued to the little word after it, as text typed without
    spaces has it: "ik ben jannekeuitdalfsen" (string search: no pattern to compile for each
    citizen)."""
    first = _parts(person.first_name)[:1]
    if not first or len(first[0]) < _MIN_GLUED_FIRST_NAME or first[0].lower() in common_words:
        return []
    name = first[0].lower()
    lowered = text.lower()
    found = []
    start = lowered.find(name)
    while start >= 0:
        end = start + len(name)
        before = lowered[start - 1] if start else " "
        rest = lowered[end : end + 12]
        if not (before.isalnum() or before in "_@") and any(
            rest.startswith(glue)
            and rest[len(glue) : len(glue) + _LETTERS_AFTER_GLUE].isalpha()
            and len(rest) >= len(glue) + _LETTERS_AFTER_GLUE
            for glue in _GLUE_WORDS
        ):
            found.append((start, end))
        start = lowered.find(name, end)
    return found


def _hyphen_optional(part: str) -> str:
    """A name part whose hyphen may be typed as a space or left out: "Henk-Jan" is also
    "henk jan" and "henkjan"."""
    return re.escape(part).replace(r"\-", r"[- \t]?")


def _compiled(bodies: list[str], flags: int) -> re.Pattern[str]:
    if not bodies:
        return _NEVER
    return re.compile(rf"(?<![\w@])(?:{'|'.join(bodies)})(?![\w])", flags)


_NAME_PART = patterns.compile(r"[^\W\d_]{3,}")
_HOST_WORDS = frozenset({"www", "http", "https", "com", "org", "net", "info", "mail", "blog"})


_JOINED_AFTER = patterns.compile(r"[ \t]*(?:&|\+|[ \t]en|[ \t]and)[ \t]+([A-ZÀ-Ö][\w'’-]+)")
_JOINED_BEFORE = patterns.compile(r"([A-ZÀ-Ö][\w'’-]+)[ \t]*(?:&|\+|[ \t]en|[ \t]and)[ \t]+$")


def joined_to_a_name(text: str, names: list[Span], context: NameContext) -> list[Span]:
    """A capitalised word joined to a name by "en" or "&", inside a sentence, is a name too
    where it is a first name or a word ("Roos en Storm (de tweeling van hiernaast)") — not a
    place or a programme ("Jan en Twente", "Gent en Keulen"), a day, or what is never a name;
    a word no list knows is left to the rules that know names."""
    spans = []
    for span in names:
        if span.kind is not Kind.NAME:
            continue
        after = _JOINED_AFTER.match(text, span.end)
        before = _JOINED_BEFORE.search(text, max(0, span.start - 30), span.start)
        for m in (after, before):
            if m is None:
                continue
            word = m.group(1)
            folded = word.lower()
            if (
                context.kept(word)
                or not (folded in context.first_names or context.known(folded))
                or folded in NEVER_NAMES
                or folded in WEEKDAYS
                or folded in RELATIONS
                or at_clause_start(text, m.start(1))
            ):
                continue
            spans.append(Span(m.start(1), m.end(1), Kind.NAME, "joined-to-a-name"))
    return spans


_PREFIX_BETWEEN = patterns.compile(
    r"(?i)[ \t]+(?:(?:olde|oude|nijen|lutke|groot|klein|kleine|van|in[ \t]+'t|in[ \t]+het)"
    r"(?:[ \t]+(?:de|der|den|het|'t))?|de|der|den|ter|ten|te)[ \t]+"
)


def prefixes_between(text: str, names: list[Span]) -> list[Span]:
    """A surname's prefix between two names found apart is part of one name: "mijn buurman
    [herman olde rikkert]", not "[naam] olde [naam]"."""
    ordered = sorted((s for s in names if s.kind is Kind.NAME), key=lambda s: s.start)
    return [
        Span(first.start, second.end, Kind.NAME, first.source)
        for first, second in pairwise(ordered)
        if _PREFIX_BETWEEN.fullmatch(text, first.end, second.start) is not None
    ]


def echoes(text: str, found: list[Span], context: NameContext) -> list[Span]:
    """A first name or surname that also spells an e-mail address, handle or personal link of
    the text is a name there: "snap: mats_bgr09 / mats uit Borne", "w.brinkman@… groet,
    Brinkman" (not "de jongerenraad" of "@jongerenraad_twenterand")."""
    parts: set[str] = set()
    for span in found:
        if span.kind not in (Kind.EMAIL, Kind.HANDLE, Kind.URL):
            continue
        chunk = text[span.start : span.end]
        if span.kind is Kind.EMAIL:
            chunk = re.split(r"@|[ \t](?i:at|apen?staart(?:je)?)[ \t]", chunk, maxsplit=1)[0]
        elif span.kind is Kind.URL:
            chunk = re.sub(r"(?i)^[a-z]+://", "", chunk).split("/", 1)[0]
        parts |= {
            p.lower()
            for p in _NAME_PART.findall(chunk)
            if (p.lower() in context.first_names or p.lower() in context.surnames)
            and p.lower() not in _HOST_WORDS
            and p.lower() not in context.common_words
            and p.lower() not in context.english
            and p.lower() not in NOT_NAMES
            and not context.kept(p)
        }
    if not parts:
        return []
    spans = []
    pattern = re.compile(rf"(?i)(?<![\w@.])(?:{_alternation(frozenset(parts))})(?![\w@])")
    for m in pattern.finditer(text):
        if not any(s.start <= m.start() < s.end for s in found):
            spans.append(Span(m.start(), m.end(), Kind.NAME, "echo"))
    return spans


_GLUED_INITIAL = patterns.compile(
    rf"(?<![\w@.])((?:[{_UPPER}{_LOWER}]\.){{1,3}}[{_LOWER}{_UPPER}][{_LOWER}'’-]{{2,}})(?![\w@]|\.\w)"
)
"""Initials glued to a surname, typed like an e-mail address without its domain:
"mvg r.kleinjan", "vraag het j.a.devries" — not an abbreviation ("i.p.v.", "o.a.")."""


def find_glued_initials(text: str, context: NameContext) -> list[Span]:
    """A surname behind one to three initials and their dots, no space: "r.kleinjan". The
    surname is no ordinary word and no place ("z.s.m.", "t.a.v.gemeente" name nobody)."""
    if "." not in text:
        return []
    spans = []
    for m in _GLUED_INITIAL.finditer(text):
        surname = m.group(1).rsplit(".", 1)[1]
        folded = surname.lower()
        if folded in context.common_words or folded in NOT_NAMES or context.kept(surname):
            continue
        if folded in context.english or folded in CONNECTORS or folded in TITLES:
            continue
        if folded in context.first_names or folded in context.surnames or not context.known(folded):
            spans.append(_name_span(m, 1, "glued-initials"))
    return spans


_SPACED_INITIAL = patterns.compile(
    rf"(?<![\w.@])([{_UPPER}{_LOWER}]\.[ \t]?(?:[{_UPPER}{_LOWER}]\.[ \t]?){{0,2}}[ \t]*"
    rf"([{_UPPER}{_LOWER}][{_LOWER}{_UPPER}'’-]{{2,}}))(?![\w@]|\.\w)"
)
"""An initial, a space and a surname in any case: "t.a.v. g. schutte", "T.A.V. G. SCHUTTE"."""


def find_spaced_initials(text: str, context: NameContext) -> list[Span]:
    """A surname deduce's list knows behind one to three initials, in any case — deduce only
    sees "G. Schutte" written the usual way. The surname is no ordinary word ("a. bakker"
    stays a baker, "p. s." a postscript)."""
    if "." not in text:
        return []
    spans = []
    for m in _SPACED_INITIAL.finditer(text):
        surname = m.group(2)
        folded = surname.lower()
        if folded not in context.surnames or folded in context.common_words:
            continue
        if folded in NOT_NAMES or folded in TITLES or context.kept(surname):
            continue
        if context.known(folded) and folded not in context.first_names:
            continue
        spans.append(_name_span(m, 1, "spaced-initials"))
    return spans


_ACCOUNT_HOLDER = patterns.compile(
    r"(?i:(?<![\w.])(?:t\.?n\.?v\.?|ten[ \t]+name[ \t]+van|t\.a\.v\.?)[ \t]*:?[ \t]+"
    r"(?:(?:dhr|hr|mevr|mw|mr|fam|de[ \t]+heer|mevrouw|familie)\.?[ \t]+)?)"
    r"(?P<initials>(?:[a-zA-Z](?:\.[ \t]*|[ \t]+)){0,3}?)"
    r"(?P<prefix>(?i:van[ \t]+der|van[ \t]+den|van[ \t]+de|van|de|der|den|ter|ten|te|oude|olde|"
    r"op[ \t]+de|in[ \t]+'t)[ \t]+)?"
    r"(?P<surname>[^\W\d_][\w'’-]+)(?![\w'’-])"
)
"""Whose account or letter: "tnv j kuipers", "t.a.v. mevr. de Vries", "tnv J.H. van der
Meer", "tnv A.J. Oude Luttikhuis" — initials, a surname's prefix or a name any list knows;
not "tnv Voedselbank Almelo", "t.a.v. afdeling vergunningen"."""
_ACCOUNT_CUES = ("tnv", "t.n.v", "t.a.v", "tav", "ten name van")


def find_account_holders(text: str, context: NameContext) -> list[Span]:
    lowered = text.lower()
    if not any(cue in lowered for cue in _ACCOUNT_CUES):
        return []  # checked first: the pattern is slow
    spans = []
    for m in _ACCOUNT_HOLDER.finditer(text):
        surname = m.group("surname")
        folded = surname.lower()
        if folded in NEVER_NAMES or folded in TITLES or context.kept(surname):
            continue
        if occupations().body(folded) or _ASSOCIATION_WORD.search(folded):
            continue  # "tnv dorpsfeestcommissie …", "t.n.v. de Oranjevereniging"
        person = (
            bool(m.group("initials"))
            or bool(m.group("prefix"))
            or folded in context.first_names
            or folded in context.surnames
        )
        if person:
            start = next(m.start(g) for g in ("initials", "prefix", "surname") if m.group(g))
            spans.append(Span(start, m.end("surname"), Kind.NAME, "account-holder"))
    return spans


_SURNAME_AS_SUBJECT = patterns.compile(
    r"(?:^|(?<=[.!?\n])|(?<=[" + EMOJI + r"]))[ \t]*"
    r"([a-z][a-zà-ÿ'’-]{4,})[ \t]+"
    r"(?=(?:is|was|zei|zegt|ziet|zag|heeft|had|deed|doet|kan|kon|moet|wil|gaat|ging|komt|kwam|"
    r"stuurt|typt|lacht|staat|stond|zit|zat|vindt|vond|weet|wist|loopt|liep|belt|riep|roept|"
    r"praat|stemt|stemde|snapt|schreeuwt|heb|vroeg|vraagt)(?![\w'’]))"
)


def find_surnames_as_subjects(text: str, context: NameContext) -> list[Span]:
    """A surname in lower case opening a clause before its verb, as a class chats about its
    teacher: "💀 oosterhuis ziet het op het bord" — a surname and no word of any language."""
    from bot.export.scrub.vocabulary import vocabulary

    spans = []
    for m in _SURNAME_AS_SUBJECT.finditer(text):
        folded = m.group(1).lower()
        if (
            folded in context.surnames
            and not context.known(folded)
            and folded not in context.common_words
            and folded not in NOT_NAMES
            and not context.kept(m.group(1))
            and not context.kept(m.group(1).capitalize())
            and folded not in vocabulary().places_elsewhere
            and occupations().role(folded) is None
        ):
            spans.append(Span(m.start(1), m.end(1), Kind.NAME, "surname-subject"))
    return spans


_FIRST_NAME_AS_SUBJECT = patterns.compile(
    r"(?:^|(?<=[.!?\n])|(?<=[" + EMOJI + r"]))[ \t]*"
    r"([a-z][a-zà-ÿ'’-]{2,})[ \t]+"
    r"(?=(?:zei|zegt|vroeg|vraagt|lacht|lachte|riep|roept|typt|typte|stuurt|stuurde|belt|belde|"
    r"appt|appte|schreeuwt|schreeuwde|huilt|huilde|stemde|stemt|snapt|snapte|filmt|filmde|"
    r"(?:heeft|had)(?:[ \t]+[\w'’]+){0,5}?[ \t]+(?:gezegd|gevraagd|gefilmd|gestemd|gelachen|"
    r"geappt|gestuurd|geroepen|gehuild|getypt|gemaakt))(?![\w'’]))"
)


def find_first_names_as_subjects(text: str, context: NameContext) -> list[Span]:
    """A first name in lower case that is a word too, opening a clause before a verb only a
    person does: "🦄 lieve heeft er een foto van gemaakt", "haha storm zei dat" — not "storm
    was heftig"."""
    return [
        Span(m.start(1), m.end(1), Kind.NAME, "first-name-subject")
        for m in _FIRST_NAME_AS_SUBJECT.finditer(text)
        if m.group(1) in context.first_names
        and m.group(1) not in NEVER_NAMES
        and not context.kept(m.group(1))
    ]


_QUOTE_MARK = patterns.compile(r"['’\"”]")
_ATTRIBUTION = patterns.compile(
    r"['’\"”][ \t]*[–—-][ \t]*"
    r"([A-Z][\w'’-]+(?:[ \t]+(?:(?:van|de|der|den|ter|ten|el|al)[ \t]+)*[A-Z][\w'’-]+){1,2})"
    r"(?=[ \t]*(?:\(|,|$|\n|[.!]|[" + EMOJI + r"]))"
)


def find_attributed(text: str, context: NameContext) -> list[Span]:
    """Who said a quote, after it and a dash, first name and surname: "'democratie is geen
    kijksport' – Meron Tesfay (mbo 4 …)" — not a place, a programme or a body ("'…' – Provincie
    Overijssel")."""
    if ("–" not in text and "—" not in text and "-" not in text) or not _QUOTE_MARK.search(text):
        return []
    spans = []
    for m in _ATTRIBUTION.finditer(text):
        words = m.group(1).split()
        if any(context.kept(word) or word.lower() in NEVER_NAMES for word in words):
            continue
        if any(
            context.known(word.lower()) and word.lower() not in context.first_names
            for word in words
            if word.lower() not in INTERFIX_WORDS
        ):
            continue  # "'…' – Jong Overijssel", "– Zwarte Cross", "– Daarna ging ik weg"
        if context.kept(m.group(1)) or occupations().body(words[0].lower()):
            continue
        spans.append(_name_span(m, 1, "attributed"))
    return spans


_KIN_IS = patterns.compile(
    rf"(?i:(?<![\w'’])(?:my|mijn|m'n|mn|our|onze)[ \t]+(?:{_alternation(RELATIONS)})"
    r"[ \t]+is)[ \t]+([A-Z][\w'’-]+)(?=[ \t]*(?:[,.;)!]|$|(?i:en|and)(?![\w'’])))"
)


_WHERE_FROM_OR_FAITH = patterns.compile(r"(?:ean|ian|ese|ish|ees|iet|iaan|isch|ische|aans)$")
"""The endings of words for where one is from or what one believes ("Eritrean", "Mennoniet",
"Surinaams"): what kin is, not their name."""


def find_kin_named(text: str, context: NameContext) -> list[Span]:
    """Kin named with "is": "My son is Aarav, groep 7 …", "mijn dochter is Fenna." — a first
    name, or a capitalised word no list knows (not "my son is Dutch", "mijn zoon is Ajax-fan",
    "my husband is Eritrean"; "mijn opa was Mennoniet" says what he was)."""
    if " is " not in text.lower():
        return []  # checked first: the pattern tries every word for kin
    spans = []
    for m in _KIN_IS.finditer(text):
        word = m.group(1)
        folded = word.lower()
        if context.kept(word) or folded in NEVER_NAMES or occupations().role(folded) is not None:
            continue  # "mijn vader is KNIL-militair": what he is
        unknown = (
            not word.isupper()  # "MIJN VROUW IS GEVALLEN": shouted, no name
            and "-" not in folded
            and _WHERE_FROM_OR_FAITH.search(folded) is None  # "my husband is Eritrean"
            and context.name_like(folded)
            and not context.known(folded)
            and folded not in context.common_words
            and not context.is_compound(folded)
        )
        if folded in context.first_names or unknown:
            spans.append(_name_span(m, 1, "kin-named"))
    return spans


def find(text: str, person: KnownPerson | None, context: NameContext) -> list[Span]:
    return (
        find_attributed(text, context)
        + find_kin_named(text, context)
        + find_first_names_as_subjects(text, context)
        + find_surnames_as_subjects(text, context)
        + find_account_holders(text, context)
        + find_titled(text, context)
        + find_introductions(text, context)
        + find_labelled(text, context)
        + find_sign_offs(text, context)
        + find_glued_initials(text, context)
        + find_spaced_initials(text, context)
        + find_known_person(text, person, context)
    )
