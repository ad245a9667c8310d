"""Broadcasts: one message to many people through the outbox, and what the sender sees of it.

A feature opens a broadcast (:func:`begin`), queues a message per recipient with
:func:`add` and closes the list with :func:`queued`; it shows the sender :func:`progress`,
whose message id is stored. The outbox settles each message (reached, blocked the bot, failed;
triggers in the database count them). :func:`report` — a JobQueue job every
:data:`REPORT_INTERVAL` seconds — edits the progress message when the counts changed (at most
every :data:`PROGRESS_INTERVAL` seconds), and
once nothing is left to send it marks the broadcast finished and queues the final count to
the sender in one transaction (dedupe key ``broadcast:<id>:done``): one final count, also
after a restart in the middle, because everything it needs is in the database.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from telegram import Bot
from telegram.error import TelegramError

from bot.i18n import Catalogs, Translator
from bot.messaging import broadcast_screens as screens
from bot.messaging import delivery, outbox, reply_json
from bot.messaging.callback_codec import CallbackCodec
from bot.messaging.reply import Reply
from bot.storage import broadcasts as store
from bot.storage.broadcasts import Broadcast
from bot.storage.database import Database

log = logging.getLogger("bot.broadcasts")

PROGRESS_INTERVAL = 3.0
"""Seconds between two edits of a progress message, at least."""
REPORT_INTERVAL = 1.0
"""How often :func:`report` looks (a finished broadcast's count follows within a second)."""

ANNOUNCEMENT = screens.ANNOUNCEMENT
SESSION_PUSH = screens.SESSION_PUSH


async def begin(db: Database, source: str, kind: str, sender: int, locale: str) -> int:
    """The broadcast of ``source`` (``announcement:12``), opened once by ``sender``."""
    return await store.open_broadcast(db, source, kind, sender, locale)


async def add(db: Database, broadcast_id: int, chat_id: int, reply: Reply, dedupe_key: str) -> bool:
    """Queue one recipient's message; False if this ``dedupe_key`` was queued before."""
    return await outbox.queue(db, chat_id, reply, dedupe_key, broadcast_id=broadcast_id)


async def queued(db: Database, broadcast_id: int) -> Broadcast:
    """Every recipient's message is queued: from now on it can finish."""
    await store.mark_queued(db, broadcast_id)
    broadcast = await store.get(db, broadcast_id)
    assert broadcast is not None
    return broadcast


def progress(db: Database, t: Translator, broadcast: Broadcast, *, replace: bool = False) -> Reply:
    """The sender's progress message; once shown, :func:`report` keeps it up to date."""
    reply = screens.progress(t, broadcast, replace=replace)

    async def shown(message_id: int) -> None:
        await store.set_progress_message(db, broadcast.id, message_id)
        await store.mark_progress_shown(db, broadcast.id, broadcast.counts.shown(), _now())

    return Reply(text=reply.text, replace=replace, on_shown=shown)


async def progress_unseen(db: Database, t: Translator, source: str) -> Reply | None:
    """For a repeated step (a replayed update after a crash): the progress message again, in
    place, when the first one was never shown; None when it was."""
    broadcast = await store.by_source(db, source)
    if broadcast is None or broadcast.progress_message_id is not None:
        return None
    return progress(db, t, broadcast, replace=True)


async def report(db: Database, bot: Bot, codec: CallbackCodec, catalogs: Catalogs) -> None:
    """Bring every unfinished broadcast's progress message up to date; finish those with
    nothing left to send (the final count is queued once)."""
    for broadcast in await store.unfinished(db):
        try:
            await _report_one(db, bot, codec, catalogs, broadcast)
        except TelegramError as error:  # the next round tries again
            log.warning("progress of broadcast %s not shown: %s", broadcast.id, error)


async def _report_one(
    db: Database, bot: Bot, codec: CallbackCodec, catalogs: Catalogs, broadcast: Broadcast
) -> None:
    t = catalogs.get(broadcast.locale)
    if not broadcast.finished and not await store.pending(db, broadcast.id):
        # Read after "nothing pending": these counts are final.
        final = await store.get(db, broadcast.id)
        assert final is not None
        await store.finish(db, broadcast.id, reply_json.dumps(screens.final(t, final)))
        broadcast = await store.get(db, broadcast.id) or final
    message_id = broadcast.progress_message_id
    chat_id = broadcast.staff_chat_id
    if broadcast.finished:
        if message_id is not None:
            if not _due(broadcast):  # the last edit, too, keeps the interval
                return
            reply = screens.final(t, broadcast)
            await delivery.change_earlier(bot, chat_id, message_id, reply, codec)
        await store.mark_final_shown(db, broadcast.id)
        return
    shown = broadcast.counts.shown()
    if message_id is None or shown == broadcast.progress_shown or not _due(broadcast):
        return
    await delivery.change_earlier(bot, chat_id, message_id, screens.progress(t, broadcast), codec)
    await store.mark_progress_shown(db, broadcast.id, shown, _now())


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _due(broadcast: Broadcast) -> bool:
    if broadcast.progress_shown_at is None:
        return True
    last = datetime.fromisoformat(broadcast.progress_shown_at)
    return (datetime.now(UTC) - last).total_seconds() >= PROGRESS_INTERVAL
