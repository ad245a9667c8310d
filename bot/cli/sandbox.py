"""``doetmee sandbox``: the bot, a local Bot API stand-in and a chat page in the browser."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from bot.cli.arguments import (
    Commands,
    UsageError,
    port,
)
from bot.config import Settings


def add(commands: Commands) -> None:
    sandbox = commands.add_parser(
        "sandbox", help="try the bot in a browser: the bot, a local Bot API stand-in, a chat page"
    )
    sandbox.add_argument("--port", type=port, default=8080, help="port on 127.0.0.1 (8080)")
    sandbox.add_argument(
        "--dialogues", type=Path, metavar="PATH", help="folder of dialogue files to try"
    )
    sandbox.add_argument(
        "--database",
        type=Path,
        metavar="PATH",
        help="keep the data in this file (default: a throw-away one)",
    )
    sandbox.set_defaults(handler=_sandbox)


def _sandbox(args: argparse.Namespace, settings: Settings) -> int:
    import dataclasses
    import shutil
    import tempfile

    from bot.runtime import logging_setup, runner
    from bot.sandbox.run import run_sandbox

    if args.dialogues is not None and not args.dialogues.is_dir():
        raise UsageError(f"doetmee sandbox: {args.dialogues} is not a folder")
    if args.database is not None and not args.database.parent.is_dir():
        raise UsageError(f"doetmee sandbox: the folder {args.database.parent} does not exist")
    logging_setup.configure(None, log_format=settings.log_format)

    def ready(url: str) -> None:
        print(f"The sandbox is running: open {url} in your browser. Stop with Ctrl-C.", flush=True)

    with tempfile.TemporaryDirectory(prefix="doetmee-sandbox-") as scratch:
        # Without --dialogues, a throw-away copy: files sent to /dialogen in the sandbox
        # must not change the shipped dialogues.
        dialogues = args.dialogues
        if dialogues is None:
            dialogues = Path(scratch) / "dialogen"
            shutil.copytree(settings.dialogues, dialogues)
        chosen = dataclasses.replace(
            settings,
            database=args.database or Path(scratch) / "sandbox.sqlite3",
            dialogues=dialogues,
        )

        async def main() -> None:
            stop = asyncio.Event()
            runner.stop_on_signals(stop)
            await run_sandbox(chosen, port=args.port, ready=ready, stop=stop)

        try:
            asyncio.run(main())
        except OSError as error:
            raise UsageError(
                f"doetmee sandbox: cannot serve on port {args.port}: {error.strerror}"
            ) from None
    return 0
