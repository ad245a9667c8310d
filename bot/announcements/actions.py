"""The buttons of announcements: send the previewed one (staff), and the news switch."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from bot.messaging.actions import Action, Words, action


@action("ann")
@dataclass(frozen=True)
class SendAnnouncement(Action):
    announcement_id: int
    send: Annotated[bool, Words("send", "cancel")]


@action("news")
@dataclass(frozen=True)
class News(Action):
    """News on or off (in /instellingen): explicit, so a replay changes nothing."""

    wanted: Annotated[bool, Words("on", "off")]
