"""Everything a handler needs, built once at start-up and passed in through PTB's bot_data."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.config import Settings
from bot.dialogue_admin.previews import Previews
from bot.dialogues.catalog import DialogueCatalog
from bot.i18n import Catalogs
from bot.messaging.callback_codec import CallbackCodec
from bot.runtime.keys import Keys
from bot.sessions.quotes import QuoteScrubber
from bot.storage.database import Database


@dataclass
class BotIdentity:
    """Who the bot is on Telegram: known once the Application asked (getMe) at start-up."""

    username: str = ""


@dataclass(frozen=True)
class Services:
    settings: Settings
    db: Database
    catalogs: Catalogs
    codec: CallbackCodec
    keys: Keys
    """The one place to ask for a key: ``services.keys.for_purpose(label)``
    (bot/runtime/keys.py)."""
    dialogues: DialogueCatalog
    quotes: QuoteScrubber = field(default_factory=QuoteScrubber)
    """Scrubs participants' answers before the chat shows them."""
    previews: Previews = field(default_factory=Previews)
    """Staff walking through an uploaded dialogue: in memory only, nothing stored."""
    me: BotIdentity = field(default_factory=BotIdentity)
    """The bot's @username for links (set by :mod:`bot.runtime.runner` after start-up)."""

    @property
    def bot_username(self) -> str:
        return self.me.username
