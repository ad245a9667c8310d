"""``doetmee run`` starts with dialogue files that have warnings, and logs each warning once,
as ``doetmee dialogues check`` shows it; files without warnings log none."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.config import SHIPPED_DIALOGUES, load_settings
from bot.runtime import runner
from tests.dialogues.helpers import HEAD, dedent


async def start_with(folder: Path, tmp_path: Path) -> None:
    settings = load_settings(
        {"DOETMEE_DATABASE": str(tmp_path / "bot.sqlite3"), "DOETMEE_DIALOGUES": str(folder)}
    )
    services = await runner.build_services(settings)
    await services.db.close()


async def test_a_warning_is_logged_at_start_up(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "dialogen"
    folder.mkdir()
    question = "  - {id: a, type: text, prompt: 'Wat vind je? Typ je antwoord hieronder.'}\n"
    (folder / "proef.yaml").write_text(dedent(HEAD + question), "utf-8")
    with caplog.at_level(logging.WARNING, logger="bot.runner"):
        await start_with(folder, tmp_path)
    (logged,) = [r.getMessage() for r in caplog.records if r.name == "bot.runner"]
    assert logged.startswith(f"{folder / 'proef.yaml'}:") and ": warning: " in logged


async def test_the_shipped_dialogues_log_no_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.runner"):
        await start_with(SHIPPED_DIALOGUES, tmp_path)
    assert [r for r in caplog.records if r.name == "bot.runner"] == []
