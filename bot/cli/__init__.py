"""The command line: ``doetmee`` (also ``python -m bot``), one module per command; at the root of
the package because ``pyproject.toml`` names :func:`main` as the program."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from bot.cli import backup, dialogues, events, export, restore, roles, run, sandbox, status
from bot.cli.arguments import EXIT_USAGE, Parser, UsageError
from bot.config import ConfigError, Settings, load_settings, read_environment
from bot.dialogues.problems import DialogueFileError
from bot.storage.database import DatabaseError

COMMANDS = (run, sandbox, status, roles, dialogues, export, events, backup, restore)
"""In the order ``doetmee --help`` lists them."""


def build_parser() -> Parser:
    parser = Parser(
        prog="doetmee",
        description="The Telegram bot of Overijssel doet mee!",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    commands.required = True
    for command in COMMANDS:
        command.add(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    settings: Settings | None = None
    try:
        args = parser.parse_args(argv)
        settings = load_settings(read_environment())
        handler: Callable[[argparse.Namespace, Settings], int] = args.handler
        return handler(args, settings)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except ConfigError as error:
        print(f"doetmee: configuration: {error}", file=sys.stderr)
        return EXIT_USAGE
    except DialogueFileError as error:
        from bot.i18n import load_translations

        t = load_translations(settings.locale).get(settings.locale)
        print(
            "doetmee: " + t.gettext("the dialogue files have problems; the bot does not start."),
            file=sys.stderr,
        )
        print(error.describe(t.gettext), file=sys.stderr)
        return 1
    except DatabaseError as error:
        print(f"doetmee: database: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
