"""Refresh the gettext catalogs after changing user-facing strings.

    python scripts/update_catalogs.py

Extracts every msgid from ``bot/`` into ``locales/messages.pot``, merges it into the ``nl``
and ``en`` catalogs, and fills empty English entries with the msgid (our msgids are
English). New Dutch entries stay empty: ``tests/test_catalogs.py`` fails until they are
translated.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"


def pybabel(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", *args], check=True, cwd=ROOT)


def fill_english(po_path: Path) -> int:
    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale="en")
    filled = 0
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            if not all(message.string):
                message.string = message.id
                filled += 1
        elif not message.string:
            message.string = message.id
            filled += 1
        message.flags.discard("fuzzy")
    with po_path.open("wb") as handle:
        write_po(handle, catalog, width=100, omit_header=False, sort_output=True)
    return filled


def rewrap(po_path: Path, locale: str) -> None:
    """Write a catalog as fill_english does (width 100, sorted), so branches merge cleanly."""
    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale=locale)
    with po_path.open("wb") as handle:
        write_po(handle, catalog, width=100, omit_header=False, sort_output=True)


def main() -> None:
    pot = LOCALES / "messages.pot"
    pybabel(
        "extract",
        "-F",
        "babel.cfg",
        "-k",
        "N_",
        "--no-location",
        "--sort-output",
        "--omit-header",
        "-o",
        str(pot),
        ".",
    )
    pybabel(
        "update", "-i", str(pot), "-d", str(LOCALES), "--no-fuzzy-matching", "--ignore-obsolete"
    )
    filled = fill_english(LOCALES / "en" / "LC_MESSAGES" / "messages.po")
    rewrap(LOCALES / "nl" / "LC_MESSAGES" / "messages.po", "nl")
    print(f"catalogs updated; {filled} English entries filled from their msgid")


if __name__ == "__main__":
    main()
