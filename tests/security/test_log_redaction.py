"""Finding 2: the bot token never reaches the log, whatever the exception.

``doetmee run`` runs as a real process with its log written to a file. Its first answer is
sent on to an address that never accepts the connection, so aiohttp times out with the full
URL in its error ("Connection timeout to host …/bot<token>/sendMessage"), which the error
handler logs with the traceback. The log file must say what happened, without the token.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.runtime import logging_setup
from bot.runtime.telegram_http import without_token
from bot.sandbox.client import StandInClient
from bot.sandbox.standin import BotApiStandIn

TOKEN = "4343:LOGtoken-SeCrEt-0123456789"
SECRET_HALF = TOKEN.partition(":")[2]


@pytest.fixture
async def standin() -> AsyncIterator[BotApiStandIn]:
    server = BotApiStandIn(token=TOKEN)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
def unreachable() -> Iterator[int]:
    """A port whose connection queue is full: new connections hang until they time out."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(3):
        filler = socket.socket()
        filler.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            filler.connect(("127.0.0.1", port))
        fillers.append(filler)
    try:
        yield port
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


@pytest.fixture
async def gateway(standin: BotApiStandIn, unreachable: int) -> AsyncIterator[str]:
    """The Bot API as the bot sees it: the stand-in, except that the first sendMessage is
    sent on (HTTP 307) to the unreachable port, as a network fault would leave it."""
    redirected = False
    session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None))

    async def forward(request: web.Request) -> web.StreamResponse:
        nonlocal redirected
        method = request.match_info["method"]
        if method == "sendMessage" and not redirected:
            redirected = True
            target = f"http://127.0.0.1:{unreachable}/bot{TOKEN}/sendMessage"
            return web.Response(status=307, headers={"Location": target})
        async with session.request(
            request.method,
            f"{standin.base_url}{request.match_info['token']}/{method}",
            data=await request.read(),
            headers={"Content-Type": request.headers.get("Content-Type", "application/json")},
        ) as answer:
            body = await answer.read()
            return web.Response(body=body, status=answer.status, content_type="application/json")

    app = web.Application(client_max_size=1 << 24)
    app.router.add_route("*", "/bot{token}/{method}", forward)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}/bot"
    finally:
        await runner.cleanup()
        await session.close()


def start_bot(
    folder: Path, api_url: str, log_file: Path, log_format: str = "text"
) -> subprocess.Popen[bytes]:
    """``doetmee run`` with its log (standard output and error) written to ``log_file``."""
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DOETMEE_", "TELEGRAM_"))},
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "DOETMEE_API_URL": api_url,
        "DOETMEE_DATABASE": str(folder / "bot.sqlite3"),
        "DOETMEE_LOG_FORMAT": log_format,
    }
    with log_file.open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=folder,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )


@pytest.mark.parametrize("log_format", ["text", "json"])
async def test_a_timeout_to_a_url_with_the_token_leaves_no_token_in_the_log_file(
    tmp_path: Path, standin: BotApiStandIn, gateway: str, log_format: str
) -> None:
    log_file = tmp_path / "bot.log"
    process = start_bot(tmp_path, gateway, log_file, log_format)
    try:
        async with StandInClient(standin.url) as people:
            await people.send_text(4301, "/help")
            apology = await people.wait_for_bot_message(4301, contains="iets mis", timeout=60)
            assert "niet kwijt" in apology["text"]
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.to_thread(process.wait, 20)

    logged = log_file.read_text()
    assert "Connection timeout to host" in logged  # the timeout was logged, traceback and all
    assert "Traceback" in logged
    assert "/bot<token>/sendMessage" in logged
    assert TOKEN not in logged
    assert SECRET_HALF not in logged
    (event,) = [line for line in logged.splitlines() if "Connection timeout to host" in line]
    assert "error while handling update" in event  # the whole event on one line
    if log_format == "json":
        parsed = json.loads(event)
        assert parsed["level"] == "ERROR" and "Traceback" in parsed["exception"]


def test_every_logging_path_is_cleaned(caplog: pytest.LogCaptureFixture) -> None:
    """Loggers of our own and of libraries, messages, arguments, tracebacks and stacks."""
    logging_setup.protect(TOKEN)
    caplog.set_level(logging.DEBUG)
    url = f"https://api.telegram.org/bot{TOKEN}/getUpdates"
    try:
        try:
            raise ConnectionError(f"Connection timeout to host {url}")
        except ConnectionError as cause:
            raise RuntimeError("Timed out") from cause
    except RuntimeError as error:
        logging.getLogger("bot.errors").error("while handling %s", url, exc_info=error)
        logging.getLogger("some.library").warning("failed", exc_info=True, stack_info=True)
    logging.getLogger("bot.inbox").warning("getUpdates failed (%s)", url.replace(":", "%3A"))
    handler_output = "\n".join(caplog.text.splitlines())
    assert "Connection timeout to host" in handler_output
    assert TOKEN not in handler_output and SECRET_HALF not in handler_output
    for record in caplog.records:
        assert record.exc_info is None or TOKEN not in str(record.exc_info[1])


def test_error_texts_from_the_http_layer_hold_no_token() -> None:
    """They are also kept in the outbox's ``error`` column."""
    text = f"Cannot connect to host https://api.telegram.org/bot{TOKEN}/sendMessage"
    assert TOKEN not in without_token(text)
    assert (
        without_token(f"http://x/file/bot{TOKEN}/photos/1.jpg")
        == "http://x/file/bot<token>/photos/1.jpg"
    )
