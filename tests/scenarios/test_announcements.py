"""/bericht: news reaches exactly the citizens who asked for it, once."""

from __future__ import annotations

from bot.sandbox.client import StandInClient
from bot.storage import audit
from bot.storage.database import Database
from tests.scenarios.conftest import BotUnderTest, consent
from tests.scenarios.test_broadcast_counts import shown_in

STAFF = 9000


async def test_news_goes_once_to_those_who_opted_in(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    for user in (9101, 9102):
        await consent(citizens, user)
    await citizens.send_text(9101, "/instellingen")
    settings = await citizens.wait_for_bot_message(9101)
    await citizens.press(9101, "📣 Af en toe nieuws krijgen")
    switched = await citizens.wait_for_bot_message(9101, contains="Nieuws van het programma: aan")
    assert switched["message_id"] == settings["message_id"]
    assert ["🔕 Geen nieuws meer"] in switched["buttons"]
    notices = [a.get("text") for a in await citizens.callback_answers()]
    assert "Je krijgt af en toe nieuws van het programma." in notices

    await citizens.send_text(STAFF, "/bericht")
    asked = await citizens.wait_for_bot_message(STAFF)
    assert "1 inwoner" in asked["text"]
    await citizens.send_text(STAFF, "kort")
    await citizens.wait_for_bot_message(STAFF, contains="5")
    await citizens.send_text(STAFF, "Op 3 december is het Statenspel in Zwolle. Doe je mee?")
    preview = await citizens.wait_for_bot_message(STAFF, contains="Statenspel")
    await citizens.press(STAFF, "📣 Versturen", message_id=preview["message_id"])
    await citizens.wait_for_bot_message(STAFF, contains="We versturen het bericht naar 1 inwoner")
    news = await citizens.wait_for_bot_message(9101, contains="Statenspel in Zwolle", timeout=10)
    await citizens.wait_for_bot_message(STAFF, contains="Het bericht is verstuurd", timeout=10)
    assert "/instellingen" in news["text"]

    await shown_in(citizens, STAFF, preview["message_id"], "Het bericht is verstuurd")
    await citizens.forge_callback(
        STAFF,
        preview["message_id"],
        preview["reply_markup"]["inline_keyboard"][0][0]["callback_data"],
    )
    await citizens.wait_until_idle()
    notices = [a.get("text") for a in await citizens.callback_answers()]
    assert "Dit bericht is al verstuurd." in notices
    confirmation = next(
        m for m in await citizens.bot_messages(STAFF) if m["message_id"] == preview["message_id"]
    )
    assert "Het bericht is verstuurd</b> naar 1 inwoner" in confirmation["text"]
    assert "Aangekomen: 1" in confirmation["text"]
    received = [
        m for m in await citizens.bot_messages(9101) if "Statenspel in Zwolle" in (m["text"] or "")
    ]
    assert len(received) == 1
    assert not any(
        "Statenspel in Zwolle" in (m["text"] or "") for m in await citizens.bot_messages(9102)
    )
    assert [e["action"] for e in await audit.entries(db, STAFF)] == ["announcement"]


async def test_citizens_cannot_send_news(bot: BotUnderTest, citizens: StandInClient) -> None:
    await consent(citizens, 9103)
    await citizens.send_text(9103, "/bericht")
    refusal = await citizens.wait_for_bot_message(9103)
    assert "medewerkers" in refusal["text"]


async def test_the_length_limit_counts_as_telegram_does(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    await consent(citizens, STAFF)
    await citizens.send_text(STAFF, "/bericht")
    await citizens.wait_for_bot_message(STAFF)
    await citizens.send_text(STAFF, "Nieuws " + "🚲" * 2100)  # 2107 characters, 4207 for Telegram
    refused = await citizens.wait_for_bot_message(STAFF, contains="tekens")
    assert "dit bericht heeft er 4207" in refused["text"]
