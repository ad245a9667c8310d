"""Checking a dialogue file a staff member sent, with the checker of ``doetmee dialogues
check``, against the folder as it would be with the file in it.

Before anything is downloaded: the name must end in ``.yaml``/``.yml`` and the size stay
under the checker's limit. Then the checker itself (UTF-8, YAML, nesting and aliases, the
format), and what only the folder knows: where the file would go, whether its id belongs to
another dialogue's file, and whether its version is higher than every version known (the one
in use, those kept in ``.versions/``, those runs started on).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.dialogues.loader import (
    MAX_FILE_BYTES,
    SUFFIXES,
    check_results,
    dialogue_files,
    kept_versions,
    read_bytes,
    read_file,
)
from bot.dialogues.model import Dialogue
from bot.dialogues.problems import Problem
from bot.dialogues.reader import FileResult
from bot.dialogues.versions import KnownVersion, version_problems
from bot.i18n import N_

_COPY_NUMBER = re.compile(r"\s*\(\d+\)$")
"""What a phone adds to a downloaded file's name: ``goed-bestuur (1).yaml``."""


@dataclass(frozen=True)
class Verdict:
    """What the check found. ``dialogue`` and ``target`` are set when the file can be
    activated: no ``problems`` and none in the rest of the folder (``folder_problems``)."""

    problems: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()
    folder_problems: tuple[Problem, ...] = ()
    dialogue: Dialogue | None = None
    target: Path | None = None
    replaces: Dialogue | None = None
    """The version now in the folder that this file replaces, if any."""

    @property
    def ok(self) -> bool:
        return self.dialogue is not None and not self.problems and not self.folder_problems


def refusal_before_download(file_name: str, size: int | None) -> Problem | None:
    """A file that cannot be a dialogue file by its name or size (nothing is downloaded)."""
    name = Path(file_name or "").name
    if Path(name).suffix.lower() not in SUFFIXES:
        return Problem(
            Path(name),
            None,
            N_(
                "This is not a conversation file. Send the conversation as a text file whose "
                "name ends in .yaml, written as dialogen/README.md explains."
            ),
        )
    if size is not None and size > MAX_FILE_BYTES:
        return Problem(
            Path(name),
            None,
            N_("The file is larger than {limit} KB; a dialogue file is much smaller."),
            {"limit": MAX_FILE_BYTES // 1024},
        )
    return None


def check_upload(
    folder: Path, data: bytes, file_name: str, stored: Sequence[KnownVersion] = ()
) -> Verdict:
    """Check ``data`` (sent as ``file_name``) as it would be in ``folder``; ``stored``: the
    versions runs started on (from the database)."""
    name = Path(file_name).name
    alone = read_bytes(data, Path(name))
    if alone.dialogue is None:
        return Verdict(alone.problems, alone.warnings)
    dialogue = alone.dialogue
    in_folder = {path: read_file(path) for path in dialogue_files(folder)}
    holding = [r for r in in_folder.values() if r.dialogue_id == dialogue.id]
    target = holding[0].file if holding else folder / f"{dialogue.id}.yaml"
    replaces = holding[0].dialogue if holding else None
    mismatch = _foreign_id(alone, name, target, in_folder.get(target), bool(holding))
    if mismatch is not None:
        return Verdict((mismatch,), alone.warnings)

    placed = read_bytes(data, target)
    others = [result for path, result in in_folder.items() if path != target]
    together = check_results([*others, placed])
    own = [p for p in together.problems if p.file == target]
    elsewhere = tuple(p for p in together.problems if p.file != target)
    known = [*kept_versions(folder), *stored]
    if replaces is not None:
        known.append(KnownVersion.of(replaces))
    own += version_problems(
        dialogue, known, file=target, line=alone.version_line, same_is_news=True
    )
    return Verdict(
        tuple(own),
        placed.warnings,
        elsewhere,
        dialogue if not own else None,
        target,
        replaces,
    )


def _foreign_id(
    result: FileResult, name: str, target: Path, there: FileResult | None, holding: bool
) -> Problem | None:
    """The id of the file belongs to another dialogue's file in the folder: one under
    another name (a copy of a dialogue used as a template), or ``<id>.yaml`` holds another."""
    assert result.dialogue is not None
    dialogue = result.dialogue
    if holding and there is not None and there.dialogue is not None:
        stem = _COPY_NUMBER.sub("", Path(name).stem).lower()
        if stem in (target.stem.lower(), dialogue.id):
            return None
        return Problem(
            Path(name),
            result.id_line,
            N_(
                "The id '{id}' belongs to the conversation “{title}” (file {file}). A new "
                "conversation needs an id of its own. Is this a new version of that one? "
                "Then name the file {file}."
            ),
            {"id": dialogue.id, "title": there.dialogue.title.get("nl"), "file": target.name},
        )
    if not holding and there is not None:
        return Problem(
            Path(name),
            result.id_line,
            N_(
                "The folder already has a file {file} for another conversation ('{other}'). "
                "Give this conversation another id."
            ),
            {"file": target.name, "other": there.dialogue_id or "?"},
        )
    return None
