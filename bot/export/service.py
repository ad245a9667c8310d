"""Running an export: records in, finished file(s) and an :class:`ExportSummary` out.

``await export(...)`` for the bot (the event loop only waits on futures; scrubbing and
writing happen in the worker process), ``export_sync(...)`` for the command line. Steps:

1. check the output folder (one clear :class:`ExportError` if it cannot be written);
2. keep the records the purpose allows (:mod:`bot.export.policy`);
3. label respondents (:mod:`bot.export.pseudonyms`) and decide which demographic cells are
   released (:mod:`bot.export.kanon`);
4. scrub the text answers in the worker, :data:`BATCH_SIZE` at a time, reporting progress;
5. let the worker write the format atomically; return the summary.
"""

from __future__ import annotations

import asyncio
import os
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from bot.export.document import ExportDocument, ExportRow
from bot.export.kanon import Profile, Release, release
from bot.export.labels import SUPPRESSED
from bot.export.policy import admitted, answered_on
from bot.export.pseudonyms import labeller
from bot.export.records import AnswerRecord, ExportError, ExportRequest, ExportSummary
from bot.export.scrub.rules.names import KnownPerson
from bot.export.scrub.scrubber import ScrubItem, ScrubResult
from bot.export.worker import ExportWorker

BATCH_SIZE = 100
"""Text answers per call to the worker: large enough to hide the call overhead (under a
millisecond), small enough for a smooth progress bar and for two workers to finish close
together (the one done first waits at most one batch, some 0.4 s, for the other)."""

TWO_WORKERS_FROM = 5_000
"""From this many open answers an export uses two worker processes, if the machine has two
cores and 3 GB of memory available: the two load deduce side by side (~0.5 s more), and
scrubbing goes twice as fast (measured with issue 14's rules: 610–800 versus 1,240–1,530
answers/s on 2 cores; 10,000 answers in 14–18 s with one, 10–11 s with two)."""

Progress = Callable[[int, int], None]
T = TypeVar("T")


@dataclass
class ExportPlan:
    """An export after the purpose rules, pseudonyms and k-anonymity; before scrubbing."""

    request: ExportRequest
    records: list[AnswerRecord]
    labels: list[str]
    demographics: list[tuple[str | None, str | None]]
    respondents: int
    suppressed_cells: int
    text_indexes: list[int] = field(default_factory=list)

    def batches(self) -> list[list[int]]:
        indexes = self.text_indexes
        return [indexes[i : i + BATCH_SIZE] for i in range(0, len(indexes), BATCH_SIZE)]

    def items(self, indexes: list[int]) -> list[ScrubItem]:
        return [
            ScrubItem(
                self.records[i].value,
                KnownPerson(
                    self.records[i].first_name,
                    self.records[i].last_name,
                    self.records[i].username,
                ),
            )
            for i in indexes
        ]


def _available_memory() -> int | None:
    """MemAvailable from /proc/meminfo in bytes (Linux), else ``None``."""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def worker_processes(text_answers: int) -> int:
    """1, or 2 for big exports on a machine that can carry two copies of deduce."""
    if text_answers < TWO_WORKERS_FROM or (os.cpu_count() or 1) < 2:
        return 1
    memory = _available_memory()
    return 2 if memory is not None and memory >= 3 * 1024**3 else 1


def check_output(out: Path) -> None:
    """Raise :class:`ExportError` unless ``out`` can be written."""
    folder = out.parent
    if out.is_dir():
        raise ExportError(f"{out} is a folder, not a file name")
    if not folder.is_dir():
        raise ExportError(f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"the folder {folder} is not writable")


def _profiles(records: list[AnswerRecord]) -> dict[str, Profile]:
    """Per respondent, the latest municipality and age band they gave."""
    profiles: dict[str, Profile] = {}
    for record in sorted(records, key=lambda r: r.answered_at):
        municipality, age_band = profiles.get(record.respondent_key, (None, None))
        profiles[record.respondent_key] = (
            record.municipality or municipality,
            record.age_band or age_band,
        )
    return profiles


def plan(request: ExportRequest, records: Iterable[AnswerRecord]) -> ExportPlan:
    """Steps 2 and 3: filter, label, suppress. Pure and fast; no deduce."""
    kept = [r for r in records if admitted(r, request)]
    profiles = _profiles(kept)
    released = release(profiles, request.k)
    label = labeller(request.purpose, request.secret, request.dialogue_id, request.language)
    marker = SUPPRESSED[request.language]
    labels = []
    demographics = []
    suppressed = 0
    for record in kept:
        municipality, age_band = profiles[record.respondent_key]
        shown: Release = released[record.respondent_key]
        if municipality is not None and not shown.municipality:
            municipality = marker
            suppressed += 1
        if age_band is not None and not shown.age_band:
            age_band = marker
            suppressed += 1
        labels.append(label(record.respondent_key))
        demographics.append((municipality, age_band))
    return ExportPlan(
        request=request,
        records=kept,
        labels=labels,
        demographics=demographics,
        respondents=len(profiles),
        suppressed_cells=suppressed,
        text_indexes=[i for i, r in enumerate(kept) if r.question_type == "text"],
    )


def _document(work: ExportPlan, scrubbed: dict[int, ScrubResult]) -> ExportDocument:
    counts: Counter[str] = Counter()
    for result in scrubbed.values():
        counts.update(result.counts)
    request = work.request
    rows = []
    marks = 0
    for i, record in enumerate(work.records):
        answer = scrubbed[i].text if i in scrubbed else record.value
        row_marks = scrubbed[i].marks if i in scrubbed else ()
        marks += len(row_marks)
        municipality, age_band = work.demographics[i]
        rows.append(
            ExportRow(
                respondent=work.labels[i],
                dialogue=record.dialogue_id,
                version=record.dialogue_version,
                question_id=record.question_id,
                question=record.question_prompt,
                type=record.question_type,
                answer=answer,
                date=answered_on(record, request.timezone),
                municipality=municipality,
                age_band=age_band,
                marks=row_marks,
            )
        )
    return ExportDocument(
        dialogue_id=request.dialogue_id,
        purpose=request.purpose,
        language=request.language,
        since=request.since,
        until=request.until,
        k=request.k,
        made_on=datetime.now(request.timezone).date(),
        rows=tuple(rows),
        respondents=work.respondents,
        scrubbed=dict(sorted(counts.items())),
        suppressed_cells=work.suppressed_cells,
        marks=marks,
    )


def _summary(work: ExportPlan, document: ExportDocument, extra: list[Path]) -> ExportSummary:
    return ExportSummary(
        respondents=work.respondents,
        answers=len(document.rows),
        scrubbed=dict(document.scrubbed),
        suppressed_cells=work.suppressed_cells,
        out=work.request.out,
        extra_files=tuple(extra),
        marks=document.marks,
    )


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def export_sync(
    request: ExportRequest,
    records: Iterable[AnswerRecord],
    progress: Progress | None = None,
    *,
    worker: ExportWorker | None = None,
) -> ExportSummary:
    """Make the export and wait for it (for the command line).

    ``progress(done, total)`` is called with answers processed so far. A ``worker`` may be
    passed to reuse a loaded deduce; otherwise one is started and stopped for this export.
    """
    return asyncio.run(export(request, records, progress, worker=worker))


async def export(
    request: ExportRequest,
    records: Iterable[AnswerRecord],
    progress: Progress | None = None,
    *,
    worker: ExportWorker | None = None,
) -> ExportSummary:
    """Make the export without blocking the event loop (for the bot).

    Filtering and labelling run in a thread, scrubbing and writing in the worker process;
    ``progress`` is called on the event loop's thread.
    """
    check_output(request.out)
    work = await asyncio.to_thread(plan, request, list(records))
    own = worker is None
    active = worker or ExportWorker(processes=worker_processes(len(work.text_indexes)))
    try:
        total = len(work.records)
        done = total - len(work.text_indexes)
        _report(progress, done, total)
        batches = work.batches()
        futures = [active.scrub(work.items(b), request.language) for b in batches]
        scrubbed: dict[int, ScrubResult] = {}
        for batch, future in zip(batches, futures, strict=True):
            results = await _awaited(future)
            scrubbed.update(zip(batch, results, strict=True))
            done += len(batch)
            _report(progress, done, total)
        document = await asyncio.to_thread(_document, work, scrubbed)
        extra = await _awaited(active.write(document, request.out, request.format))
        return _summary(work, document, extra)
    finally:
        if own:
            active.close(wait=False)  # the file is written: staff need not wait for the stop


def _translated(error: BaseException) -> BaseException:
    """Worker failures staff can act on become one-line :class:`ExportError` messages."""
    if isinstance(error, ExportError):
        return error
    if isinstance(error, BrokenProcessPool):
        return ExportError("the export worker stopped unexpectedly (out of memory?)")
    if isinstance(error, OSError):
        return ExportError(f"could not write the export: {error}")
    return error


async def _awaited(future: Future[T]) -> T:
    try:
        return await asyncio.wrap_future(future)
    except Exception as error:
        translated = _translated(error)
        if translated is error:
            raise
        raise translated from error
