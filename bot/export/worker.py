"""The export worker: a separate process that loads deduce once and scrubs and writes.

deduce needs over half a GB and a second or more to load, and importing it switches logging to
DEBUG. So it never enters the bot's (or the CLI's) process: an :class:`ExportWorker` starts one
``spawn``-ed process (a fresh interpreter, nothing inherited) through a
``ProcessPoolExecutor``; its initializer sets logging to WARNING *before* importing deduce and
again after, then loads the model. Batches of answers go to :func:`_scrub_batch`, the finished
document to :func:`_write_document` (so openpyxl and matplotlib stay out of the caller too).

One worker serves one export by default (:func:`bot.export.service.export` makes and closes
it); tests and benchmarks may share one across exports.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from bot.export.document import ExportDocument
from bot.export.records import ExportError, Language
from bot.export.scrub import patterns
from bot.export.scrub.engine import DeduceEngine, quiet_logging
from bot.export.scrub.scrubber import Scrubber, ScrubItem, ScrubResult

_STATE: dict[str, Any] = {}


@dataclass(frozen=True, slots=True)
class WorkerInfo:
    """What a worker process reports about itself (for the summary, tests and benchmarks)."""

    pid: int
    deduce_seconds: float
    root_level: int
    httpx_level: int
    deduce_imported: bool


def _initialise(cache_dir: str | None) -> None:
    """Runs first in the worker process: quiet logging, then load deduce (the rules' patterns
    are compiled by then: the first worker of a new version writes them to their file).

    A failure is remembered rather than raised (which would only say "the process pool
    broke"): every task then reports it as one readable :class:`ExportError`.
    """
    quiet_logging()
    patterns.save()
    try:
        engine = DeduceEngine.load(Path(cache_dir) if cache_dir else None)
    except Exception as error:  # reported by every task
        _STATE["error"] = f"deduce could not be loaded: {type(error).__name__}: {error}"
        return
    _STATE["scrubber"] = Scrubber(engine)
    _STATE["deduce_seconds"] = engine.load_seconds


def _scrubber() -> Any:
    if "error" in _STATE:
        raise ExportError(_STATE["error"])
    return _STATE["scrubber"]


def _info() -> WorkerInfo:
    _scrubber()
    return WorkerInfo(
        pid=os.getpid(),
        deduce_seconds=float(_STATE.get("deduce_seconds", 0.0)),
        root_level=logging.getLogger().level,
        httpx_level=logging.getLogger("httpx").getEffectiveLevel(),
        deduce_imported="deduce" in sys.modules,
    )


def _scrub_batch(items: list[ScrubItem], language: Language, with_spans: bool) -> list[ScrubResult]:
    scrubber = _scrubber()
    results = []
    for item in items:
        result = scrubber.scrub(item.text, item.person, language)
        if not with_spans:
            result = ScrubResult(result.text, result.counts, marks=result.marks)
        results.append(result)
    return results


def _write(document: ExportDocument, out: Path, format_name: str) -> list[Path]:
    from bot.export.formats import writer

    return writer(format_name)(document, out)


class ExportWorker:
    """A worker process (or ``processes`` of them) with deduce loaded.

    Use as a context manager, or call :meth:`close`. Methods return
    :class:`concurrent.futures.Future` objects; wrap them with ``asyncio.wrap_future`` in
    async code so the event loop never waits on deduce.
    """

    def __init__(self, processes: int = 1, cache_dir: Path | None = None) -> None:
        self.processes = processes
        self._pool = ProcessPoolExecutor(
            max_workers=processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_initialise,
            initargs=(str(cache_dir) if cache_dir else None,),
        )

    def __enter__(self) -> ExportWorker:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _submit(self, function: Any, *args: Any) -> Future[Any]:
        try:
            return self._pool.submit(function, *args)
        except (BrokenProcessPool, RuntimeError) as error:
            raise ExportError(f"the export worker stopped: {error}") from error

    def info(self) -> Future[WorkerInfo]:
        """The worker's pid, deduce load time and logging levels (waits for loading)."""
        return self._submit(_info)

    def scrub(
        self, items: list[ScrubItem], language: Language, *, with_spans: bool = False
    ) -> Future[list[ScrubResult]]:
        return self._submit(_scrub_batch, items, language, with_spans)

    def write(self, document: ExportDocument, out: Path, format_name: str) -> Future[list[Path]]:
        return self._submit(_write, document, out, format_name)

    def close(self, *, wait: bool = True) -> None:
        """Stop the worker process(es); pending batches are cancelled. With ``wait=False`` the
        processes end in the background (after the batch in hand, if any)."""
        self._pool.shutdown(wait=wait, cancel_futures=True)
