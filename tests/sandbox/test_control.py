"""The control interface: what citizens can do, and what tests can see."""

from __future__ import annotations

import asyncio
import contextlib

import httpx
import pytest
from aiohttp import web
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.sandbox.client import ControlRequestFailed, StandInClient
from bot.sandbox.standin import BotApiStandIn


async def _one_update(bot: Bot) -> Update:
    (update,) = await bot.get_updates()
    await bot.get_updates(offset=update.update_id + 1)
    return update


async def test_press_without_such_button_lists_the_buttons(
    bot: Bot, citizens: StandInClient
) -> None:
    await citizens.create_user(2)
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Ja", callback_data="y"),
                InlineKeyboardButton("Nee", url="https://example.org"),
            ]
        ]
    )
    await bot.send_message(2, "Vraag", reply_markup=keyboard)
    with pytest.raises(AssertionError) as caught:
        await citizens.press(2, "Misschien")
    assert "no button 'Misschien'" in str(caught.value)
    assert "'Ja' (data 'y'), 'Nee' (url)" in str(caught.value)
    with pytest.raises(ControlRequestFailed, match="url button"):
        await citizens.press(2, "Nee")


async def test_press_defaults_to_the_latest_message_with_that_button(
    bot: Bot, citizens: StandInClient
) -> None:
    await citizens.create_user(2)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Verder", callback_data="next")]])
    old = await bot.send_message(2, "een", reply_markup=keyboard)
    new = await bot.send_message(2, "twee", reply_markup=keyboard)
    assert (await citizens.press(2, "Verder")).message_id == new.message_id
    assert (
        await citizens.press(2, "Verder", message_id=old.message_id)
    ).message_id == old.message_id
    forged = await citizens.forge_callback(2, new.message_id, "admin:delete")
    updates = await bot.get_updates()
    assert [u.callback_query.data for u in updates if u.callback_query] == [
        "next",
        "next",
        "admin:delete",
    ]
    assert updates[-1].update_id == forged.update_id


async def test_media_messages_are_valid_telegram_updates(bot: Bot, citizens: StandInClient) -> None:
    await citizens.send_sticker(4, "🎉")
    assert (await _one_update(bot)).message.sticker.emoji == "🎉"
    await citizens.send_photo(4, caption="foto")
    message = (await _one_update(bot)).message
    assert message.photo and message.caption == "foto"
    photo_file = await message.photo[-1].get_file()
    assert (await photo_file.download_as_bytearray()).startswith(b"\x89PNG")
    await citizens.send_voice(4, duration=7)
    assert (await _one_update(bot)).message.voice.to_dict()["duration"] == 7
    await citizens.send_location(4, 52.5, 6.1)
    location = (await _one_update(bot)).message.location
    assert (location.latitude, location.longitude) == (52.5, 6.1)
    await citizens.send_contact(4, "+31612345678", first_name="Jan")
    assert (await _one_update(bot)).message.contact.phone_number == "+31612345678"
    await citizens.send_document(4, b"%PDF-1.4", "brief.pdf")
    document = (await _one_update(bot)).message.document
    assert document.file_name == "brief.pdf" and document.mime_type == "application/pdf"


async def test_user_edits_and_group_posts(bot: Bot, citizens: StandInClient) -> None:
    await citizens.send_text(6, "eerste versie", first_name="Sanne", language_code="en")
    first = await _one_update(bot)
    await citizens.edit_text(6, first.message.message_id, "tweede versie")
    edited = (await _one_update(bot)).edited_message
    assert edited.text == "tweede versie" and edited.edit_date is not None
    assert edited.from_user.language_code == "en"
    await citizens.post_in_group(-100, 6, "/start@doetmee_test_bot hallo", title="Raad")
    group = (await _one_update(bot)).message
    assert group.chat.type == "group" and group.chat.title == "Raad"
    assert group.from_user.first_name == "Sanne"
    assert group.parse_entities(["bot_command"]).popitem()[1] == "/start@doetmee_test_bot"
    sent = await bot.send_message(-100, "welkom in de groep")
    assert (await citizens.bot_messages(-100))[0]["message_id"] == sent.message_id


async def test_inject_raw_update(bot: Bot, citizens: StandInClient) -> None:
    await citizens.create_user(8)
    update_id = await citizens.inject_update(
        {
            "update_id": 0,
            "callback_query": {
                "id": "forged",
                "from": {"id": 8, "is_bot": False, "first_name": "X"},
                "chat_instance": "1",
                "data": "x" * 100,
            },
        }
    )
    (update,) = await bot.get_updates()
    assert update.update_id == update_id and update.callback_query.data == "x" * 100


async def test_wait_for_bot_message_reports_what_came(bot: Bot, citizens: StandInClient) -> None:
    await citizens.send_text(3, "hallo")
    await bot.send_message(3, "iets anders")
    with pytest.raises(AssertionError, match="iets anders"):
        await citizens.wait_for_bot_message(3, contains="Welkom", timeout=0.2)
    later = asyncio.get_running_loop().call_later(
        0.05, lambda: asyncio.ensure_future(bot.send_message(3, "Welkom!"))
    )
    try:
        found = await citizens.wait_for_bot_message(3, contains="Welkom", timeout=2)
    finally:
        later.cancel()
    assert found["text"] == "Welkom!"
    assert (await citizens.wait_for_bot_message(3, count=2))["text"] == "Welkom!"
    await citizens.send_text(3, "en nu?")
    with pytest.raises(AssertionError, match="no bot message"):
        await citizens.wait_for_bot_message(3, timeout=0.1)


async def test_events_stream_reports_changes(bot: Bot, citizens: StandInClient) -> None:
    start = (await citizens.overview())["seq"]
    seen: list[dict] = []

    async def listen() -> None:
        async with contextlib.aclosing(citizens.events(since=start)) as events:
            async for event in events:
                seen.append(event)
                if event["type"] == "message_edited":
                    return

    listener = asyncio.create_task(listen())
    await citizens.send_text(12, "hoi")
    sent = await bot.send_message(12, "hallo")
    await bot.edit_message_text("hallo!", 12, sent.message_id)
    await asyncio.wait_for(listener, 3)
    types = [event["type"] for event in seen]
    assert types.index("update_queued") < types.index("message_edited")
    assert [e["message"]["text"] for e in seen if e["type"] == "message_sent"] == ["hoi", "hallo"]
    assert all(event["chat_id"] == 12 for event in seen if "message" in event)
    assert [e["seq"] for e in seen] == sorted(e["seq"] for e in seen)


async def test_reset_forgets_but_update_ids_keep_increasing(
    bot: Bot, citizens: StandInClient
) -> None:
    first = await citizens.send_text(1, "een")
    await citizens.reset()
    assert (await citizens.overview())["users"] == []
    assert await citizens.send_text(1, "twee") == first + 1
    assert [u.message.text for u in await bot.get_updates()] == ["twee"]


async def test_control_rejects_bad_requests(citizens: StandInClient) -> None:
    with pytest.raises(ControlRequestFailed, match="user_id is required"):
        await citizens._request("POST", "send/text", body={"text": "x"})
    with pytest.raises(ControlRequestFailed, match="unknown message kind"):
        await citizens._request("POST", "send/hologram", body={"user_id": 1})


async def test_updates_go_to_a_webhook_when_one_is_set(bot: Bot, citizens: StandInClient) -> None:
    received: list[tuple[dict, str | None]] = []
    arrived = asyncio.Event()

    async def hook(request: web.Request) -> web.Response:
        received.append(
            (await request.json(), request.headers.get("X-Telegram-Bot-Api-Secret-Token"))
        )
        arrived.set()
        return web.Response()

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="geheim")
        await citizens.send_text(30, "via webhook")
        await asyncio.wait_for(arrived.wait(), 3)
        (update, secret) = received[0]
        assert update["message"]["text"] == "via webhook" and secret == "geheim"
        info = await bot.get_webhook_info()
        assert info.url.endswith("/hook")
        await citizens.wait_until_idle(timeout=2, quiet=0.05)
        assert (await bot.get_webhook_info()).pending_update_count == 0
        from telegram.error import Conflict

        with pytest.raises(Conflict):
            await bot.get_updates()
        await bot.delete_webhook()
    finally:
        await runner.cleanup()


async def test_control_is_refused_from_elsewhere() -> None:
    from bot.sandbox.standin import _is_loopback

    assert _is_loopback("127.0.0.1") and _is_loopback("::1") and _is_loopback("::ffff:127.0.0.1")
    assert not _is_loopback("192.168.1.10")


async def test_made_app_can_be_extended_and_served() -> None:
    async def page(request: web.Request) -> web.Response:
        return web.Response(text="chat page")

    standin = BotApiStandIn(bot_username="other_bot")
    app = standin.make_app()
    app.router.add_get("/chat", page)
    await standin.start(app=app)
    try:
        async with httpx.AsyncClient(trust_env=False) as http:
            assert (await http.get(f"{standin.url}/chat")).text == "chat page"
            me = (await http.get(f"{standin.base_url}1:A/getMe")).json()
            assert me["ok"] and me["result"]["username"] == "other_bot"
    finally:
        await standin.stop()


async def test_stop_ends_long_polls_and_event_streams() -> None:
    standin = BotApiStandIn()
    await standin.start()
    citizens = StandInClient(standin.url)
    bot = Bot("1:A", base_url=standin.base_url)
    await bot.initialize()

    async def listen() -> list[dict]:
        return [event async for event in citizens.events()]

    stream = asyncio.create_task(listen())
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await asyncio.sleep(0.1)
    loop = asyncio.get_running_loop()
    started = loop.time()
    await standin.stop()
    assert loop.time() - started < 1.5
    assert await asyncio.wait_for(poll, 2) == ()
    assert [e["type"] for e in await asyncio.wait_for(stream, 2)] == ["reset"]
    await bot.shutdown()
    await citizens.aclose()
