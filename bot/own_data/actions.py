"""The buttons of /vergeetmij."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from bot.messaging.actions import Action, Words, action


@action("erase")
@dataclass(frozen=True)
class Erase(Action):
    now: Annotated[bool, Words("yes", "no")]
