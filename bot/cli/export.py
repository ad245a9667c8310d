"""``doetmee export``: anonymised answers for the verhalenreeks or for reports."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.cli.arguments import (
    Commands,
    UsageError,
    date_argument,
    positive,
)
from bot.config import Settings


def add(commands: Commands) -> None:
    export = commands.add_parser(
        "export", help="anonymised answers for the verhalenreeks or for reports"
    )
    export.add_argument("--dialogue", required=True, metavar="ID", help="dialogue id")
    export.add_argument("--since", type=date_argument, metavar="YYYY-MM-DD", help="first day")
    export.add_argument("--until", type=date_argument, metavar="YYYY-MM-DD", help="last day")
    export.add_argument(
        "--purpose",
        choices=("verhalenreeks", "analyse"),
        default="analyse",
        help="verhalenreeks: only answers their author allowed to quote; analyse: all",
    )
    export.add_argument("--format", required=True, choices=("csv", "jsonl", "xlsx", "md"))
    export.add_argument("--out", required=True, type=Path, metavar="PATH")
    export.add_argument(
        "--k",
        type=positive,
        default=10,
        metavar="N",
        help="suppress demographic cells shared by fewer than N respondents (10)",
    )
    export.add_argument("--language", choices=("nl", "en"), default=None)
    export.add_argument(
        "--stable-pseudonyms",
        action="store_true",
        help="the same pseudonym for a citizen in every export made with this option, to "
        "follow answers over time; such files can be joined (see the README); audited. "
        "Without it every export has pseudonyms of its own",
    )
    export.set_defaults(handler=_export)


def _export(args: argparse.Namespace, settings: Settings) -> int:
    from bot.cli.progress_bar import ProgressBar
    from bot.export import ExportError
    from bot.export import runs as export_runs
    from bot.export.scrub import deduce_cache

    if not settings.database.exists():
        raise UsageError(f"doetmee export: there is no database at {settings.database}")
    order = export_runs.ExportOrder(
        dialogue_id=args.dialogue,
        purpose=args.purpose,
        format=args.format,
        out=args.out,
        since=args.since,
        until=args.until,
        k=args.k,
        language=args.language or settings.locale,
        stable_pseudonyms=args.stable_pseudonyms,
    )
    bar = ProgressBar(sys.stderr)
    if not deduce_cache.is_ready():
        print("preparing the scrubber once after installing (about 1.5 minutes)…", file=sys.stderr)
    try:
        summary = export_runs.run_blocking(settings, order, bar.update)
    except ExportError as error:
        raise UsageError(f"doetmee export: {error}") from None
    bar.finish()
    scrubbed = ", ".join(f"{kind} {n}" for kind, n in sorted(summary.scrubbed.items()) if n)
    print(f"written: {summary.out}")
    for extra in summary.extra_files:
        print(f"  with: {extra}")
    print(f"respondents: {summary.respondents}")
    print(f"answers: {summary.answers}")
    print(f"scrubbed: {scrubbed or 'nothing'}")
    print(f"cells suppressed (k={args.k}): {summary.suppressed_cells}")
    if args.stable_pseudonyms:
        print("pseudonyms: stable (the same in every export with --stable-pseudonyms)")
    else:
        print("pseudonyms: new for this file (it cannot be joined with other exports)")
    where = "marked [check: …] in the draft" if args.format == "md" else "the md draft marks them"
    print(
        f"spots to check: {summary.marks} ({where}; an editor looks at every one "
        "before anything is published)"
    )
    return 0
