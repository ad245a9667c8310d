"""Finding, checking and loading files and folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.dialogues.loader import MAX_FILE_BYTES, check, check_path, load_dialogues
from bot.dialogues.problems import DialogueFileError, Problem
from tests.dialogues.helpers import HEAD

VALID = HEAD + "  - {id: a, type: text, prompt: W}\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_a_folder(tmp_path: Path) -> None:
    write(tmp_path, "een.yaml", VALID.replace("id: proef", "id: een"))
    write(tmp_path, "twee.yml", VALID.replace("id: proef", "id: twee"))
    write(tmp_path, ".#een.yaml", "kapot: [")  # an editor's lock file
    write(tmp_path, "notities.txt", "kapot: [")
    (tmp_path / "oud").mkdir()
    write(tmp_path / "oud", "oud.yaml", "kapot: [")
    dialogues = load_dialogues(tmp_path)
    assert sorted(dialogues) == ["een", "twee"]
    assert dialogues["twee"].source == tmp_path / "twee.yml"
    assert check_path(tmp_path) == []


def test_an_id_used_in_two_files(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", VALID)
    write(tmp_path, "b.yaml", "# kopie\n" + VALID)
    problems = check_path(tmp_path)
    assert problems == [
        Problem(
            tmp_path / "b.yaml",
            2,
            "The dialogue id '{id}' is already used in {other}.",
            {"id": "proef", "other": "a.yaml"},
        )
    ]


def test_an_id_used_twice_is_found_even_in_a_file_with_other_problems(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", VALID)
    write(tmp_path, "b.yaml", VALID.replace("version: 1", "version: nul"))
    messages = [p.message for p in check_path(tmp_path)]
    assert "The dialogue id '{id}' is already used in {other}." in messages
    assert "'{key}' must be a whole number; found '{value}'." in messages


def test_problems_of_all_files_are_reported_together(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", VALID.replace("version: 1", "version: 0"))
    write(tmp_path, "b.yaml", VALID.replace("id: proef", "id: b").replace("type: text", "type: x"))
    write(tmp_path, "c.yaml", VALID.replace("id: proef", "id: c"))
    with pytest.raises(DialogueFileError) as caught:
        load_dialogues(tmp_path)
    assert [(p.file.name, p.line) for p in caught.value.problems] == [("a.yaml", 2), ("b.yaml", 5)]


def test_check_a_single_file(tmp_path: Path) -> None:
    path = write(tmp_path, "a.yaml", VALID)
    assert check_path(path) == []
    path.write_text(VALID.replace("title:", "titel:"), encoding="utf-8")
    assert [p.line for p in check_path(path)] == [1, 3]


def test_a_folder_without_dialogue_files(tmp_path: Path) -> None:
    assert check_path(tmp_path) == [
        Problem(tmp_path, None, "There are no dialogue files (*.yaml) here.", {})
    ]
    with pytest.raises(DialogueFileError):
        load_dialogues(tmp_path)


def test_a_path_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "nergens"
    assert check_path(missing) == [
        Problem(missing, None, "This file or folder does not exist.", {})
    ]


def test_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(VALID.replace("title: {nl: Proef", "title: {nl: Café").encode("latin-1"))
    assert [(p.line, p.message) for p in check_path(path)] == [
        (3, "The file is not saved as UTF-8 text.")
    ]


def test_a_utf8_file_with_a_byte_order_mark_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode())
    assert check_path(path) == []


def test_a_file_that_is_far_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, "a.yaml", VALID + "#" * MAX_FILE_BYTES)
    assert [p.message for p in check_path(path)] == [
        "The file is larger than {limit} KB; a dialogue file is much smaller."
    ]


def test_describe_translates_before_filling_in(tmp_path: Path) -> None:
    path = write(tmp_path, "a.yaml", VALID.replace("version: 1", "version: 0"))
    (problem,) = check_path(path)
    assert problem.describe() == f"{path}:2: 'version' must be at least 1; found 0."
    dutch = {
        "'{key}' must be at least {minimum}; found {value}.": (
            "'{key}' moet minstens {minimum} zijn; er staat {value}."
        )
    }
    assert problem.describe(lambda msgid: dutch.get(msgid, msgid)) == (
        f"{path}:2: 'version' moet minstens 1 zijn; er staat 0."
    )


def test_the_error_lists_every_problem(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "id: proef\n")
    with pytest.raises(DialogueFileError) as caught:
        load_dialogues(tmp_path)
    text = caught.value.describe()
    assert text.splitlines() == [
        f"{tmp_path / 'a.yaml'}:1: The dialogue has no 'title'.",
        f"{tmp_path / 'a.yaml'}:1: The dialogue has no 'version' (a whole number, 1 or higher).",
        f"{tmp_path / 'a.yaml'}:1: The dialogue has no questions.",
    ]
    assert str(caught.value) == text


WITH_A_REPEATED_HINT = HEAD + (
    "  - id: drempels\n    type: multi\n    prompt: 'Wat houdt je tegen? Kies alles wat past.'\n"
    "    options:\n      - {id: tijd, label: Tijd}\n      - {id: ver, label: Ver weg}\n"
    "      - {id: niets, label: Niets, exclusive: true}\n"
)


def test_a_warning_does_not_stop_the_bot(tmp_path: Path) -> None:
    write(tmp_path, "proef.yaml", WITH_A_REPEATED_HINT)
    checked = check(tmp_path)
    assert checked.problems == [] and check_path(tmp_path) == []
    assert [(w.line, w.params["found"]) for w in checked.warnings] == [(7, "Kies alles")]
    assert checked.everything == checked.warnings
    dialogues = load_dialogues(tmp_path)  # no DialogueFileError
    assert dialogues["proef"].question("drempels").exclusive_ids == {"niets"}


def test_doetmee_dialogues_check_shows_warnings_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DOETMEE_LOCALE", raising=False)
    path = write(tmp_path, "proef.yaml", WITH_A_REPEATED_HINT)
    assert main(["dialogues", "check", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path}:7: waarschuwing: ")
    assert "“Kies alles”" in out[0]
    assert out[-1] == "1 waarschuwing: de bot start, maar het is goed om dit te verbeteren."

    # With an error as well: both are shown, and the error makes it exit 1.
    write(tmp_path, "proef.yaml", WITH_A_REPEATED_HINT.replace("version: 1", "version: nul"))
    assert main(["dialogues", "check", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split(": ")[0] for line in out[:2]] == [f"{path}:2", f"{path}:7"]
    assert out[-2:] == [
        "1 probleem gevonden.",
        "1 waarschuwing: de bot start, maar het is goed om dit te verbeteren.",
    ]
