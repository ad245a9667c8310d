"""A file someone sent the bot (a document), as the domain sees it: its name, size and type
as Telegram gave them, and a way to fetch its bytes — only when the feature wants them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field


class FileUnavailable(Exception):
    """Telegram would not give the file (too big to download, gone); nothing was read."""


@dataclass(frozen=True)
class IncomingFile:
    file_name: str
    size: int | None
    """In bytes, as Telegram says; None when it did not say."""
    mime_type: str | None
    fetch: Callable[[], Awaitable[bytes]] = field(compare=False, repr=False)
    """The file's bytes; raises :class:`FileUnavailable`."""
