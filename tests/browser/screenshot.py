"""Make the README's screenshot of the sandbox: ``python -m tests.browser.screenshot [PATH]``
(default ``docs/sandbox.png``). Starts the sandbox with a throw-away database, plays Anne
through consent and half of "Klaar voor het Statenspel?", and photographs the page.

Needs Debian's Chromium at /usr/bin/chromium, and a colour emoji font (fonts-noto-color-emoji)
for the buttons to look as they do on a phone.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from playwright.async_api import async_playwright, expect

from bot.config import load_settings
from bot.sandbox.run import run_sandbox
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, WAIT_MS

VIEWPORT = {"width": 1280, "height": 900}


async def photograph(target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = load_settings(
            {
                "DOETMEE_DATABASE": f"{folder}/sandbox.sqlite3",
                "DOETMEE_SECRET": "screenshot-secret-xxxxxxxxxxxxxxxx",
            }
        )
        stop = asyncio.Event()
        ready: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        task = asyncio.create_task(run_sandbox(settings, port=0, ready=ready.set_result, stop=stop))
        url = await asyncio.wait_for(ready, 20)
        try:
            async with async_playwright() as playwright:
                browser = await playwright.chromium.launch(
                    executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
                )
                page = await browser.new_page(viewport=VIEWPORT, device_scale_factor=1)
                page.set_default_timeout(WAIT_MS)
                await page.goto(url)
                log = page.locator("#messages")
                await page.get_by_role("button", name="Start", exact=True).click()
                await page.get_by_role("button", name="✅ Ja, ik doe mee").click()
                await expect(page.get_by_role("button", name="✅ Ja, ik doe mee")).to_have_count(0)
                await page.get_by_role("button", name="18–25").click()
                await expect(page.get_by_role("button", name="18–25")).to_have_count(0)
                await page.locator('#dialogues [data-payload="d_statenspel-jongeren"]').click()
                await expect(log).to_contain_text("Vraag 1 van")
                box = page.get_by_role("textbox", name="Bericht")
                await box.fill("Als ze echt luisteren naar wat jongeren in Raalte willen.")
                await box.press("Enter")
                await expect(log).to_contain_text("Vraag 2 van")
                await box.fill("Dat ze uitleggen wat ze besluiten, in gewone woorden.")
                await box.press("Enter")
                await expect(log).to_contain_text("Vraag 3 van")
                await box.fill("Meepraten in de leerlingenraad.")
                await box.press("Enter")
                await expect(log).to_contain_text("Vraag 4 van")
                await page.get_by_role("button", name="Een beetje").click()
                await expect(log).to_contain_text("Vraag 5 van")
                await page.get_by_role("button", name="Veilige fietspaden").click()
                await expect(log).to_contain_text("Vraag 6 van")
                await page.evaluate("() => document.activeElement.blur()")
                await page.mouse.move(0, 0)
                await page.wait_for_timeout(300)  # let the last edit settle before the photo
                await page.screenshot(path=str(target))
                await browser.close()
        finally:
            stop.set()
            await task


if __name__ == "__main__":
    destination = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/sandbox.png")
    destination.parent.mkdir(parents=True, exist_ok=True)
    asyncio.run(photograph(destination))
    print(destination)
