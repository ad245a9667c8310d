"""Logs: one line per event on standard output, as text or JSON (``DOETMEE_LOG_FORMAT``), with
the same cleaning in both — no bot token, no citizen's words."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from telegram import Update

from bot.config import ConfigError, load_settings
from bot.runtime import logging_setup

TOKEN = "5151:FORMATtoken-SeCrEt-0123456789"
SECRET_HALF = TOKEN.partition(":")[2]
WORDS = "mijn buurman Jan de Vries woont op Dorpsstraat 12"
UPDATE = {
    "update_id": 77,
    "message": {
        "message_id": 5,
        "date": 1_700_000_000,
        "chat": {"id": 4242, "type": "private"},
        "from": {"id": 4242, "is_bot": False, "first_name": "Anne"},
        "text": WORDS,
    },
}


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        yield
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)


def log_events(log_format: str) -> list[str]:
    """Configure as ``doetmee run`` does, log what could leak, return the lines written."""
    stream = io.StringIO()
    logging_setup.configure(TOKEN, log_format=log_format, stream=stream)
    update = Update.de_json(UPDATE, None)
    log = logging.getLogger("bot.errors")
    url = f"https://api.telegram.org/bot{TOKEN}/sendMessage"
    log.info("bot started")
    log.warning("while handling %s", update)
    log.warning("the message %s of %s", update.message, update.effective_user)
    log.warning("stored %s", UPDATE)
    log.info(update)
    try:
        try:
            raise ConnectionError(f"Connection timeout to host {url}")
        except ConnectionError as cause:
            raise RuntimeError("Timed out") from cause
    except RuntimeError:
        log.exception("error while handling %s", update)
    logging.getLogger("some.library").warning("failed at %s", url, stack_info=True)
    return stream.getvalue().splitlines()


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_one_line_per_event_without_token_or_words(log_format: str, restore_logging: None) -> None:
    lines = log_events(log_format)
    assert len(lines) == 7  # one per event, tracebacks and stacks included
    everything = "\n".join(lines)
    assert TOKEN not in everything and SECRET_HALF not in everything
    assert WORDS not in everything and "Jan de Vries" not in everything
    assert "Anne" not in everything
    assert "update 77 (chat 4242)" in lines[1]
    assert "message 5 (chat 4242) of user 4242" in lines[2]
    assert "stored update 77" in lines[3]
    assert "Connection timeout to host" in lines[5] and "/bot<token>/sendMessage" in lines[5]
    if log_format == "json":
        events = [json.loads(line) for line in lines]
        assert [e["level"] for e in events][:2] == ["INFO", "WARNING"]
        assert events[0] == {
            "time": events[0]["time"],
            "level": "INFO",
            "logger": "bot.errors",
            "message": "bot started",
        }
        assert events[0]["time"].endswith("+00:00")
        assert "Traceback" in events[5]["exception"]
        assert "RuntimeError: Timed out" in events[5]["exception"]
        assert "stack" in events[6]
    else:
        assert " INFO bot.errors: bot started" in lines[0]
        assert "Traceback" in lines[5] and "\\n" in lines[5]


def test_the_log_format_is_checked() -> None:
    assert load_settings({}).log_format == "text"
    assert load_settings({"DOETMEE_LOG_FORMAT": "JSON"}).log_format == "json"
    with pytest.raises(ConfigError) as refused:
        load_settings({"DOETMEE_LOG_FORMAT": "xml"})
    assert refused.value.variable == "DOETMEE_LOG_FORMAT"
