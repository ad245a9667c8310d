"""Roles that only a few people have: a quasi-identifier even without a name.

"Ik ben de enige dierenarts in het dorp", "als oud-wethouder", "gemeenteraadslid sinds
2010", "mijn vader was dijkgraaf van het waterschap", "I work as a postdoc at the University
of Twente" — the role, with what it is of and where, becomes ``[functie]``:

1. a former role: oud-, ex-, voormalig, gewezen, former + a role from ``rare_roles``;
2. "de enige", "als enige", "the only" + any noun;
3. a rare role with its years ("sinds 2010", "van 1986 tot 1994");
4. a rare role said of oneself or someone close ("ik ben", "als", "was jarenlang", "I'm a");
5. a job with its employer ("ik werk als verpleegkundige bij Isala", "a researcher at Saxion").

A title before a name stays visible ("wethouder [naam]"), as does an office spoken of as such
("de burgemeester van Kampen zei"): that is public information, not a trait of the writer.
"""

from __future__ import annotations

import re

from bot.export.scrub.keep import trie_regex
from bot.export.scrub.kinds import Kind
from bot.export.scrub.spans import Span
from bot.export.scrub.words import RARE_ROLES

_ROLE = "(?:" + trie_regex(set(RARE_ROLES)) + ")"
_WORD = r"[^\W\d_][\w'’&.-]*"
_STOP = frozenset(
    {
        *("en", "maar", "want", "dus", "die", "dat", "wat", "waar", "toen", "als", "om", "te"),
        *("ik", "we", "wij", "ze", "zij", "hij", "je", "jij", "u", "men", "er", "nu", "ook"),
        *("heb", "hebt", "heeft", "had", "hadden", "is", "was", "ben", "bin", "zijn", "waren"),
        *("zie", "ziet", "zag", "kan", "kon", "wil", "wilde", "wou", "moet", "moest", "mag"),
        *("vind", "vindt", "weet", "wist", "kreeg", "kregen", "krijg", "werd", "word", "wordt"),
        *("and", "but", "who", "which", "that", "so", "i", "we", "they", "he", "she", "it"),
        *("have", "has", "had", "am", "are", "is", "was", "were", "live", "living", "lived"),
        *("sinds", "since", "tot", "until", "from", "in", "te", "at", "bij", "met", "naar"),
    }
)
_ORG_LINK = r"(?:van|bij|at|of|for|voor|op|with)"
_PLACE_LINK = r"(?:in|te|at)"
_ARTICLE = r"(?:(?:de|het|the|'t|een|a|an)[ \t]+)?"
_YEARS = (
    r"(?:[ \t]+(?:sinds|since|vanaf|from)[ \t]+(?:19|20)\d{2}"
    r"|[ \t]+(?:van|from)[ \t]+(?:19|20)\d{2}[ \t]+(?:tot|to|until|-)[ \t]+(?:19|20)\d{2}"
    r"|[ \t]+\(?(?:19|20)\d{2}[ \t]*[-–][ \t]*(?:(?:19|20)\d{2}|nu|heden)\)?)"
)
_FIRST_PERSON = (
    r"ik[ \t]+ben|ik[ \t]+was|ik[ \t]+bin|ben[ \t]+ik|was[ \t]+ik|als|i[ \t]+am|i'm|"
    r"i[ \t]+was|as|werk[ \t]+als|werkte[ \t]+als|werkzaam[ \t]+als|work[ \t]+as|worked[ \t]+as"
)
_ADVERBS = (
    r"(?:[ \t]+(?:\d{1,2}[ \t]+jaar[ \t]+als|jarenlang|lang|al|nu|ooit|toen|vroeger|vrogger|"
    r"destijds|nog|zelf|once|still|now))*"
)
# "ik ben (de) voorzitter", "als oud-…", "mijn vader was dijkgraaf" — but a third person with
# an article is an office spoken of: "toen was de burgemeester nog bereikbaar".
_SELF = (
    r"(?i:\b(?:(?:"
    + _FIRST_PERSON
    + r")"
    + _ADVERBS
    + r"[ \t]+"
    + _ARTICLE
    + r"|(?:is|was|werd|wordt)"
    + _ADVERBS
    + r"[ \t]+)"
    + r")"
)
_FORMER = r"(?i:\b(?:oud|ex|voormalig(?:e)?|vroegere|gewezen|former|ex)[- ]?[ \t]?)"
_ONLY = r"(?i:\b(?:(?:de|het|als)[ \t]+enige|the[ \t]+only)[ \t]+)"
_RULES = (
    ("former", re.compile(_FORMER + r"(?i:" + _ROLE + r")\b")),
    ("only", re.compile(_ONLY + r"(?P<noun>[^\W\d_][\w'-]+)")),
    ("years", re.compile(r"(?i:\b" + _ROLE + r")\b(?=" + _YEARS + ")")),
    ("self", re.compile(_SELF + r"(?P<role>(?i:" + _ROLE + r"))\b")),
)
_JOB_AT = re.compile(
    r"(?i:\b(?:werk|werkte|werkzaam|ben|was|i'm|i[ \t]+am|work|worked|working)[ \t]+"
    r"(?:(?:als|as)[ \t]+)?" + _ARTICLE + r")"
    r"(?P<job>[a-z][\w-]{3,})[ \t]+(?i:bij|at|for|voor)[ \t]+"
    r"(?P<org>(?:(?:de|het|the)[ \t]+)?[A-Z][\w&.'-]*"
    r"(?:[ \t]+(?:of|van|de|der|the|[A-Z][\w&.'-]*)){0,4})"
)
_NOT_JOBS = frozenset({"thuis", "home", "graag", "daar", "hier", "veel", "vaak", "samen", "mee"})


def find(text: str) -> list[Span]:
    spans = []
    for name, pattern in _RULES:
        for m in pattern.finditer(text):
            if name == "only":
                start = m.start() + _only_offset(m.group(0))
            elif name == "self":
                start = m.start("role")
            else:
                start = m.start()
            end = _extend(text, m.end())
            spans.append(Span(start, end, Kind.ROLE, f"role-{name}"))
    for m in _JOB_AT.finditer(text):
        if m.group("job").lower() in _NOT_JOBS:
            continue
        end = m.end("org")
        while text[end - 1 : end] in {".", ","}:
            end -= 1
        org_words = m.group("org").split()
        while org_words and org_words[-1].lower() in {"of", "van", "de", "der", "the"}:
            end -= len(org_words[-1]) + 1
            org_words.pop()
        place = _PLACE.match(text, end)
        if place is not None and (kept := _until_stop(place.group("words"))):
            end = place.start("words") + kept
        spans.append(Span(m.start("job"), end, Kind.ROLE, "role-job-at"))
    return spans


def _only_offset(matched: str) -> int:
    """Start the span at "enige"/"only" (the article stays: "de [functie]")."""
    lowered = matched.lower()
    for word in ("enige", "only"):
        position = lowered.find(word)
        if position >= 0:
            return position
    return 0


_YEARS_AT = re.compile(_YEARS, re.IGNORECASE)
_ORG = re.compile(
    rf"[ \t]+(?i:{_ORG_LINK})[ \t]+(?i:{_ARTICLE})(?P<words>{_WORD}(?:[ \t]+{_WORD}){{0,3}})"
)
_PLACE = re.compile(
    rf"[ \t]+(?i:{_PLACE_LINK})[ \t]+(?i:(?:het|de|the)[ \t]+)?"
    rf"(?P<words>{_WORD}(?:[ \t]+{_WORD}){{0,2}})"
)


def _extend(text: str, end: int) -> int:
    """The role's years, then what it is of ("van de Rabobank") and where ("in Ommen")."""
    years = _YEARS_AT.match(text, end)
    if years is not None:
        return years.end()
    for pattern in (_ORG, _PLACE):
        m = pattern.match(text, end)
        if m is None:
            continue
        kept = _until_stop(m.group("words"))
        if kept:
            end = m.start("words") + kept
    return end


def _until_stop(words: str) -> int:
    """Length of the leading words of ``words`` before a stop word."""
    length = 0
    for m in re.finditer(r"\S+", words):
        word = m.group(0).strip(".,;:!?").lower()
        if word in _STOP or (m.group(0)[-1:] in ".,;:!?" and word in _STOP):
            break
        length = m.start() + len(m.group(0).rstrip(".,;:!?"))
        if m.group(0)[-1:] in ".,;:!?":
            break
    return length
