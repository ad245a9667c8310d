"""Wrong or odd input never crashes the bot and always gets a sensible answer (or none on
purpose); Telegram's rate limits and blocked users are handled."""

from __future__ import annotations

import logging

import pytest

from bot.sandbox.client import StandInClient
from bot.storage import audit
from bot.storage import citizens as citizen_store
from bot.storage.database import Database
from tests.scenarios.conftest import TOKEN, BotUnderTest, consent


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice", "location"])
async def test_non_text_messages_get_a_short_explanation(
    bot: BotUnderTest, citizens: StandInClient, kind: str
) -> None:
    user = 3000 + len(kind)
    senders = {
        "sticker": lambda: citizens.send_sticker(user),
        "photo": lambda: citizens.send_photo(user, b"\x89PNG fake"),
        "voice": lambda: citizens.send_voice(user),
        "location": lambda: citizens.send_location(user, 52.5, 6.1),
    }
    await senders[kind]()
    reply = await citizens.wait_for_bot_message(user)
    assert "alleen tekst" in reply["text"]


async def test_edited_message_is_answered_not_reprocessed(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    await citizens.send_text(3101, "/help")
    await citizens.wait_for_bot_message(3101)
    sent = next(m for m in await citizens.messages(3101) if not m["from_bot"])
    await citizens.edit_text(3101, sent["message_id"], "/help nog eens")
    reply = await citizens.wait_for_bot_message(3101)
    assert "veranderd" in reply["text"]


async def test_groups_are_ignored_except_a_pointer_for_commands(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    await citizens.post_in_group(-500, 3201, "hallo allemaal")
    await citizens.post_in_group(-500, 3201, "/start")
    pointer = await citizens.wait_for_bot_message(-500)
    assert "t.me/" in pointer["text"]
    await citizens.wait_until_idle()
    assert len(await citizens.bot_messages(-500)) == 1


async def test_forged_callback_data_is_refused_without_change(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await citizens.send_text(3301, "/start")
    welcome = await citizens.wait_for_bot_message(3301)
    good = welcome["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    forged = good[:-1] + ("A" if good[-1] != "A" else "B")
    pressed = await citizens.forge_callback(3301, welcome["message_id"], forged)
    await citizens.wait_until_idle()
    answer = await citizens.callback_answer(pressed.callback_query_id)
    assert "werkt niet meer" in (answer.get("text") or "")
    for data in ("1consent:yes", "garbage", "x" * 64):
        await citizens.forge_callback(3301, welcome["message_id"], data)
    await citizens.wait_until_idle()
    stored = await citizen_store.get(db, 3301)
    assert stored is not None and not stored.has_consent


async def test_very_long_text_and_unknown_commands(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    await citizens.send_text(3401, "a" * 4096)
    reply = await citizens.wait_for_bot_message(3401)
    assert "begrepen we niet" in reply["text"]
    await citizens.send_text(3401, "/bestaatniet")
    reply = await citizens.wait_for_bot_message(3401)
    assert "/help" in reply["text"]


async def test_rate_limit_is_retried_after_retry_after(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    await citizens.fail_next("sendMessage", 429, retry_after=1)
    await citizens.send_text(3501, "/help")
    reply = await citizens.wait_for_bot_message(3501, timeout=10)
    assert "/gesprek" in reply["text"]
    assert len(await citizens.call_log("sendMessage")) >= 2


async def test_blocking_the_bot_marks_citizen_inactive(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await consent(citizens, 3601)
    await citizens.block_bot(3601)  # Telegram tells the bot with a my_chat_member update
    await citizens.wait_until_idle()
    stored = await citizen_store.get(db, 3601)
    assert stored is not None and not stored.active

    await citizens.send_text(3601, "/help")  # writing again unblocks
    await citizens.wait_for_bot_message(3601)
    stored = await citizen_store.get(db, 3601)
    assert stored is not None and stored.active


async def test_forbidden_answer_marks_citizen_inactive(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await consent(citizens, 3602)
    await citizens.fail_next(
        "sendMessage", 403, description="Forbidden: bot was blocked by the user"
    )
    await citizens.send_text(3602, "/help")
    await citizens.wait_until_idle()
    stored = await citizen_store.get(db, 3602)
    assert stored is not None and not stored.active


async def test_staff_command_from_a_citizen_is_refused_and_logged(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await consent(citizens, 3701)
    await citizens.send_text(3701, "/rol")
    refusal = await citizens.wait_for_bot_message(3701)
    assert "medewerkers van de provincie" in refusal["text"]
    rows = await audit.entries(db, 3701)
    assert [(r["action"], r["detail"]) for r in rows] == [("refused", "rol")]


async def test_token_and_citizen_text_never_reach_the_log(
    bot: BotUnderTest, citizens: StandInClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secret_words = "mijn geheime mening over de gedeputeerde"
    await citizens.send_text(3801, secret_words)
    await citizens.wait_for_bot_message(3801)
    await citizens.fail_next("sendMessage", 500)
    await citizens.send_text(3801, secret_words + " nogmaals")
    apology = await citizens.wait_for_bot_message(3801)
    assert "is niet kwijt" in apology["text"]
    await citizens.wait_until_idle()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert TOKEN not in logged
    assert secret_words not in logged


async def test_nothing_is_stored_about_people_in_groups(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await citizens.post_in_group(-501, 3202, "/help")
    await citizens.wait_for_bot_message(-501)
    assert await citizen_store.get(db, 3202) is None
