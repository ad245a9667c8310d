"""A file's problems as lines of a Telegram message: one per problem, with its line."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from bot.dialogues.problems import WARNING, Problem
from bot.i18n import Translator

SHOWN_PROBLEMS = 25


def _where(t: Translator, problem: Problem, *, with_file: bool) -> str:
    place = f"{problem.file.name}, " if with_file else ""
    if problem.line is None:
        return place.removesuffix(", ")
    return place + t.gettext("line {line}", line=problem.line)


def problem_lines(
    t: Translator, problems: Sequence[Problem], *, with_file: bool = False, budget: int = 2800
) -> list[str]:
    """One line per problem, as many as fit in ``budget`` characters (a Telegram message
    holds 4096); the rest counted."""
    lines: list[str] = []
    used = 0
    for problem in problems[:SHOWN_PROBLEMS]:
        sentence = problem.sentence(t.gettext)
        if problem.warning:
            sentence = t.gettext(WARNING, sentence=sentence)
        where = _where(t, problem, with_file=with_file)
        line = (
            f"• <b>{escape(where, quote=False)}</b>: {escape(sentence, quote=False)}"
            if where
            else f"• {escape(sentence, quote=False)}"
        )
        if lines and used + len(line) > budget:
            break
        lines.append(line)
        used += len(line) + 1
    if len(problems) > len(lines):
        hidden = len(problems) - len(lines)
        lines.append(t.ngettext("… and {n} more.", "… and {n} more.", hidden))
    return lines
