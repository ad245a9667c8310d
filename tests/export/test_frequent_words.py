"""``frequent_words.txt`` is what ``scripts/update_frequent_words.py`` writes from the installed
pyspellchecker: the lists the scrubber reads are that package's, not edited by hand."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "update_frequent_words.py"


def test_the_shipped_word_lists_are_pyspellcheckers() -> None:
    spec = importlib.util.spec_from_file_location("update_frequent_words", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.TARGET.read_text(encoding="utf-8") == script.render()
