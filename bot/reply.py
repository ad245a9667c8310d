"""What the bot says, as plain data: the domain returns a Reply, a handler sends it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Button:
    label: str
    action: str | None = None
    args: tuple[str | int, ...] = ()
    url: str | None = None


@dataclass(frozen=True)
class Document:
    filename: str
    content: bytes
    caption: str = ""


@dataclass(frozen=True)
class Reply:
    """A message (HTML formatted) with inline buttons, in rows; optionally a file."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    document: Document | None = None
    photo: bytes | None = None
    replace: bool = field(default=False)
    """Edit the message whose button was pressed instead of sending a new one."""
    commands: tuple[tuple[str, str], ...] | None = None
    """The person's command menu changed (language, role): these commands, with descriptions,
    become Telegram's menu for this chat once the message is sent."""


def rows(*rows_: tuple[Button, ...] | list[Button]) -> tuple[tuple[Button, ...], ...]:
    return tuple(tuple(row) for row in rows_ if row)
