"""Webhook mode (when ``DOETMEE_WEBHOOK_URL`` is set): Telegram POSTs each update to us.

Each update is written to the durable inbox *before* we answer 200 — until then Telegram
keeps it and sends it again — and the inbox consumer processes it as in polling mode.
Requests must carry the secret token we gave Telegram in ``setWebhook``.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Bot, Update

from bot.config import ConfigError
from bot.runtime.inbox import DurableInbox
from bot.runtime.keys import WEBHOOK, Keys

log = logging.getLogger("bot.webhook")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def secret_token(keys: Keys) -> str:
    """The token Telegram sends back in every webhook request (its own purpose key)."""
    return keys.for_purpose(WEBHOOK).hex()[:48]


def make_app(bot: Bot, inbox: DurableInbox, path: str, token: str) -> web.Application:

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

    app = web.Application(client_max_size=1 << 20)
    app.router.add_post(path, receive)
    return app


async def serve(
    bot: Bot,
    inbox: DurableInbox,
    keys: Keys,
    url: str,
    listen: str,
    port: int,
    stop: asyncio.Event,
) -> None:
    """Receive updates on ``listen:port`` until ``stop`` is set; the inbox processes them."""
    token = secret_token(keys)
    path = urlsplit(url).path or "/"
    runner = web.AppRunner(make_app(bot, inbox, path, token), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, listen, port)
    try:
        await site.start()
    except OSError as error:
        await runner.cleanup()
        raise ConfigError(
            "DOETMEE_WEBHOOK_PORT", f"cannot listen on {listen}:{port} ({error.strerror})"
        ) from None
    try:
        await bot.set_webhook(url=url, secret_token=token, allowed_updates=Update.ALL_TYPES)
        log.info("webhook mode: listening on %s:%s for %s", listen, port, path)
        await inbox.consume(stop)
    finally:
        await runner.cleanup()
