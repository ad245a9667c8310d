"""The person an update comes from, as the domain sees them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.i18n import Translator
from bot.storage.citizens import Citizen


@dataclass(frozen=True)
class Visitor:
    user_id: int
    chat_id: int
    citizen: Citizen
    t: Translator
    update_id: int = 0
    first_name: str | None = None
    last_name: str | None = None
    message_id: int | None = None
    """The message whose button was pressed (None for a typed message or command)."""
    message_sent_at: datetime | None = None
    """When that message was sent (a message older than the citizen was made for someone who
    erased their data since)."""
