"""The export's input and output contract: plain records in, a summary out.

The lead's query turns the database into :class:`AnswerRecord` objects (consent, erasure and
date filters applied there); everything after that — purpose rules, pseudonyms, scrubbing,
k-anonymity and the files — happens in :mod:`bot.export`. Nothing here knows Telegram or SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

Purpose = Literal["verhalenreeks", "analyse"]
Format = Literal["csv", "jsonl", "xlsx", "md"]
Language = Literal["nl", "en"]
QuestionType = Literal["text", "choice", "multi", "scale", "number"]

PURPOSES: tuple[Purpose, ...] = ("verhalenreeks", "analyse")
FORMATS: tuple[Format, ...] = ("csv", "jsonl", "xlsx", "md")
LANGUAGES: tuple[Language, ...] = ("nl", "en")


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    """One answer of one citizen, as the lead's query delivers it."""

    respondent_key: str
    """Stable opaque id of the citizen in our database; never exported, only hashed."""
    first_name: str | None
    """Telegram first name: used as the known person while scrubbing, then discarded."""
    last_name: str | None
    username: str | None
    age_band: str | None
    """For example ``"<16"``, ``"16-17"``, ``"18-25"``, ``"26-40"``, ``"41-65"``, ``"65+"``."""
    municipality: str | None
    dialogue_id: str
    dialogue_version: int
    question_id: str
    question_type: str
    """``text``, ``choice``, ``multi``, ``scale`` or ``number``."""
    question_prompt: str
    value: str
    answered_at: datetime
    """Aware, in UTC."""
    quote_allowed: bool
    """The citizen allowed this answer to be quoted in the verhalenreeks."""


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What to export, for what purpose, in which form and where."""

    dialogue_id: str
    purpose: Purpose
    format: Format
    out: Path
    secret: bytes
    since: date | None = None
    until: date | None = None
    k: int = 10
    language: Language = "nl"
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Amsterdam"))
    """Where the calendar days of ``since``, ``until`` and the answers' dates are counted."""

    def __post_init__(self) -> None:
        if self.purpose not in PURPOSES:
            raise ValueError(f"unknown purpose {self.purpose!r}")
        if self.format not in FORMATS:
            raise ValueError(f"unknown format {self.format!r}")
        if self.language not in LANGUAGES:
            raise ValueError(f"unknown language {self.language!r}")
        if self.k < 1:
            raise ValueError("k must be at least 1")
        if not self.secret:
            raise ValueError("the pseudonym secret must not be empty")


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What an export produced, for the CLI's last lines and the audit log."""

    respondents: int
    answers: int
    scrubbed: dict[str, int]
    """Items replaced in free text, per kind (``name``, ``phone``, …)."""
    suppressed_cells: int
    """Demographic cells (municipality, age band) replaced by the suppression marker."""
    out: Path
    extra_files: tuple[Path, ...] = field(default=())
    """Files written beside ``out`` (the chart images of the ``md`` format)."""
    marks: int = 0
    """Spots the scrubber was unsure about, left in for an editor to check (marked in the
    ``md`` draft)."""


class ExportError(Exception):
    """An export could not be made; the message is one plain sentence for staff."""
