"""The buttons of the citizen's settings: the language (the news switch: announcements)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.messaging.actions import Action, action


@action("lang")
@dataclass(frozen=True)
class ChooseLanguage(Action):
    code: str
