"""Shared fixtures: one export worker (deduce loaded once) for the whole test folder, and the
scrubber's rules alone."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.export.records import AnswerRecord
from bot.export.scrub import Scrubber
from bot.export.worker import ExportWorker

# The bot sets httpx to WARNING so request URLs (with the token) are never logged; the
# worker must not change that in this process.
logging.getLogger("httpx").setLevel(logging.WARNING)
PARENT_LEVELS = (logging.getLogger().level, logging.getLogger("httpx").level)


@pytest.fixture(scope="session")
def worker() -> Iterator[ExportWorker]:
    with ExportWorker() as shared:
        shared.info().result(timeout=600)  # wait until deduce is loaded
        yield shared


@pytest.fixture(scope="session")
def rules() -> Scrubber:
    """The scrubber's rules without deduce (fast; for the tests of single rules)."""
    return Scrubber(engine=None)


RecordFactory = Callable[..., AnswerRecord]


@pytest.fixture
def record() -> RecordFactory:
    """Build an :class:`AnswerRecord` with sensible defaults; override any field."""
    counter = iter(range(1_000_000))

    def make(**fields: Any) -> AnswerRecord:
        n = next(counter)
        defaults: dict[str, Any] = {
            "respondent_key": f"resp-{n}",
            "first_name": None,
            "last_name": None,
            "username": None,
            "age_band": "26-40",
            "municipality": "Zwolle",
            "dialogue_id": "goed-bestuur",
            "dialogue_version": 1,
            "question_id": "betekenis",
            "question_type": "text",
            "question_prompt": "Wat betekent goed bestuur voor jou?",
            "value": "Luisteren naar inwoners.",
            "answered_at": datetime(2025, 5, 1, 10, 0, tzinfo=UTC) + timedelta(minutes=n),
            "quote_allowed": True,
        }
        defaults.update(fields)
        return AnswerRecord(**defaults)

    return make
