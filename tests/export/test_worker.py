"""The worker: deduce in another process, logging safe, and deduce's known misses fixed."""

from __future__ import annotations

import importlib.metadata
import logging
import os
import shutil
import sys
from pathlib import Path

import pytest

from bot.export.records import ExportError
from bot.export.scrub import KnownPerson, ScrubItem
from bot.export.scrub.deduce_cache import CACHE_FILE, cache_dir, trimmed_dir
from bot.export.service import TWO_WORKERS_FROM, worker_processes
from bot.export.worker import ExportWorker
from tests.export.conftest import PARENT_LEVELS


def test_worker_is_another_process(worker: ExportWorker) -> None:
    info = worker.info().result()
    assert info.pid != os.getpid()
    assert info.deduce_imported
    assert info.deduce_seconds > 0


def test_logging_stays_safe(worker: ExportWorker) -> None:
    info = worker.info().result()
    # In the worker: importing deduce did not leave DEBUG logging on.
    assert info.root_level == logging.WARNING
    assert info.httpx_level >= logging.WARNING
    # In this (the bot's or CLI's) process: deduce never imported, levels untouched.
    assert "deduce" not in sys.modules
    assert logging.getLogger("httpx").level == PARENT_LEVELS[1] == logging.WARNING
    assert logging.getLogger().level == PARENT_LEVELS[0]
    assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING


def scrub(worker: ExportWorker, text: str, person: KnownPerson | None = None) -> str:
    return worker.scrub([ScrubItem(text, person)], "nl").result()[0].text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mijn IBAN: NL91 ABNA 0417 1643 00.", "Mijn IBAN: [iban]."),
        ("BSN 111 222 333 graag", "BSN [bsn] graag"),
        ("Bel +31 6 1234 5678.", "Bel [telefoon]."),
        ("Mail maria@protonmail.me!", "Mail [e-mail]!"),
        ("Volg @jan_93 en @Kampenaar_1985", "Volg [account] en [account]"),
        ("Auto 12-ABC-3 en GV-849-X", "Auto [kenteken] en [kenteken]"),
        ("Mijn oma (81) en ik ben 23.", "Mijn oma ([leeftijd]) en ik ben [leeftijd]."),
        ("Eerlijk zijn. groetjes, jan", "Eerlijk zijn. groetjes, [naam]"),
        ("Ik sprak burgemeester Van der Meer.", "Ik sprak burgemeester [naam]."),
        (
            "Ik woon in Staphorst, werk in Kampen en sport in Hardenberg.",
            "Ik woon in Staphorst, werk in Kampen en sport in Hardenberg.",
        ),
        (
            "Provinciale Staten en Gedeputeerde Staten in Zwolle",
            "Provinciale Staten en Gedeputeerde Staten in Zwolle",
        ),
        ("Ik ben Jan Kampen uit Kampen.", "Ik ben [naam] uit Kampen."),
    ],
)
def test_deduce_misses_are_covered(worker: ExportWorker, text: str, expected: str) -> None:
    assert scrub(worker, text) == expected


def test_known_person_passed_to_deduce(worker: ExportWorker) -> None:
    person = KnownPerson("Gerrit", "Nijhuis", "gerritn")
    assert scrub(worker, "Groet, gerrit nijhuis (gerritn)", person) == "Groet, [naam] ([account])"


def test_english_tags(worker: ExportWorker) -> None:
    result = worker.scrub([ScrubItem("Cheers, Tom. Call 06-12345678")], "en").result()[0]
    assert result.text == "Cheers, [name]. Call [phone]"
    assert result.counts == {"name": 1, "phone": 1}


def test_failed_load_is_one_readable_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "cache-file"
    not_a_folder.write_text("")
    with ExportWorker(cache_dir=not_a_folder) as broken:
        with pytest.raises(ExportError, match="deduce could not be loaded"):
            broken.info().result(timeout=120)
        with pytest.raises(ExportError, match="deduce could not be loaded"):
            broken.scrub([ScrubItem("x")], "nl").result(timeout=120)


def test_cache_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "deduce" / "data" / "lookup"
    (package / "cache").mkdir(parents=True)
    assert cache_dir(package) == package  # writable: deduce's own place
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    version = importlib.metadata.version("deduce")
    assert cache_dir(package) == tmp_path / "xdg" / "doetmee" / f"deduce-{version}"
    (package / "cache" / "lookup_structs.pickle").write_bytes(b"")
    assert cache_dir(package) == package  # an existing cache is always used


TEXTS_FOR_DEDUCE = [
    "Groet, Gerrit Nijhuis, Kerkstraat 12, 7701 AB Dedemsvaart",
    "Ik lag in het Medisch Spectrum Twente en daarna in Carinova Deventer.",
    "Mevrouw J. de Vries-Assink zei dat op 12 maart 1961 in Ommen.",
    "Bel dr. van Dalfsen: 0529-123456, of mail h.assink@ziggo.nl",
]


def test_workers_load_a_trimmed_cache_with_the_same_results(
    worker: ExportWorker, tmp_path: Path
) -> None:
    """The first load writes a copy of deduce's cache without the institution tries; the next
    worker loads that copy and scrubs exactly as before (institutions stay, as always)."""
    worker.info().result(timeout=600)  # deduce's own cache is built by now
    version = importlib.metadata.version("deduce")
    full = tmp_path / CACHE_FILE
    full.parent.mkdir()
    shutil.copyfile(cache_dir() / CACHE_FILE, full)  # type: ignore[operator]
    trimmed = trimmed_dir(tmp_path, version) / CACHE_FILE
    items = [ScrubItem(text, KnownPerson("Gerrit", "Nijhuis", None)) for text in TEXTS_FOR_DEDUCE]

    with ExportWorker(cache_dir=tmp_path) as first:
        from_full = first.scrub(items, "nl").result(timeout=600)
    assert trimmed.is_file()
    assert trimmed.stat().st_size < full.stat().st_size * 2 / 3
    with ExportWorker(cache_dir=tmp_path) as second:
        from_trimmed = second.scrub(items, "nl").result(timeout=600)

    assert [r.text for r in from_trimmed] == [r.text for r in from_full]
    assert [r.marks for r in from_trimmed] == [r.marks for r in from_full]
    assert "Medisch Spectrum Twente" in from_trimmed[1].text
    assert from_trimmed[0].text == "Groet, [adres], [postcode] Dedemsvaart"


def test_a_trimmed_cache_older_than_deduces_is_not_used(tmp_path: Path) -> None:
    from bot.export.scrub.deduce_cache import _trimmed_is_fresh

    full = tmp_path / CACHE_FILE
    trimmed = trimmed_dir(tmp_path, "3.0.6")
    full.parent.mkdir()
    full.write_bytes(b"full")
    assert not _trimmed_is_fresh(tmp_path, trimmed)  # not written yet
    (trimmed / CACHE_FILE).parent.mkdir(parents=True)
    (trimmed / CACHE_FILE).write_bytes(b"trimmed")
    assert _trimmed_is_fresh(tmp_path, trimmed)
    os.utime(full, (full.stat().st_mtime + 60, full.stat().st_mtime + 60))  # rebuilt since
    assert not _trimmed_is_fresh(tmp_path, trimmed)


def test_two_workers_only_for_big_exports() -> None:
    assert worker_processes(10) == 1
    assert worker_processes(TWO_WORKERS_FROM - 1) == 1
    assert worker_processes(TWO_WORKERS_FROM) in (1, 2)
