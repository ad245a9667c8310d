"""What is wrong with a dialogue file, said so that staff can fix it.

A :class:`Problem` carries an English gettext msgid with ``{placeholders}`` (marked with
``N_`` where it is raised) and the values for them; :meth:`Problem.describe` translates first
and fills in afterwards, so translators see the placeholders.

A problem is an error (the bot refuses to start) unless it is a ``warning``: something worth
fixing that does not stop the bot, such as a prompt that repeats the bot's own hint.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from bot.i18n import N_

ParamValue = str | int
Translate = Callable[[str], str]

WARNING: Final = N_("warning: {sentence}")


@dataclass(frozen=True)
class Problem:
    """One problem in one file; ``line`` is 1-based, ``None`` when it concerns the whole file.
    ``warning``: worth fixing, but the file is still valid."""

    file: Path
    line: int | None
    message: str
    params: Mapping[str, ParamValue] = field(default_factory=dict)
    warning: bool = False

    def sentence(self, gettext: Translate = str) -> str:
        """The message, translated with ``gettext`` and with its parameters filled in."""
        return gettext(self.message).format(**self.params)

    def describe(self, gettext: Translate = str) -> str:
        """``"dialogen/x.yaml:12: The question type 'txt' is unknown…"``; a warning says so
        (``"dialogen/x.yaml:12: warning: …"``)."""
        where = f"{self.file}:{self.line}" if self.line is not None else f"{self.file}"
        sentence = self.sentence(gettext)
        if self.warning:
            sentence = gettext(WARNING).format(sentence=sentence)
        return f"{where}: {sentence}"

    def sort_key(self) -> tuple[str, int, str]:
        return (str(self.file), self.line or 0, self.message)


class DialogueFileError(Exception):
    """One or more dialogue files are invalid; ``problems`` lists every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(sorted(problems, key=Problem.sort_key))
        super().__init__("\n".join(problem.describe() for problem in self.problems))

    def describe(self, gettext: Translate = str) -> str:
        """Every problem, one per line, translated."""
        return "\n".join(problem.describe(gettext) for problem in self.problems)
