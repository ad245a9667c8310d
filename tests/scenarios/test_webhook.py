"""Webhook mode: updates are stored in the inbox before Telegram gets its 200."""

from __future__ import annotations

import asyncio
import socket
from dataclasses import replace

import httpx

from bot.config import Settings
from bot.runtime import runner
from bot.sandbox.client import StandInClient
from bot.storage.database import open_database
from tests.scenarios.conftest import TOKEN


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_webhook_receives_stores_and_answers(
    settings: Settings, citizens: StandInClient
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    hooked = replace(settings, webhook_url=url, webhook_port=port)
    stop = asyncio.Event()
    serving = asyncio.create_task(runner.serve(hooked, TOKEN, stop))
    try:
        async with httpx.AsyncClient() as http:
            for _ in range(100):
                try:
                    forged = await http.post(url, json={"update_id": 1})
                    break
                except httpx.ConnectError:
                    await asyncio.sleep(0.05)
            assert forged.status_code == 403  # no secret token: not from Telegram

        await citizens.send_text(8101, "/start", language_code="nl")
        welcome = await citizens.wait_for_bot_message(8101, timeout=10)
        assert "Welkom" in welcome["text"]
    finally:
        stop.set()
        await asyncio.wait_for(serving, 10)

    db = await open_database(settings.database)
    try:
        rows = await db.fetch_all("SELECT update_id, chat_id, payload, done_at FROM inbox")
    finally:
        await db.close()
    # Stored, processed, and then only the update id kept (to recognise a repeat).
    assert [(r["chat_id"], r["payload"], r["done_at"] is not None) for r in rows] == [
        (None, None, True)
    ]
