"""Whole exports through the worker: purpose filters, suppression, pseudonyms, progress."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import multiprocessing
import time
from pathlib import Path

import openpyxl
import pytest

from bot.export import ExportError, ExportRequest, export, export_sync
from bot.export.pseudonyms import analysis_pseudonym
from bot.export.records import AnswerRecord
from bot.export.worker import ExportWorker
from tests.export.conftest import RecordFactory


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig"), newline="")))


def request(out: Path, purpose: str = "analyse", **fields: object) -> ExportRequest:
    values: dict[str, object] = {
        "dialogue_id": "goed-bestuur",
        "purpose": purpose,
        "format": out.suffix.lstrip("."),
        "out": out,
        "secret": b"test-secret",
    }
    values.update(fields)
    return ExportRequest(**values)  # type: ignore[arg-type]


def sample(record: RecordFactory) -> list[AnswerRecord]:
    records = []
    for i in range(12):
        key = f"citizen-{i}"
        band = "<16" if i < 2 else ("18-25" if i % 2 else "41-65")
        common = {"respondent_key": key, "age_band": band, "municipality": "Zwolle"}
        records.append(
            record(
                **common,
                first_name="Fleur",
                value=f"Luister beter! Bel 06-1234567{i % 10}. Groetjes, fleur",
                quote_allowed=i % 3 != 2,
            )
        )
        records.append(
            record(
                **common,
                question_id="belangrijkst",
                question_type="choice",
                question_prompt="Wat vind je het belangrijkst?",
                value="Goed luisteren" if i % 2 else "Eerlijk en integer",
                quote_allowed=False,
            )
        )
    records.append(record(respondent_key="rare", municipality="Tubbergen", age_band="65+"))
    return records


def test_verhalenreeks_only_quotable_16_plus(
    worker: ExportWorker, record: RecordFactory, tmp_path: Path
) -> None:
    out = tmp_path / "story.csv"
    summary = export_sync(request(out, "verhalenreeks", k=3), sample(record), worker=worker)
    rows = read_csv(out)
    # 12 citizens: 2 under 16, 4 without quote permission (i % 3 == 2), of which none under 16
    # overlap: i in {2, 5, 8, 11} -> 12 - 2 - 4 = 6, plus "rare".
    assert summary.answers == len(rows) == 7
    assert {r["type"] for r in rows} == {"text"}
    assert all(r["leeftijdsgroep"] != "<16" for r in rows)
    assert all(r["respondent"].startswith("Inwoner ") for r in rows)
    assert "fleur" not in out.read_text("utf-8-sig").lower()
    fleur = [r for r in rows if r["antwoord"].startswith("Luister beter!")]
    assert len(fleur) == 6
    assert all(r["antwoord"] == "Luister beter! Bel [telefoon]. Groetjes, [naam]" for r in fleur)
    assert summary.scrubbed == {"name": 6, "phone": 6}


def test_analyse_has_everything_with_stable_pseudonyms(
    worker: ExportWorker, record: RecordFactory, tmp_path: Path
) -> None:
    records = sample(record)
    first = export_sync(request(tmp_path / "a.csv", k=3), records, worker=worker)
    export_sync(request(tmp_path / "b.csv", k=3), records, worker=worker)
    a, b = read_csv(tmp_path / "a.csv"), read_csv(tmp_path / "b.csv")
    assert first.answers == len(records) and first.respondents == 13
    assert [r["respondent"] for r in a] == [r["respondent"] for r in b]
    assert a[0]["respondent"] == analysis_pseudonym(b"test-secret", "citizen-0")
    export_sync(request(tmp_path / "c.csv", k=3, secret=b"other"), records, worker=worker)
    assert read_csv(tmp_path / "c.csv")[0]["respondent"] != a[0]["respondent"]
    assert "citizen-" not in (tmp_path / "a.csv").read_text("utf-8-sig")


def test_k_suppression_in_export(
    worker: ExportWorker, record: RecordFactory, tmp_path: Path
) -> None:
    out = tmp_path / "k.jsonl"
    summary = export_sync(request(out, k=3), sample(record), worker=worker)
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    hidden = [r for r in rows if r["municipality"] != "Zwolle"]
    # (Zwolle, 18-25) and (Zwolle, 41-65) have 5 citizens each: shown. "rare" (Tubbergen,
    # 65+) is alone, and the two under-16s of Zwolle are two: no generalisation reaches k=3
    # ("<16" alone: 2; "Zwolle with a hidden age band": 2), so both fields are hidden.
    assert len(hidden) == 1 + 2 * 2
    assert {(r["municipality"], r["age_band"]) for r in hidden} == {
        ("[onderdrukt]", "[onderdrukt]")
    }
    assert summary.suppressed_cells == 2 * len(hidden)
    assert {r["age_band"] for r in rows} == {"18-25", "41-65", "[onderdrukt]"}


def test_xlsx_and_md_exports(worker: ExportWorker, record: RecordFactory, tmp_path: Path) -> None:
    records = sample(record)
    export_sync(request(tmp_path / "e.xlsx", k=3, language="en"), records, worker=worker)
    book = openpyxl.load_workbook(tmp_path / "e.xlsx")
    assert book.sheetnames == ["Summary", "Open questions", "Choice questions"]
    summary = export_sync(request(tmp_path / "e.md", k=3), records, worker=worker)
    assert [p.name for p in summary.extra_files] == ["q02-belangrijkst.png"]
    assert (tmp_path / "e_files" / "q02-belangrijkst.png").exists()
    assert "[telefoon]" in (tmp_path / "e.md").read_text("utf-8")


def test_progress_reaches_total(
    worker: ExportWorker, record: RecordFactory, tmp_path: Path
) -> None:
    calls: list[tuple[int, int]] = []
    records = [record(value=f"Antwoord {i}") for i in range(450)]

    def progress(done: int, total: int) -> None:
        calls.append((done, total))

    export_sync(request(tmp_path / "p.csv"), records, progress, worker=worker)
    assert calls[0] == (0, 450)
    assert calls[-1] == (450, 450)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(calls) == 1 + 5  # 450 text answers in batches of 100


async def test_async_export_keeps_the_event_loop_free(
    worker: ExportWorker, record: RecordFactory, tmp_path: Path
) -> None:
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.005)
            ticks += 1

    records = [record(value=f"Ik ben {20 + i % 50} en woon in Kampen.") for i in range(600)]
    task = asyncio.create_task(ticker())
    summary = await export(request(tmp_path / "async.xlsx"), records, worker=worker)
    task.cancel()
    assert summary.answers == 600 and summary.scrubbed == {"age": 600}
    assert ticks >= 5


async def test_export_with_its_own_worker(record: RecordFactory, tmp_path: Path) -> None:
    summary = await export(request(tmp_path / "own.csv"), [record(value="Groeten, Jan de Vries")])
    assert read_csv(tmp_path / "own.csv")[0]["antwoord"] == "Groeten, [naam]"
    assert summary.scrubbed == {"name": 1}


async def test_an_export_with_its_own_worker_leaves_no_process_behind(
    record: RecordFactory, tmp_path: Path
) -> None:
    """The file is there when ``export`` returns (it does not wait for the stop); the
    worker's processes end right after."""
    before = {child.pid for child in multiprocessing.active_children()}
    await export(request(tmp_path / "own.csv"), [record(value="Groeten, Jan de Vries")])
    assert read_csv(tmp_path / "own.csv")[0]["antwoord"] == "Groeten, [naam]"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        left = [c for c in multiprocessing.active_children() if c.pid not in before]
        if not left:
            break
        await asyncio.sleep(0.05)
    assert left == []


def test_bad_output_folder_is_one_clear_error(record: RecordFactory, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_sync(request(tmp_path / "missing" / "x.csv"), [record()])
    with pytest.raises(ExportError, match="is a folder"):
        export_sync(request(tmp_path, format="csv"), [record()])
    assert list(tmp_path.iterdir()) == []


def test_empty_export_still_writes_a_file(worker: ExportWorker, tmp_path: Path) -> None:
    summary = export_sync(request(tmp_path / "empty.csv"), [], worker=worker)
    assert summary.answers == 0 and summary.respondents == 0
    assert len(read_csv(tmp_path / "empty.csv")) == 0
