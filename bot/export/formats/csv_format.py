"""CSV: UTF-8 with a byte-order mark (so Excel reads the accents), one row per answer.

Comma-separated (RFC 4180); Dutch Excel opens it best via Data > From Text/CSV — or use
the XLSX format. Column headers are in the export language.
"""

from __future__ import annotations

import csv
from pathlib import Path

from bot.export.atomic import atomic_path
from bot.export.document import ExportDocument
from bot.export.formats.cells import neutralise, safe_cells
from bot.export.labels import headers


def write(document: ExportDocument, out: Path) -> list[Path]:
    with atomic_path(out) as temporary, temporary.open("w", encoding="utf-8-sig", newline="") as f:
        rows = csv.writer(f)
        rows.writerow([neutralise(h) for h in headers(document.language)])
        for row in document.rows:
            rows.writerow(safe_cells(row.cells()))
    return []
