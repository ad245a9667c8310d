"""Finding 5: two exports cannot be joined on the pseudonym, unless staff ask for stable
pseudonyms on purpose (``--stable-pseudonyms``), which the audit log records. Stable
pseudonyms are the ones version 1 of the bot made, also after its key left the database."""

from __future__ import annotations

import asyncio
import csv
from pathlib import Path

import pytest

from bot.answering import store as runs
from bot.cli import main
from bot.config import SHIPPED_DIALOGUES
from bot.dialogues.serialize import to_json
from bot.export.pseudonyms import analysis_pseudonym
from bot.storage import app_state
from bot.storage.database import open_database
from tests.domain_services import fresh_services, visitor_factory

CITIZENS = (501, 502, 503)
VERSION_1_SECRET = "Vn1-kept-secret-for-pseudonyms-0123456789ab"


async def database_with_answers(path: Path) -> None:
    """Three citizens who answered goed-bestuur, in a database of version 1 (its key in it)."""
    async with fresh_services(path, "seed", dialogues=SHIPPED_DIALOGUES) as services:
        dialogue = services.dialogues.current("goed-bestuur")
        assert dialogue is not None
        await runs.store_definition(services.db, dialogue.id, dialogue.version, to_json(dialogue))
        make = visitor_factory(services)
        for user_id in CITIZENS:
            visitor = await make(user_id)
            run = await runs.begin(services.db, user_id, dialogue.id, dialogue.version, "x", 1)
            answers = {"betekenis": f"Goed luisteren, zegt nummer {user_id}."}
            assert await runs.advance(services.db, run.id, visitor.update_id, answers, (), None)
        await app_state.put(services.db, "secret", VERSION_1_SECRET)


def pseudonyms(path: Path) -> set[str]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return {row["respondent"] for row in csv.DictReader(file)}


async def audit_details(path: Path) -> list[str]:
    db = await open_database(path)
    try:
        rows = await db.fetch_all("SELECT detail FROM audit_log WHERE action = 'export'")
        return [r["detail"] for r in rows]
    finally:
        await db.close()


def test_every_export_has_pseudonyms_of_its_own_unless_stable_ones_are_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "bot.sqlite3"
    asyncio.run(database_with_answers(database))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DOETMEE_DATABASE", str(database))

    def export(name: str, *extra: str) -> set[str]:
        out = tmp_path / name
        args = ["export", "--dialogue", "goed-bestuur", "--format", "csv", "--out", str(out)]
        assert main([*args, "--k", "1", *extra]) == 0
        return pseudonyms(out)

    first, second = export("a.csv"), export("b.csv")
    assert len(first) == len(second) == len(CITIZENS)
    assert not first & second  # the two files cannot be joined
    assert "cannot be joined" in capsys.readouterr().out

    stable = export("c.csv", "--stable-pseudonyms")
    assert export("d.csv", "--stable-pseudonyms") == stable
    assert "pseudonyms: stable" in capsys.readouterr().out
    # The pseudonyms version 1 made with its key, now read from the key file.
    made_by_version_1 = {
        analysis_pseudonym(("export:" + VERSION_1_SECRET).encode(), f"citizen:{user_id}")
        for user_id in CITIZENS
    }
    assert stable == made_by_version_1
    assert not stable & (first | second)

    details = asyncio.run(audit_details(database))
    assert [d.rsplit(" ", 1)[-1] for d in details] == [
        "pseudonyms=fresh",
        "pseudonyms=fresh",
        "pseudonyms=stable",
        "pseudonyms=stable",
    ]
