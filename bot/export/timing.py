"""How long an export takes, so the bot's "this takes …" is a promise we keep.

Measured on the 2-core machine (``benchmarks/export_benchmark.py``, README): starting the
worker and loading deduce 2–4 s, scrubbing ~1,000 open answers per second, writing under a
second; building deduce's cache once after installing 82 s. The estimate uses generous
margins (a machine busy with other work, the md charts), so the real time stays under it.
"""

from __future__ import annotations

import math

from bot.export.scrub.deduce_cache import BUILD_SECONDS

START_SECONDS = 8.0
"""Worker start and deduce loaded from its cache (measured 2–4 s)."""
BUILD_MARGIN_SECONDS = 2.0 * BUILD_SECONDS
"""The first export after installing builds deduce's cache (measured 82 s)."""
ANSWERS_PER_SECOND = 400.0
"""Open answers scrubbed per second (measured ~1,000 on one core)."""
WRITE_SECONDS = 5.0
"""Writing the file, charts included (measured under 1 s)."""


def estimate_seconds(text_answers: int, cache_ready: bool) -> float:
    """An upper estimate of an export's duration."""
    seconds = START_SECONDS + WRITE_SECONDS + text_answers / ANSWERS_PER_SECOND
    if not cache_ready:
        seconds += BUILD_MARGIN_SECONDS
    return seconds


def promised_minutes(seconds: float) -> float:
    """What the bot promises: half a minute, one minute, or whole minutes (rounded up)."""
    if seconds <= 30:
        return 0.5
    return float(math.ceil(seconds / 60))
