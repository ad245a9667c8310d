"""Delivery of queued updates to the bot's webhook (set with setWebhook), one at a time and
in order, as Telegram does: an update counts as confirmed when the webhook answers 2xx;
otherwise the error is recorded (getWebhookInfo) and the update is sent again shortly."""

from __future__ import annotations

import asyncio
import time

import aiohttp

from bot.sandbox.state import SandboxState

RETRY_DELAY = 0.5
REQUEST_TIMEOUT = 30.0


async def deliver_webhooks(state: SandboxState) -> None:
    """Run until cancelled or until the event log closes."""
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        while not state.events.closed:
            ready = await state.events.wait_for(
                lambda: state.webhook is not None and bool(state.deliverable()), 3600.0
            )
            if not ready or state.webhook is None:
                continue
            if not await _deliver_one(state, session, state.webhook):
                await asyncio.sleep(RETRY_DELAY)


async def _deliver_one(
    state: SandboxState, session: aiohttp.ClientSession, hook: dict[str, str]
) -> bool:
    update = state.take_updates(1)[0]
    headers = {}
    if hook.get("secret_token"):
        headers["X-Telegram-Bot-Api-Secret-Token"] = hook["secret_token"]
    state.in_flight += 1
    try:
        async with session.post(hook["url"], json=update.json(), headers=headers) as response:
            error = (
                None
                if 200 <= response.status < 300
                else f"Wrong response from the webhook: {response.status} {response.reason}"
            )
    except (aiohttp.ClientError, TimeoutError) as exc:
        error = f"Connection failed: {exc!r}"
    finally:
        state.in_flight -= 1
        state.last_activity = time.monotonic()
    if error is None:
        state.confirm_updates(update.update_id + 1)
        state.webhook_error = None
        state.events.emit("webhook_delivered", update.chat_id, update_id=update.update_id)
        return True
    state.webhook_error = {"last_error_date": int(time.time()), "last_error_message": error}
    state.events.emit("webhook_failed", update.chat_id, update_id=update.update_id, error=error)
    return False
