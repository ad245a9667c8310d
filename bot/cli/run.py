"""``doetmee run``: the bot itself (long polling, or the webhook when configured)."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.cli.arguments import (
    Commands,
)
from bot.config import ConfigError, Settings


def add(commands: Commands) -> None:
    run = commands.add_parser("run", help="run the bot (long polling, or webhook when configured)")
    run.set_defaults(handler=_run)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from telegram.error import InvalidToken, NetworkError

    from bot.runtime import logging_setup, runner

    token = settings.require_token()
    logging_setup.configure(token, log_format=settings.log_format)

    async def main() -> None:
        stop = asyncio.Event()
        runner.stop_on_signals(stop)
        await runner.serve(settings, token, stop)

    try:
        asyncio.run(main())
    except InvalidToken:
        raise ConfigError("TELEGRAM_BOT_TOKEN", "Telegram does not accept this token") from None
    except NetworkError as error:  # also TimedOut: Telegram (or the stand-in) is not reachable
        print(
            f"doetmee: cannot reach the Bot API at {settings.api_url} (DOETMEE_API_URL): "
            f"{error.message}",
            file=sys.stderr,
        )
        return 1
    return 0
