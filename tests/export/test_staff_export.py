"""What /export tells staff is true: how long it takes, and how many spots an editor must check.

The domain functions the handler calls, on a real database and a real export worker."""

from __future__ import annotations

import asyncio
import io
import time
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.answering import store as runs
from bot.config import SHIPPED_DIALOGUES
from bot.dialogues.serialize import to_json
from bot.export import staff as staff_export
from bot.export import timing
from bot.export.scrub import deduce_cache
from bot.export.worker import ExportWorker
from bot.services import Services
from tests.domain_services import fresh_services, visitor_factory

STAFF = 9000
ANSWERS = [
    "Luisteren naar inwoners van Zwolle.",
    "We zagen ook Brindlewick in de stad, dat vonden we allebei goed.",
    "Bel me op 06-12345678, groetjes Henk.",
]


@pytest.fixture
async def services(tmp_path: Path, worker: ExportWorker) -> AsyncIterator[Services]:
    """Three citizens answered goed-bestuur. (``worker``: deduce's cache is built.)"""
    async with fresh_services(
        tmp_path / "db.sqlite3", "s" * 32, staff=str(STAFF), dialogues=SHIPPED_DIALOGUES
    ) as ready:
        dialogue = ready.dialogues.current("goed-bestuur")
        assert dialogue is not None
        await runs.store_definition(ready.db, dialogue.id, dialogue.version, to_json(dialogue))
        make = visitor_factory(ready)
        for user_id, text in enumerate(ANSWERS, start=1):
            visitor = await make(user_id)
            run = await runs.begin(
                ready.db, user_id, dialogue.id, dialogue.version, "betekenis", 10 + user_id
            )
            assert await runs.advance(
                ready.db, run.id, visitor.update_id, {"betekenis": text}, (), None
            )
        yield ready


async def test_the_time_promised_is_kept(services: Services) -> None:
    staff = await visitor_factory(services)(STAFF, language="nl")
    notice = await staff_export.working(services, staff.t, "goed-bestuur")
    assert notice.text == "De export wordt gemaakt. Dat duurt minder dan een halve minuut…"
    started = time.perf_counter()
    replies = await staff_export.make(services, staff, "goed-bestuur", "a", "csv")
    assert time.perf_counter() - started < 30  # "minder dan een halve minuut"
    assert replies and replies[0].document is not None


async def test_the_first_export_after_installing_says_it_takes_longer(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(deduce_cache, "is_ready", lambda directory=None: False)
    staff = await visitor_factory(services)(STAFF, language="en")
    notice = await staff_export.working(services, staff.t, "goed-bestuur")
    minutes = int(timing.promised_minutes(timing.estimate_seconds(3, cache_ready=False)))
    assert notice.text == (
        f"Making the export. This takes at most {minutes} minutes…\n"
        "The first export after installing takes longer: the scrubber builds its word lists "
        "once."
    )
    # the promise covers building the cache (measured 82 s) and a busy machine
    assert minutes * 60 >= 2 * deduce_cache.BUILD_SECONDS


def test_the_estimate_grows_with_the_answers() -> None:
    small = timing.estimate_seconds(100, cache_ready=True)
    big = timing.estimate_seconds(100_000, cache_ready=True)
    assert timing.promised_minutes(small) == 0.5
    assert big > small and timing.promised_minutes(big) >= 4
    # the benchmark's 10,000 answers (README: under 20 s) are promised within a minute
    assert timing.promised_minutes(timing.estimate_seconds(8_000, cache_ready=True)) == 1


async def test_staff_are_told_how_many_spots_to_check(services: Services) -> None:
    staff = await visitor_factory(services)(STAFF, language="nl")
    (reply,) = await staff_export.make(services, staff, "goed-bestuur", "a", "md")
    assert reply.text == (
        "Hier is de export. De codes voor de deelnemers (pseudoniemen) zijn alleen voor dit "
        "bestand gemaakt. Je kunt het dus niet koppelen aan andere exports.\n"
        "Het concept markeert 1 plek om na te kijken als [controleer: …]. Een redacteur kijkt "
        "naar elke markering voordat er iets wordt gepubliceerd."
    )
    assert reply.document is not None
    content = reply.document.content
    if reply.document.filename.endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            name = next(n for n in archive.namelist() if n.endswith(".md"))
            content = archive.read(name)
    draft = content.decode("utf-8")
    assert "**[controleer: Brindlewick]**" in draft
    assert "06-12345678" not in draft and "Henk" not in draft


async def test_other_formats_point_to_the_draft_for_the_marks(services: Services) -> None:
    staff = await visitor_factory(services)(STAFF, language="en")
    (reply,) = await staff_export.make(services, staff, "goed-bestuur", "a", "csv")
    assert reply.text.endswith(
        "The scrubber was unsure about 1 spot and left it in; the draft text (md) marks it. "
        "An editor looks at it before anything is published."
    )


def test_warm_up_only_when_the_cache_is_missing(
    worker: ExportWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert deduce_cache.is_ready()
    assert deduce_cache.warm_up_in_background() is None
    monkeypatch.setattr(deduce_cache, "is_ready", lambda directory=None: False)
    process = deduce_cache.warm_up_in_background()
    assert process is not None
    try:
        assert process.daemon and process.name == "deduce-cache-warm-up"
        assert deduce_cache.warm_up_in_background() is process  # one per bot process
        process.join(60)  # the real cache is there: it finds nothing to build
        assert process.exitcode == 0
    finally:
        if process.is_alive():
            process.terminate()
            process.join(30)


async def test_the_command_line_says_how_many_spots_to_check(
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bot import cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DOETMEE_DATABASE", str(services.settings.database))
    monkeypatch.setenv("DOETMEE_SECRET", "s" * 32)
    out = tmp_path / "draft.md"
    arguments = ["export", "--dialogue", "goed-bestuur", "--purpose", "analyse"]
    code = await asyncio.to_thread(cli.main, [*arguments, "--format", "md", "--out", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert (
        "spots to check: 1 (marked [check: …] in the draft; an editor looks at every one "
        "before anything is published)"
    ) in printed
    assert "**[controleer: Brindlewick]**" in out.read_text("utf-8")
