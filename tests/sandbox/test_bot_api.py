"""A real ``telegram.Bot`` against the stand-in: Telegram's JSON shapes and errors."""

from __future__ import annotations

import asyncio
import re
import time

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    LinkPreviewOptions,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    ReplyParameters,
)
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, RetryAfter

from bot.sandbox.client import StandInClient
from bot.sandbox.standin import BotApiStandIn
from tests.sandbox.conftest import TOKEN


async def test_get_me_is_the_configured_identity(bot: Bot) -> None:
    me = await bot.get_me()
    assert me.is_bot and me.username == "doetmee_test_bot" and me.id == 8_000_000_001


async def test_send_message_returns_a_telegram_message(bot: Bot, citizens: StandInClient) -> None:
    await citizens.create_user(42, first_name="Piet", last_name="Jansen", username="pietj")
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Ja", callback_data="ja")]])
    sent = await bot.send_message(
        42,
        "Hallo <i>Piet</i> &lt;3",
        parse_mode="HTML",
        reply_markup=keyboard,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )
    assert isinstance(sent, Message)
    assert sent.text == "Hallo Piet <3"
    assert sent.text_html == "Hallo <i>Piet</i> &lt;3"
    assert sent.chat.id == 42 and sent.chat.type == "private" and sent.chat.first_name == "Piet"
    assert sent.from_user is not None and sent.from_user.is_bot
    assert sent.reply_markup == keyboard
    again = await bot.send_message(42, "tweede", reply_parameters=ReplyParameters(sent.message_id))
    assert again.message_id == sent.message_id + 1
    assert again.reply_to_message is not None
    assert again.reply_to_message.message_id == sent.message_id
    shown = (await citizens.bot_messages(42))[0]
    assert shown["text"] == "Hallo <i>Piet</i> &lt;3" and shown["parse_mode"] == "HTML"
    assert shown["link_preview_options"] == {"is_disabled": True}


async def test_reply_keyboard_is_kept_and_removed(bot: Bot, citizens: StandInClient) -> None:
    await citizens.create_user(7)
    markup = ReplyKeyboardMarkup([[KeyboardButton("Ja"), KeyboardButton("Nee")]])
    await bot.send_message(7, "Kies", reply_markup=markup)
    assert (await citizens.chat(7))["reply_keyboard"]["keyboard"][0][0]["text"] == "Ja"
    pressed = await citizens.press(7, "Nee")
    assert pressed.callback_query_id is None
    (update,) = await bot.get_updates()
    assert update.message is not None and update.message.text == "Nee"
    await bot.send_message(7, "Dank", reply_markup=ReplyKeyboardRemove())
    assert (await citizens.chat(7))["reply_keyboard"] is None


@pytest.mark.parametrize(
    ("text", "parse_mode", "description"),
    [
        ("x" * 4097, None, "Message is too long"),
        ("", None, "Message text is empty"),
        ("   ", None, "Message text is empty"),
        ("a <br> b", "HTML", 'Unsupported start tag "br" at byte offset 2'),
        ("1 < 2", "HTML", 'Unsupported start tag "" at byte offset 2'),
        ("<b>vet", "HTML", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>vet</i>", "HTML", 'expected "</b>", found "</i>"'),
    ],
)
async def test_invalid_texts_are_refused(
    bot: Bot, citizens: StandInClient, text: str, parse_mode: str | None, description: str
) -> None:
    await citizens.create_user(1)
    with pytest.raises(BadRequest, match=r"(?i)" + re.escape(description)):
        await bot.send_message(1, text, parse_mode=parse_mode)
    assert await citizens.bot_messages(1) == []


async def test_4096_characters_are_accepted_after_markup(bot: Bot, citizens: StandInClient) -> None:
    await citizens.create_user(1)
    sent = await bot.send_message(1, "<b>" + "é" * 4096 + "</b>", parse_mode="HTML")
    assert len(sent.text or "") == 4096


async def test_callback_data_over_64_bytes_is_refused(bot: Bot, citizens: StandInClient) -> None:
    await citizens.create_user(1)
    fits = InlineKeyboardMarkup([[InlineKeyboardButton("ok", callback_data="é" * 32)]])
    await bot.send_message(1, "past", reply_markup=fits)
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="a" * 65)]])
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(1, "te lang", reply_markup=too_long)


async def test_unknown_chat_is_not_found(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(999, "hallo")


async def test_edit_message_text(bot: Bot, citizens: StandInClient) -> None:
    await citizens.create_user(5)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a")]])
    sent = await bot.send_message(5, "eerst", reply_markup=keyboard)
    edited = await bot.edit_message_text("daarna", 5, sent.message_id, reply_markup=keyboard)
    assert isinstance(edited, Message) and edited.text == "daarna" and edited.edit_date
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("daarna", 5, sent.message_id, reply_markup=keyboard)
    await bot.edit_message_text("daarna", 5, sent.message_id)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("nergens", 5, 999)
    (shown,) = await citizens.bot_messages(5)
    assert shown["text"] == "daarna" and shown["edit_count"] == 2 and shown["reply_markup"] is None


async def test_edit_reply_markup_and_delete(bot: Bot, citizens: StandInClient) -> None:
    await citizens.create_user(5)
    sent = await bot.send_message(5, "tekst")
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("B", callback_data="b")]])
    await bot.edit_message_reply_markup(5, sent.message_id, reply_markup=keyboard)
    assert (await citizens.bot_messages(5))[0]["buttons"] == [["B"]]
    assert await bot.delete_message(5, sent.message_id)
    assert await citizens.bot_messages(5) == []
    assert (await citizens.messages(5, include_deleted=True))[0]["deleted"]
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(5, sent.message_id)


async def test_callback_query_answer_is_recorded(bot: Bot, citizens: StandInClient) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Doe mee", callback_data="join:1")]])
    await citizens.create_user(3)
    sent = await bot.send_message(3, "Meedoen?", reply_markup=keyboard)
    pressed = await citizens.press(3, "Doe mee")
    (update,) = await bot.get_updates()
    query = update.callback_query
    assert query is not None and query.data == "join:1" and query.id == pressed.callback_query_id
    assert query.message is not None and query.message.message_id == sent.message_id
    assert query.from_user.id == 3 and query.chat_instance
    assert await query.answer("Top!", show_alert=True)
    answer = await citizens.callback_answer(query.id)
    assert answer["text"] == "Top!" and answer["show_alert"] is True
    with pytest.raises(BadRequest, match="Query is too old"):
        await query.answer()


async def test_document_bytes_download_identically(bot: Bot, citizens: StandInClient) -> None:
    await citizens.create_user(9)
    data = b"\x00\x01binary\xffdata" * 1000
    sent = await bot.send_document(
        9, data, filename="rapport.xlsx", caption="<b>Export</b>", parse_mode="HTML"
    )
    assert sent.document is not None and sent.document.file_name == "rapport.xlsx"
    assert sent.document.mime_type == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert sent.document.file_size == len(data) and sent.caption == "Export"
    assert await citizens.download(sent.document.file_id) == data
    file = await bot.get_file(sent.document.file_id)
    assert bytes(await file.download_as_bytearray()) == data
    again = await bot.send_document(9, sent.document.file_id)
    assert again.document is not None and again.document.file_id == sent.document.file_id
    (shown, _) = await citizens.bot_messages(9)
    assert shown["caption"] == "<b>Export</b>" and shown["plain_text"] == "Export"


async def test_photo_is_stored_with_its_size(bot: Bot, citizens: StandInClient) -> None:
    from bot.sandbox.files import tiny_png

    await citizens.create_user(9)
    png = tiny_png(3, 2)
    sent = await bot.send_photo(9, png, caption="grafiek")
    assert sent.photo and (sent.photo[-1].width, sent.photo[-1].height) == (3, 2)
    assert await citizens.download(sent.photo[-1].file_id) == png
    with pytest.raises(BadRequest, match=r"(?i)IMAGE_PROCESS_FAILED"):
        await bot.send_photo(9, b"not an image")


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_429_is_seen_as_retry_after(bot: Bot, citizens: StandInClient) -> None:
    await citizens.create_user(1)
    await citizens.fail_next("sendMessage", 429, retry_after=7, count=2)
    for _ in range(2):
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(1, "hallo")
        assert "Retry in 7 seconds" in str(caught.value)
    await bot.send_message(1, "nu wel")
    statuses = [call["status"] for call in await citizens.call_log("sendMessage")]
    assert statuses == [429, 429, 200]


async def test_blocked_user_gives_forbidden(bot: Bot, citizens: StandInClient) -> None:
    await citizens.create_user(11)
    await citizens.block_bot(11)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(11, "hallo?")
    (update,) = await bot.get_updates()
    assert update.my_chat_member is not None
    assert update.my_chat_member.new_chat_member.status == "kicked"
    await citizens.send_text(11, "toch weer")
    await bot.send_message(11, "welkom terug")


async def test_commands_are_stored_per_scope_and_language(
    bot: Bot, citizens: StandInClient
) -> None:
    await bot.set_my_commands([BotCommand("start", "Begin"), BotCommand("help", "Hulp")])
    await bot.set_my_commands([BotCommand("start", "Start")], language_code="en")
    private = BotCommandScopeAllPrivateChats()
    await bot.set_my_commands([BotCommand("menu", "Menu")], scope=private, language_code="nl")
    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
    assert [c.description for c in await bot.get_my_commands(language_code="en")] == ["Start"]
    assert [c["command"] for c in await citizens.commands()] == ["start", "help"]
    assert await citizens.commands("en") == [{"command": "start", "description": "Start"}]
    assert await citizens.commands("nl", scope={"type": "all_private_chats"}) == [
        {"command": "menu", "description": "Menu"}
    ]
    assert await citizens.commands("de") == []
    await bot.delete_my_commands(language_code="en")
    assert await citizens.commands("en") == []
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand("Start", "hoofdletter")])


async def test_unknown_method_and_wrong_token() -> None:
    async with BotApiStandIn(token=TOKEN) as standin:
        async with httpx.AsyncClient(trust_env=False) as http:
            answer = await http.post(f"{standin.base_url}{TOKEN}/sendPoll", data={"chat_id": 1})
            assert answer.status_code == 404
            assert answer.json() == {
                "ok": False,
                "error_code": 404,
                "description": "Not Found: method not found",
            }
        wrong = Bot("999:WRONG", base_url=standin.base_url)
        with pytest.raises(InvalidToken, match="Unauthorized"):
            await wrong.get_me()
        async with Bot(TOKEN, base_url=standin.base_url) as right:
            assert (await right.get_me()).username == "doetmee_test_bot"


async def test_get_updates_long_polls_and_confirms(bot: Bot, citizens: StandInClient) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=0.2) == ()
    assert time.monotonic() - started >= 0.2
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    sent_at = time.monotonic()
    first = await citizens.send_text(20, "wakker?")
    (update,) = await poll
    assert update.update_id == first and time.monotonic() - sent_at < 1
    second = await citizens.send_text(20, "nog een")
    assert [u.update_id for u in await bot.get_updates()] == [first, second]
    assert [u.update_id for u in await bot.get_updates(offset=second)] == [second]
    assert await bot.get_updates(offset=second + 1) == ()
    assert second == first + 1


async def test_second_poller_terminates_the_first(bot: Bot, standin: BotApiStandIn) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    async with Bot(TOKEN, base_url=standin.base_url) as second_instance:
        assert await second_instance.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await first


async def test_bot_settings_and_chat_actions(bot: Bot, citizens: StandInClient) -> None:
    from telegram import MenuButtonCommands

    await citizens.create_user(1)
    assert await bot.set_chat_menu_button(chat_id=1, menu_button=MenuButtonCommands())
    assert (await citizens.chat(1))["menu_button"] == {"type": "commands"}
    assert await bot.set_my_description("Praat mee over Overijssel", language_code="nl")
    assert (await bot.get_my_description("nl")).description == "Praat mee over Overijssel"
    assert await bot.send_chat_action(1, "typing")
    assert [a["action"] for a in (await citizens.chat(1))["actions"]] == ["typing"]
    with pytest.raises(BadRequest, match=r"(?i)wrong parameter action"):
        await bot.send_chat_action(1, "dancing")


async def test_any_method_fault_and_delay(bot: Bot, citizens: StandInClient) -> None:
    from telegram.error import NetworkError

    await citizens.fail_next("*", 502)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.get_me()
    await citizens.fail_next("getMe", None, delay=0.1)
    started = time.monotonic()
    await bot.get_me()
    assert time.monotonic() - started >= 0.1


async def test_get_file_refuses_files_over_20_mb_as_telegram_does(
    bot: Bot, citizens: StandInClient
) -> None:
    from telegram.error import BadRequest

    await citizens.create_user(9)
    await citizens.send_document(9, b"x" * (20 * 1024 * 1024 + 1), "groot.yaml")
    (message,) = [m for m in await citizens.messages(9) if "document" in m]
    with pytest.raises(BadRequest, match="too big"):
        await bot.get_file(message["document"]["file_id"])
