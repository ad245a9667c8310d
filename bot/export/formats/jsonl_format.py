"""JSONL: one JSON object per answer, UTF-8, fixed English keys (for tools, not people).

Keys: respondent, dialogue, version, question_id, question, type, answer, date (YYYY-MM-DD,
Amsterdam), municipality, age_band. ``null`` means not answered; the suppression marker means
hidden by k-anonymity.
"""

from __future__ import annotations

import json
from pathlib import Path

from bot.export.atomic import atomic_path
from bot.export.document import ExportDocument


def write(document: ExportDocument, out: Path) -> list[Path]:
    with atomic_path(out) as temporary, temporary.open("w", encoding="utf-8", newline="\n") as f:
        for row in document.rows:
            f.write(json.dumps(row.as_json(), ensure_ascii=False))
            f.write("\n")
    return []
