"""A local stand-in for the Telegram Bot API, served over real HTTP with aiohttp, so the real
python-telegram-bot Application runs against it::

    standin = BotApiStandIn()
    await standin.start()                      # 127.0.0.1, a free port
    app = (
        ApplicationBuilder().token(TOKEN)
        .base_url(standin.base_url)            # http://127.0.0.1:<port>/bot
        .base_file_url(standin.base_file_url)  # http://127.0.0.1:<port>/file/bot
        .build()
    )

Bot API: ``GET|POST /bot<token>/<method>`` (form, multipart or JSON parameters), answering
``{"ok": true, "result": …}`` or Telegram's error object with the same HTTP status. Method
names are case-insensitive, as at Telegram; unknown ones answer 404 "Not Found: method not
found". With a configured token any other token answers 401 "Unauthorized"; without one every
token is accepted (and recorded). Files: ``GET /file/bot<token>/<file_path>``.

Implemented: getMe, getUpdates, setWebhook, deleteWebhook, getWebhookInfo, logOut, close,
setMyCommands, getMyCommands, deleteMyCommands, setChatMenuButton, getChatMenuButton,
setMyName/Description/ShortDescription (and get…), sendMessage, editMessageText,
editMessageCaption, editMessageReplyMarkup, deleteMessage, deleteMessages, sendChatAction,
answerCallbackQuery, sendDocument, sendPhoto, getFile.

The control interface (citizens, inspection, faults, events) is under ``/_control/``, loopback
only; see :mod:`bot.sandbox.control`. :meth:`BotApiStandIn.make_app` gives the aiohttp
application so others can add routes (static files of a chat page) and serve it themselves.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import ipaddress
import json
import logging
import time
from collections.abc import AsyncIterator, Callable
from http import HTTPStatus
from typing import Any

from aiohttp import web

from bot.sandbox import methods_bot, methods_files, methods_messages, methods_updates
from bot.sandbox.api_error import ApiError
from bot.sandbox.control import ControlApi, Handler
from bot.sandbox.params import Params
from bot.sandbox.state import BotIdentity, Fault, SandboxState
from bot.sandbox.webhook import deliver_webhooks

_LOGGER = logging.getLogger(__name__)
MAX_REQUEST_BYTES = 60 * 1024 * 1024
SHUTDOWN_TIMEOUT = 2.0
METHODS: dict[str, Callable[[SandboxState, Params], Any]] = {
    name.lower(): handler
    for module in (methods_bot, methods_updates, methods_messages, methods_files)
    for name, handler in module.METHODS.items()
}


def _telegram_json(data: dict[str, Any], status: int = 200) -> web.Response:
    return web.json_response(
        data, status=status, dumps=lambda value: json.dumps(value, ensure_ascii=False)
    )


def _is_loopback(remote: str | None) -> bool:
    if remote is None:
        return True
    try:
        address = ipaddress.ip_address(remote.split("%")[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


@web.middleware
async def loopback_only(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.path.startswith("/_control") and not _is_loopback(request.remote):
        return web.json_response({"error": "the control interface is loopback only"}, status=403)
    return await handler(request)


def _fault_error(fault: Fault) -> ApiError:
    status = fault.status or 500
    if status == 429:
        error = ApiError.too_many_requests(fault.retry_after or 1)
        if fault.description:
            error.description = fault.description
        return error
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    return ApiError(status, fault.description or f"{phrase}: injected by the stand-in")


class BotApiStandIn:
    def __init__(
        self,
        *,
        token: str | None = None,
        bot_id: int = BotIdentity.id,
        bot_username: str = BotIdentity.username,
        bot_first_name: str = BotIdentity.first_name,
    ) -> None:
        self.state = SandboxState(
            BotIdentity(id=bot_id, username=bot_username, first_name=bot_first_name), token
        )
        self.control = ControlApi(self.state)
        self._runner: web.AppRunner | None = None
        self._host = "127.0.0.1"
        self._port: int | None = None

    # serving

    def make_app(self) -> web.Application:
        app = web.Application(
            client_max_size=MAX_REQUEST_BYTES, middlewares=[loopback_only, ControlApi.errors]
        )
        app.router.add_route("*", "/bot{token}/{method}", self._bot_api)
        app.router.add_get("/file/bot{token}/{file_path:.+}", self._download)
        app.add_routes(self.control.routes())
        app.cleanup_ctx.append(self._background)
        app.on_shutdown.append(self._on_shutdown)
        return app

    async def start(
        self, host: str = "127.0.0.1", port: int = 0, *, app: web.Application | None = None
    ) -> None:
        """Serve on ``host:port`` (0: a free port): the stand-in's own app, or ``app`` made by
        :meth:`make_app` and extended with more routes."""
        if self._runner is not None:
            raise RuntimeError("the stand-in is already running")
        runner = web.AppRunner(
            app or self.make_app(), access_log=None, shutdown_timeout=SHUTDOWN_TIMEOUT
        )
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self._runner = runner
        self._host = host
        self._port = int(runner.addresses[0][1])

    async def stop(self) -> None:
        if self._runner is None:
            return
        runner, self._runner = self._runner, None
        await runner.cleanup()

    async def __aenter__(self) -> BotApiStandIn:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the stand-in has not been started")
        return self._port

    @property
    def url(self) -> str:
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.url}/file/bot"

    @property
    def control_url(self) -> str:
        return f"{self.url}/_control"

    async def _background(self, app: web.Application) -> AsyncIterator[None]:
        self.state.events.reopen()
        task = asyncio.create_task(deliver_webhooks(self.state))
        yield
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    async def _on_shutdown(self, app: web.Application) -> None:
        self.state.events.close()

    # the Bot API

    async def _bot_api(self, request: web.Request) -> web.Response:
        state = self.state
        token = request.match_info["token"]
        name = request.match_info["method"]
        state.tokens_seen.add(token)
        polling = name.lower() == "getupdates"
        started = time.monotonic()
        params = Params({})
        if not polling:
            state.in_flight += 1
        try:
            if state.token is not None and token != state.token:
                raise ApiError(401, "Unauthorized")
            params = await Params.from_request(request)
            result = await self._call(name, params)
        except ApiError as error:
            self._record(name, params, started, error)
            return _telegram_json(error.body(), status=error.code)
        except Exception as exc:  # a bug in the stand-in: answer 500 and make it visible
            _LOGGER.exception("the stand-in failed on %s", name)
            error = ApiError(500, f"Internal Server Error: stand-in failed: {exc!r}")
            self._record(name, params, started, error)
            return _telegram_json(error.body(), status=error.code)
        finally:
            if not polling:
                state.in_flight -= 1
                state.last_activity = time.monotonic()
        self._record(name, params, started, None)
        return _telegram_json({"ok": True, "result": result})

    async def _call(self, name: str, params: Params) -> Any:
        handler = METHODS.get(name.lower())
        if handler is None:
            raise ApiError(404, "Not Found: method not found")
        fault = self.state.take_fault(name)
        if fault is not None:
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.status is not None:
                raise _fault_error(fault)
        result = handler(self.state, params)
        if inspect.isawaitable(result):
            result = await result
        return result

    def _record(self, name: str, params: Params, started: float, error: ApiError | None) -> None:
        call: dict[str, Any] = {
            "time": time.time(),
            "method": name,
            "params": params.for_log(),
            "status": error.code if error else 200,
            "duration_ms": round((time.monotonic() - started) * 1000, 1),
        }
        if error is not None:
            call["description"] = error.description
        self.state.record_call(call)
        if error is not None:
            chat_id = params.values.get("chat_id")
            self.state.events.emit(
                "api_error",
                int(chat_id) if str(chat_id).lstrip("-").isdigit() else None,
                method=name,
                status=error.code,
                description=error.description,
            )

    async def _download(self, request: web.Request) -> web.Response:
        state = self.state
        token = request.match_info["token"]
        state.tokens_seen.add(token)
        if state.token is not None and token != state.token:
            return _telegram_json(ApiError(401, "Unauthorized").body(), status=401)
        stored = state.file_by_path(request.match_info["file_path"])
        state.record_call(
            {
                "time": time.time(),
                "method": "downloadFile",
                "params": {"file_path": request.match_info["file_path"]},
                "status": 200 if stored else 404,
                "duration_ms": 0.0,
            }
        )
        if stored is None:
            return _telegram_json(ApiError(404, "Not Found").body(), status=404)
        return web.Response(body=stored.data, content_type="application/octet-stream")
