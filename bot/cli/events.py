"""``doetmee events import``: events from a YAML or CSV file."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from bot.cli.arguments import (
    Commands,
    Parser,
    UsageError,
)
from bot.config import Settings


def add(commands: Commands) -> None:
    events = commands.add_parser("events", help="work with the events of the agenda")
    event_actions = events.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    event_actions.required = True
    event_import = event_actions.add_parser(
        "import", help="add or update events from a YAML or CSV file (by id)"
    )
    event_import.add_argument("file", type=Path, metavar="FILE")
    event_import.set_defaults(handler=_import_events)


def _import_events(args: argparse.Namespace, settings: Settings) -> int:
    from bot.events.file_import import import_events, report_lines
    from bot.i18n import load_translations
    from bot.storage.database import open_database

    if not args.file.is_file():
        raise UsageError(f"doetmee events import: there is no file {args.file}")
    catalogs = load_translations(settings.locale)

    async def main():
        db = await open_database(settings.database)
        try:
            return await import_events(db, args.file, settings.timezone, catalogs=catalogs)
        finally:
            await db.close()

    result = asyncio.run(main())
    for line in report_lines(result, catalogs.get(settings.locale)):
        print(line)
    return 0 if result.ok else 1
