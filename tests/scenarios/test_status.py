"""``doetmee status`` and the health checks: what the province's IT sees of a running bot."""

from __future__ import annotations

import asyncio
import socket
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from bot.cli import main
from bot.cli import status as status_command
from bot.config import Settings
from bot.messaging import outbox
from bot.messaging.reply import Reply
from bot.runtime import runner, webhook
from bot.sandbox.client import StandInClient
from bot.storage import audit, backup, status
from bot.storage.database import open_database
from tests.scenarios.conftest import TOKEN, BotUnderTest, consent


def use(monkeypatch: pytest.MonkeyPatch, settings: Settings, **more: str) -> None:
    """The command line sees the bot's configuration."""
    monkeypatch.setenv("DOETMEE_DATABASE", str(settings.database))
    monkeypatch.setenv("DOETMEE_SECRET", settings.secret or "")
    for name, value in more.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(settings.database.parent)


def report(capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    assert main(["status"]) == 0
    lines = capsys.readouterr().out.splitlines()
    return {line[:16].strip(): line[16:] for line in lines}


async def test_status_tells_what_waits_and_what_was_done(
    bot: BotUnderTest,
    citizens: StandInClient,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    use(monkeypatch, settings)
    await consent(citizens, 6301)
    last = await citizens.send_text(6301, "/help")
    await citizens.wait_for_bot_message(6301)
    await citizens.wait_until_idle()
    db = bot.db
    now = datetime.now(UTC)
    note = Reply(text="Herinnering: straks is het Statenspel.")
    # Two reminders (one within the hour), one announcement for tomorrow.
    await outbox.queue(db, 6301, note, "reminder:e1:6301:1h:x", now + timedelta(minutes=30))
    await outbox.queue(db, 6301, note, "reminder:e1:6301:24h:x", now + timedelta(hours=3))
    await outbox.queue(db, 6301, note, "announcement:7:6301", now + timedelta(days=1))
    await audit.record(db, None, "export", "dialogue=kort purpose=analyse format=csv")

    shown = await asyncio.to_thread(report, capsys)
    assert "running (long polling)" in shown["bot"]
    assert shown["inbox"] == "0 updates waiting"
    assert shown["outbox"] == "3 messages waiting: announcement 1 later, reminder 2 later"
    assert shown["last update"].startswith(f"#{last}, received ")
    assert "s ago" in shown["last update"]
    assert shown["reminders"] == "1 reminder due in the next hour"
    assert "ago" in shown["last export"]
    assert shown["last backup"] == "none yet (daily backups are off: DOETMEE_BACKUP_DIR is not set)"
    assert shown["database"] == f"{settings.database} (schema {backup.known_schema()})"
    # Nothing of what citizens said or who they are.
    assert "6301" not in "\n".join(shown.values())

    copy = tmp_path / "copy.sqlite3"
    assert await asyncio.to_thread(main, ["backup", str(copy)]) == 0
    capsys.readouterr()
    shown = await asyncio.to_thread(report, capsys)
    assert f"s ago): {copy} (daily backups are off" in shown["last backup"]

    # Healthy while it runs; not once it stopped.
    assert await asyncio.to_thread(main, ["status", "--check"]) == 0
    assert capsys.readouterr().out.strip() == "healthy"
    await bot.stop()
    assert await asyncio.to_thread(main, ["status", "--check"]) == 1
    assert capsys.readouterr().out.strip() == f"unhealthy: no bot runs on {settings.database}"
    shown = await asyncio.to_thread(report, capsys)
    assert shown["bot"] == "not running on this machine"


def test_status_of_a_missing_database_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DOETMEE_DATABASE", str(tmp_path / "none.sqlite3"))
    assert main(["status"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"doetmee: database: there is no database at {tmp_path / 'none.sqlite3'}"
    )
    assert main(["status", "--check"]) == 1
    assert capsys.readouterr().out.startswith("unhealthy: there is no database")
    assert not (tmp_path / "none.sqlite3").exists()


async def test_an_update_waiting_too_long_is_unhealthy(settings: Settings) -> None:
    db = await open_database(settings.database)
    try:
        found = await status.read(db)
        assert status_command.problem(settings, found, running=True) is None
        old = (datetime.now(UTC) - timedelta(minutes=6)).isoformat(timespec="seconds")
        await db.execute(
            "INSERT INTO inbox (update_id, chat_id, payload, received_at) VALUES (1, 1, '{}', ?)",
            (old,),
        )
        found = await status.read(db)
    finally:
        await db.close()
    assert found.inbox_waiting == 1
    assert status_command.problem(settings, found, running=True) == (
        "an update has waited in the inbox for more than 5 minutes"
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_healthz_in_webhook_mode(
    settings: Settings,
    citizens: StandInClient,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    hooked = replace(settings, webhook_url=url, webhook_port=port)
    stop = asyncio.Event()
    serving = asyncio.create_task(runner.serve(hooked, TOKEN, stop))
    health = f"http://127.0.0.1:{port}/healthz"
    try:
        async with httpx.AsyncClient() as http:
            for _ in range(200):
                try:
                    answer = await http.get(health)
                    break
                except httpx.ConnectError:
                    await asyncio.sleep(0.05)
            assert answer.status_code == 200
            assert answer.content == b""  # no data
            await citizens.send_text(6401, "/start")
            await citizens.wait_for_bot_message(6401, timeout=10)
            assert (await http.get(health)).status_code == 200
        use(monkeypatch, settings, DOETMEE_WEBHOOK_URL=url, DOETMEE_WEBHOOK_PORT=str(port))
        assert await asyncio.to_thread(main, ["status", "--check"]) == 0
        assert capsys.readouterr().out.strip() == "healthy"
    finally:
        stop.set()
        await asyncio.wait_for(serving, 10)


async def test_healthz_says_503_when_the_consumer_stopped_or_the_database_does_not_answer(
    settings: Settings,
) -> None:
    from aiohttp import web

    db = await open_database(settings.database)
    running_consumer = asyncio.create_task(asyncio.sleep(60))
    ended_consumer = asyncio.create_task(asyncio.sleep(0))
    await ended_consumer
    checks = {
        "running": webhook.health_check(running_consumer, db),
        "ended": webhook.health_check(ended_consumer, db),
    }
    apps = {name: webhook.make_app(None, None, "/hook", "x", c) for name, c in checks.items()}  # type: ignore[arg-type]
    runners = []
    try:
        ports = {}
        for name, app in apps.items():
            site_runner = web.AppRunner(app)
            await site_runner.setup()
            ports[name] = free_port()
            await web.TCPSite(site_runner, "127.0.0.1", ports[name]).start()
            runners.append(site_runner)
        async with httpx.AsyncClient() as http:
            running = await http.get(f"http://127.0.0.1:{ports['running']}/healthz")
            ended = await http.get(f"http://127.0.0.1:{ports['ended']}/healthz")
            assert (running.status_code, ended.status_code) == (200, 503)
            assert ended.content == b""
            await db.close()  # the database no longer answers
            closed = await http.get(f"http://127.0.0.1:{ports['running']}/healthz")
            assert closed.status_code == 503 and closed.content == b""
    finally:
        running_consumer.cancel()
        for site_runner in runners:
            await site_runner.cleanup()
