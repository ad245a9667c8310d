"""The finished, anonymised content of an export, handed to a format writer.

Everything here is already safe to publish: pseudonyms instead of ids, scrubbed answers,
suppressed demographics. Writers only lay it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bot.export.records import Language, Purpose


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One answer in the export. ``None`` = not answered; the marker string = suppressed."""

    respondent: str
    dialogue: str
    version: int
    question_id: str
    question: str
    type: str
    answer: str
    date: date
    municipality: str | None
    age_band: str | None
    marks: tuple[tuple[int, int], ...] = ()
    """Unsure spots in ``answer`` (start, end) for an editor to check; the ``md`` draft
    marks them, the other formats only count them."""

    def cells(self) -> tuple[str | int, ...]:
        """Values in column order (see :data:`bot.export.labels.COLUMN_KEYS`)."""
        return (
            self.respondent,
            self.dialogue,
            self.version,
            self.question_id,
            self.question,
            self.type,
            self.answer,
            self.date.isoformat(),
            self.municipality or "",
            self.age_band or "",
        )

    def as_json(self) -> dict[str, str | int | None]:
        return {
            "respondent": self.respondent,
            "dialogue": self.dialogue,
            "version": self.version,
            "question_id": self.question_id,
            "question": self.question,
            "type": self.type,
            "answer": self.answer,
            "date": self.date.isoformat(),
            "municipality": self.municipality,
            "age_band": self.age_band,
        }


@dataclass(frozen=True, slots=True)
class ExportDocument:
    """Rows plus what the summary sheet and the Markdown draft say about them."""

    dialogue_id: str
    purpose: Purpose
    language: Language
    since: date | None
    until: date | None
    k: int
    made_on: date
    rows: tuple[ExportRow, ...]
    respondents: int
    scrubbed: dict[str, int] = field(default_factory=dict)
    suppressed_cells: int = 0
    marks: int = 0
    """Unsure spots in all answers together."""
