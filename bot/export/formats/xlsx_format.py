"""XLSX: a summary sheet, then one sheet per question type (open, choice, scale, …).

Every text cell is stored as a string and defused like in CSV (a leading ``'`` before
``= + - @``); characters XLSX cannot hold (control characters) are dropped.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from bot.export.atomic import atomic_path
from bot.export.document import ExportDocument, ExportRow
from bot.export.formats.cells import neutralise
from bot.export.formats.summary import facts, scrubbed
from bot.export.labels import QUESTION_TYPES, SUMMARY, headers

_TYPE_ORDER = ("text", "choice", "multi", "scale", "number")
_WIDTHS = (14, 16, 8, 16, 40, 10, 80, 12, 18, 14)
_BOLD = Font(bold=True)


def _clean(value: str | int) -> str | int:
    if isinstance(value, int):
        return value
    return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))


def _sheet_name(question_type: str, language: str) -> str:
    return QUESTION_TYPES[language].get(question_type, question_type)[:31]


def write(document: ExportDocument, out: Path) -> list[Path]:
    language = document.language
    book = Workbook()
    summary = book.active
    summary.title = SUMMARY[language]["sheet"][:31]
    for label, value in facts(document):
        summary.append([_clean(label), _clean(value)])
    summary.append([])
    summary.append([_clean(SUMMARY[language]["scrubbed"])])
    summary.cell(row=summary.max_row, column=1).font = _BOLD
    lines = scrubbed(document) or [(SUMMARY[language]["none"], 0)]
    for label, count in lines:
        summary.append([_clean(label), count])
    summary.column_dimensions["A"].width = 50
    summary.column_dimensions["B"].width = 30

    by_type: dict[str, list[ExportRow]] = {}
    for row in document.rows:
        by_type.setdefault(row.type, []).append(row)
    ordered = [t for t in _TYPE_ORDER if t in by_type] + sorted(set(by_type) - set(_TYPE_ORDER))
    header = [_clean(h) for h in headers(language)]
    for question_type in ordered:
        sheet = book.create_sheet(_sheet_name(question_type, language))
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = _BOLD
        for row in by_type[question_type]:
            sheet.append([_clean(value) for value in row.cells()])
        for column, width in enumerate(_WIDTHS, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
    with atomic_path(out) as temporary:
        book.save(temporary)
    return []
