"""The rule for versions: a changed dialogue gets a higher ``version``.

Runs finish on the version they started on and answers keep their version, so one
``(id, version)`` must always mean the same questions. A file is checked against the versions
already known — the one in use, the earlier ones kept in ``.versions/`` beside it, those runs
started on — and the checker says which number to use instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from bot.dialogues.model import Dialogue
from bot.dialogues.problems import Problem
from bot.dialogues.serialize import fingerprint
from bot.i18n import N_

KEPT_FOLDER: Final = ".versions"
"""Where earlier versions of the folder's dialogue files are kept (skipped by the loader)."""


@dataclass(frozen=True)
class KnownVersion:
    dialogue_id: str
    version: int
    fingerprint: str

    @classmethod
    def of(cls, dialogue: Dialogue) -> KnownVersion:
        return cls(dialogue.id, dialogue.version, fingerprint(dialogue))


def version_problems(
    dialogue: Dialogue,
    known: Iterable[KnownVersion],
    *,
    file: Path,
    line: int | None,
    same_is_news: bool = False,
) -> list[Problem]:
    """What is wrong with ``dialogue``'s version, given the ``known`` versions of any
    dialogues. ``same_is_news``: a file equal to the newest known version is a problem too
    (an upload that would change nothing)."""
    mine = [k for k in known if k.dialogue_id == dialogue.id]
    if not mine:
        return []
    newest = max(k.version for k in mine)
    if dialogue.version > newest:
        return []
    same = KnownVersion.of(dialogue) in mine
    if same and dialogue.version == newest:
        if not same_is_news:
            return []
        return [
            Problem(
                file,
                line,
                N_("This is version {version} of '{id}', the one already in use: nothing is new."),
                {"version": dialogue.version, "id": dialogue.id},
            )
        ]
    if same:  # an earlier version, unchanged: only a problem when something newer exists
        message = N_(
            "Version {version} of '{id}' is older than version {newest}, which is already "
            "known. To use these questions again, give them version {next}."
        )
    else:
        message = N_(
            "'{id}' already has a version {newest}. Changed questions need a higher number: "
            "set 'version' to {next}, so that answers given before keep their own version."
        )
    return [
        Problem(
            file,
            line,
            message,
            {"version": dialogue.version, "id": dialogue.id, "newest": newest, "next": newest + 1},
        )
    ]
