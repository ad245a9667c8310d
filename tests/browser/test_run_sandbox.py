"""``run_sandbox`` without a browser: what it serves, who it lets in, and how it stops."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from pathlib import Path

import httpx
import pytest

from bot.config import load_settings
from bot.sandbox.client import StandInClient
from bot.sandbox.run import FACILITATOR, PEOPLE, STAFF, run_sandbox
from tests.browser.conftest import Sandbox


def http(sandbox: Sandbox) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=sandbox.url, trust_env=False, timeout=10)


async def test_config_lists_people_and_shipped_dialogues(sandbox: Sandbox) -> None:
    async with http(sandbox) as client:
        config = (await client.get("/_sandbox/config")).json()
    assert config["ready"] is True
    assert config["bot"]["username"] == "doetmee_sandbox_bot"
    assert [p["user_id"] for p in config["people"]] == [p.user_id for p in PEOPLE]
    assert {p["role"] for p in config["people"]} == {"citizen", "facilitator", "staff"}
    dialogues = {d["id"]: d for d in config["dialogues"]}
    assert dialogues["goed-bestuur"]["payload"] == "d_goed-bestuur"
    assert dialogues["goed-bestuur"]["title"] == {
        "nl": "Wat betekent goed bestuur voor jou?",
        "en": "What does good governance mean to you?",
    }


async def test_a_paused_dialogue_leaves_the_pages_list(sandbox: Sandbox) -> None:
    staff = sandbox.control()
    await staff.send_text(STAFF.user_id, "/dialogen", language_code="en")
    await staff.wait_for_bot_message(STAFF.user_id)
    await staff.press(STAFF.user_id, "🟢 What does good governance mean to you?")
    await staff.wait_for_bot_message(STAFF.user_id, contains="Status: active")
    await staff.press(STAFF.user_id, "⏸ Pause")
    await staff.wait_for_bot_message(STAFF.user_id, contains="Status: paused")
    async with http(sandbox) as client:
        config = (await client.get("/_sandbox/config")).json()
    listed = {d["id"] for d in config["dialogues"]}
    assert "goed-bestuur" not in listed and "statenspel-jongeren" in listed


async def test_page_and_its_files_are_served_and_nothing_else(sandbox: Sandbox) -> None:
    async with http(sandbox) as client:
        index = await client.get("/")
        assert index.status_code == 200
        assert "script-src 'self'" in index.headers["Content-Security-Policy"]
        assert '<script src="/static/chat.js"' in index.text
        for name, kind in (("chat.js", "text/javascript"), ("chat.css", "text/css")):
            response = await client.get(f"/static/{name}")
            assert response.status_code == 200
            assert response.headers["Content-Type"].startswith(kind)
        for name in ("run.py", "..%2Frun.py", "index.html"):
            assert (await client.get(f"/static/{name}")).status_code == 404


async def test_other_origins_and_host_names_are_refused(sandbox: Sandbox) -> None:
    body = {"user_id": PEOPLE[0].user_id, "text": "/start"}
    async with http(sandbox) as client:
        foreign = await client.post(
            "/_control/send/text", json=body, headers={"Origin": "https://evil.example"}
        )
        assert foreign.status_code == 403
        rebound = await client.get("/_control/", headers={"Host": "evil.example:8080"})
        assert rebound.status_code == 421
        same = await client.post(
            "/_control/send/text", json=body, headers={"Origin": sandbox.url.rstrip("/")}
        )
        assert same.status_code == 200


async def test_staff_member_and_facilitator_have_their_roles(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    """Sam is staff (put into settings.staff by the sandbox): a staff command that a citizen is
    refused gives Sam something else. Femke's facilitator role is in the database."""
    with contextlib.closing(sqlite3.connect(tmp_path / "sandbox.sqlite3")) as db:
        roles = db.execute("SELECT role FROM roles WHERE user_id = ?", (FACILITATOR.user_id,))
        assert [row[0] for row in roles] == ["facilitator"]
    async with StandInClient(sandbox.url) as control:
        citizen = PEOPLE[0].user_id
        await control.send_text(citizen, "/rol")
        refused = await control.wait_for_bot_message(citizen)
        await control.send_text(STAFF.user_id, "/rol")
        allowed = await control.wait_for_bot_message(STAFF.user_id)
    assert refused["text"] != allowed["text"]


async def test_only_loopback_and_a_clean_stop(tmp_path: Path) -> None:
    settings = load_settings({"DOETMEE_DATABASE": str(tmp_path / "db.sqlite3")})
    with pytest.raises(ValueError, match="loopback"):
        await run_sandbox(settings, host="0.0.0.0", port=0)

    stop = asyncio.Event()
    urls: list[str] = []
    task = asyncio.create_task(run_sandbox(settings, port=0, ready=urls.append, stop=stop))
    while not urls:
        assert not task.done(), task
        await asyncio.sleep(0.02)
    stop.set()
    await asyncio.wait_for(task, timeout=10)
    async with httpx.AsyncClient(trust_env=False) as client:
        with pytest.raises(httpx.ConnectError):
            await client.get(urls[0])


async def test_the_sandbox_ships_sample_events_to_try_reminders(sandbox: Sandbox) -> None:
    """A newcomer finds events in /agenda, and the reminders of the first two come within
    minutes: 1 hour before an event a little over an hour away, 24 hours before one a little
    over a day away."""
    anne = PEOPLE[0].user_id
    async with StandInClient(sandbox.url) as control:
        await control.send_text(anne, "/agenda")
        agenda = await control.wait_for_bot_message(anne, contains="Dit komt eraan")
        assert "<b>1. Statenspel in het Provinciehuis</b>" in agenda["text"]
        assert "<b>2. Democratiespel met klassen van Deltion</b>" in agenda["text"]
        first = agenda["buttons"][0][0]
        assert first.startswith("1 · ")
        await control.press(anne, first)
        card = await control.wait_for_bot_message(anne, contains="1 uur vooraf")
        assert "🔔 Herinner mij" in [label for row in card["buttons"] for label in row]
