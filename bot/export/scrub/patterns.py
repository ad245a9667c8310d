"""The rules' regular expressions, compiled once per machine instead of once per process.

The rules hold some 470 large patterns (word lists, number words, months, roles, folded into
one another), and Python's ``re`` took 2.3 s to compile them: every export worker paid that at
its start, before deduce had even begun to load. Python keeps a module's compiled bytecode in
``__pycache__``; this module does the same for the patterns. :func:`compile` takes a pattern's
compiled program from ``__pycache__/patterns.<python>.marshal`` when it is there and compiles
it the usual way when it is not; :func:`save` writes what this process compiled once the rules
are imported (the export worker calls it at its start). Loading the file takes about 0.05 s.

Only patterns written in the rules go through here, never one built from a citizen's words
(their name patterns are compiled with ``re`` where they are used), so the file holds no
personal data. It is read with :mod:`marshal`, as ``.pyc`` files are, and belongs to one
interpreter: a file of another Python version or regex engine is ignored, the regex engine
checks every program it is given, and a file that cannot be read or written changes nothing
but the time it takes.
"""

from __future__ import annotations

import _sre
import logging
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

log = logging.getLogger("bot.export.scrub.patterns")

Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What the regex engine needs besides the pattern: flags, code, groups and their names."""

_ENGINE = (sys.version, _sre.MAGIC)
"""Whose programs a file holds: the interpreter's exact version and its regex engine's."""


class PatternFile:
    """The compiled programs of one file, and the programs this process compiled."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.missed = False
        """Whether a pattern was not in the file (then :meth:`save` writes it)."""
        self._loaded: dict[tuple[str, int], Program] | None = None
        self._compiled: dict[tuple[str, int], Program] = {}

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the file when the program is in it."""
        key = (pattern, int(flags))
        program = self._programs().get(key)
        if program is not None:
            try:
                compiled: re.Pattern[str] = _sre.compile(pattern, *program)
            except (RuntimeError, TypeError, ValueError):  # not a program of this engine
                log.debug("a program in %s was refused", self.path)
            else:
                self._compiled[key] = program
                return compiled
        self.missed = True
        try:
            program = _program(pattern, int(flags))
            compiled = _sre.compile(pattern, *program)
        except Exception:  # another Python's internals: compile as everyone does
            log.debug("compiling without the pattern file", exc_info=True)
            return re.compile(pattern, flags)
        self._compiled[key] = program
        return compiled

    def save(self) -> None:
        """Write the programs compiled in this process if the file lacked one of them (it is
        new, or a pattern changed: then the programs no rule asks for any more go)."""
        if not self.missed:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                "wb", dir=self.path.parent, prefix="patterns.", suffix=".tmp", delete=False
            ) as out:
                marshal.dump((_ENGINE, self._compiled), out)
            os.chmod(out.name, 0o644)  # as a .pyc: readable by whoever runs the code
            os.replace(out.name, self.path)  # a reader sees the old file or the new one
        except OSError as error:
            log.debug("the pattern file was not written: %s", error)
            return
        self.missed = False

    def _programs(self) -> dict[tuple[str, int], Program]:
        if self._loaded is None:
            self._loaded = self._read()
        return self._loaded

    def _read(self) -> dict[tuple[str, int], Program]:
        try:
            engine, programs = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return programs if engine == _ENGINE and isinstance(programs, dict) else {}


def _program(pattern: str, flags: int) -> Program:
    """What ``re.compile`` computes before it calls the engine (CPython's ``re._compiler``)."""
    parsed: Any = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    names: list[str | None] = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        names[index] = name
    return (
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        dict(parsed.state.groupdict),
        tuple(names),
    )


shared = PatternFile(
    Path(__file__).with_name("__pycache__") / f"patterns.{sys.implementation.cache_tag}.marshal"
)
"""The file beside the rules, which every process that imports them reads."""


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A rule's pattern, compiled (from :data:`shared` when it is there)."""
    return shared.compile(pattern, flags)


_ESCAPE = re.compile(r"\\.")
_LETTER_ESCAPE = re.compile(r"\\[xuUN]")
"""A letter written as an escape ("\\x41", "\\u0041", "\\N{…}"): it may be a capital."""
_CASE_OFF = re.compile(r"\(\?[a-zA-Z]*-[a-zA-Z]*i")
"""IGNORECASE turned off in a group: "(?-i:", "(?s-i:"."""


def _folded_apart() -> str:
    """The letters beyond ASCII that IGNORECASE matches to another letter than their lower case
    ("ı" to "i", "ſ" to "s", "µ" to "μ"): CPython's own table of them (``re._casefix``)."""
    try:
        from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
    except ImportError:  # another Python: the two that meet a-z
        return "ıſ"
    return "".join(
        sorted({chr(c) for key, more in _EXTRA_CASES.items() for c in (key, *more) if c > 127})
    )


_FOLDED_APART = re.compile(f"[{re.escape(_folded_apart())}]")


@lru_cache(maxsize=16)
def lowered_alike(text: str) -> str | None:
    """``text.lower()`` where a pattern without IGNORECASE finds in it what the pattern with
    IGNORECASE finds in ``text``, at the same places: ``None`` where lower-casing changes the
    length ("İ" becomes two letters) or the text has a letter IGNORECASE matches otherwise
    ("aylın": "ı" matches "i", but stays "ı")."""
    lowered = text.lower()
    if len(lowered) != len(text) or (not text.isascii() and _FOLDED_APART.search(text)):
        return None
    return lowered


def for_lowered_text(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` without IGNORECASE, to run on ``text.lower()`` in place of ``pattern`` on
    ``text`` (where the two have one length, so that positions are the same): about twice as
    fast, as CPython's regex engine skips a branch of an alternation by its first letter only
    when case matters, and enters every one under IGNORECASE.

    ``None`` where that would not find the same: the pattern minds case (no IGNORECASE, or
    ``(?-i:`` or ``(?s-i:`` inside), names an upper-case letter outside an escape (``[A-Z]``,
    ``À-Ö``) or as one (``\\x41``), which lower-cased text never has, or a letter IGNORECASE
    matches otherwise ("ı"). Search only texts :func:`lowered_alike` lowers.
    """
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or _CASE_OFF.search(source):
        return None
    if source.startswith("(?i)"):
        source = source[len("(?i)") :]  # the flag is given apart from the pattern below
    if _LETTER_ESCAPE.search(source) or _FOLDED_APART.search(source):
        return None
    letters = _ESCAPE.sub("", source)
    if letters != letters.lower():
        return None
    return compile(source, pattern.flags & ~re.IGNORECASE)


class CaseFree:
    """A rule's pattern that minds no case, searched in the lower-cased text where that finds
    the same (:func:`for_lowered_text`). For rules that ask only whether or where it matches:
    the words of a match would be the lower-cased ones."""

    __slots__ = ("_on_lowered", "_pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._on_lowered = for_lowered_text(pattern)

    def _target(self, text: str) -> tuple[re.Pattern[str], str]:
        if self._on_lowered is not None:
            lowered = lowered_alike(text)
            if lowered is not None:
                return self._on_lowered, lowered
        return self._pattern, text

    def found(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether the pattern matches in ``text[pos:endpos]``."""
        pattern, target = self._target(text)
        return pattern.search(target, pos, endpos) is not None

    def spans(self, text: str, group: int = 0) -> list[tuple[int, int]]:
        """Where each match (or its ``group``, when it took part) stands in ``text``."""
        pattern, target = self._target(text)
        return [m.span(group) for m in pattern.finditer(target) if m.start(group) >= 0]

    def matches(self, text: str) -> Iterator[re.Match[str]]:
        """Each match, with positions that fit ``text``; read its words from ``text`` by those
        positions (the match's own strings may be the lower-cased ones)."""
        pattern, target = self._target(text)
        return pattern.finditer(target)


def save() -> None:
    """Write :data:`shared` if this process compiled a pattern it lacked."""
    shared.save()
