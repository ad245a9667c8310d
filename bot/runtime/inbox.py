"""The durable inbox: no update is lost when the bot is killed.

python-telegram-bot's own updater confirms a ``getUpdates`` offset before the handlers
run, so a crash would silently drop the updates in flight. Instead:

* :meth:`DurableInbox.fetch` asks Telegram for updates, stores each one (raw JSON, keyed
  by ``update_id``) in one transaction, and only *then* asks for the next offset — which
  is what confirms the previous batch to Telegram;
* :meth:`DurableInbox.consume` feeds stored updates, oldest first, to
  ``application.process_update`` — one lane per chat so a chat's updates stay in order
  while different chats do not wait for each other — and marks each one done afterwards.

At start-up the updates stored but not done are processed first. A repeated delivery of
an update is ignored because ``update_id`` is the primary key.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from typing import Any

from telegram import Update
from telegram.error import InvalidToken, RetryAfter, TelegramError
from telegram.ext import Application

from bot.storage import inbox
from bot.storage.database import Database

log = logging.getLogger("bot.inbox")

POLL_TIMEOUT = 10
PARSED_KEPT = 10_000
IDLE_WAIT = 1.0


def chat_of(update: Update) -> int | None:
    chat = update.effective_chat
    if chat is not None:
        return chat.id
    user = update.effective_user
    return user.id if user is not None else None


class DurableInbox:
    def __init__(
        self,
        db: Database,
        application: Application[Any, Any, Any, Any, Any, Any],
        *,
        max_lanes: int = 64,
        poll_timeout: int = POLL_TIMEOUT,
    ) -> None:
        self._db = db
        self._application = application
        self._poll_timeout = poll_timeout
        self._arrived = asyncio.Event()
        self._lanes: dict[int | None, asyncio.Queue[inbox.StoredUpdate]] = {}
        self._lane_tasks: dict[int | None, asyncio.Task[None]] = {}
        self._slots = asyncio.Semaphore(max_lanes)
        # Updates stored by this process, kept parsed so they need not be parsed again; after
        # a restart they come from their stored JSON.
        self._parsed: dict[int, Update] = {}
        self.processed = 0

    async def store(self, updates: list[Update]) -> None:
        """Write updates to the inbox (used by polling and by the webhook)."""
        if not updates:
            return
        await inbox.store(self._db, [(u.update_id, chat_of(u), u.to_dict()) for u in updates])
        if len(self._parsed) > PARSED_KEPT:  # e.g. repeats that are never processed again
            self._parsed.clear()
        for update in updates:
            self._parsed[update.update_id] = update
        self._arrived.set()

    async def fetch(self, stop: asyncio.Event) -> None:
        """Long-poll until ``stop`` is set; each update is stored before it is confirmed."""
        bot = self._application.bot
        await bot.delete_webhook()  # polling and a webhook exclude each other
        offset = await inbox.highest_update_id(self._db) + 1
        backoff = 1.0
        while not stop.is_set():
            poll = asyncio.ensure_future(
                bot.get_updates(
                    offset=offset, timeout=self._poll_timeout, allowed_updates=Update.ALL_TYPES
                )
            )
            stopping = asyncio.ensure_future(stop.wait())
            await asyncio.wait({poll, stopping}, return_when=asyncio.FIRST_COMPLETED)
            stopping.cancel()
            if not poll.done():
                # Stopping: drop the open long poll. What it would have brought is not
                # confirmed, so Telegram delivers it again on the next start.
                poll.cancel()
                with contextlib.suppress(asyncio.CancelledError, TelegramError):
                    await poll
                return
            try:
                updates = poll.result()
            except InvalidToken:
                raise
            except RetryAfter as error:
                await _sleep_or_stop(stop, _seconds(error.retry_after))
                continue
            except TelegramError as error:
                log.warning("getUpdates failed (%s); trying again in %.0f s", error, backoff)
                await _sleep_or_stop(stop, backoff)
                backoff = min(backoff * 2, 30.0)
                continue
            backoff = 1.0
            if updates:
                await self.store(list(updates))
                offset = updates[-1].update_id + 1

    async def consume(self, stop: asyncio.Event) -> None:
        """Process stored updates until ``stop`` is set; then finish the ones in hand."""
        last_dispatched = 0
        while not stop.is_set():
            self._arrived.clear()
            batch = await inbox.pending(self._db, after=last_dispatched)
            for stored in batch:
                await self._dispatch(stored)
                last_dispatched = stored.update_id
            if not batch:
                await _wait_either(self._arrived, stop, IDLE_WAIT)
        await self.drain()

    async def drain(self) -> None:
        """Wait until every dispatched update is processed."""
        for queue in list(self._lanes.values()):
            await queue.join()
        for task in self._lane_tasks.values():
            task.cancel()
        self._lane_tasks.clear()
        self._lanes.clear()

    async def _dispatch(self, stored: inbox.StoredUpdate) -> None:
        queue = self._lanes.get(stored.chat_id)
        if queue is None:
            queue = asyncio.Queue()
            self._lanes[stored.chat_id] = queue
            self._lane_tasks[stored.chat_id] = asyncio.create_task(
                self._lane(stored.chat_id, queue), name=f"inbox-lane-{stored.chat_id}"
            )
        queue.put_nowait(stored)

    async def _lane(self, chat_id: int | None, queue: asyncio.Queue[inbox.StoredUpdate]) -> None:
        while True:
            stored = await queue.get()
            try:
                async with self._slots:
                    await self._process(stored)
            finally:
                queue.task_done()
            if queue.empty():
                # Retire an idle lane so thousands of chats do not keep thousands of tasks.
                self._lanes.pop(chat_id, None)
                self._lane_tasks.pop(chat_id, None)
                return

    async def _process(self, stored: inbox.StoredUpdate) -> None:
        application = self._application
        try:
            update = self._parsed.pop(stored.update_id, None) or Update.de_json(
                json.loads(stored.payload), application.bot
            )
            await application.process_update(update)
        except Exception:
            # process_update hands handler errors to the error handler; this is a failure of
            # PTB itself or of a malformed payload. Mark it done so it cannot block the chat.
            log.exception("update %s could not be processed", stored.update_id)
        await inbox.mark_done(self._db, stored.update_id)
        self.processed += 1


def _seconds(value: object) -> float:
    total = getattr(value, "total_seconds", None)
    return float(total()) if callable(total) else float(value)  # type: ignore[arg-type]


async def _sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)


async def _wait_either(first: asyncio.Event, second: asyncio.Event, seconds: float) -> None:
    waiters = [asyncio.create_task(first.wait()), asyncio.create_task(second.wait())]
    try:
        await asyncio.wait(waiters, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
