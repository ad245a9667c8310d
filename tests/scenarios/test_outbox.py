"""The outbox delivers queued messages once, after throttling, and stops for blocked chats."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from bot.i18n import load_translations
from bot.messaging import outbox
from bot.messaging.reply import Button, Reply, rows
from bot.own_data import flow as own_data
from bot.sandbox.client import StandInClient
from bot.screens.menu import OpenMenu
from bot.storage import citizens as citizen_store
from bot.storage import outbox as outbox_store
from bot.storage.database import Database
from tests.scenarios.conftest import BotUnderTest, consent


async def test_queued_message_arrives_once_with_working_buttons(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await consent(citizens, 8901)
    reminder = Reply(
        text="<b>Herinnering</b>: morgen is het Statenspel.",
        buttons=rows([Button("🌐 Taal", OpenMenu("taal"))]),
    )
    assert await outbox.queue(db, 8901, reminder, dedupe_key="reminder:1:8901")
    assert not await outbox.queue(db, 8901, reminder, dedupe_key="reminder:1:8901")
    arrived = await citizens.wait_for_bot_message(8901, contains="Herinnering", timeout=10)
    await citizens.press(8901, "🌐 Taal", message_id=arrived["message_id"])
    await citizens.wait_for_bot_message(8901, contains="welke taal")
    await citizens.wait_until_idle()
    sent = [m for m in await citizens.bot_messages(8901) if "Herinnering" in (m["text"] or "")]
    assert len(sent) == 1
    assert await outbox_store.pending_count(db) == 0
    # Sent: only the fact stays (to never send it twice), not the text.
    (row,) = await db.fetch_all("SELECT reply, sent_at FROM outbox WHERE chat_id = 8901")
    assert row["sent_at"] is not None and row["reply"] == ""


async def test_a_message_still_to_come_is_in_the_own_data_file(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await consent(citizens, 8904)
    later = Reply(text="Herinnering voor volgende week")
    await outbox.queue(db, 8904, later, not_before=datetime(2999, 1, 1, tzinfo=UTC))
    collected = await own_data.collect(db, 8904, load_translations("nl").get("nl"))
    (waiting,) = collected["messages_waiting_to_be_sent"]
    assert waiting["text"] == "Herinnering voor volgende week"


async def test_throttling_is_waited_out(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await consent(citizens, 8902)
    await citizens.fail_next("sendMessage", 429, retry_after=1)
    await outbox.queue(db, 8902, Reply(text="Na even wachten"))
    arrived = await citizens.wait_for_bot_message(8902, contains="Na even wachten", timeout=10)
    assert arrived is not None


async def test_blocked_citizen_gets_nothing_more(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await consent(citizens, 8903)
    await citizens.block_bot(8903, notify=False)
    await outbox.queue(db, 8903, Reply(text="Komt nooit aan"))
    for _ in range(100):
        stored = await citizen_store.get(db, 8903)
        if stored is not None and not stored.active:
            break
        await asyncio.sleep(0.1)
    rows = await db.fetch_all("SELECT * FROM outbox")
    assert stored is not None and not stored.active, [dict(r) for r in rows]
    assert await outbox_store.pending_count(db) == 0
