"""The sandbox's chat page: static files from ``bot/sandbox/page/`` and one JSON route.

- ``GET /``                      the page (``index.html``)
- ``GET /static/{name}``         ``chat.css``, ``chat.js``, ``favicon.svg`` (nothing else)
- ``GET /_sandbox/config``       ``{bot, people, dialogues, ready}``: who the page can play and
  the dialogues citizens can start (not paused or archived) as deep links (``d_<id>``),
  titles per language

Everything else the page does goes through the stand-in's control interface (``/_control/``:
sending, pressing, the event stream, files, commands).

The server listens on loopback only, but a web page from elsewhere open in the same browser
could still reach it; so requests must name a loopback host (against DNS rebinding) and
requests that change something must not come from another origin.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

from aiohttp import web

from bot.i18n import SUPPORTED_LOCALES
from bot.sandbox.control import Handler
from bot.sandbox.standin import BotApiStandIn
from bot.sandbox.telegram_json import bot_user_json

if TYPE_CHECKING:
    from bot.runtime.runner import RunningBot

PAGE_DIR = Path(__file__).resolve().parent / "page"
STATIC_FILES = {
    "chat.css": "text/css",
    "chat.js": "text/javascript",
    "favicon.svg": "image/svg+xml",
}
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
NO_CACHE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


class Playable(Protocol):
    def view(self) -> dict[str, object]: ...


def _host_name(authority: str) -> str:
    """``127.0.0.1:8080`` → ``127.0.0.1``; ``[::1]:8080`` → ``::1``."""
    return urlsplit(f"//{authority}").hostname or ""


@web.middleware
async def same_origin_only(request: web.Request, handler: Handler) -> web.StreamResponse:
    if _host_name(request.host).lower() not in LOOPBACK_HOSTS:
        return web.json_response(
            {"error": "the sandbox answers on loopback names only"}, status=421
        )
    origin = request.headers.get("Origin")
    foreign = origin is not None and (
        origin == "null" or urlsplit(origin).netloc.lower() != request.host.lower()
    )
    if foreign and request.method not in SAFE_METHODS:
        return web.json_response({"error": "cross-origin requests are refused"}, status=403)
    return await handler(request)


class ChatPage:
    def __init__(self, standin: BotApiStandIn, people: Iterable[Playable]) -> None:
        self.standin = standin
        self.people = [person.view() for person in people]
        self.bot: RunningBot | None = None

    def mount(self, app: web.Application) -> None:
        """Add the page's routes (and the origin check) to the stand-in's app before it runs."""
        app.middlewares.insert(0, same_origin_only)
        app.router.add_get("/", self.index)
        app.router.add_get("/static/{name}", self.static)
        app.router.add_get("/_sandbox/config", self.config)

    def attach(self, bot: RunningBot) -> None:
        self.bot = bot

    def detach(self) -> None:
        self.bot = None

    async def index(self, request: web.Request) -> web.Response:
        return web.Response(
            body=(PAGE_DIR / "index.html").read_bytes(),
            content_type="text/html",
            charset="utf-8",
            headers={**NO_CACHE, "Content-Security-Policy": CONTENT_SECURITY_POLICY},
        )

    async def static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        content_type = STATIC_FILES.get(name)
        if content_type is None:
            raise web.HTTPNotFound()
        return web.Response(
            body=(PAGE_DIR / name).read_bytes(),
            content_type=content_type,
            charset="utf-8",
            headers=NO_CACHE,
        )

    async def config(self, request: web.Request) -> web.Response:
        return web.json_response(
            {
                "bot": bot_user_json(self.standin.state.identity),
                "people": self.people,
                "dialogues": self._dialogues(),
                "ready": self.bot is not None,
            },
            dumps=lambda value: json.dumps(value, ensure_ascii=False),
            headers=NO_CACHE,
        )

    def _dialogues(self) -> list[dict[str, Any]]:
        if self.bot is None:
            return []
        return [
            {
                "id": dialogue.id,
                "payload": f"d_{dialogue.id}",
                "title": {locale: dialogue.title.get(locale) for locale in SUPPORTED_LOCALES},
            }
            for dialogue in self.bot.services.dialogues.listed()
        ]
