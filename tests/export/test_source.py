"""From the database to export records: the municipality question is a demographic column,
never an answer row that would show what k-suppression hides."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.answering import store as runs
from bot.config import SHIPPED_DIALOGUES
from bot.dialogues.serialize import to_json
from bot.export import source as export_source
from bot.export.labels import SUPPRESSED
from bot.export.records import AnswerRecord, ExportRequest
from bot.export.service import plan
from bot.services import Services
from tests.domain_services import fresh_services, visitor_factory

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
async def services(tmp_path: Path) -> AsyncIterator[Services]:
    """The shipped dialogues, with goed-bestuur's definition stored as a first run does."""
    async with fresh_services(tmp_path / "db.sqlite3", "s", dialogues=SHIPPED_DIALOGUES) as ready:
        dialogue = ready.dialogues.current("goed-bestuur")
        assert dialogue is not None
        await runs.store_definition(ready.db, dialogue.id, dialogue.version, to_json(dialogue))
        yield ready


async def begin(services: Services, user_id: int, update_id: int) -> int:
    """A run of goed-bestuur (its current version) for the citizen; returns its id."""
    dialogue = services.dialogues.current("goed-bestuur")
    assert dialogue is not None
    run = await runs.begin(
        services.db, user_id, dialogue.id, dialogue.version, "betekenis", update_id
    )
    return run.id


async def goed_bestuur_records(services: Services) -> list[AnswerRecord]:
    return await export_source.records(services.db, "goed-bestuur", None, None, AMSTERDAM, "nl")


async def test_a_small_municipality_is_hidden_in_every_row(
    services: Services, tmp_path: Path
) -> None:
    make = visitor_factory(services)
    for user_id in (1, 2, 3):
        visitor = await make(user_id)
        run_id = await begin(services, user_id, 10 + user_id)
        answers = {"betekenis": "Goed luisteren", "gemeente": "almelo"}
        assert await runs.advance(services.db, run_id, visitor.update_id, answers, (), None)
    records = await goed_bestuur_records(services)

    assert {r.question_id for r in records} == {"betekenis"}
    assert {r.municipality for r in records} == {"Almelo"}
    request = ExportRequest(
        dialogue_id="goed-bestuur",
        purpose="analyse",
        format="csv",
        out=tmp_path / "out.csv",
        secret=b"export-secret",
        k=10,
    )
    exported = plan(request, records)
    assert {municipality for municipality, _ in exported.demographics} == {SUPPRESSED["nl"]}
    assert not any("Almelo" in r.value for r in exported.records)


async def test_records_come_in_question_order(services: Services) -> None:
    await visitor_factory(services)(1)  # a citizen who consents
    run_id = await begin(services, 1, 10)
    # Answered the second question first (back and forth), then the first.
    await runs.advance(services.db, run_id, 11, {"belangrijkst": "luisteren"}, (), "betekenis")
    await runs.advance(services.db, run_id, 12, {"betekenis": "Luisteren"}, (), None)
    records = await goed_bestuur_records(services)
    assert [r.question_id for r in records] == ["betekenis", "belangrijkst"]
