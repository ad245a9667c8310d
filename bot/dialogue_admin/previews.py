"""Where each staff member is in the preview of an uploaded dialogue, in this process only.

A preview stores no answers: they live here, in memory, and are gone when the preview ends,
when its file is activated, or when the bot restarts (the staff member taps "Try it" again).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.dialogues.answers import AnswerValue
from bot.dialogues.model import Dialogue


@dataclass
class PreviewRun:
    upload_id: int
    dialogue: Dialogue
    current: str | None
    """The question shown now (None: the end)."""
    answers: dict[str, AnswerValue] = field(default_factory=dict)
    selection: tuple[str, ...] | None = None
    """A multi-choice selection in progress."""


class Previews:
    def __init__(self) -> None:
        self._runs: dict[int, PreviewRun] = {}

    def start(self, user_id: int, run: PreviewRun) -> None:
        self._runs[user_id] = run

    def of(self, user_id: int, upload_id: int) -> PreviewRun | None:
        run = self._runs.get(user_id)
        return run if run is not None and run.upload_id == upload_id else None

    def end(self, user_id: int) -> None:
        self._runs.pop(user_id, None)
