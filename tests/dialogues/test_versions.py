"""A run started on version 1 finishes on version 1: the catalog and the JSON form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.dialogues.answers import SKIPPED, AnswerValue
from bot.dialogues.catalog import DialogueCatalog
from bot.dialogues.engine import next_question
from bot.dialogues.loader import load_dialogues
from bot.dialogues.problems import DialogueFileError
from bot.dialogues.serialize import (
    answers_from_json,
    answers_to_json,
    fingerprint,
    from_data,
    from_json,
    to_data,
    to_json,
)
from tests.dialogues.helpers import dedent

SHIPPED = Path(__file__).resolve().parents[2] / "dialogen"

V1 = """
    id: proef
    version: 1
    title: {nl: Proef, en: Trial}
    questions:
      - {id: a, type: text, prompt: {nl: Eerste, en: First}}
      - {id: b, type: choice, prompt: Kies, options: [{id: x, label: X}, {id: y, label: Y}]}
    """
V2 = """
    id: proef
    version: 2
    title: {nl: Proef, en: Trial}
    questions:
      - {id: a, type: text, prompt: {nl: Eerste, en: First}}
      - {id: c, type: scale, prompt: Nieuw}
    """


def folder_with(tmp_path: Path, text: str) -> Path:
    (tmp_path / "proef.yaml").write_text(dedent(text), encoding="utf-8")
    return tmp_path


def test_the_catalog_keeps_version_1_after_version_2_is_loaded(tmp_path: Path) -> None:
    catalog = DialogueCatalog()
    catalog.load(folder_with(tmp_path, V1))
    started = catalog.current("proef")
    assert started is not None and started.version == 1

    catalog.load(folder_with(tmp_path, V2))
    current = catalog.current("proef")
    assert current is not None and current.version == 2
    assert catalog.versions("proef") == (1, 2)

    old = catalog.get("proef", 1)
    assert old == started
    # the run on version 1 goes on to question 'b', which version 2 no longer has
    following = next_question(old, {"a": "iets"}, old.question("a"))
    assert following is not None and following.id == "b"


def test_a_failed_reload_leaves_the_catalog_as_it_was(tmp_path: Path) -> None:
    catalog = DialogueCatalog()
    catalog.load(folder_with(tmp_path, V1))
    broken = folder_with(tmp_path, V2.replace("type: scale", "type: schaal"))
    with pytest.raises(DialogueFileError):
        catalog.load(broken)
    current = catalog.current("proef")
    assert current is not None and current.version == 1
    assert catalog.versions("proef") == (1,)


def test_a_dialogue_removed_from_the_folder_is_no_longer_current(tmp_path: Path) -> None:
    catalog = DialogueCatalog()
    catalog.load(folder_with(tmp_path, V1))
    other = tmp_path / "ander"
    other.mkdir()
    (other / "x.yaml").write_text(dedent(V1).replace("id: proef", "id: ander"), encoding="utf-8")
    catalog.load(other)
    assert catalog.current("proef") is None
    assert [d.id for d in catalog.all_current()] == ["ander"]
    assert catalog.get("proef", 1) is not None


def test_a_change_without_a_new_version_is_reported(tmp_path: Path) -> None:
    catalog = DialogueCatalog()
    assert catalog.load(folder_with(tmp_path, V1)) == ()
    assert catalog.load(folder_with(tmp_path, V1)) == ()  # same content: nothing to report
    changed = V1.replace("Eerste", "Eerst")
    assert catalog.load(folder_with(tmp_path, changed)) == (("proef", 1),)


def test_remember_a_definition_restored_from_the_database(tmp_path: Path) -> None:
    (v1,) = load_dialogues(folder_with(tmp_path, V1)).values()
    stored = to_json(v1)
    catalog = DialogueCatalog(load_dialogues(folder_with(tmp_path, V2)).values())  # a restart
    assert catalog.get("proef", 1) is None
    restored = catalog.remember(from_json(stored))
    assert restored == v1 and catalog.get("proef", 1) == v1
    current = catalog.current("proef")
    assert current is not None and current.version == 2  # remembering does not make current
    assert catalog.remember(from_json(stored)) is restored


@pytest.mark.parametrize("path", sorted(SHIPPED.glob("*.yaml")), ids=lambda p: p.stem)
def test_json_round_trip_of_the_shipped_dialogues(path: Path) -> None:
    dialogue = load_dialogues(SHIPPED)[path.stem]
    text = to_json(dialogue)
    assert from_json(text) == dialogue
    assert from_json(text.encode()) == dialogue
    assert from_data(json.loads(text)) == dialogue
    assert fingerprint(from_json(text)) == fingerprint(dialogue)


def test_the_json_form() -> None:
    dialogue = load_dialogues(SHIPPED)["goed-bestuur"]
    data = to_data(dialogue)
    assert data["format"] == 1 and data["id"] == "goed-bestuur" and data["version"] == 3
    by_id = {q["id"]: q for q in data["questions"]}
    assert by_id["belangrijkst-anders"]["when"] == [
        {"question": "belangrijkst", "options": ["anders"]}
    ]
    assert by_id["vertrouwen-groter"]["when"] == [{"question": "vertrouwen", "min": None, "max": 5}]
    assert by_id["gemeente"]["options_from"] == "gemeenten"
    assert len(by_id["gemeente"]["options"]) == 26  # the list is stored in full
    assert by_id["vertrouwen"]["min"] == 1 and by_id["vertrouwen"]["max"] == 10
    # "exclusive" is only written where it is set, so older definitions keep their fingerprint
    assert not any("exclusive" in o for q in data["questions"] for o in q["options"])


def test_an_exclusive_option_is_kept_in_the_json_form() -> None:
    dialogue = load_dialogues(SHIPPED)["meedoen-provincie"]
    data = to_data(dialogue)
    drempels = next(q for q in data["questions"] if q["id"] == "drempels")
    assert [o["id"] for o in drempels["options"] if o.get("exclusive")] == ["niets"]
    assert all("exclusive" not in o for o in drempels["options"] if o["id"] != "niets")
    restored = from_json(to_json(dialogue))
    assert restored == dialogue
    assert restored.question("drempels").exclusive_ids == {"niets"}


def test_the_fingerprint_ignores_where_the_file_was() -> None:
    dialogue = load_dialogues(SHIPPED)["goed-bestuur"]
    moved = from_data({**to_data(dialogue), "source": "/elders/goed-bestuur.yaml"})
    assert fingerprint(moved) == fingerprint(dialogue)
    edited = to_data(dialogue)
    edited["questions"][0]["prompt"]["nl"] = "Anders gevraagd"
    assert fingerprint(from_data(edited)) != fingerprint(dialogue)


@pytest.mark.parametrize(
    "broken",
    [
        "[]",
        "niet json",
        '{"format": 2}',
        '{"format": 1, "id": "x"}',
        '{"format": 1, "id": "x", "version": "1", "title": {"nl": "T"}, "source": "x",'
        ' "questions": []}',
        '{"format": 1, "id": "x", "version": 1, "title": {"en": "T"}, "source": "x",'
        ' "questions": []}',
        '{"format": 1, "id": "x", "version": 1, "title": {"nl": "T"}, "source": "x",'
        ' "questions": [{"id": "a", "type": "essay", "prompt": {"nl": "W"}}]}',
        '{"format": 1, "id": "x", "version": 1, "title": {"nl": "T"}, "source": "x",'
        ' "questions": [{"id": "a", "type": "choice", "prompt": {"nl": "W"}}]}',
        '{"format": 1, "id": "x", "version": 1, "title": {"nl": "T"}, "source": "x",'
        ' "questions": [{"id": "a", "type": "text", "prompt": {"nl": "W"},'
        ' "when": [{"question": "b", "options": ["x"]}]}]}',
    ],
)
def test_from_json_refuses_what_is_not_a_definition(broken: str) -> None:
    with pytest.raises(ValueError):
        from_json(broken)


def test_answers_round_trip() -> None:
    answers: dict[str, AnswerValue] = {
        "tekst": "Luisteren, écht luisteren",
        "keuze": "anders",
        "meer": ("open", "respect"),
        "schaal": 7,
        "getal": -3,
        "overgeslagen": SKIPPED,
    }
    text = answers_to_json(answers)
    assert json.loads(text)["meer"] == ["open", "respect"]
    assert json.loads(text)["overgeslagen"] is None
    assert answers_from_json(text) == answers


@pytest.mark.parametrize("broken", ['{"a": true}', '{"a": NaN}', '{"a": {"b": 1}}', '{"a": [1]}'])
def test_answers_from_json_refuses_odd_values(broken: str) -> None:
    with pytest.raises(ValueError):
        answers_from_json(broken)
