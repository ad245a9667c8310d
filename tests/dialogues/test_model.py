"""The data: LocalText, the municipalities, and what the constructors refuse."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogues.gemeenten import BUITEN_OVERIJSSEL, GEMEENTEN, MUNICIPALITIES
from bot.dialogues.localtext import LocalText
from bot.dialogues.model import Condition, Dialogue, Option, OptionRequirement, Question
from bot.dialogues.yamlnodes import ALLOWED_TAGS

TEXT = LocalText.of("Hallo", en="Hello", fy="Hoi")


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("nl", "Hallo"),
        ("en", "Hello"),
        ("en-GB", "Hello"),
        ("en_US", "Hello"),
        ("EN", "Hello"),
        ("fy", "Hoi"),
        ("de", "Hallo"),
        ("", "Hallo"),
        (None, "Hallo"),
    ],
)
def test_localtext_falls_back_to_dutch(locale: str | None, text: str) -> None:
    assert TEXT.get(locale) == text


def test_localtext_needs_dutch_and_compares_regardless_of_order() -> None:
    with pytest.raises(ValueError):
        LocalText.from_mapping({"en": "Hello"})
    with pytest.raises(ValueError):
        LocalText.of("  ")
    assert LocalText.from_mapping({"en": "Hello", "nl": "Hallo"}) == LocalText.of(
        "Hallo", en="Hello"
    )
    assert hash(LocalText.from_mapping({"en": "A", "nl": "B"})) == hash(LocalText.of("B", en="A"))
    assert TEXT.languages == ("nl", "en", "fy")


def test_the_25_municipalities_of_overijssel() -> None:
    names = [option.label.get("nl") for option in MUNICIPALITIES]
    assert len(names) == 25 == len(set(names))
    assert names == sorted(names)
    for expected in ("Almelo", "Hof van Twente", "Olst-Wijhe", "Rijssen-Holten", "Zwolle"):
        assert expected in names
    assert [o.id for o in MUNICIPALITIES][:3] == ["almelo", "borne", "dalfsen"]
    assert GEMEENTEN[-1].id == BUITEN_OVERIJSSEL
    assert GEMEENTEN[-1].label.get("en") == "Outside Overijssel"
    ids = [option.id for option in GEMEENTEN]
    assert len(ids) == len(set(ids)) == 26


def test_question_defaults_per_type() -> None:
    prompt = LocalText.of("W")
    assert Question("a", "text", prompt).max_length == 1000
    assert Question("a", "scale", prompt).scale_values == (1, 2, 3, 4, 5)
    assert Question("a", "number", prompt).min_value is None
    with pytest.raises(ValueError):
        Question("a", "choice", prompt)
    with pytest.raises(ValueError):
        Question("a", "essay", prompt)  # type: ignore[arg-type]
    option = Option("x", prompt)
    with pytest.raises(ValueError):
        Question("a", "choice", prompt, options=(option, option))


def test_a_dialogue_refuses_repeated_ids_and_forward_conditions() -> None:
    prompt = LocalText.of("W")
    text = Question("a", "text", prompt)
    with pytest.raises(ValueError):
        Dialogue("d", 1, prompt, (text, text), Path("d.yaml"))
    later = Question("b", "text", prompt, when=Condition((OptionRequirement("c", ("x",)),)))
    with pytest.raises(ValueError):
        Dialogue("d", 1, prompt, (text, later), Path("d.yaml"))
    dialogue = Dialogue("d", 1, prompt, (text,), Path("d.yaml"))
    assert dialogue.key == ("d", 1)
    assert dialogue.question("a") is text and dialogue.index_of("a") == 0
    assert hash(dialogue) == hash(Dialogue("d", 1, prompt, (text,), Path("d.yaml")))


def test_only_plain_yaml_tags_are_allowed() -> None:
    assert all(tag.startswith("tag:yaml.org,2002:") for tag in ALLOWED_TAGS)
    assert not any("python" in tag for tag in ALLOWED_TAGS)
