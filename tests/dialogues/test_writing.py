"""The shipped dialogues speak with one voice, in short sentences, with one word per thing.

The rules and the word list are those of ``dialogen/README.md`` ("Schrijven voor iedereen"):
this test reads the list from there, so writers and tests share one glossary.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.dialogues.loader import load_dialogues
from bot.dialogues.localtext import LocalText
from bot.dialogues.model import Dialogue

FOLDER = Path(__file__).resolve().parents[2] / "dialogen"
DIALOGUES = load_dialogues(FOLDER)
LONGEST_SENTENCE = 20
"""Words per Dutch sentence (taalniveau B1)."""


def glossary() -> dict[str, list[str]]:
    """The words ruled out per language, from the table in ``dialogen/README.md``."""
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Schrijven voor iedereen", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in rows[0].strip("|").split("|")]
    assert header == ["Nederlands", "niet", "English", "not"], header
    ruled_out: dict[str, list[str]] = {"nl": [], "en": []}
    for row in rows[2:]:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        ruled_out["nl"] += [word.strip() for word in cells[1].split(",") if word.strip()]
        ruled_out["en"] += [word.strip() for word in cells[3].split(",") if word.strip()]
    return ruled_out


RULED_OUT = glossary()


def spoken_by_us(dialogue: Dialogue) -> list[LocalText]:
    """What the bot says: title, introduction, prompts (not the citizen's answer labels)."""
    return [
        dialogue.title,
        *([dialogue.intro] if dialogue.intro else []),
        *(q.prompt for q in dialogue.questions),
    ]


def everything(dialogue: Dialogue) -> list[LocalText]:
    labels = [
        option.label
        for question in dialogue.questions
        if question.options_from is None
        for option in question.options
    ]
    return [*spoken_by_us(dialogue), *labels]


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.?!])\s+|\n|•", text)
    return [part.strip() for part in parts if part.strip()]


def words(sentence: str) -> list[str]:
    return [token for token in sentence.split() if re.search(r"\w", token)]


def test_the_glossary_is_read_from_the_readme() -> None:
    assert "burger" in RULED_OUT["nl"] and "citizen" in RULED_OUT["en"]
    assert "good government" in RULED_OUT["en"]


@pytest.mark.parametrize("dialogue", DIALOGUES.values(), ids=lambda d: d.id)
def test_dutch_sentences_are_short(dialogue: Dialogue) -> None:
    too_long = [
        sentence
        for text in everything(dialogue)
        for sentence in sentences(text.get("nl"))
        if len(words(sentence)) > LONGEST_SENTENCE
    ]
    assert too_long == []


@pytest.mark.parametrize("dialogue", DIALOGUES.values(), ids=lambda d: d.id)
def test_we_are_the_province_and_never_say_i(dialogue: Dialogue) -> None:
    dutch = [t.get("nl") for t in spoken_by_us(dialogue)]
    english = [t.get("en") for t in spoken_by_us(dialogue)]
    assert [t for t in dutch if re.search(r"\b(?:ik|mij|mijn)\b", t, re.IGNORECASE)] == []
    assert [t for t in english if re.search(r"\b(?:I|me|my)\b", t)] == []


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("dialogue", DIALOGUES.values(), ids=lambda d: d.id)
def test_one_word_per_thing(dialogue: Dialogue, language: str) -> None:
    found = [
        (word, text.get(language))
        for text in everything(dialogue)
        for word in RULED_OUT[language]
        if re.search(rf"\b{re.escape(word)}\w{{0,3}}\b", text.get(language), re.IGNORECASE)
    ]
    assert found == []


@pytest.mark.parametrize("dialogue", DIALOGUES.values(), ids=lambda d: d.id)
def test_the_english_says_residents_and_good_governance(dialogue: Dialogue) -> None:
    english = " ".join(t.get("en") for t in everything(dialogue))
    dutch = " ".join(t.get("nl") for t in everything(dialogue))
    if "inwoner" in dutch:
        assert "resident" in english
    if "goed bestuur" in dutch:
        assert "good governance" in english
