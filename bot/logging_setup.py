"""Logging that never shows the bot token or a citizen's words.

httpx logs every request URL at INFO, and Bot API URLs contain the token; we keep httpx
at WARNING and, as a second line of defence, a filter replaces the token in every record.
"""

from __future__ import annotations

import logging

QUIET_LOGGERS = ("httpx", "httpcore", "apscheduler", "telegram.ext.ExtBot", "aiohttp.access")


class RedactToken(logging.Filter):
    def __init__(self, token: str | None) -> None:
        super().__init__()
        self._token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._token:
            return True
        message = record.getMessage()
        if self._token in message:
            record.msg = message.replace(self._token, "<token>")
            record.args = None
        return True


def configure(token: str | None, level: int = logging.INFO) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )
    redact = RedactToken(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
