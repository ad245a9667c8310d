"""A citizen's first contact: greeting, privacy, consent or refusal, language, menu."""

from __future__ import annotations

from bot.people.consent import TERMS_VERSION
from bot.sandbox.client import StandInClient
from bot.storage import citizens as citizen_store
from bot.storage.database import Database
from tests.scenarios.conftest import BotUnderTest, consent


async def test_start_greets_in_dutch_and_asks_consent(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await citizens.send_text(1001, "/start", language_code="nl", first_name="Anne")
    welcome = await citizens.wait_for_bot_message(1001, contains="Welkom bij Overijssel doet mee!")
    labels = [b for row in welcome["buttons"] for b in row]
    assert "✅ Ja, ik doe mee" in labels
    assert "📄 Lees de privacyverklaring" in labels
    assert "/vergeetmij" in welcome["text"]

    stored = await citizen_store.get(db, 1001)
    assert stored is not None and not stored.has_consent
    assert stored.first_name is None  # no names before consent


async def test_consent_is_stored_with_time_and_version(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await citizens.send_text(1002, "/start", first_name="Bert", last_name="Jansen")
    await citizens.wait_for_bot_message(1002)
    await citizens.press(1002, "✅ Ja, ik doe mee")
    await citizens.wait_for_bot_message(1002, contains="Hoe oud ben je?")
    assert (await citizen_store.get(db, 1002)).consent_version is None  # type: ignore[union-attr]
    await citizens.press(1002, "41–65")
    menu = await citizens.wait_for_bot_message(1002, contains="Wat wil je doen?")
    assert any("praat mee" in b.lower() for row in menu["buttons"] for b in row)

    stored = await citizen_store.get(db, 1002)
    assert stored is not None
    assert stored.consent_version == TERMS_VERSION
    assert stored.consent_at is not None
    assert stored.age_band == "41-65" and stored.permission == "own"
    assert (stored.first_name, stored.last_name) == ("Bert", "Jansen")
    history = await citizen_store.consent_events(db, 1002)
    assert [(e["version"], e["given"], e["age_band"], e["permission"]) for e in history] == [
        (TERMS_VERSION, True, "41-65", "own")
    ]


async def test_a_double_tap_on_consent_goes_on_once(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await citizens.send_text(1003, "/start d_goed-bestuur")
    welcome = await citizens.wait_for_bot_message(1003)
    await citizens.press(1003, "✅ Ja, ik doe mee", message_id=welcome["message_id"])
    await citizens.press(1003, "✅ Ja, ik doe mee", message_id=welcome["message_id"])
    await citizens.wait_for_bot_message(1003, contains="Hoe oud ben je?")
    await citizens.press(1003, "18–25", message_id=welcome["message_id"])
    await citizens.press(1003, "18–25", message_id=welcome["message_id"])
    await citizens.wait_for_bot_message(1003, contains="Vraag 1 van")
    await citizens.wait_until_idle()
    texts = [m["text"] for m in await citizens.bot_messages(1003)]
    assert not [text for text in texts if "Wat wil je doen?" in text]
    assert len([text for text in texts if "Vraag 1 van" in text]) == 1
    history = await citizen_store.consent_events(db, 1003)
    assert [(e["version"], e["given"]) for e in history] == [(TERMS_VERSION, True)]


async def test_english_telegram_users_are_greeted_in_english(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    await citizens.send_text(1003, "/start", language_code="en-GB")
    welcome = await citizens.wait_for_bot_message(1003)
    assert "Welcome to Overijssel doet mee!" in welcome["text"]


async def test_unsupported_telegram_language_falls_back_to_dutch(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    await citizens.send_text(1004, "/start", language_code="de")
    welcome = await citizens.wait_for_bot_message(1004)
    assert "Welkom" in welcome["text"]


async def test_refusal_keeps_privacy_and_help_but_not_dialogues(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await citizens.send_text(1005, "/start")
    await citizens.wait_for_bot_message(1005)
    await citizens.press(1005, "Nee, liever niet")
    refused = await citizens.wait_for_bot_message(1005)
    assert "/start" in refused["text"]

    await citizens.send_text(1005, "/privacy")
    await citizens.wait_for_bot_message(1005, contains="Voor juristen")
    statement = "\n".join(m["text"] for m in await citizens.bot_messages(1005))
    for must in (
        "Provincie Overijssel",
        "functionaris gegevensbescherming",
        "Autoriteit Persoonsgegevens",
        "Telegram",
    ):
        assert must in statement, must

    await citizens.send_text(1005, "/help")
    help_text = await citizens.wait_for_bot_message(1005)
    assert "/gesprek" in help_text["text"]

    await citizens.send_text(1005, "/gesprek")
    blocked = await citizens.wait_for_bot_message(1005)
    assert "toestemming" in blocked["text"]
    stored = await citizen_store.get(db, 1005)
    assert stored is not None and not stored.has_consent


async def test_language_switch_changes_replies_and_command_menu(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await consent(citizens, 1006)
    await citizens.send_text(1006, "/taal")
    await citizens.wait_for_bot_message(1006)
    await citizens.press(1006, "English")
    switched = await citizens.wait_for_bot_message(1006, contains="English")
    assert "From now on we speak English with you." in switched["text"]
    stored = await citizen_store.get(db, 1006)
    assert stored is not None and stored.language == "en"

    await citizens.wait_for_bot_message(1006, contains="What would you like to do?")
    await citizens.send_text(1006, "/help")
    help_text = await citizens.wait_for_bot_message(1006)
    assert "How this bot works" in help_text["text"]
    chat_commands = await citizens.commands(scope={"type": "chat", "chat_id": 1006})
    assert any(c["description"] == "Help" for c in chat_commands)

    await citizens.send_text(1006, "/taal")
    await citizens.wait_for_bot_message(1006)
    await citizens.press(1006, "Nederlands")
    back = await citizens.wait_for_bot_message(1006, contains="Nederlands")
    assert "Vanaf nu praten we Nederlands met je." in back["text"]


async def test_commands_are_published_per_language(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    await citizens.wait_until_idle()
    dutch = await citizens.commands(language_code="nl")
    english = await citizens.commands(language_code="en")
    assert {c["command"] for c in dutch} >= {
        "start",
        "gesprek",
        "privacy",
        "mijngegevens",
        "vergeetmij",
        "taal",
    }
    assert dutch != english


async def test_staff_see_their_commands_in_the_menu(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    await citizens.send_text(9000, "/taal")
    await citizens.wait_for_bot_message(9000)
    await citizens.press(9000, "✓ Nederlands")
    await citizens.wait_for_bot_message(9000, contains="Wat wil je doen?")
    await citizens.wait_until_idle()
    commands = {
        c["command"] for c in await citizens.commands(scope={"type": "chat", "chat_id": 9000})
    }
    assert {"export", "moderatie", "sessie", "rol", "gesprek"} <= commands
    await citizens.send_text(1010, "/taal")
    await citizens.wait_for_bot_message(1010)
    await citizens.press(1010, "✓ Nederlands")
    await citizens.wait_for_bot_message(1010, contains="Wat wil je doen?")
    await citizens.wait_until_idle()
    mine = {c["command"] for c in await citizens.commands(scope={"type": "chat", "chat_id": 1010})}
    assert "gesprek" in mine and "export" not in mine
