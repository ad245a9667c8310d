"""Daily backups while citizens are answering, and ``doetmee restore`` of one of them.

The real bot runs against the stand-in; citizens answer a short dialogue at the same time
while the daily backup job's code writes backups. Every backup is a consistent database of
the bot (no answer of a run without the ones before it); a backup restored into the stopped
bot's database gives exactly the answers there were when it was made.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import Settings
from bot.runtime import daily_backup
from bot.sandbox.client import StandInClient
from bot.storage import backup
from tests.scenarios.conftest import BotUnderTest, consent

DIALOGUE = """
id: kort
version: 1
title: {nl: "Kort gesprek", en: "Short talk"}
questions:
  - {id: een, type: text, prompt: {nl: "Eerste vraag?"}}
  - {id: twee, type: text, prompt: {nl: "Tweede vraag?"}}
  - {id: drie, type: text, prompt: {nl: "Derde vraag?"}}
"""
QUESTIONS = ("een", "twee", "drie")
PROMPTS = ("Eerste vraag", "Tweede vraag", "Derde vraag")
CITIZENS = range(6101, 6109)

AnswerSet = set[tuple[int, str, str, str]]


@pytest.fixture
def settings(settings: Settings, tmp_path: Path) -> Settings:
    folder = tmp_path / "dialogen"
    folder.mkdir()
    (folder / "kort.yaml").write_text(DIALOGUE, encoding="utf-8")
    return replace(settings, dialogues=folder, backup_dir=tmp_path / "backups")


def answer_set(database: Path) -> AnswerSet:
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT r.user_id, r.dialogue_id, a.question_id, a.value "
            "FROM answers a JOIN dialogue_runs r ON r.id = a.run_id"
        ).fetchall()
    return {tuple(row) for row in rows}  # type: ignore[misc]


def use(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    """The command line sees the bot's configuration."""
    monkeypatch.setenv("DOETMEE_DATABASE", str(settings.database))
    monkeypatch.setenv("DOETMEE_SECRET", settings.secret or "")
    monkeypatch.setenv("DOETMEE_DIALOGUES", str(settings.dialogues))
    monkeypatch.chdir(settings.database.parent)


async def answer(citizens: StandInClient, user: int) -> None:
    await consent(citizens, user)
    await citizens.send_text(user, "/start d_kort")
    await citizens.wait_for_bot_message(user, contains=PROMPTS[0], timeout=20)
    for number, prompt in enumerate(PROMPTS[1:], start=1):
        await citizens.send_text(user, f"antwoord {number} van {user}")
        await citizens.wait_for_bot_message(user, contains=prompt, timeout=20)
    await citizens.send_text(user, f"antwoord 3 van {user}")
    await citizens.wait_for_bot_message(user, contains="antwoord 3", timeout=20)


async def test_backups_while_citizens_answer_restore_to_the_same_answers(
    bot: BotUnderTest,
    citizens: StandInClient,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = settings.backup_dir
    assert folder is not None
    answering = asyncio.gather(*(answer(citizens, user) for user in CITIZENS))
    during: list[Path] = []
    moment = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
    while not answering.done():
        moment += timedelta(minutes=1)  # a name of its own for every copy
        during.append(await daily_backup.make(bot.db, folder, keep_days=14, now=moment))
        await asyncio.sleep(0.05)
    await answering
    await citizens.wait_until_idle()

    final = answer_set(settings.database)
    assert len(final) == len(CITIZENS) * len(QUESTIONS)
    seen_part_way = False
    for copy in during:
        assert backup.check(copy) == backup.known_schema()  # whole, and of this bot
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        answers = answer_set(copy)
        assert answers <= final
        for user in CITIZENS:  # a run's answers come in order: never one without the first
            given = [q for (u, _d, q, _v) in answers if u == user]
            assert sorted(given, key=QUESTIONS.index) == list(QUESTIONS[: len(given)])
        seen_part_way |= 0 < len(answers) < len(final)
    assert seen_part_way, "no backup was made while citizens were answering"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700

    # The backup to restore, made while the bot runs; afterwards the database changes.
    chosen = await daily_backup.make(bot.db, folder, keep_days=14, now=moment + timedelta(hours=1))
    await citizens.send_text(6199, "/start", first_name="Later")
    await consent(citizens, 6199)
    await citizens.send_text(6199, "/start d_kort")
    await citizens.wait_for_bot_message(6199, contains=PROMPTS[0], timeout=20)
    await citizens.send_text(6199, "een antwoord na de backup")
    await citizens.wait_for_bot_message(6199, contains=PROMPTS[1], timeout=20)
    await citizens.wait_until_idle()
    assert answer_set(settings.database) != final

    use(monkeypatch, settings)
    capsys.readouterr()
    assert main(["restore", str(chosen)]) == 2  # not while the bot runs
    refusal = capsys.readouterr().err
    assert "a bot is running" in refusal and "stop it first" in refusal
    assert answer_set(settings.database) != final

    await bot.stop()
    assert main(["restore", str(chosen)]) == 0
    told = capsys.readouterr().out
    assert f"restored {chosen} into {settings.database}" in told
    assert answer_set(settings.database) == final
    assert stat.S_IMODE(settings.database.stat().st_mode) == 0o600
    kept = [p for p in settings.database.parent.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1 and kept[0].name in told  # the database as it was, named
    assert answer_set(kept[0]) > final

    # The restored bot starts and goes on: the later citizen's run is not there any more.
    await bot.start()
    await citizens.send_text(6101, "/start d_kort")
    await citizens.wait_for_bot_message(6101, contains="Kort gesprek", timeout=20)
    await citizens.wait_until_idle()


async def test_daily_backups_are_kept_for_the_configured_days(tmp_path: Path) -> None:
    from bot.storage.database import open_database

    db = await open_database(tmp_path / "bot.sqlite3")
    folder = tmp_path / "backups"
    start = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)
    try:
        assert await daily_backup.due(db, start)
        for day in range(10):
            await daily_backup.make(db, folder, keep_days=3, now=start + timedelta(days=day))
        last = start + timedelta(days=9)
        assert not await daily_backup.due(db, last + timedelta(hours=12))
        assert await daily_backup.due(db, last + timedelta(days=1))
    finally:
        await db.close()
    names = sorted(p.name for p in folder.iterdir())
    # Nine days after the first: those of the last 3 days (and the one exactly 3 days old).
    assert names == [daily_backup.file_name(start + timedelta(days=d)) for d in (6, 7, 8, 9)]
    assert all(stat.S_IMODE((folder / n).stat().st_mode) == 0o600 for n in names)


def test_a_backup_of_a_newer_version_or_no_backup_at_all_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DOETMEE_DATABASE", str(tmp_path / "bot.sqlite3"))
    assert main(["staff", "add", "77"]) == 0
    assert main(["backup", str(tmp_path / "copy.sqlite3")]) == 0
    before = (tmp_path / "bot.sqlite3").read_bytes()
    capsys.readouterr()

    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes((tmp_path / "copy.sqlite3").read_bytes())
    with sqlite3.connect(newer) as connection:
        connection.execute(f"PRAGMA user_version = {backup.known_schema() + 1}")
    assert main(["restore", str(newer)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "newer version of the bot" in line and "nothing was changed" in line

    text = tmp_path / "notes.txt"
    text.write_text("geen database\n" * 200)
    assert main(["restore", str(text)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "not a readable SQLite database" in line

    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text)")
        connection.execute("PRAGMA user_version = 3")
    assert main(["restore", str(other)]) == 2
    assert "not a database of this bot" in capsys.readouterr().err

    assert main(["restore", str(tmp_path / "missing.sqlite3")]) == 2
    assert "there is no file" in capsys.readouterr().err
    assert (tmp_path / "bot.sqlite3").read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]

    # The good one: restored, and the key file named (a backup holds none).
    assert main(["restore", str(tmp_path / "copy.sqlite3")]) == 0
    out = capsys.readouterr().out
    assert "restored" in out and "bot.key" in out
    assert os.path.exists(tmp_path / "bot.sqlite3")


async def test_the_running_bot_makes_its_daily_backup_once(
    settings: Settings, citizens: StandInClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(daily_backup, "FIRST_CHECK", 0.2)
    folder = settings.backup_dir
    assert folder is not None and not folder.exists()
    bot = BotUnderTest(settings)
    await bot.start()
    try:
        await consent(citizens, 6201)
        for _ in range(100):
            if folder.exists() and list(folder.iterdir()):
                break
            await asyncio.sleep(0.1)
        (made,) = folder.iterdir()
        assert daily_backup.NAME.match(made.name)
        assert backup.check(made) == backup.known_schema()
        # A restart the same day makes no second copy.
        await bot.restart()
        await asyncio.sleep(1.0)
        assert list(folder.iterdir()) == [made]
    finally:
        await bot.stop()
