"""``doetmee run`` as a real process, killed with SIGKILL while updates are in flight:
after a restart every update is processed and every answer is stored exactly once; and
killed in the middle of an announcement: after a restart it reaches everyone and the staff
member gets one final count."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.people.consent import TERMS_VERSION
from bot.sandbox.client import StandInClient
from bot.sandbox.standin import BotApiStandIn
from bot.storage import citizens
from bot.storage.database import open_database

TOKEN = "4242:CRASH-token"
USERS = range(7001, 7013)
DIALOGUE = """
id: kort
version: 1
title: {nl: "Kort gesprek", en: "Short talk"}
questions:
  - {id: een, type: text, prompt: {nl: "Eerste vraag?"}}
  - {id: twee, type: text, prompt: {nl: "Tweede vraag?"}}
  - {id: drie, type: text, prompt: {nl: "Derde vraag?"}}
"""


@pytest.fixture
async def standin() -> AsyncIterator[BotApiStandIn]:
    server = BotApiStandIn(token=TOKEN)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


async def seed_citizens(database: Path) -> None:
    db = await open_database(database)
    try:
        for user in USERS:
            await citizens.seen(db, user, "nl")
            await citizens.give_consent(db, user, TERMS_VERSION, "Inwoner", None)
    finally:
        await db.close()


def start_bot(
    tmp_path: Path, standin: BotApiStandIn, staff: int | None = None
) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "DOETMEE_API_URL": standin.base_url,
        "DOETMEE_DATABASE": str(tmp_path / "bot.sqlite3"),
        "DOETMEE_DIALOGUES": str(tmp_path / "dialogen"),
        "DOETMEE_SECRET": "crash-secret-xxxxxxxxxxxxxxxxxxxx",
        **({"DOETMEE_STAFF": str(staff)} if staff is not None else {}),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


async def wait_for(predicate, seconds: float = 30.0) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while not await predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out")
        await asyncio.sleep(0.05)


async def test_sigkill_loses_no_update_and_duplicates_nothing(
    tmp_path: Path, standin: BotApiStandIn
) -> None:
    (tmp_path / "dialogen").mkdir()
    (tmp_path / "dialogen" / "kort.yaml").write_text(DIALOGUE, encoding="utf-8")
    await seed_citizens(tmp_path / "bot.sqlite3")

    async with StandInClient(standin.url) as people:
        # Every answer the bot sends takes a while, so the kill lands mid-way.
        await people.fail_next("sendMessage", None, count=10_000, delay=0.05)
        sent: list[int] = []
        for user in USERS:
            sent.append(await people.send_text(user, "/start d_kort"))
            for number in (1, 2, 3):
                sent.append(await people.send_text(user, f"antwoord {number} van {user}"))

        first = start_bot(tmp_path, standin)
        try:

            async def some_work_done() -> bool:
                return len(await people.call_log("sendMessage")) >= 8

            await wait_for(some_work_done)
        finally:
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=10)
        replies_before = len(await people.call_log("sendMessage"))
        assert replies_before < 4 * len(USERS) * 2, "the kill came too late to prove anything"

        await people.clear_faults()
        second = start_bot(tmp_path, standin)
        try:
            database = tmp_path / "bot.sqlite3"

            async def all_finished() -> bool:
                with sqlite3.connect(database) as connection:
                    (finished,) = connection.execute(
                        "SELECT COUNT(*) FROM dialogue_runs WHERE status = 'finished'"
                    ).fetchone()
                return finished >= len(USERS)

            await wait_for(all_finished)
            await people.wait_until_idle(timeout=10)
        finally:
            second.send_signal(signal.SIGTERM)
            output = second.communicate(timeout=20)[0].decode()
        assert second.returncode == 0, output
        assert TOKEN not in output

    with sqlite3.connect(tmp_path / "bot.sqlite3") as connection:
        runs = connection.execute(
            "SELECT user_id, COUNT(*), MIN(status) FROM dialogue_runs GROUP BY user_id"
        ).fetchall()
        assert sorted(runs) == [(user, 1, "finished") for user in USERS]
        answers = connection.execute(
            "SELECT user_id, question_id, value FROM answers JOIN dialogue_runs ON run_id = id"
        ).fetchall()
        expected = {
            (user, question, f'"antwoord {number} van {user}"')
            for user in USERS
            for number, question in ((1, "een"), (2, "twee"), (3, "drie"))
        }
        assert sorted(answers) == sorted(expected)
        done = connection.execute(
            "SELECT update_id FROM inbox WHERE done_at IS NOT NULL ORDER BY update_id"
        ).fetchall()
        assert [row[0] for row in done] == sorted(sent)


STAFF = 7000
READERS = range(7101, 7111)


async def seed_news_readers(database: Path) -> None:
    db = await open_database(database)
    try:
        for user in (STAFF, *READERS):
            await citizens.seen(db, user, "nl")
            await citizens.give_consent(db, user, TERMS_VERSION, "Inwoner", None, age_band="26-40")
        await db.execute("UPDATE citizens SET wants_announcements = 1 WHERE user_id != ?", (STAFF,))
    finally:
        await db.close()


async def test_sigkill_mid_broadcast_ends_with_one_final_count(
    tmp_path: Path, standin: BotApiStandIn
) -> None:
    (tmp_path / "dialogen").mkdir()
    (tmp_path / "dialogen" / "kort.yaml").write_text(DIALOGUE, encoding="utf-8")
    await seed_news_readers(tmp_path / "bot.sqlite3")
    news = "Het Statenspel in Zwolle begint om 19.00 uur."

    async with StandInClient(standin.url) as people:
        for user in READERS:  # people Telegram knows, who opted in for news earlier
            await people.create_user(user, first_name="Inwoner", language_code="nl")
        first = start_bot(tmp_path, standin, staff=STAFF)
        try:
            await people.send_text(STAFF, "/bericht")
            await people.wait_for_bot_message(STAFF, contains="Typ het bericht", timeout=30)
            await people.send_text(STAFF, news)
            preview = await people.wait_for_bot_message(STAFF, contains="Statenspel", timeout=30)
            await people.wait_until_idle(timeout=10)
            # Every message takes a while, so the kill lands in the middle of the broadcast.
            await people.fail_next("sendMessage", None, count=10_000, delay=0.3)
            await people.press(STAFF, "📣 Versturen", message_id=preview["message_id"])

            async def some_received() -> bool:
                got = [u for u in READERS if await _has(people, u, "Statenspel in Zwolle")]
                return len(got) >= 3

            await wait_for(some_received)
        finally:
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=10)
        before = [u for u in READERS if await _has(people, u, "Statenspel in Zwolle")]
        assert len(before) < len(READERS), "the kill came too late to prove anything"

        await people.clear_faults()
        second = start_bot(tmp_path, standin, staff=STAFF)
        try:

            async def final_count_shown() -> bool:
                return any(
                    "Het bericht is verstuurd" in (m["text"] or "")
                    and m["message_id"] != preview["message_id"]
                    for m in await people.bot_messages(STAFF)
                )

            await wait_for(final_count_shown)
            await asyncio.sleep(4)  # the progress message's last edit, and nothing more
            await people.wait_until_idle(timeout=10)
        finally:
            second.send_signal(signal.SIGTERM)
            output = second.communicate(timeout=20)[0].decode()
        assert second.returncode == 0, output

        reports = [
            m
            for m in await people.bot_messages(STAFF)
            if "Het bericht is verstuurd" in (m["text"] or "")
            and m["message_id"] != preview["message_id"]
        ]
        assert len(reports) == 1, [m["text"] for m in reports]
        assert "Aangekomen: 10" in reports[0]["text"]
        edited = next(
            m for m in await people.bot_messages(STAFF) if m["message_id"] == preview["message_id"]
        )
        assert "Het bericht is verstuurd" in edited["text"]
        for user in READERS:  # everyone got it; a kill between Telegram's "ok" and our note of
            # it is the one moment that can repeat a message (bot/messaging/outbox.py)
            got = [m for m in await people.bot_messages(user) if news in (m["text"] or "")]
            assert 1 <= len(got) <= 2, (user, len(got))

    with sqlite3.connect(tmp_path / "bot.sqlite3") as connection:
        (row,) = connection.execute(
            "SELECT total, reached, blocked, failed, finished_at IS NOT NULL FROM broadcasts"
        ).fetchall()
        assert row == (10, 10, 0, 0, 1)
        (reports_queued,) = connection.execute(
            "SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE 'broadcast:%:done'"
        ).fetchone()
        assert reports_queued == 1


async def _has(people: StandInClient, user: int, fragment: str) -> bool:
    return any(fragment in (m["text"] or "") for m in await people.bot_messages(user))
