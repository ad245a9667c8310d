"""``doetmee dialogues check``: every problem in the dialogue files."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.cli.arguments import (
    Commands,
    Parser,
)
from bot.config import Settings


def add(commands: Commands) -> None:
    dialogues = commands.add_parser("dialogues", help="work with the dialogue files")
    dialogue_actions = dialogues.add_subparsers(
        dest="action", metavar="ACTION", parser_class=Parser
    )
    dialogue_actions.required = True
    check = dialogue_actions.add_parser("check", help="report every problem in dialogue files")
    check.add_argument(
        "path",
        nargs="?",
        type=Path,
        metavar="PATH",
        help="a dialogue file or folder (default: DOETMEE_DIALOGUES)",
    )
    check.set_defaults(handler=_check_dialogues)


def _check_dialogues(args: argparse.Namespace, settings: Settings) -> int:
    from bot.dialogues.loader import check
    from bot.i18n import load_translations

    path: Path = args.path or settings.dialogues
    checked = check(path)
    t = load_translations(settings.locale).get(settings.locale)
    for problem in checked.everything:
        print(problem.describe(t.gettext))
    problems, warnings = len(checked.problems), len(checked.warnings)
    if problems:
        print(t.ngettext("{n} problem found.", "{n} problems found.", problems))
    if warnings:
        print(
            t.ngettext(
                "{n} warning: the bot starts, but it is worth fixing.",
                "{n} warnings: the bot starts, but they are worth fixing.",
                warnings,
            )
        )
    if problems:
        return 1
    if warnings:
        return 0
    print(t.gettext("All dialogue files in {path} are fine.", path=path))
    return 0
