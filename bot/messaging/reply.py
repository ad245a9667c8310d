"""What the bot says, as plain data: the domain returns a Reply, a handler sends it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bot.messaging.actions import Action


@dataclass(frozen=True)
class Button:
    """A button under a message: it sends ``action`` back when pressed, or opens ``url``."""

    label: str
    action: Action | None = None
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
    earlier_message: int | None = None
    """Change this earlier message of the chat (not a new one, not the pressed one). With
    ``buttons_only`` only its buttons become ``buttons`` (none: they are taken off) and
    ``text`` is not used — e.g. a question that is shown again below loses its old buttons.
    The message may be gone; then nothing happens."""
    buttons_only: bool = False
    on_shown: Callable[[int], Awaitable[None]] | None = field(default=None, compare=False)
    """Called with the id of the message that shows this reply, once it is sent (so the
    domain can change that message later). Not kept in the outbox."""


@dataclass(frozen=True)
class Outcome:
    """What a step of a feature gives back: the replies to send, a short notice on the
    pressed button (if any), and ``later``: slow work whose replies follow once these are
    shown (an export: "this takes a minute", then the file)."""

    replies: list[Reply] = field(default_factory=list)
    notice: str | None = None
    later: Callable[[], Awaitable[list[Reply]]] | None = field(default=None, compare=False)


def take_buttons_off(message_id: int) -> Reply:
    """A reply that only removes the buttons of an earlier message."""
    return Reply(text="", earlier_message=message_id, buttons_only=True)


def rows(*rows_: tuple[Button, ...] | list[Button]) -> tuple[tuple[Button, ...], ...]:
    return tuple(tuple(row) for row in rows_ if row)
