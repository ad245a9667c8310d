"""Messages the bot sends on its own: queued in the database, delivered by a JobQueue job.

Features call :func:`queue` (in the same step that decides to send, with a ``dedupe_key``
such as ``reminder:<event>:<citizen>:24h`` so that deciding twice queues once). The sender
delivers due messages in order, retries after Telegram's ``retry_after`` or a network error,
and gives up on a chat that blocked the bot (marking the citizen inactive; a broadcast counts
it as blocked). A message is
marked sent right after Telegram accepted it; only a crash in between can repeat one.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.messaging import delivery, reply_json
from bot.messaging.callback_codec import CallbackCodec
from bot.messaging.reply import Reply
from bot.storage import citizens
from bot.storage import outbox as store
from bot.storage.database import Database

log = logging.getLogger("bot.outbox")
MAX_ATTEMPTS = 6
INTERVAL_SECONDS = 1.0


async def queue(
    db: Database,
    chat_id: int,
    reply: Reply,
    dedupe_key: str | None = None,
    not_before: datetime | None = None,
    broadcast_id: int | None = None,
) -> bool:
    """Queue ``reply`` for ``chat_id`` (as one of a broadcast's messages, with
    ``broadcast_id``: :mod:`bot.messaging.broadcasts`); False if this ``dedupe_key`` was
    queued before."""
    when = not_before.astimezone(UTC).isoformat(timespec="seconds") if not_before else None
    return await store.enqueue(db, chat_id, reply_json.dumps(reply), dedupe_key, when, broadcast_id)


def _later(seconds: float) -> str:
    return (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat(timespec="seconds")


async def deliver_due(db: Database, bot: Bot, codec: CallbackCodec) -> int:
    """Send what is due now; returns how many were sent."""
    sent = 0
    for message in await store.due(db):
        try:
            reply = reply_json.loads(message.reply)
            await delivery.send_new(bot, message.chat_id, reply, codec)
        except Forbidden as error:
            blocked = "blocked" in error.message  # not: a deleted account, …
            await store.mark_failed(db, message.id, str(error), blocked=blocked)
            await citizens.mark_inactive(db, message.chat_id)
            continue
        except RetryAfter as error:
            seconds = error.retry_after
            wait = seconds.total_seconds() if isinstance(seconds, timedelta) else float(seconds)
            await store.mark_retry(db, message.id, _later(wait), str(error))
            break  # the whole bot is being throttled: stop this round
        except BadRequest as error:
            log.warning("outbox message %s refused: %s", message.id, error.message)
            await store.mark_failed(db, message.id, str(error))
            continue
        except NetworkError as error:
            if message.attempts + 1 >= MAX_ATTEMPTS:
                await store.mark_failed(db, message.id, str(error))
            else:
                await store.mark_retry(db, message.id, _later(2**message.attempts), str(error))
            continue
        await store.mark_sent(db, message.id)
        sent += 1
        if reply.commands is not None:  # the person's menu changed (a role taken away)
            await _show_commands(bot, message.chat_id, reply.commands)
    return sent


async def _show_commands(bot: Bot, chat_id: int, commands: tuple[tuple[str, str], ...]) -> None:
    """After the message: its menu (once; the message is not sent again if this fails)."""
    try:
        await delivery.show_commands(bot, chat_id, commands)
    except TelegramError as error:
        log.warning("the command menu of chat %s could not be set: %s", chat_id, error)
