"""Webhook mode (when ``DOETMEE_WEBHOOK_URL`` is set): Telegram POSTs each update to us.

Each update is written to the durable inbox *before* we answer 200 — until then Telegram
keeps it and sends it again — and the inbox consumer processes it as in polling mode.
Requests must carry the secret token we gave Telegram in ``setWebhook``.

``GET /healthz`` answers 200 while the inbox consumer runs and the database answers a query
within :data:`HEALTH_TIMEOUT` seconds, 503 otherwise; the body is empty either way.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Bot, Update

from bot.config import ConfigError
from bot.runtime.inbox import DurableInbox
from bot.runtime.keys import WEBHOOK, Keys
from bot.storage import status
from bot.storage.database import Database

log = logging.getLogger("bot.webhook")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_PATH = "/healthz"
HEALTH_TIMEOUT = 5.0


def secret_token(keys: Keys) -> str:
    """The token Telegram sends back in every webhook request (its own purpose key)."""
    return keys.for_purpose(WEBHOOK).hex()[:48]


Health = Callable[[], Awaitable[bool]]


def make_app(
    bot: Bot, inbox: DurableInbox, path: str, token: str, healthy: Health
) -> web.Application:

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given, token):
            return web.Response(status=403)
        try:
            data = await request.json()
            update = Update.de_json(data, bot)
        except (json.JSONDecodeError, ValueError, TypeError, KeyError):
            return web.Response(status=400)
        await inbox.store([update])
        return web.Response(status=200)

    async def health(_request: web.Request) -> web.Response:
        return web.Response(status=200 if await healthy() else 503)

    app = web.Application(client_max_size=1 << 20)
    app.router.add_post(path, receive)
    app.router.add_get(HEALTH_PATH, health)
    return app


def health_check(consumer: asyncio.Task[None], db: Database) -> Health:
    """Healthy: the consumer has not ended and the database answers in time."""

    async def healthy() -> bool:
        if consumer.done():
            return False
        try:
            return await asyncio.wait_for(status.responds(db), HEALTH_TIMEOUT)
        except Exception:
            log.warning("health check: the database does not answer", exc_info=True)
            return False

    return healthy


async def serve(
    bot: Bot,
    inbox: DurableInbox,
    db: Database,
    keys: Keys,
    url: str,
    listen: str,
    port: int,
    stop: asyncio.Event,
) -> None:
    """Receive updates on ``listen:port`` until ``stop`` is set; the inbox processes them."""
    token = secret_token(keys)
    path = urlsplit(url).path or "/"
    consumer = asyncio.create_task(inbox.consume(stop), name="inbox-consumer")
    runner = web.AppRunner(
        make_app(bot, inbox, path, token, health_check(consumer, db)), access_log=None
    )
    try:
        await runner.setup()
        site = web.TCPSite(runner, listen, port)
        try:
            await site.start()
        except OSError as error:
            raise ConfigError(
                "DOETMEE_WEBHOOK_PORT", f"cannot listen on {listen}:{port} ({error.strerror})"
            ) from None
        await bot.set_webhook(url=url, secret_token=token, allowed_updates=Update.ALL_TYPES)
        log.info("webhook mode: listening on %s:%s for %s", listen, port, path)
        await consumer
    finally:
        if not consumer.done():
            stop.set()
            await consumer
        await runner.cleanup()
