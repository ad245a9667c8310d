"""Browser tests of the sandbox: ``run_sandbox`` (the real bot, the Bot API stand-in and the
chat page) in the test's event loop, driven by Playwright in Debian's headless Chromium.

Playwright's own browser download does not work here (and is not needed): the system's
``/usr/bin/chromium`` is launched. Without it the tests are skipped with that reason; CI
installs it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import Browser, Locator, Page, async_playwright, expect

from bot.config import load_settings
from bot.sandbox.client import StandInClient
from bot.sandbox.run import run_sandbox

CHROMIUM = Path(os.environ.get("DOETMEE_TEST_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
START_TIMEOUT = 20.0
# Playwright waits (expect, locators) in milliseconds: generous for a busy CI machine, but a
# failing test still ends quickly enough.
WAIT_MS = 10_000

HERE = Path(__file__).resolve().parent

expect.set_options(timeout=WAIT_MS)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(
        reason=f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)"
    )
    for item in items:
        if item.path.is_relative_to(HERE) and "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(skip)


class Sandbox:
    def __init__(self, url: str) -> None:
        self.url = url

    def control(self) -> StandInClient:
        return StandInClient(self.url)


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[Sandbox]:
    """``run_sandbox`` on a free loopback port with a fresh database; stopped after the test."""
    settings = load_settings(
        {
            "DOETMEE_DATABASE": str(tmp_path / "sandbox.sqlite3"),
            "DOETMEE_SECRET": "browser-test-secret-xxxxxxxxxxxxx",
        }
    )
    stop = asyncio.Event()
    ready: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(
        run_sandbox(settings, port=0, ready=ready.set_result, stop=stop), name="sandbox"
    )
    done, _ = await asyncio.wait(
        {task, ready}, timeout=START_TIMEOUT, return_when="FIRST_COMPLETED"
    )
    if task in done:
        task.result()  # it failed while starting: show why
        raise AssertionError("run_sandbox returned before it was ready")
    if ready not in done:
        stop.set()
        task.cancel()
        raise AssertionError(f"the sandbox was not ready within {START_TIMEOUT} s")
    try:
        yield Sandbox(ready.result())
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=10)


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield launched
        finally:
            await launched.close()


@pytest.fixture
async def page(browser: Browser, sandbox: Sandbox) -> AsyncIterator[Page]:
    """The chat page at a desktop size, loaded; JavaScript errors fail the test."""
    context = await browser.new_context(viewport={"width": 1200, "height": 820}, locale="nl-NL")
    context.set_default_timeout(WAIT_MS)
    opened = await context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    await opened.goto(sandbox.url)
    await expect(opened.locator("body.ready")).to_have_count(1)
    try:
        yield opened
    finally:
        with contextlib.suppress(Exception):
            await context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def messages(page: Page) -> Locator:
    """The chat's message list."""
    return page.locator("#messages")


def button(page: Page, name: str) -> Locator:
    """The newest button with exactly this accessible name."""
    return page.get_by_role("button", name=name, exact=True).last


def person(page: Page, first_name: str) -> Locator:
    """The person switcher's entry for ``first_name``."""
    return page.locator("#people").get_by_role("button", name=re.compile(f"^{first_name} "))
