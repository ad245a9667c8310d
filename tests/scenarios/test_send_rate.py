"""``DOETMEE_SEND_RATE``: at most so many messages per second for the whole bot; ``unlimited``
switches the limiter off (for benchmarks against the stand-in)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.config import ConfigError, Settings, load_settings
from bot.messaging import outbox
from bot.messaging.reply import Reply
from bot.sandbox.client import StandInClient
from tests.scenarios.conftest import BotUnderTest

PEOPLE = range(6501, 6510)


async def spread_of_sending(settings: Settings, citizens: StandInClient) -> float:
    """Seconds between the first and the last of nine queued messages reaching the stand-in."""
    bot = BotUnderTest(settings)
    await bot.start()
    try:
        for user in PEOPLE:
            await citizens.create_user(user)
            await outbox.queue(bot.db, user, Reply(text=f"Nieuws voor {user}"), f"test:{user}")
        for user in PEOPLE:
            await citizens.wait_for_bot_message(user, contains="Nieuws", since=0, timeout=20)
    finally:
        await bot.stop()
    times = [
        call["time"]
        for call in await citizens.call_log("sendMessage")
        if "Nieuws" in str(call["params"])
    ]
    assert len(times) == len(PEOPLE)
    return max(times) - min(times)


async def test_three_a_second_takes_its_time(settings: Settings, citizens: StandInClient) -> None:
    # 9 messages at 3 a second: the first 3 at once, then one every third of a second.
    assert await spread_of_sending(replace(settings, send_rate=3), citizens) >= 1.7


async def test_unlimited_sends_at_once(settings: Settings, citizens: StandInClient) -> None:
    assert await spread_of_sending(replace(settings, send_rate=None), citizens) < 1.2


def test_the_send_rate_setting() -> None:
    assert load_settings({}).send_rate == 30
    assert load_settings({"DOETMEE_SEND_RATE": "100"}).send_rate == 100
    assert load_settings({"DOETMEE_SEND_RATE": "unlimited"}).send_rate is None
    for wrong in ("0", "-5", "fast", "2.5"):
        with pytest.raises(ConfigError) as refused:
            load_settings({"DOETMEE_SEND_RATE": wrong})
        assert refused.value.variable == "DOETMEE_SEND_RATE"
