"""Write ``bot/export/scrub/frequent_words.txt``: the most frequent Dutch, English and German
words of pyspellchecker's word-frequency lists, most frequent first.

The scrubber reads these lists in every export worker; ranking pyspellchecker's whole
dictionaries there took about a second per worker. Run this after upgrading pyspellchecker
(``tests/export/test_frequent_words.py`` checks the file against the installed version):

    .venv/bin/python scripts/update_frequent_words.py
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from spellchecker import SpellChecker

from bot.export.scrub.vocabulary import FREQUENT_DUTCH, FREQUENT_GERMAN, WIDE_ENGLISH

TARGET = Path(__file__).resolve().parent.parent / "bot" / "export" / "scrub" / "frequent_words.txt"
COUNTS = {"nl": FREQUENT_DUTCH, "en": WIDE_ENGLISH, "de": FREQUENT_GERMAN}


def ranked(language: str, count: int) -> list[str]:
    """pyspellchecker's words for ``language``, most frequent first (ties in its own order)."""
    frequencies = SpellChecker(language=language, distance=1).word_frequency.dictionary
    return sorted(frequencies, key=frequencies.__getitem__, reverse=True)[:count]


def render() -> str:
    lines = [
        "# The most frequent Dutch, English and German words, most frequent first, from the word",
        f"# frequency lists of pyspellchecker {version('pyspellchecker')}.",
        "# Written by scripts/update_frequent_words.py; do not edit by hand.",
    ]
    for language, count in COUNTS.items():
        lines.append(f"[{language}]")
        lines += ranked(language, count)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")
