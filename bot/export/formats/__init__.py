"""Format writers: one module per format, each ``write(document, out) -> extra files``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.export.document import ExportDocument

Writer = Callable[[ExportDocument, Path], list[Path]]


def writer(format_name: str) -> Writer:
    """The writer of ``format_name`` (imported lazily: openpyxl and matplotlib are heavy)."""
    if format_name == "csv":
        from bot.export.formats import csv_format

        return csv_format.write
    if format_name == "jsonl":
        from bot.export.formats import jsonl_format

        return jsonl_format.write
    if format_name == "xlsx":
        from bot.export.formats import xlsx_format

        return xlsx_format.write
    if format_name == "md":
        from bot.export.formats import md_format

        return md_format.write
    raise ValueError(f"unknown format {format_name!r}")
