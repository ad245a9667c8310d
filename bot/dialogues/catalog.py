"""Every dialogue definition this process has seen, by ``(id, version)``.

The folder holds the *current* version of each dialogue. When a file is reloaded with a new
version, runs that started on the old one must still finish on it, so the catalog keeps every
version it has loaded. Across restarts that memory is the database's job: the storage layer
keeps :func:`bot.dialogues.serialize.to_json` of the definition a run started on and gives it
back with :meth:`DialogueCatalog.remember` (or uses ``from_json`` directly).

The catalog is a plain in-process registry, used from one event loop; it is the only mutable
object of this package.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from bot.dialogues.loader import load_dialogues
from bot.dialogues.model import Dialogue
from bot.dialogues.serialize import fingerprint

Key = tuple[str, int]


class DialogueCatalog:
    def __init__(self, dialogues: Iterable[Dialogue] = ()) -> None:
        self._versions: dict[Key, Dialogue] = {}
        self._current: dict[str, Dialogue] = {}
        self.set_current(dialogues)

    def load(self, folder: Path) -> tuple[Key, ...]:
        """Load ``folder`` and make its dialogues the current ones (see :meth:`set_current`).

        Raises :class:`~bot.dialogues.problems.DialogueFileError` on any problem, leaving the
        catalog as it was.
        """
        return self.set_current(load_dialogues(folder).values())

    def set_current(self, dialogues: Iterable[Dialogue]) -> tuple[Key, ...]:
        """Make ``dialogues`` the current set; older versions stay available via :meth:`get`.
        A dialogue missing from the new set is no longer current (no new runs), but its
        versions are kept.

        Returns the keys whose content changed *without* a new version number — worth a
        warning to staff: runs started in this process switch to the new text.
        """
        changed: list[Key] = []
        current: dict[str, Dialogue] = {}
        for dialogue in dialogues:
            known = self._versions.get(dialogue.key)
            if known is not None and fingerprint(known) != fingerprint(dialogue):
                changed.append(dialogue.key)
            self._versions[dialogue.key] = dialogue
            current[dialogue.id] = dialogue
        self._current = current
        return tuple(changed)

    def remember(self, dialogue: Dialogue) -> Dialogue:
        """Add a definition (e.g. restored from the database) without making it current.
        If this ``(id, version)`` is already known, the known one is kept and returned."""
        return self._versions.setdefault(dialogue.key, dialogue)

    def current(self, dialogue_id: str) -> Dialogue | None:
        """The version to start new runs on; ``None`` if the dialogue is not (or no longer)
        in the folder."""
        return self._current.get(dialogue_id)

    def all_current(self) -> tuple[Dialogue, ...]:
        """The current dialogues, sorted by id (for ``/gesprek``)."""
        return tuple(self._current[key] for key in sorted(self._current))

    def get(self, dialogue_id: str, version: int) -> Dialogue | None:
        """The definition of that version, if this process has seen it."""
        return self._versions.get((dialogue_id, version))

    def versions(self, dialogue_id: str) -> tuple[int, ...]:
        return tuple(sorted(v for (i, v) in self._versions if i == dialogue_id))
