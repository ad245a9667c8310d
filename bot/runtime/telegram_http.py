"""python-telegram-bot's HTTP layer on aiohttp (already our web server's library).

Why: in ``benchmarks/dialogue_benchmark.py`` PTB's default httpx transport took about half of
the bot's main thread; on aiohttp the same dialogue load ran ~1.7× faster. PTB supports this
officially: a :class:`telegram.request.BaseRequest` only has to send a request and return
the status and body; PTB itself prepares the parameters, parses answers and raises its errors.
Parameters go as a JSON body (the Bot API takes one), uploads as a multipart form.
Timeouts follow :class:`telegram.request.HTTPXRequest`: 5 s to connect, read and write,
20 s to write a file upload, 1 s to wait for a free connection.
"""

from __future__ import annotations

import re
import ssl
from typing import Any

import aiohttp
import certifi
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

DEFAULT_TIMEOUT = 5.0
MEDIA_WRITE_TIMEOUT = 20.0
POOL_TIMEOUT = 1.0
TOKEN_IN_URL = re.compile(r"/bot[^/]+/")


def without_token(text: str) -> str:
    """``text`` with the token taken out of Bot API URLs (``…/bot<token>/sendMessage``)."""
    return TOKEN_IN_URL.sub("/bot<token>/", text)


def _chosen(value: ODVInput[float], default: float | None) -> float | None:
    return default if isinstance(value, DefaultValue) else value


class AiohttpRequest(BaseRequest):
    def __init__(
        self, connection_pool_size: int = 256, read_timeout: float | None = DEFAULT_TIMEOUT
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            # Mozilla's CA bundle, as httpx uses: a slim container may have no system CAs.
            tls = ssl.create_default_context(cafile=certifi.where())
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size, ssl=tls),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        has_files = request_data is not None and request_data.contains_files
        read = _chosen(read_timeout, self._read_timeout)
        write = _chosen(write_timeout, MEDIA_WRITE_TIMEOUT if has_files else DEFAULT_TIMEOUT)
        pool = _chosen(pool_timeout, POOL_TIMEOUT)
        connect = _chosen(connect_timeout, DEFAULT_TIMEOUT)
        timeout = aiohttp.ClientTimeout(
            total=None,
            # aiohttp's "connect" covers waiting for a pooled connection and connecting.
            connect=None if pool is None or connect is None else pool + connect,
            sock_connect=connect,
            # aiohttp has no separate write timeout; a slow upload counts against the read one.
            sock_read=None if read is None or write is None else max(read, write),
        )
        try:
            async with self._session.request(
                method, url, timeout=timeout, **self._body(request_data)
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            # The error's text is kept (outbox, log): never with the token in it.
            raise NetworkError(
                f"aiohttp.{type(error).__name__}: {without_token(str(error))}"
            ) from error

    @staticmethod
    def _body(request_data: RequestData | None) -> dict[str, Any]:
        """``aiohttp`` arguments: a JSON body, or a multipart form when a file goes up."""
        if request_data is None:
            return {}
        if not request_data.contains_files:
            return {"json": request_data.parameters}
        form = aiohttp.FormData()
        for key, value in request_data.json_parameters.items():
            form.add_field(key, value)
        for key, (filename, content, mime_type) in request_data.multipart_data.items():
            form.add_field(key, content, filename=filename, content_type=mime_type)
        return {"data": form}
