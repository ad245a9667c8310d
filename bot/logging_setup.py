"""Logging that never shows the bot token or a citizen's words.

httpx logs every request URL at INFO and python-telegram-bot logs URLs and call parameters
at DEBUG, aiosqlite logs SQL parameters at DEBUG; Bot API URLs contain the token and
parameters contain what citizens wrote. So those
loggers are held at WARNING (whatever the root level), and as a second line of defence a
filter replaces the token in every record they and the root handlers pass on.
"""

from __future__ import annotations

import logging

QUIET_LOGGERS = ("httpx", "httpcore", "telegram", "apscheduler", "aiohttp.access", "aiosqlite")


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


def protect(token: str | None) -> None:
    """Keep the chatty libraries quiet and the token out of every log line."""
    redact = RedactToken(token)
    for name in QUIET_LOGGERS:
        logger = logging.getLogger(name)
        logger.setLevel(logging.WARNING)
        if not any(isinstance(f, RedactToken) for f in logger.filters):
            logger.addFilter(redact)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RedactToken) for f in handler.filters):
            handler.addFilter(redact)


def configure(token: str | None, level: int = logging.INFO) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )
    protect(token)
