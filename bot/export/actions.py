"""The buttons of /export: dialogue, then purpose, then format (one action that grows)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.messaging.actions import Action, action


class PurposeCode(StrEnum):
    VERHALENREEKS = "v"
    ANALYSE = "a"


class FileFormat(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"
    XLSX = "xlsx"
    MD = "md"


@action("exp")
@dataclass(frozen=True)
class ExportChoice(Action):
    """The dialogue chosen; then also the purpose; then also the format (the file)."""

    dialogue_id: str
    purpose: PurposeCode | None = None
    file_format: FileFormat | None = None
