"""The lines of the summary (XLSX summary sheet, top of the Markdown draft)."""

from __future__ import annotations

from bot.export.document import ExportDocument
from bot.export.labels import KIND_NAMES, SUMMARY


def period(document: ExportDocument) -> str:
    words = SUMMARY[document.language]
    if document.since is None and document.until is None:
        return words["all"]
    parts = []
    if document.since is not None:
        parts.append(f"{words['from']} {document.since.isoformat()}")
    if document.until is not None:
        parts.append(f"{words['until']} {document.until.isoformat()}")
    return ", ".join(parts)


def facts(document: ExportDocument) -> list[tuple[str, str | int]]:
    """(label, value) pairs describing the export."""
    words = SUMMARY[document.language]
    return [
        (words["dialogue"], document.dialogue_id),
        (words["purpose"], document.purpose),
        (words["period"], period(document)),
        (words["made_on"], document.made_on.isoformat()),
        (words["respondents"], document.respondents),
        (words["answers"], len(document.rows)),
        (words["k"], document.k),
        (words["suppressed_cells"], document.suppressed_cells),
        (words["marks"], document.marks),
    ]


def scrubbed(document: ExportDocument) -> list[tuple[str, int]]:
    """(kind name, count) for every kind that was replaced at least once."""
    names = KIND_NAMES[document.language]
    return [
        (names.get(kind, kind), count)
        for kind, count in sorted(document.scrubbed.items(), key=lambda kv: (-kv[1], kv[0]))
        if count
    ]
