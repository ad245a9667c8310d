"""Finding dialogue files, checking them all, and loading them.

``check_path`` is what ``doetmee dialogues check [PATH]`` runs; ``load_dialogues`` is what the
bot runs at start-up (it refuses to start on any problem). Both look at the ``*.yaml`` and
``*.yml`` files directly in a folder (not in sub-folders), skipping hidden files such as
editor back-ups (``.name.yaml``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Final

from bot.dialogues.model import Dialogue
from bot.dialogues.problems import DialogueFileError, Problem
from bot.dialogues.reader import FileResult, read_dialogue
from bot.i18n import N_

SUFFIXES: Final = (".yaml", ".yml")
MAX_FILE_BYTES: Final = 512 * 1024
"""A dialogue is a few kilobytes; anything this large is a mistake (or an attack)."""


def dialogue_files(folder: Path) -> list[Path]:
    """The dialogue files in ``folder``, sorted by name."""
    return sorted(
        path
        for path in folder.iterdir()
        if path.suffix.lower() in SUFFIXES and not path.name.startswith(".") and path.is_file()
    )


def read_file(path: Path) -> FileResult:
    """Read and check one file."""
    try:
        data = path.read_bytes()
    except OSError as error:
        problem = Problem(
            path, None, N_("The file cannot be read: {error}."), {"error": error.strerror or ""}
        )
        return FileResult(path, None, (problem,))
    if len(data) > MAX_FILE_BYTES:
        problem = Problem(
            path,
            None,
            N_("The file is larger than {limit} KB; a dialogue file is much smaller."),
            {"limit": MAX_FILE_BYTES // 1024},
        )
        return FileResult(path, None, (problem,))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problem = Problem(path, line, N_("The file is not saved as UTF-8 text."), {})
        return FileResult(path, None, (problem,))
    return read_dialogue(text, path)


def check_files(paths: Sequence[Path]) -> tuple[dict[str, Dialogue], list[Problem]]:
    """Check files together: each on its own, and that no two share an id."""
    results = [read_file(path) for path in paths]
    problems = [problem for result in results for problem in result.problems]
    problems.extend(_repeated_ids(results))
    dialogues = {
        result.dialogue.id: result.dialogue for result in results if result.dialogue is not None
    }
    return dialogues, sorted(problems, key=Problem.sort_key)


def check_path(path: Path) -> list[Problem]:
    """Every problem in a dialogue file, or in all dialogue files of a folder; empty if none."""
    return _check(path)[1]


def load_dialogues(folder: Path) -> dict[str, Dialogue]:
    """All dialogues of ``folder`` by id; raises :class:`DialogueFileError` listing every
    problem when any file is invalid, the folder has no dialogue files, or does not exist."""
    dialogues, problems = _check(folder)
    if problems:
        raise DialogueFileError(problems)
    return dialogues


def _check(path: Path) -> tuple[dict[str, Dialogue], list[Problem]]:
    if path.is_dir():
        files = dialogue_files(path)
        if not files:
            return {}, [Problem(path, None, N_("There are no dialogue files (*.yaml) here."), {})]
        return check_files(files)
    if path.is_file():
        return check_files([path])
    return {}, [Problem(path, None, N_("This file or folder does not exist."), {})]


def _repeated_ids(results: Iterable[FileResult]) -> list[Problem]:
    first: dict[str, FileResult] = {}
    problems: list[Problem] = []
    for result in results:
        if result.dialogue_id is None:
            continue
        earlier = first.setdefault(result.dialogue_id, result)
        if earlier is not result:
            problems.append(
                Problem(
                    result.file,
                    result.id_line,
                    N_("The dialogue id '{id}' is already used in {other}."),
                    {"id": result.dialogue_id, "other": earlier.file.name},
                )
            )
    return problems
