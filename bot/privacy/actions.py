"""The buttons of withdrawing consent (in /instellingen)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.messaging.actions import Action, action


class WithdrawStep(StrEnum):
    ASK = "ask"
    """What withdrawing will do, and the question."""
    YES = "yes"
    NO = "no"


@action("withdraw")
@dataclass(frozen=True)
class Withdraw(Action):
    step: WithdrawStep
