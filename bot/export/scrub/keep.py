"""The keep-list: Overijssel's places, the programme's names and fixed names with a first name
in them ("Albert Heijn", "Jan en alleman"), which must survive scrubbing.

deduce removes nearly every place name (and many are surnames too: Staphorst, Kampen,
Hardenberg). The scrubber finds the keep-list's names in a text first; name and place
annotations that overlap one are cut back so the kept name stays, unless the context says
it is a surname after all ("Jan Kampen", "wethouder Kampen").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

KeepKind = Literal["place", "programme", "phrase"]

_FILES: dict[KeepKind, str] = {
    "place": "places.txt",
    "programme": "programme.txt",
    "phrase": "phrases.txt",
}


@dataclass(frozen=True, slots=True)
class KeepSpan:
    start: int
    end: int
    kind: KeepKind


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _variants(name: str) -> set[str]:
    found = {name, _fold(name)}
    for variant in list(found):
        if "-" in variant:
            found.add(variant.replace("-", " "))
    return found


def _read(kind: KeepKind) -> tuple[set[str], set[str]]:
    """(case-insensitive names, exact-case names) of one list."""
    text = resources.files("bot.export.scrub").joinpath(_FILES[kind]).read_text("utf-8")
    loose: set[str] = set()
    exact: set[str] = set()
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("="):
            exact |= _variants(line[1:].strip())
        else:
            loose |= _variants(line)
    return loose, exact - {name for name in exact if name.casefold() in _casefolded(loose)}


def _casefolded(names: set[str]) -> set[str]:
    return {name.casefold() for name in names}


def trie_regex(names: set[str]) -> str:
    """A regex (no groups) for many literal strings, shaped as a trie (see below)."""
    return _trie_regex(names)


def _trie_regex(names: set[str]) -> str:
    """One regex for many literal names, shaped as a trie ("Den (?:Ham|Nul|Velde)").

    A plain alternation of hundreds of names is tried name by name at every position; the
    trie shares prefixes, which makes the keep-list scan several times faster.
    """
    trie: dict[str, dict] = {}
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return build(trie)


def literal_pattern(names: set[str], flags: int) -> re.Pattern[str] | None:
    """One compiled pattern for many literal names, matched as whole words (see below)."""
    return _pattern(names, flags)


def _pattern(names: set[str], flags: int) -> re.Pattern[str] | None:
    if not names:
        return None
    if flags & re.IGNORECASE:
        names = {name.casefold() for name in names}
    # Greedy trie branches try the longest name first; a shorter name then matches only if
    # the boundary check after the longer one fails (the engine backtracks).
    # A quote glued to the name opens or closes a quotation ("zei 'Zwolle is …'", "over de
    # Vecht' dacht ik"); an apostrophe between letters is part of a word ("Almelo's").
    return re.compile(rf"(?<![\w-])(?<!\w')(?:{_trie_regex(names)})(?![\w]|'\w)", flags)


@dataclass(frozen=True)
class KeepList:
    """Compiled keep-list patterns."""

    patterns: tuple[tuple[re.Pattern[str], KeepKind], ...]

    def find(self, text: str) -> list[KeepSpan]:
        """Non-overlapping keep spans, longest first where two candidates overlap."""
        candidates = [
            KeepSpan(m.start(), m.end(), kind)
            for pattern, kind in self.patterns
            for m in pattern.finditer(text)
        ]
        candidates.sort(key=lambda s: (-(s.end - s.start), s.start))
        chosen: list[KeepSpan] = []
        for span in candidates:
            if all(span.end <= c.start or c.end <= span.start for c in chosen):
                chosen.append(span)
        chosen += self._routes(text, chosen)
        chosen.sort(key=lambda s: s.start)
        return chosen

    def _routes(self, text: str, chosen: list[KeepSpan]) -> list[KeepSpan]:
        """The second place of a route joined by a dash: "de busverbinding Hardenberg-Zwolle"
        (a place after a dash is kept only after another place, as a double surname has one:
        "Jansen-Hardenberg")."""
        routes = []
        for span in chosen:
            if span.kind != "place":
                continue
            m = _AFTER_A_DASH.match(text, span.end)
            if (
                m is not None
                and self.is_place(m.group(1))
                and all(c.start != m.start(1) for c in chosen)
            ):
                routes.append(KeepSpan(m.start(1), m.end(1), "place"))
        return routes

    def is_place(self, word: str) -> bool:
        """Whether ``word`` as a whole is a kept place, also typed in lower case ("markelo")."""
        return self._whole(word, "place")

    def contains(self, word: str) -> bool:
        """Whether ``word`` as a whole is a kept name."""
        return self._whole(word, None)

    def _whole(self, word: str, only: KeepKind | None) -> bool:
        return any(
            m.end() == len(word)
            for pattern, kind in self.patterns
            if only is None or kind == only
            for m in [pattern.match(word)]
            if m is not None
        )


_AFTER_A_DASH = re.compile(r"[-–]([^\W\d_][\w'’]+)")


@cache
def keep_list() -> KeepList:
    """The packaged keep-list (places and programme names), compiled once per process."""
    patterns: list[tuple[re.Pattern[str], KeepKind]] = []
    for kind in ("programme", "phrase", "place"):
        loose, exact = _read(kind)
        for names, flags in ((loose, re.IGNORECASE), (exact, 0)):
            pattern = _pattern(names, flags)
            if pattern is not None:
                patterns.append((pattern, kind))
    return KeepList(tuple(patterns))
