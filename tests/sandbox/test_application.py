"""A real python-telegram-bot Application polling the stand-in over HTTP."""

from __future__ import annotations

from bot.sandbox.client import StandInClient
from tests.sandbox.conftest import EchoBot


async def test_command_reaches_command_handler(echo_bot: EchoBot, citizens: StandInClient) -> None:
    await citizens.send_text(1001, "/start")
    reply = await citizens.wait_for_bot_message(1001, contains="Welkom")
    assert reply["text"] == "<b>Welkom</b> bij de test"
    assert reply["plain_text"] == "Welkom bij de test"
    assert reply["entities"] == [{"type": "bold", "offset": 0, "length": 6}]


async def test_text_is_echoed(echo_bot: EchoBot, citizens: StandInClient) -> None:
    await citizens.send_text(1001, "Hallo bot", first_name="Anna", language_code="nl")
    reply = await citizens.wait_for_bot_message(1001)
    assert reply["text"] == "Echo: Hallo bot"
    assert reply["buttons"] == [["Nog eens"], ["Klaar"]]
    messages = await citizens.messages(1001)
    assert [(m["from_bot"], m["text"]) for m in messages] == [
        (False, "Hallo bot"),
        (True, "Echo: Hallo bot"),
    ]
    assert not echo_bot.errors


async def test_button_press_is_answered_and_edits_the_message(
    echo_bot: EchoBot, citizens: StandInClient
) -> None:
    await citizens.send_text(1001, "kies")
    asked = await citizens.wait_for_bot_message(1001, contains="Echo")
    pressed = await citizens.press(1001, "Klaar")
    assert pressed.message_id == asked["message_id"]
    edited = await citizens.wait_for_bot_message(1001, contains="Je koos")
    assert edited["message_id"] == asked["message_id"]
    assert edited["text"] == "Je koos done"
    assert edited["edit_count"] == 1
    assert edited["reply_markup"] is None
    await citizens.wait_until_idle(timeout=3)
    answer = await citizens.callback_answer(pressed.callback_query_id or "")
    assert answer["answered"] and answer["text"] == "Gekozen: done"
    assert not echo_bot.errors


async def test_document_round_trip_through_get_file(
    echo_bot: EchoBot, citizens: StandInClient
) -> None:
    data = bytes(range(256)) * 4
    await citizens.send_document(1001, data, "gegevens.bin", mime_type="application/octet-stream")
    reply = await citizens.wait_for_bot_message(1001, contains="terug")
    assert reply["document"]["file_name"] == "omgekeerd.bin"
    assert await citizens.download(reply["document"]["file_id"]) == data[::-1]
    methods = [call["method"] for call in await citizens.call_log()]
    assert "getFile" in methods and "downloadFile" in methods


async def test_updates_are_confirmed_and_not_redelivered(
    echo_bot: EchoBot, citizens: StandInClient
) -> None:
    for n in range(3):
        await citizens.send_text(1001, f"bericht {n}")
    await citizens.wait_for_bot_message(1001, count=3, since=0)
    await citizens.wait_until_idle(timeout=3)
    assert len(await citizens.bot_messages(1001)) == 3
    assert all(update["delivered"] for update in await citizens.pending_updates())
