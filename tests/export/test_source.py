"""From the database to export records: the municipality question is a demographic column,
never an answer row that would show what k-suppression hides."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from bot import export_source
from bot.config import SHIPPED_DIALOGUES
from bot.dialogues.serialize import to_json
from bot.export.labels import SUPPRESSED
from bot.export.records import ExportRequest
from bot.export.service import plan
from bot.storage import runs
from tests.domain_services import fresh_services, visitor_factory

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


async def test_a_small_municipality_is_hidden_in_every_row(tmp_path: Path) -> None:
    async with fresh_services(
        tmp_path / "db.sqlite3", "secret", dialogues=SHIPPED_DIALOGUES
    ) as services:
        make = visitor_factory(services)
        dialogue = services.dialogues.current("goed-bestuur")
        assert dialogue is not None
        await runs.store_definition(services.db, dialogue.id, dialogue.version, to_json(dialogue))
        for user_id in (1, 2, 3):
            visitor = await make(user_id)
            run = await runs.begin(
                services.db, user_id, dialogue.id, dialogue.version, "betekenis", 10 + user_id
            )
            answers = {"betekenis": "Goed luisteren", "gemeente": "almelo"}
            assert await runs.advance(services.db, run.id, visitor.update_id, answers, (), None)

        records = await export_source.records(
            services.db, "goed-bestuur", None, None, AMSTERDAM, "nl"
        )

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


async def test_records_come_in_question_order(tmp_path: Path) -> None:
    async with fresh_services(
        tmp_path / "db.sqlite3", "secret", dialogues=SHIPPED_DIALOGUES
    ) as services:
        make = visitor_factory(services)
        dialogue = services.dialogues.current("goed-bestuur")
        assert dialogue is not None
        await runs.store_definition(services.db, dialogue.id, dialogue.version, to_json(dialogue))
        await make(1)  # a citizen who consents
        run = await runs.begin(services.db, 1, dialogue.id, dialogue.version, "betekenis", 10)
        # Answered the second question first (back and forth), then the first.
        await runs.advance(services.db, run.id, 11, {"belangrijkst": "luisteren"}, (), "betekenis")
        await runs.advance(services.db, run.id, 12, {"betekenis": "Luisteren"}, (), None)
        records = await export_source.records(
            services.db, "goed-bestuur", None, None, AMSTERDAM, "nl"
        )
    assert [r.question_id for r in records] == ["betekenis", "belangrijkst"]
