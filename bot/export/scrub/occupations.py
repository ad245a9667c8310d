"""Which words are roles, occupations or businesses (``roles.txt``), also inside compounds.

Dutch writes its occupations as compounds ("dorpsonderwijzer", "wijkverpleegkundige",
"gemeentesecretaris", "jeugdtrainer"), an open vocabulary no list can hold. Dutch compounds
have their head last, so a word is an occupation when it is one on the list or ends in a head
on the list with at least three letters before it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache
from importlib import resources

from bot.export.scrub import patterns
from bot.export.scrub.keep import trie_regex

_MIN_MODIFIER = 3
"""Letters a compound needs before its head: "veerman" is an occupation, "roman" is not."""


class Sort(Enum):
    RARE = "rare"
    OCCUPATION = "occupation"
    BUSINESS = "business"
    PERSON = "person"
    """Not an occupation; a role only as the only, last, oldest … one of a place."""


@dataclass(frozen=True, slots=True)
class Role:
    sort: Sort
    english: bool
    """Only an occupation after an English cue ("I'm a vet", not "het was vet")."""


@dataclass(frozen=True, eq=False)
class Occupations:
    words: dict[str, Role]
    heads: dict[str, Role]
    head_pattern: re.Pattern[str] | None
    unique: frozenset[str]
    former: frozenset[str]
    not_roles: frozenset[str]
    offices: frozenset[str] = frozenset()
    """Public offices: spoken of they stay ("de burgemeester van Ommen zei")."""
    bodies: re.Pattern[str] | None = None
    """Governing bodies ("dorpsraad", "council"): a member of one has a role."""

    def body(self, word: str) -> bool:
        return self.bodies is not None and self.bodies.search(word.lower()) is not None

    def role_of_one(self, word: str) -> Role | None:
        """The role ``word`` names in the singular only ("boer", not "boeren")."""
        folded = word.lower()
        return _lookup(self, folded) or _variant(self, folded) or _hyphened(self, folded)

    def role(self, word: str) -> Role | None:
        """The role ``word`` names (any case), by the list or by the head of its compound;
        a plural names the role of each ("wij zijn akkerbouwers", "boeren", "leraren")."""
        return _role(self, word.lower())


@lru_cache(maxsize=50_000)
def _role(occupations: Occupations, folded: str) -> Role | None:
    found = (
        _lookup(occupations, folded)
        or _plural(occupations, folded)
        or _variant(occupations, folded)
        or _hyphened(occupations, folded)
    )
    if found is None and not folded.isascii():
        plain = _without_accents(folded)
        if plain != folded:
            return _role(occupations, plain)  # "kösteres", as Twents writes "kosteres"
    return found


def _without_accents(word: str) -> str:
    return "".join(
        char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char)
    )


def _hyphened(occupations: Occupations, folded: str) -> Role | None:
    """A role joined by a hyphen: its last part names it ("koster-organist", "chef-kok"), or
    its first part where the last is a word no language has ("tamboer-maître") — not
    "burgemeester-verkiezing" or "huisarts-tekort", where the last part is the thing."""
    from bot.export.scrub.vocabulary import vocabulary

    parts = folded.split("-")
    if len(parts) < 2 or any(len(part) < 2 for part in parts):
        return None
    last = _lookup(occupations, parts[-1]) or _plural(occupations, parts[-1])
    if last is not None:
        return last
    if vocabulary().known_word(parts[-1]):
        return None
    first = _lookup(occupations, parts[0]) if len(parts[0]) >= 4 else None
    return first if first is not None and first.sort is not Sort.PERSON else None


_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=20_000)
def _plural(occupations: Occupations, folded: str) -> Role | None:
    """The role of the singular of a Dutch or English plural: "-s" ("bakkers", "farmers"),
    "-en" ("boeren", "artsen"), with the long vowel written double again ("leraren" →
    "leraar"). Only common occupations: offices in the plural are spoken of ("de
    burgemeesters van Twente"), "bakkerijen" are no one's trait."""
    if folded in occupations.not_roles:
        return None
    stems = []
    if folded.endswith("s") and len(folded) > 4:
        stems.append(folded[:-1])
    if folded.endswith("en") and len(folded) > 5:
        stem = folded[:-2]
        stems.append(stem)
        if stem[-1] not in _VOWELS and stem[-2] in _VOWELS and stem[-3] not in _VOWELS:
            stems.append(stem[:-1] + stem[-2] + stem[-1])  # "leraren" → "leraar"
    for stem in stems:
        found = _lookup(occupations, stem)
        if found is not None and found.sort is Sort.OCCUPATION:
            return found
    return None


_DIALECT_SPELLINGS = (("iee", "ij"), ("iej", "ij"), ("ie", "ij"), ("oa", "aa"), ("ao", "aa"))
"""How Twents and Sallands spell Dutch "ij" and "aa" ("dieekgraaf", "boas", "schaopherder")."""
_DOUBLE_VOWEL = patterns.compile(r"(aa|ee|oo|uu)(?=[^aeiou]+$)")


@lru_cache(maxsize=20_000)
def _variant(occupations: Occupations, folded: str) -> Role | None:
    """The role of a female form ("kosteres" koster, "schoonmaakster" schoonmaker, "docente"
    docent, "secretaresse" secretaris) or of a dialect spelling ("dieekgraaf" dijkgraaf, "boas"
    baas, "melkveebedrief" melkveebedrijf) — a role or an occupation, and a business only in
    the dialect's spelling; never a person."""
    if len(folded) < 4 or folded in occupations.not_roles:
        return None
    candidates = [folded.replace(dialect, dutch) for dialect, dutch in _DIALECT_SPELLINGS]
    if len(folded) >= 6:
        if folded.endswith("esse"):
            candidates.append(folded[:-4] + "is")
        if folded.endswith("es"):
            candidates.append(folded[:-2])
        if folded.endswith("ster"):
            stem = folded[:-4]
            candidates += [
                stem + "er",
                stem + "der",
                _DOUBLE_VOWEL.sub(lambda m: m.group(1)[0], stem) + "er",
            ]
        if folded.endswith("in"):
            candidates.append(folded[:-2])
        if folded.endswith("e"):
            candidates.append(folded[:-1])
    dialect = len(_DIALECT_SPELLINGS)
    for index, candidate in enumerate(candidates):
        if candidate == folded:
            continue
        found = _lookup(occupations, candidate)
        if found is None:
            continue
        if found.sort in (Sort.RARE, Sort.OCCUPATION):
            return found
        if found.sort is Sort.BUSINESS and index < dialect:
            return found  # "melkveebedrief": a business in the dialect's spelling
    return None


@lru_cache(maxsize=20_000)
def _lookup(occupations: Occupations, folded: str) -> Role | None:
    found = occupations.words.get(folded)
    if found is not None or folded in occupations.not_roles:
        return found
    if occupations.head_pattern is None or len(folded) < 6:
        return None
    # The longest head with at least three letters before it: "wijk|verpleegkundige".
    m = occupations.head_pattern.search(folded, _MIN_MODIFIER)
    if m is None:
        return None
    head = m.group(0)
    return occupations.heads.get(head) or occupations.words.get(head)


def _sections() -> dict[str, list[str]]:
    text = resources.files("bot.export.scrub").joinpath("roles.txt").read_text("utf-8")
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
            continue
        if current is None:
            raise ValueError(f"roles.txt: entry before the first section: {line!r}")
        current.extend(line.lower().split())
    return sections


@cache
def occupations() -> Occupations:
    sections = _sections()
    words: dict[str, Role] = {}
    heads: dict[str, Role] = {}
    # Later sections do not override earlier ones: a rare role stays rare.
    for name, sort in (
        ("rare", Sort.RARE),
        ("rare:en", Sort.RARE),
        ("occupations", Sort.OCCUPATION),
        ("occupations:en", Sort.OCCUPATION),
        ("businesses", Sort.BUSINESS),
        ("businesses:en", Sort.BUSINESS),
        ("persons", Sort.PERSON),
    ):
        role = Role(sort, name.endswith(":en"))
        for entry in sections.get(name, []):
            if entry.startswith("-"):
                heads.setdefault(entry[1:], role)
            else:
                words.setdefault(entry, role)
    dutch_heads = {h for h, r in heads.items() if not r.english}
    dutch_heads |= {w for w, r in words.items() if not r.english and len(w) >= 4}
    pattern = re.compile(f"(?:{trie_regex(dutch_heads)})$") if dutch_heads else None
    return Occupations(
        words=words,
        heads=heads,
        head_pattern=pattern,
        unique=frozenset(sections.get("unique", [])),
        former=frozenset(sections.get("former", [])),
        not_roles=frozenset(sections.get("not_roles", [])),
        offices=frozenset(sections.get("offices", [])),
        bodies=_bodies(sections.get("bodies", [])),
    )


def _bodies(entries: list[str]) -> re.Pattern[str] | None:
    heads = {e[1:] for e in entries if e.startswith("-")}
    whole = {e for e in entries if not e.startswith("-")}
    if not heads and not whole:
        return None
    parts = []
    if heads:
        parts.append(f"(?:{trie_regex(heads)})$")
    if whole:
        parts.append(f"^(?:{trie_regex(whole)})$")
    return re.compile("|".join(parts))
