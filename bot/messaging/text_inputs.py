"""Typed messages a feature asked for (an idea, an answer to a session prompt).

A feature sets ``citizens.awaiting`` to ``"<kind>"`` or ``"<kind>:<argument>"`` and
registers a handler for ``kind``; the next typed message goes there instead of to the
current dialogue. Any command clears ``awaiting`` (the citizen changed their mind).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.messaging.reply import Reply
from bot.people.visitor import Visitor
from bot.services import Services

TextInputHandler = Callable[[Services, Visitor, str, str], Awaitable[list[Reply]]]
"""(services, visitor, argument, text) → replies."""


class TextInputs:
    def __init__(self) -> None:
        self._handlers: dict[str, TextInputHandler] = {}

    def register(self, kind: str, handler: TextInputHandler) -> None:
        self._handlers[kind] = handler

    def find(self, awaiting: str | None) -> tuple[TextInputHandler, str] | None:
        if not awaiting:
            return None
        kind, _, argument = awaiting.partition(":")
        handler = self._handlers.get(kind)
        return (handler, argument) if handler is not None else None
