"""The buttons of ideas (wire names as in earlier versions: ``idea_…``), and where a shown
idea came from (:class:`View`), which its buttons carry."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Self

from bot.ideas.store import Sort
from bot.messaging.actions import Action, action

_SORT_CODES: dict[Sort, str] = {"new": "n", "support": "s"}


@dataclass(frozen=True)
class View:
    """Where a shown idea came from: the list (in an order, at a position) or a link."""

    sort: Sort | None = "new"
    offset: int = 0

    @property
    def code(self) -> str:
        return "o" if self.sort is None else f"{_SORT_CODES[self.sort]}{self.offset}"

    def to_wire(self) -> str:
        return self.code

    @classmethod
    def from_wire(cls, text: str) -> Self | None:
        if text == "o":
            return cls(None)
        sorts = {letter: sort for sort, letter in _SORT_CODES.items()}
        sort = sorts.get(text[:1])
        if sort is None or not text[1:].isascii() or not text[1:].isdigit():
            return None
        return cls(sort, int(text[1:]))


class ModerationStep(StrEnum):
    APPROVE = "a"
    ASK_REASON = "r"
    LATER = "l"
    BACK = "b"


@action("idea_new")
@dataclass(frozen=True)
class NewIdea(Action):
    pass


@action("idea_theme")
@dataclass(frozen=True)
class ChooseTheme(Action):
    index: int


@action("idea_send")
@dataclass(frozen=True)
class SendIdea(Action):
    pass


@action("idea_edit")
@dataclass(frozen=True)
class EditIdea(Action):
    pass


@action("idea_cancel")
@dataclass(frozen=True)
class CancelIdea(Action):
    pass


@action("idea_list")
@dataclass(frozen=True)
class Browse(Action):
    view: View


@action("idea_sup")
@dataclass(frozen=True)
class Support(Action):
    """Support the idea (``wanted``) or withdraw support: explicit, so pressing twice or a
    replayed update changes nothing."""

    idea_id: int
    wanted: bool
    view: View


@action("idea_mine")
@dataclass(frozen=True)
class MyIdeas(Action):
    pass


@action("idea_mod")
@dataclass(frozen=True)
class Moderate(Action):
    idea_id: int
    step: ModerationStep


@action("idea_rej")
@dataclass(frozen=True)
class Reject(Action):
    idea_id: int
    reason: int
    """The index of the reason in :data:`bot.ideas.screens.REASONS`."""
