"""A Statenlid's session on a phone (390×844), in the sandbox page: open it, the students
join by typing the code (on their own phones, played through the stand-in), send the class a
conversation, read what they wrote and see a chart, close it: the summary in the chat (text
and pictures) and the PDF to download."""

from __future__ import annotations

import io
import re

import pypdf
from playwright.async_api import Browser, Page, expect

from bot.sandbox.run import CITIZENS, FACILITATOR
from tests.browser.conftest import WAIT_MS, Sandbox, button, messages, person

PHONE = {"width": 390, "height": 844}
CONSENT = "✅ Ja, ik doe mee"
OUTBOX_WAIT = 15.0
WRITTEN = {
    CITIZENS[0].user_id: "Als ze echt luisteren naar jongeren",
    CITIZENS[1].user_id: "Eerlijk zijn over wat niet kan",
    CITIZENS[2].user_id: "Wanneer ze ons serieus nemen",
}


async def play(page: Page, first_name: str) -> None:
    await page.get_by_role("button", name=re.compile("Sandbox.menu")).click()
    await person(page, first_name).click()
    await expect(page.locator("#playing-as")).to_contain_text(first_name)


async def type_text(page: Page, text: str) -> None:
    box = page.locator("#message-input")
    await box.fill(text)
    await box.press("Enter")


async def fits_the_screen(page: Page) -> None:
    width = await page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the page is {width}px wide on a {PHONE['width']}px phone"


async def students_answer(sandbox: Sandbox) -> None:
    """The students (on their own phones: through the stand-in) start the conversation from
    the session's message and answer the first five questions: three written, two buttons."""
    async with sandbox.control() as students:
        for citizen in CITIZENS:
            user = citizen.user_id
            dutch = citizen.language_code == "nl"
            start = await students.wait_for_bot_message(
                user, contains="Statenspel?", timeout=OUTBOX_WAIT
            )
            label = "▶️ Beginnen" if dutch else "▶️ Start"
            await students.press(user, label, message_id=start["message_id"])
            question = "Vraag {n} van" if dutch else "Question {n} of"
            await students.wait_for_bot_message(user, contains=question.format(n=1))
            await students.send_text(user, "Eerlijk zijn" if dutch else "Be honest")
            await students.wait_for_bot_message(user, contains=question.format(n=2))
            await students.send_text(user, "Uitleg" if dutch else "Explain it")
            await students.wait_for_bot_message(user, contains=question.format(n=3))
            await students.send_text(user, WRITTEN[user])
            await students.wait_for_bot_message(user, contains=question.format(n=4))
            await students.press(user, "Een beetje" if dutch else "A little")
            await students.wait_for_bot_message(user, contains=question.format(n=5))
            await students.press(user, "Natuur" if dutch else "Nature")
            await students.wait_for_bot_message(user, contains=question.format(n=6))


async def test_a_statenlid_runs_a_session_on_a_phone(browser: Browser, sandbox: Sandbox) -> None:
    context = await browser.new_context(viewport=PHONE, locale="nl-NL", accept_downloads=True)
    context.set_default_timeout(WAIT_MS)
    page = await context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    await page.goto(sandbox.url)
    await expect(page.locator("body.ready")).to_have_count(1)
    log = messages(page)

    # The Statenlid opens a session: a code, a link and a QR code.
    await play(page, FACILITATOR.first_name)
    await button(page, "Start").click()
    await button(page, CONSENT).click()
    await button(page, "41–65").click()
    await type_text(page, "/sessie")
    await button(page, "➕ Nieuwe sessie").click()
    await type_text(page, "Klas 3B Twello")
    opened = log.locator("li.message-in", has_text="is open").last
    await expect(opened).to_contain_text("Code om mee te doen")
    code = re.search(r"start=s_([A-Z0-9]{6})", await opened.inner_text())
    assert code is not None
    await expect(log.locator("li.message-in img").last).to_be_visible()  # the QR code
    await fits_the_screen(page)

    # Every student consents and types the code, in their own way.
    joined = code.group(1)
    async with sandbox.control() as students:
        for number, citizen in enumerate(CITIZENS):
            user, dutch = citizen.user_id, citizen.language_code == "nl"
            await students.send_text(
                user, "/start", language_code=citizen.language_code, first_name=citizen.first_name
            )
            await students.wait_for_bot_message(user, count=1)
            await students.press(user, CONSENT if dutch else "✅ Yes, I'll take part")
            await students.wait_for_bot_message(user, contains="16")
            await students.press(user, "16–17")
            await students.wait_for_bot_message(user, count=2)
            typed = joined.lower() if number == 0 else f"{joined[:3]} {joined[3:]}"
            await students.send_text(user, typed)
            await students.wait_for_bot_message(user, contains="Klas 3B Twello")

    # The Statenlid sends the class a conversation; the students answer it.
    await type_text(page, "/sessie")
    await button(page, "📋 Klas 3B Twello (" + code.group(1) + ")").click()
    await expect(log.locator("li.message-in").last).to_contain_text("3 deelnemers")
    await button(page, "💬 Stuur een gesprek").click()
    await button(page, "Klaar voor het Statenspel?").click()
    await expect(log).to_contain_text("Verstuurd naar 3 deelnemers")
    await students_answer(sandbox)

    # What they wrote, newest first, without names; a chart of a closed question.
    await button(page, "📊 Tussenstand").click()
    await expect(log.locator("li.message-in").last).to_contain_text("3 begonnen")
    await page.get_by_role("button", name=re.compile(r"^1\.3 ")).last.click()
    written = log.locator("li.message-in").last
    await expect(written).to_contain_text("nieuwste eerst")
    for text in WRITTEN.values():
        await expect(written).to_contain_text(text)
    await page.get_by_role("button", name=re.compile(r"^Vraag 1\.4 ➡️")).last.click()
    await expect(log.locator("li.message-in").last.locator("img")).to_be_visible()
    chart = log.locator("li.message-in img").last
    shown_width = await chart.evaluate("(img) => img.getBoundingClientRect().width")
    natural = await chart.evaluate("(img) => img.decode().then(() => img.naturalWidth)")
    assert natural == 1080 and shown_width >= 250, (natural, shown_width)
    await fits_the_screen(page)

    # Closing: the summary in the chat, and a PDF to forward.
    await page.get_by_role("button", name="📊 Alle vragen").last.click()
    await type_text(page, "/sessie sluit")
    confirm = log.locator("li.message-in").last
    await expect(confirm).to_contain_text("niemand meer meedoen of antwoorden")
    pictures = await log.locator("li.message-in img").count()
    await button(page, "⏹ Ja, sluiten").click()
    await expect(log).to_contain_text("is gesloten")
    pdf_link = log.locator("a.document-link").last
    await expect(pdf_link).to_contain_text(".pdf")
    # In the chat: a chart for each of the two closed questions, the written answers.
    await expect(log.locator("li.message-in img")).to_have_count(pictures + 2)
    summary_quotes = log.locator("li.message-in", has_text="samenvatting (gesloten)")
    written_summary = summary_quotes.filter(has_text="1.3 En wat kun jij zelf doen").last
    await expect(written_summary).to_contain_text(WRITTEN[CITIZENS[0].user_id])
    async with page.expect_download() as info:
        await pdf_link.click()
    download = await info.value
    assert download.suggested_filename.startswith("sessie-klas-3b-twello-")
    content = (await download.path()).read_bytes()
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(content)).pages)
    flat = " ".join(text.split())
    assert "Klas 3B Twello" in flat and "3 begonnen, 0 klaar" in flat
    for written_text in WRITTEN.values():
        assert written_text in flat
    await fits_the_screen(page)
    await context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"
