"""The stand-in's event log: every change is an event with a sequence number.

Events are JSON objects ``{"seq", "type", "chat_id", "time", ...}``. They are kept (bounded)
for replay, pushed to live subscribers (the Server-Sent Events stream), and wake anything
waiting for a change (long-polling ``getUpdates``, the control interface's waits).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import Callable
from typing import Any

Event = dict[str, Any]


class EventLog:
    def __init__(self, keep: int = 10_000) -> None:
        self.seq = 0
        self.closed = False
        self._history: deque[Event] = deque(maxlen=keep)
        self._subscribers: set[asyncio.Queue[Event | None]] = set()
        self._changed = asyncio.Event()

    def emit(self, type_: str, chat_id: int | None = None, **data: Any) -> Event:
        self.seq += 1
        event: Event = {"seq": self.seq, "type": type_, "chat_id": chat_id, "time": time.time()}
        event.update(data)
        self._history.append(event)
        for queue in self._subscribers:
            queue.put_nowait(event)
        self.poke()
        return event

    def poke(self) -> None:
        """Wake every waiter so it re-checks its condition."""
        self._changed.set()
        self._changed = asyncio.Event()

    def since(self, seq: int) -> list[Event]:
        return [event for event in self._history if event["seq"] > seq]

    def subscribe(self) -> asyncio.Queue[Event | None]:
        queue: asyncio.Queue[Event | None] = asyncio.Queue()
        self._subscribers.add(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue[Event | None]) -> None:
        self._subscribers.discard(queue)

    def close(self) -> None:
        """End all streams and waits (the server is stopping)."""
        self.closed = True
        for queue in self._subscribers:
            queue.put_nowait(None)
        self.poke()

    def reopen(self) -> None:
        self.closed = False

    def clear(self) -> None:
        self._history.clear()

    async def wait_for(
        self, predicate: Callable[[], bool], within: float, *, recheck: float | None = None
    ) -> bool:
        """Wait until ``predicate()`` holds (checked after every change, and every ``recheck``
        seconds for time-based conditions); False on timeout or when the log is closed."""
        deadline = time.monotonic() + within
        while True:
            if predicate():
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self.closed:
                return False
            changed = self._changed
            wait = remaining if recheck is None else min(remaining, recheck)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), wait)
