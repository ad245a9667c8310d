"""Every dialogue definition this process has seen, by ``(id, version)``.

The folder holds the *current* version of each dialogue. When a file is reloaded with a new
version, runs that started on the old one must still finish on it, so the catalog keeps every
version it has loaded. Across restarts that memory is the database's job: the storage layer
keeps :func:`bot.dialogues.serialize.to_json` of the definition a run started on and gives it
back with :meth:`DialogueCatalog.remember` (or uses ``from_json`` directly).

Staff can pause or archive a dialogue (``/dialogen``): it stays in the folder and its runs can
finish, but it is not listed and no new runs start (:meth:`DialogueCatalog.listed`,
:meth:`DialogueCatalog.startable`). The database keeps the status; the catalog holds it for
this process (:meth:`DialogueCatalog.set_status`).

The catalog is a plain in-process registry, used from one event loop; it is the only mutable
object of this package.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from bot.dialogues.loader import load_dialogues
from bot.dialogues.model import Dialogue
from bot.dialogues.serialize import fingerprint
from bot.dialogues.status import Status

Key = tuple[str, int]


class DialogueCatalog:
    def __init__(self, dialogues: Iterable[Dialogue] = ()) -> None:
        self._versions: dict[Key, Dialogue] = {}
        self._current: dict[str, Dialogue] = {}
        self._status: dict[str, Status] = {}
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
        """The newest version, in the folder; ``None`` if the dialogue is not (or no longer)
        in the folder. Whether new runs may start on it: :meth:`startable`."""
        return self._current.get(dialogue_id)

    def all_current(self) -> tuple[Dialogue, ...]:
        """The current dialogues whatever their status, sorted by id (for the export: answers
        of a paused or archived dialogue stay exportable)."""
        return tuple(self._current[key] for key in sorted(self._current))

    def status(self, dialogue_id: str) -> Status:
        """Active unless staff paused or archived it."""
        return self._status.get(dialogue_id, Status.ACTIVE)

    def set_status(self, dialogue_id: str, status: Status) -> None:
        if status is Status.ACTIVE:
            self._status.pop(dialogue_id, None)
        else:
            self._status[dialogue_id] = status

    def set_statuses(self, statuses: Mapping[str, Status]) -> None:
        """The statuses as stored (at start-up); a dialogue not named is active."""
        self._status = {key: value for key, value in statuses.items() if value != Status.ACTIVE}

    def listed(self) -> tuple[Dialogue, ...]:
        """The current dialogues new runs may start on, sorted by id (``/gesprek``)."""
        return tuple(d for d in self.all_current() if self.status(d.id) is Status.ACTIVE)

    def startable(self, dialogue_id: str) -> Dialogue | None:
        """The version to start a new run on; None when the dialogue is not in the folder or
        is paused or archived."""
        if self.status(dialogue_id) is not Status.ACTIVE:
            return None
        return self.current(dialogue_id)

    def get(self, dialogue_id: str, version: int) -> Dialogue | None:
        """The definition of that version, if this process has seen it."""
        return self._versions.get((dialogue_id, version))

    def versions(self, dialogue_id: str) -> tuple[int, ...]:
        return tuple(sorted(v for (i, v) in self._versions if i == dialogue_id))
