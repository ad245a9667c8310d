"""Finding dialogue files, checking them all, and loading them.

``check`` is what ``doetmee dialogues check [PATH]`` runs (problems and warnings; in a folder
also against the earlier versions kept in ``.versions/``, see :mod:`bot.dialogues.versions`);
``load_dialogues`` is what the bot runs at start-up (it refuses to start on any problem, and
does not mind warnings). Both look at the ``*.yaml`` and ``*.yml`` files directly in a folder
(not in sub-folders), skipping hidden files such as editor back-ups (``.name.yaml``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from bot.dialogues.model import Dialogue
from bot.dialogues.problems import DialogueFileError, Problem
from bot.dialogues.reader import FileResult, read_dialogue
from bot.dialogues.versions import KEPT_FOLDER, KnownVersion, version_problems
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
    return read_bytes(data, path)


def read_bytes(data: bytes, path: Path) -> FileResult:
    """Check the bytes of a file (one read from disk, or sent to the bot) as ``path``."""
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


@dataclass(frozen=True)
class Checked:
    """The outcome of checking: the valid dialogues by id, the problems (any of them stops
    the bot) and the warnings (worth fixing; the bot starts anyway)."""

    dialogues: dict[str, Dialogue] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def everything(self) -> list[Problem]:
        """Problems and warnings together, in the order of the files and their lines."""
        return sorted([*self.problems, *self.warnings], key=Problem.sort_key)


def check_files(paths: Sequence[Path], known: Sequence[KnownVersion] = ()) -> Checked:
    """Check files together: each on its own, that no two share an id, and that none has a
    version that is not higher than a ``known`` one with other questions."""
    return check_results([read_file(path) for path in paths], known)


def check_results(results: Sequence[FileResult], known: Sequence[KnownVersion] = ()) -> Checked:
    """:func:`check_files` for files already read."""
    problems = [problem for result in results for problem in result.problems]
    problems.extend(_repeated_ids(results))
    for result in results:
        if result.dialogue is not None:
            problems.extend(
                version_problems(result.dialogue, known, file=result.file, line=result.version_line)
            )
    dialogues = {
        result.dialogue.id: result.dialogue for result in results if result.dialogue is not None
    }
    warnings = [warning for result in results for warning in result.warnings]
    return Checked(
        dialogues,
        sorted(problems, key=Problem.sort_key),
        sorted(warnings, key=Problem.sort_key),
    )


def check(path: Path) -> Checked:
    """Check a dialogue file, or all dialogue files of a folder."""
    if path.is_dir():
        files = dialogue_files(path)
        if not files:
            return Checked(
                problems=[Problem(path, None, N_("There are no dialogue files (*.yaml) here."))]
            )
        return check_files(files, kept_versions(path))
    if path.is_file():
        return check_files([path])
    return Checked(problems=[Problem(path, None, N_("This file or folder does not exist."))])


def kept_versions(folder: Path) -> list[KnownVersion]:
    """The earlier versions kept in ``<folder>/.versions/`` (those that can be read)."""
    kept = folder / KEPT_FOLDER
    if not kept.is_dir():
        return []
    results = (read_file(path) for path in dialogue_files(kept))
    return [KnownVersion.of(r.dialogue) for r in results if r.dialogue is not None]


def check_path(path: Path) -> list[Problem]:
    """Every problem in a dialogue file, or in all dialogue files of a folder; empty if none.
    Warnings are not problems: see :func:`check`."""
    return check(path).problems


def load_checked(folder: Path) -> Checked:
    """The dialogues of ``folder`` with their warnings; raises :class:`DialogueFileError`
    listing every problem when any file is invalid, the folder has no dialogue files, or does
    not exist. Warnings do not stop it."""
    checked = check(folder)
    if checked.problems:
        raise DialogueFileError(checked.problems)
    return checked


def load_dialogues(folder: Path) -> dict[str, Dialogue]:
    """All dialogues of ``folder`` by id (:func:`load_checked` without the warnings)."""
    return load_checked(folder).dialogues


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
