"""A message of the bot (Telegram's HTML) as plain text, for files people read elsewhere."""

from __future__ import annotations

import re
from html import unescape

_TAG = re.compile(r"<[^>]*>")


def from_html(text: str) -> str:
    """``<b>Morgen:</b> Statenspel &amp; debat`` → ``Morgen: Statenspel & debat``."""
    return unescape(_TAG.sub("", text))
