"""What every command of the command line shares: its parser, one-line usage errors, and the
types of its arguments."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any, NoReturn

from bot.storage.database import row_id

EXIT_USAGE = 2

Commands = Any
"""What ``ArgumentParser.add_subparsers`` returns (argparse does not name its type)."""


class UsageError(Exception):
    """Wrong arguments: one plain line, exit code 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def port(raw: str) -> int:
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a port number")
    return int(raw)


def date_argument(raw: str) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a date like 2026-11-25") from None


def positive(raw: str) -> int:
    if not raw.isdigit() or int(raw) < 1:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a whole number above 0")
    return int(raw)


def telegram_id(raw: str) -> int:
    user_id = row_id(raw)
    if user_id is None:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a Telegram user id")
    return user_id
