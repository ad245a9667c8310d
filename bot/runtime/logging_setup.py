"""Logging that never shows the bot token or a citizen's words.

httpx logs every request URL at INFO and python-telegram-bot logs URLs and call parameters
at DEBUG; Bot API URLs contain the token and
parameters contain what citizens wrote. So those loggers are held at WARNING (whatever the
root level).

The token can still reach a log line through an exception: aiohttp's "Connection timeout to
host …/bot<token>/sendMessage" is the cause of python-telegram-bot's ``TimedOut``, and a
traceback shows the whole chain. So every log record, of every logger and for every handler
(also one added later), is cleaned the moment it is made (a log record factory): the message,
the formatted traceback and the stack. A traceback with the token is replaced by its cleaned
text. Exceptions nobody caught go through the same cleaning (``sys.excepthook``).

A citizen's words reach a log line only if someone logs an update, a message or a callback
query (or an update's raw JSON) as an argument: the same cleaning replaces those with what
identifies them (``update 17 (chat 42)``), never their text.

:func:`configure` writes one line per event to standard output, as text or as JSON (for a
log platform; ``DOETMEE_LOG_FORMAT``). Both get the cleaned record; a traceback stays on the
event's line (its line breaks written as ``\\n`` in text; JSON escapes them anyway), and the
JSON has fixed fields only, so nothing passed as ``extra`` reaches it.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import traceback
from collections.abc import Mapping
from datetime import UTC, datetime
from types import TracebackType
from typing import IO, Any
from urllib.parse import quote

from telegram import CallbackQuery, Chat, Message, TelegramObject, Update, User

QUIET_LOGGERS = ("httpx", "httpcore", "telegram", "apscheduler", "aiohttp.access")
MASK = "<token>"


class Redactor:
    """Replaces the secrets it was given (and their URL-encoded forms) in text."""

    def __init__(self) -> None:
        self._secrets: tuple[str, ...] = ()

    def add(self, token: str) -> None:
        forms = {token, quote(token, safe="")}
        _bot_id, _, secret_part = token.partition(":")
        if len(secret_part) >= 8:  # the secret half of a bot token is enough to abuse it
            forms.add(secret_part)
        self._secrets = tuple(sorted(set(self._secrets) | forms, key=len, reverse=True))

    def clean(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, MASK)
        return text

    def clean_record(self, record: logging.LogRecord) -> None:
        _drop_words(record)
        if not self._secrets:
            return
        try:
            message = record.getMessage()
        except Exception:  # a wrong logging call: logging reports it, so clean what it shows
            message = f"{record.msg} {record.args!r}"
        cleaned = self.clean(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[0] is not None:
            text = record.exc_text or _TRACEBACKS.formatException(record.exc_info)
            cleaned = self.clean(text)
            if cleaned != text:
                # Formatters append exc_text; without exc_info nobody can render the original.
                record.exc_text, record.exc_info = cleaned, None
        elif record.exc_text:
            record.exc_text = self.clean(record.exc_text)
        if record.stack_info:
            record.stack_info = self.clean(record.stack_info)


def _drop_words(record: logging.LogRecord) -> None:
    """Updates, messages and callback queries given to a log call become their ids."""
    if isinstance(record.msg, TelegramObject | Mapping):
        record.msg = _identify(record.msg)
    if isinstance(record.args, tuple):
        if any(isinstance(arg, TelegramObject | Mapping) for arg in record.args):
            record.args = tuple(_identify(arg) for arg in record.args)
    elif isinstance(record.args, Mapping):
        if "update_id" in record.args:  # one argument, an update's raw JSON
            record.args = (_identify(record.args),)
        else:
            record.args = {key: _identify(value) for key, value in record.args.items()}


def _identify(value: object) -> object:
    """What identifies an object that may carry a citizen's words, without the words."""
    if isinstance(value, Update):
        chat = value.effective_chat.id if value.effective_chat else None
        return f"update {value.update_id} (chat {chat})"
    if isinstance(value, Message):
        return f"message {value.message_id} (chat {value.chat_id})"
    if isinstance(value, CallbackQuery):
        return f"callback query {value.id}"
    if isinstance(value, User | Chat):
        return f"{type(value).__name__.lower()} {value.id}"
    if isinstance(value, TelegramObject):
        return type(value).__name__
    if isinstance(value, Mapping) and "update_id" in value:  # an update's raw JSON
        return f"update {value['update_id']}"
    return value


_TRACEBACKS = logging.Formatter()
_REDACTOR = Redactor()
_installed = threading.Lock()
_factory_installed = False


def _install() -> None:
    """Clean every record as it is made, and every exception nobody caught."""
    global _factory_installed
    with _installed:
        if _factory_installed:
            return
        make_record = logging.getLogRecordFactory()

        def clean_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = make_record(*args, **kwargs)
            _REDACTOR.clean_record(record)
            return record

        logging.setLogRecordFactory(clean_record)
        sys.excepthook = _uncaught
        threading.excepthook = _uncaught_in_thread
        _factory_installed = True


def _uncaught(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    text = "".join(traceback.format_exception(kind, error, trace))
    sys.stderr.write(_REDACTOR.clean(text))


def _uncaught_in_thread(arguments: threading.ExceptHookArgs) -> None:
    if arguments.exc_type is SystemExit:
        return
    _uncaught(
        arguments.exc_type, arguments.exc_value or arguments.exc_type(), arguments.exc_traceback
    )


def protect(token: str | None) -> None:
    """Keep the chatty libraries quiet and the token out of every log line."""
    _install()
    if token:
        _REDACTOR.add(token)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


class OneLineText(logging.Formatter):
    """``2026-12-04T09:15:02+0000 INFO bot.runner: …``, a traceback on the same line."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%dT%H:%M:%S%z")

    def format(self, record: logging.LogRecord) -> str:
        return super().format(record).replace("\r", "").replace("\n", "\\n")


class OneLineJson(logging.Formatter):
    """One JSON object per line: time (UTC), level, logger, message, and the traceback and
    stack when there are any."""

    def format(self, record: logging.LogRecord) -> str:
        event: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            event["exception"] = record.exc_text
        if record.stack_info:
            event["stack"] = record.stack_info
        return json.dumps(event, ensure_ascii=False, default=str)


FORMATTERS: dict[str, type[logging.Formatter]] = {"text": OneLineText, "json": OneLineJson}


def configure(
    token: str | None,
    level: int = logging.INFO,
    log_format: str = "text",
    stream: IO[str] | None = None,
) -> None:
    """Every logger's events to standard output (or ``stream``), one line each."""
    handler = logging.StreamHandler(stream if stream is not None else sys.stdout)
    handler.setFormatter(FORMATTERS[log_format]())
    logging.basicConfig(level=level, handlers=[handler], force=True)
    protect(token)
