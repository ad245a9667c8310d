"""``frequent_words.txt`` is what ``scripts/update_frequent_words.py`` writes from the installed
pyspellchecker: the lists the scrubber reads are that package's, not edited by hand."""

from __future__ import annotations

from tests.export import update_scripts


def test_the_shipped_word_lists_are_pyspellcheckers() -> None:
    script = update_scripts.load("update_frequent_words")
    assert script.TARGET.read_text(encoding="utf-8") == script.render()
