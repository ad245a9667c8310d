"""Benchmark of the anonymised export: 10,000 synthetic answers to CSV and to Markdown.

Answers are made from the quality corpus (``tests/export/corpus``), varied: other numbers,
other places, other Telegram names, sometimes two answers joined. 80% are open answers (all
scrubbed), 20% choice and scale answers (for the charts). Each format is exported the way the
CLI does it: a fresh worker process (load deduce), scrub, write, stop.

    .venv/bin/python benchmarks/export_benchmark.py [--answers 10000] [--processes 1]

Prints per export: worker start + deduce load, scrubbing time and rate (open answers per
second), writing time and the total until the file is written (what staff wait for: the
export stops its worker without waiting); goal: under 20 s per export on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.export import AnswerRecord, ExportRequest, ExportWorker, export_sync  # noqa: E402

CORPUS = ROOT / "tests" / "export" / "corpus"
MARK = re.compile(r"\{\{\w+:(.+?)\}\}")
PLACES = [
    *("Zwolle", "Enschede", "Deventer", "Hengelo", "Almelo", "Kampen", "Staphorst"),
    *("Hardenberg", "Ommen", "Raalte", "Goor", "Delden", "Markelo", "Nijverdal"),
    *("Vriezenveen", "Genemuiden", "Giethoorn", "Vollenhove", "Dedemsvaart", "Heino"),
    *("Holten", "Enter", "Wierden", "Haaksbergen", "Glanerbrug", "Denekamp", "Ootmarsum"),
]
MUNICIPALITIES = [
    *("Zwolle", "Enschede", "Deventer", "Hengelo", "Almelo", "Kampen", "Staphorst"),
    *("Hardenberg", "Ommen", "Raalte", "Losser"),
]
FIRST = [
    *("Jan", "Anouk", "Henk", "Fatima", "Mehmet", "Sanne", "Gerrit", "Lotte", "Daan"),
    *("Esther", "Noah", "Emma", "Bram", "Yara"),
]
LAST = ["de Vries", "Nijhuis", "Kamphuis", "Brinkman", "Yilmaz", "ter Horst", "Assink", None]
BANDS = ["16-17", "18-25", "26-40", "41-65", "65+", "<16", None]
OPTIONS = ["Goed luisteren", "Eerlijk en integer", "Duidelijke taal", "Iets anders"]


def corpus_texts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):  # "#": a comment (corpus_tools)
                texts.append(MARK.sub(r"\1", json.loads(line)["text"]))
    return texts


def vary(text: str, rng: random.Random, texts: list[str]) -> str:
    text = re.sub(r"\d", lambda _: str(rng.randint(0, 9)), text)
    for place in PLACES:
        if place in text and rng.random() < 0.5:
            text = text.replace(place, rng.choice(PLACES))
    if rng.random() < 0.3:
        text = f"{text} {rng.choice(texts)}"
    return text


def synthetic(count: int, seed: int = 4) -> list[AnswerRecord]:
    rng = random.Random(seed)
    texts = corpus_texts()
    start = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    records = []
    for i in range(count):
        respondent = i // 4
        kind = i % 5  # 0-3: open answers; 4: a choice or a scale answer
        common = {
            "respondent_key": f"bench-{respondent}",
            "first_name": FIRST[respondent % len(FIRST)],
            "last_name": LAST[respondent % len(LAST)],
            "username": f"user{respondent}" if respondent % 3 else None,
            "age_band": BANDS[respondent % len(BANDS)],
            "municipality": MUNICIPALITIES[respondent % len(MUNICIPALITIES)],
            "dialogue_id": "goed-bestuur",
            "dialogue_version": 1,
            "answered_at": start + timedelta(minutes=7 * i),
            "quote_allowed": True,
        }
        if kind == 4 and (i // 5) % 2:
            records.append(
                AnswerRecord(
                    **common,
                    question_id="belangrijkst",
                    question_type="choice",
                    question_prompt="Wat vind je het belangrijkst?",
                    value=rng.choice(OPTIONS),
                )
            )
        elif kind == 4:
            records.append(
                AnswerRecord(
                    **common,
                    question_id="vertrouwen",
                    question_type="scale",
                    question_prompt="Hoeveel vertrouwen heb je in de provincie?",
                    value=str(rng.randint(1, 10)),
                )
            )
        else:
            records.append(
                AnswerRecord(
                    **common,
                    question_id=("betekenis", "betrokken", "vraag", "moment")[kind],
                    question_type="text",
                    question_prompt="Wat betekent goed bestuur voor jou?",
                    value=vary(rng.choice(texts), rng, texts),
                )
            )
    return records


def run(format_name: str, records: list[AnswerRecord], processes: int, folder: Path) -> float:
    texts = sum(r.question_type == "text" for r in records)
    marks: list[float] = []
    started = time.perf_counter()
    with ExportWorker(processes=processes) as worker:
        infos = [worker.info() for _ in range(processes)]
        loads = [info.result().deduce_seconds for info in infos]
        ready = time.perf_counter()
        request = ExportRequest(
            dialogue_id="goed-bestuur",
            purpose="analyse",
            format=format_name,  # type: ignore[arg-type]
            out=folder / f"benchmark.{format_name}",
            secret=b"benchmark",
        )
        summary = export_sync(
            request, records, lambda done, total: marks.append(time.perf_counter()), worker=worker
        )
        finished = time.perf_counter()
    stopped = time.perf_counter()
    scrub_seconds = marks[-1] - marks[0]
    write_seconds = finished - marks[-1]
    print(f"{format_name}:")
    print(f"  worker start + deduce load {ready - started:6.2f} s (deduce {max(loads):.2f} s)")
    print(f"  plan (filter, pseudonyms)  {marks[0] - ready:6.2f} s")
    print(
        f"  scrubbing                  {scrub_seconds:6.2f} s "
        f"({texts} open answers, {texts / scrub_seconds:,.0f} answers/s)"
    )
    print(f"  writing                    {write_seconds:6.2f} s")
    print(f"  total                      {finished - started:6.2f} s (the file is written)")
    print(f"  stopping the worker        {stopped - finished:6.2f} s (after: no one waits for it)")
    print(
        f"  {summary.answers} answers, {summary.respondents} respondents, "
        f"scrubbed {summary.scrubbed}, suppressed cells {summary.suppressed_cells}, "
        f"spots to check {summary.marks}"
    )
    return finished - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=10_000)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--formats", default="csv,md")
    args = parser.parse_args()
    records = synthetic(args.answers)
    print(f"{len(records)} synthetic answers, {args.processes} worker process(es)")
    with tempfile.TemporaryDirectory() as folder:
        for format_name in args.formats.split(","):
            run(format_name, records, args.processes, Path(folder))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory of a worker process: {peak:,.0f} MB")


if __name__ == "__main__":
    main()
