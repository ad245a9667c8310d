"""The sandbox chat page in a real browser: a citizen consents and answers a dialogue with
typed text and buttons, keyboard-only use, separate chats per person, the command menu,
files, deep links, and safe rendering of what the bot sends."""

from __future__ import annotations

import io
import re

import httpx
import segno
from playwright.async_api import Browser, Page, expect

from bot.sandbox.run import CITIZENS, SANDBOX_TOKEN
from tests.browser.conftest import WAIT_MS, Sandbox, button, messages, person

ANNE = CITIZENS[0]
CONSENT = "✅ Ja, ik doe mee"
STATENSPEL = re.compile("Klaar voor het Statenspel")


async def consent(page: Page) -> None:
    await button(page, "Start").click()
    await button(page, CONSENT).click()
    await expect(page.get_by_role("button", name=CONSENT)).to_have_count(0)
    await button(page, "18–25").click()
    await expect(page.get_by_role("button", name="18–25")).to_have_count(0)


async def test_citizen_answers_a_dialogue_until_the_thank_you(page: Page) -> None:
    log = messages(page)
    await consent(page)
    await page.locator("#dialogues").get_by_role("button", name=STATENSPEL).click()
    await expect(log).to_contain_text("Vraag 1 van 7")

    box = page.get_by_role("textbox", name="Bericht")
    await box.fill("Als ze echt naar jongeren luisteren")
    await box.press("Enter")
    await expect(log.locator(".message-out").last).to_contain_text("echt naar jongeren")
    await expect(box).to_have_value("")
    await expect(log).to_contain_text("Vraag 2 van 7")
    for number, typed in ((3, "Dat ze uitleggen wat ze doen"), (4, "Meepraten op school")):
        await box.fill(typed)
        await box.press("Enter")
        await expect(log).to_contain_text(f"Vraag {number} van 7")

    await button(page, "Een beetje").click()
    await expect(log).to_contain_text("Vraag 5 van 7")
    # The answered question is edited in place: its buttons are gone, the choice is shown.
    await expect(page.get_by_role("button", name="Een beetje", exact=True)).to_have_count(0)
    await expect(log.locator(".edited").first).to_be_visible()
    await button(page, "Natuur").click()
    await expect(log).to_contain_text("Vraag 6 van 7")
    await button(page, "4").click()
    await expect(log).to_contain_text("Vraag 7 van 7")
    await button(page, "Ja, graag").click()
    # "Ja, graag" is answered: what the Jongerenraad is and where to find out.
    await expect(log).to_contain_text("Vraag het aan de gespreksleider van het Statenspel")
    await button(page, "Verder ➡️").click()

    thanks = log.locator("li.message-in").last
    await expect(thanks).to_contain_text("Bedankt!")
    await expect(thanks.locator("strong", has_text="Bedankt!")).to_be_visible()
    await expect(thanks).to_contain_text("Als ze echt naar jongeren luisteren")


FOCUS_MATCHES = """(target) => {
  const focused = document.activeElement;
  if (!focused || focused === document.body) return false;
  if (target.selector) return focused.matches(target.selector);
  return focused.tagName === "BUTTON" && focused.textContent.trim() === target.text;
}"""


async def tab_to(page: Page, *, text: str | None = None, selector: str | None = None) -> None:
    """Press Tab (only Tab) until the button with exactly ``text``, or the element matching
    ``selector``, has the focus."""
    target = {"text": text, "selector": selector}
    for _ in range(80):
        await page.keyboard.press("Tab")
        if await page.evaluate(FOCUS_MATCHES, target):
            return
    focused = await page.evaluate("() => document.activeElement?.outerHTML.slice(0, 200)")
    raise AssertionError(f"Tab never reached {text or selector!r}; the focus is on {focused}")


async def test_keyboard_only_consent_and_answers(page: Page) -> None:
    log = messages(page)
    await tab_to(page, text="Start")
    await page.keyboard.press("Enter")
    await expect(button(page, CONSENT)).to_be_visible()
    await tab_to(page, text=CONSENT)
    outline = await page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the focused button shows no focus ring"
    await page.keyboard.press("Space")
    await expect(page.get_by_role("button", name=CONSENT)).to_have_count(0)
    await tab_to(page, text="18–25")
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("button", name="18–25")).to_have_count(0)
    await expect(log.locator("li")).to_have_count(3)

    await tab_to(page, selector='#dialogues button[data-payload="d_statenspel-jongeren"]')
    await page.keyboard.press("Enter")
    await expect(log).to_contain_text("Vraag 1 van 7")
    await tab_to(page, selector="#message-input")
    for number, typed in ((2, "Eerlijk zijn"), (3, "Uitleg"), (4, "Meepraten")):
        await page.keyboard.type(typed)
        await page.keyboard.press("Enter")
        await expect(log.locator(".message-out").last).to_contain_text(typed)
        await expect(log).to_contain_text(f"Vraag {number} van 7")

    await tab_to(page, text="Een beetje")
    await page.keyboard.press("Space")
    await expect(log).to_contain_text("Vraag 5 van 7")
    # The focus went on to the next question, so the next Tab reaches its first option.
    await expect(log.locator("li:focus")).to_contain_text("Vraag 5 van 7")
    await page.keyboard.press("Tab")
    assert await page.evaluate("() => document.activeElement.textContent") == "Bus en trein"
    await tab_to(page, text="Natuur")
    await page.keyboard.press("Enter")
    await expect(log).to_contain_text("Vraag 6 van 7")


async def open_page(
    browser: Browser, sandbox: Sandbox, width: int, height: int
) -> tuple[Page, list[str]]:
    context = await browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(WAIT_MS)
    page = await context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    await page.goto(sandbox.url)
    await expect(page.locator("body.ready")).to_have_count(1)
    return page, errors


async def test_each_person_has_a_separate_chat_on_a_phone(
    browser: Browser, sandbox: Sandbox
) -> None:
    page, errors = await open_page(browser, sandbox, 390, 844)
    log = messages(page)
    menu = page.get_by_role("button", name=re.compile("Sandbox.menu"))

    await button(page, "Start").click()
    await expect(button(page, CONSENT)).to_be_visible()
    anne_count = await log.locator("li").count()

    await menu.click()
    await person(page, "Bram").click()
    await expect(page.locator("#playing-as")).to_have_text("Je bent Bram (nl)")
    await expect(log.locator("li")).to_have_count(0)
    await expect(button(page, "Start")).to_be_visible()
    await consent(page)

    await menu.click()
    await person(page, "Anne").click()
    await expect(log.locator("li")).to_have_count(anne_count)
    await expect(button(page, CONSENT)).to_be_visible()

    await menu.click()
    await person(page, "Chris").click()
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await expect(page.locator("#playing-as")).to_have_text("You are Chris (en)")
    await button(page, "Start").click()
    await expect(button(page, "✅ Yes, I'll take part")).to_be_visible()
    await expect(page.get_by_role("textbox", name="Message")).to_be_visible()

    # Something happens in Anne's chat while Chris is shown: her entry says so.
    async with sandbox.control() as control:
        await control.send_text(ANNE.user_id, "/help")
    await menu.click()
    await expect(person(page, "Anne")).to_have_attribute("aria-label", re.compile(r"\d+ new"))
    await page.context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


async def test_command_menu_document_and_deep_link_field(page: Page) -> None:
    log = messages(page)
    await consent(page)
    await page.get_by_role("button", name="Menu").click()
    menu = page.locator("#command-menu")
    await menu.get_by_role("button", name=re.compile(r"^\/mijngegevens")).click()
    download_link = log.locator("a.document-link").last
    await expect(download_link).to_be_visible()
    async with page.expect_download() as info:
        await download_link.click()
    download = await info.value
    assert download.suggested_filename.endswith(".json")
    assert (await download.path()).read_bytes().lstrip().startswith(b"{")

    link_field = page.get_by_role("textbox", name="Link of code")
    await link_field.fill("d goed bestuur")
    await link_field.press("Enter")
    await expect(page.locator("#link-error")).to_be_visible()
    await expect(link_field).to_have_attribute("aria-invalid", "true")
    await link_field.fill("https://t.me/doetmee_sandbox_bot?start=d_goed-bestuur")
    await link_field.press("Enter")
    await expect(log.locator(".message-out").last).to_have_text(
        re.compile(r"/start d_goed-bestuur")
    )
    await expect(log).to_contain_text("Vraag 1 van")
    await expect(page.locator("#link-error")).to_be_hidden()


def qr_png(text: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(text).save(buffer, kind="png", scale=4)
    return buffer.getvalue()


async def test_what_the_bot_sends_is_rendered_safely(page: Page, sandbox: Sandbox) -> None:
    """HTML formatting, links, keyboards, edits in place, photos and documents, as sent by a
    bot straight to the Bot API; nothing in a text becomes markup."""
    log = messages(page)
    api = f"{sandbox.url}bot{SANDBOX_TOKEN}"
    chat_id = ANNE.user_id
    text = (
        "<b>Vet</b> <i>schuin</i> <u>onder</u> <s>weg</s> <code>code()</code> "
        '<a href="https://example.org/uitleg">uitleg</a> <a href="javascript:alert(1)">stout</a>\n'
        "<pre>blok</pre><blockquote>citaat</blockquote>"
        '&lt;img src=x onerror="window.hacked=1"&gt; en /help\n'
        "Doe mee: https://t.me/doetmee_sandbox_bot?start=s_AB12"
    )
    keyboard = {
        "inline_keyboard": [
            [{"text": "Kies mij", "callback_data": "sandbox-test"}],
            [{"text": "Website", "url": "https://example.org/"}],
        ]
    }
    async with httpx.AsyncClient(trust_env=False, timeout=10) as http:
        sent = await http.post(
            f"{api}/sendMessage",
            json={"chat_id": chat_id, "text": text, "parse_mode": "HTML", "reply_markup": keyboard},
        )
        message_id = sent.json()["result"]["message_id"]
        bubble = log.locator(f'li[data-id="{message_id}"]')
        await expect(bubble.locator("strong")).to_have_text("Vet")
        await expect(bubble.locator("em")).to_have_text("schuin")
        await expect(bubble.locator("u")).to_have_text("onder")
        await expect(bubble.locator("s")).to_have_text("weg")
        await expect(bubble.locator("code").first).to_have_text("code()")
        await expect(bubble.locator("pre")).to_have_text("blok")
        await expect(bubble.locator("blockquote")).to_have_text("citaat")
        await expect(bubble.locator('a[href="https://example.org/uitleg"]')).to_have_text("uitleg")
        await expect(bubble.locator("a", has_text="stout")).to_have_count(0)
        await expect(bubble).to_contain_text('<img src=x onerror="window.hacked=1">')
        await expect(bubble.locator("img")).to_have_count(0)
        assert await page.evaluate("() => window.hacked") is None
        await expect(bubble.get_by_role("button", name="Kies mij")).to_be_visible()
        await expect(bubble.get_by_role("link", name=re.compile("Website"))).to_have_attribute(
            "href", "https://example.org/"
        )

        # A /command in the bot's text can be pressed, and a link to the bot opens in the
        # chat with its start payload, as in Telegram.
        await bubble.get_by_role("button", name="/help").click()
        await expect(log.locator(".message-out").last).to_have_text(re.compile("/help"))
        await bubble.get_by_role("link", name=re.compile("start=s_AB12")).click()
        await expect(log.locator(".message-out").last).to_have_text(re.compile("/start s_AB12"))

        await http.post(
            f"{api}/editMessageText",
            json={
                "chat_id": chat_id,
                "message_id": message_id,
                "text": "<b>Aangepast</b>",
                "parse_mode": "HTML",
            },
        )
        await expect(bubble).to_contain_text("Aangepast")
        await expect(bubble.locator(".edited")).to_be_visible()
        await expect(bubble.get_by_role("button", name="Kies mij")).to_have_count(0)

        await http.post(
            f"{api}/sendPhoto",
            data={"chat_id": str(chat_id), "caption": "QR-code van de sessie"},
            files={"photo": ("qr.png", qr_png("https://t.me/doetmee_sandbox_bot?start=s_AB12"))},
        )
        picture = log.locator("li.message-in img").last
        await expect(picture).to_have_attribute("alt", "QR-code van de sessie")
        assert await picture.evaluate("(img) => img.decode().then(() => img.naturalWidth)") > 0

        csv = b"gemeente;aantal\nZwolle;12\n"
        await http.post(
            f"{api}/sendDocument",
            data={"chat_id": str(chat_id)},
            files={"document": ("export.csv", csv, "text/csv")},
        )
    link = log.locator("a.document-link").last
    await expect(link).to_contain_text("export.csv")
    async with page.expect_download() as info:
        await link.click()
    download = await info.value
    assert download.suggested_filename == "export.csv"
    path = await download.path()
    assert path.read_bytes() == csv


async def test_staff_send_a_dialogue_file_with_the_paper_clip(page: Page) -> None:
    """Sam (staff) sends a .yaml file from the page: the bot checks it and answers each
    problem with its line (nothing is written: the sandbox's dialogues stay as they are)."""
    log = messages(page)
    await person(page, "Sam").click()
    await button(page, "Start").click()
    await expect(log.locator("li.message-in")).not_to_have_count(0)
    box = page.get_by_role("textbox", name="Bericht")
    await box.fill("/dialogen")
    await box.press("Enter")
    await expect(log).to_contain_text("Gesprekken")
    broken = b"id: proef\nversion: 1\ntitle: {nl: Proef}\nquestions:\n  - {id: a, type: txt}\n"
    await expect(page.get_by_role("button", name="Bestand sturen")).to_be_visible()
    await page.locator("#file-input").set_input_files(
        files=[{"name": "proef.yaml", "mimeType": "application/yaml", "buffer": broken}]
    )
    await expect(log.locator("a.document-link").last).to_contain_text("proef.yaml")
    answer = log.locator("li.message-in").last
    await expect(answer).to_contain_text("regel 5")
    await expect(answer).to_contain_text("We hebben het bestand niet bewaard")
