"""Spreadsheet safety: text that a spreadsheet would run as a formula is defused.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (or their
full-width forms) gets a leading single quote ``'``, so Excel and LibreOffice show it as
text instead of evaluating it (CSV/formula injection). Negative numbers typed as answers
("-3") therefore read "'-3" in CSV and XLSX; JSONL and Markdown are not touched.
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def neutralise(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_START) else value


def safe_cells(cells: tuple[str | int, ...]) -> list[str | int]:
    return [neutralise(c) if isinstance(c, str) else c for c in cells]
