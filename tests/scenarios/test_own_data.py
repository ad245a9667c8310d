"""/mijngegevens gives everything stored; /vergeetmij erases it after confirmation."""

from __future__ import annotations

import json

from bot.answering import store as runs
from bot.sandbox.client import StandInClient
from bot.storage import citizens as citizen_store
from bot.storage.database import Database
from tests.scenarios.conftest import BotUnderTest, consent


async def _answer_first_question(citizens: StandInClient, user_id: int) -> None:
    await citizens.send_text(user_id, "/start d_goed-bestuur")
    await citizens.wait_for_bot_message(user_id, contains="Vraag 1 van")
    await citizens.send_text(user_id, "Luisteren naar mensen in Kampen")
    await citizens.wait_for_bot_message(user_id, contains="Vraag 2 van")


async def test_data_download_contains_consent_and_answers(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    await consent(citizens, 2001)
    await _answer_first_question(citizens, 2001)
    await citizens.press(2001, "Iets anders")
    await citizens.wait_for_bot_message(2001, contains="Vraag 3 van")
    await citizens.send_text(2001, "/mijngegevens")
    document = await citizens.wait_for_bot_message(2001, contains=None, count=2)
    documents = [m for m in await citizens.bot_messages(2001) if "document" in m]
    assert documents, "no document was sent"
    content = json.loads(await citizens.download(documents[-1]["document"]["file_id"]))
    assert document is not None
    assert content["citizen"]["user_id"] == 2001
    assert content["consent_history"][0]["given"] is True
    answers = {a["question_id"]: a for a in content["dialogues"][0]["answers"]}
    assert answers["betekenis"]["value"] == "Luisteren naar mensen in Kampen"
    assert answers["betekenis"]["question"].startswith("Wat betekent goed bestuur voor jou?")
    # An option is stored by its id and shown as the citizen saw it.
    assert answers["belangrijkst"]["value"] == "anders"
    assert answers["belangrijkst"]["answer_shown"] == "Iets anders"


async def test_erasure_asks_first_and_then_removes_everything(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await consent(citizens, 2002)
    await _answer_first_question(citizens, 2002)

    await citizens.send_text(2002, "/vergeetmij")
    await citizens.wait_for_bot_message(2002, contains="wissen")
    await citizens.press(2002, "Nee, bewaren")
    await citizens.wait_for_bot_message(2002)
    assert await citizen_store.get(db, 2002) is not None

    await citizens.send_text(2002, "/vergeetmij")
    await citizens.wait_for_bot_message(2002, contains="wissen")
    await citizens.press(2002, "🗑 Ja, wis alles")
    done = await citizens.wait_for_bot_message(2002)
    assert "gewist" in done["text"]
    await citizens.wait_until_idle()
    assert await citizen_store.get(db, 2002) is None
    assert await runs.of_citizen(db, 2002) == []
    leftovers = await db.fetch_all(
        "SELECT COUNT(*) AS n FROM answers JOIN dialogue_runs ON run_id = id WHERE user_id = 2002"
    )
    assert leftovers[0]["n"] == 0
    assert await db.fetch_all("SELECT * FROM inbox WHERE chat_id = 2002") == []
    assert await db.fetch_all("SELECT * FROM outbox WHERE chat_id = 2002") == []


async def test_withdrawing_consent_in_settings(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await consent(citizens, 2003)
    await _answer_first_question(citizens, 2003)
    await citizens.send_text(2003, "/instellingen")
    settings = await citizens.wait_for_bot_message(2003, contains="Toestemming")
    assert "2026" in settings["text"] or "20" in settings["text"]
    await citizens.press(2003, "Toestemming intrekken")
    explained = await citizens.wait_for_bot_message(2003)
    assert "Dan wissen we meteen" in explained["text"]
    assert await runs.of_citizen(db, 2003) != []  # nothing erased before the confirmation
    await citizens.press(2003, "Ja, intrekken en wissen")
    await citizens.wait_for_bot_message(2003)
    stored = await citizen_store.get(db, 2003)
    assert stored is not None and not stored.has_consent and stored.first_name is None
    assert await runs.of_citizen(db, 2003) == []
    events = await citizen_store.consent_events(db, 2003)
    assert [e["given"] for e in events] == [True, False]

    await citizens.send_text(2003, "/gesprek")
    refused = await citizens.wait_for_bot_message(2003)
    assert "toestemming" in refused["text"]


def strings_in(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings_in(item)]
    if isinstance(value, list):
        return [s for item in value for s in strings_in(item)]
    return []


async def test_my_data_is_a_readable_overview_in_the_citizens_language_and_a_file(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    """The right of access asks for an intelligible form: sentences and lists in Dutch for a
    Dutch citizen, with the answers as they were given; the JSON file beside it for
    portability, with the same stable keys and no HTML tags in its texts."""
    user = 2004
    await consent(citizens, user)
    await _answer_first_question(citizens, user)
    await citizens.press(user, "Iets anders")
    await citizens.wait_for_bot_message(user, contains="Vraag 3 van")
    await citizens.send_text(user, "/stop")
    await citizens.wait_for_bot_message(user, contains="op pauze")
    await citizens.send_text(user, "/mijngegevens")
    overview = await citizens.wait_for_bot_message(user, contains="Wat we over je bewaren")
    await citizens.wait_until_idle()
    text = overview["text"]
    for expected in (
        "Over jou",
        "Je naam in Telegram: Test",
        "Taal: Nederlands",
        "Toestemming gegeven op",
        "Leeftijdsgroep: 26–40",
        "Je gesprekken</b> (1)",
        "Wat betekent goed bestuur voor jou?</b> — op pauze",
        "2 antwoorden:",
        "<i>Luisteren naar mensen in Kampen</i>",
        "<i>Iets anders</i>",
        "/vergeetmij",
    ):
        assert expected in text, expected
    for english_key in ("consent_version", "question_id", "answer_shown", "user_id", "status"):
        assert english_key not in text

    documents = [m for m in await citizens.bot_messages(user) if "document" in m]
    content = json.loads(await citizens.download(documents[-1]["document"]["file_id"]))
    assert {"citizen", "consent_history", "dialogues", "ideas", "events", "sessions"} <= set(
        content
    )
    assert content["dialogues"][0]["title"] == "Wat betekent goed bestuur voor jou?"
    assert not [s for s in strings_in(content) if "<b>" in s or "</" in s]


async def test_my_data_in_english_for_an_english_citizen(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    await consent(citizens, 2005, "en")
    await citizens.send_text(2005, "/mijngegevens")
    overview = await citizens.wait_for_bot_message(2005, contains="What we keep about you")
    assert "You have not answered any questions yet." in overview["text"]
    assert "Language: English" in overview["text"]


async def test_my_data_shows_the_text_of_an_idea_not_sent_yet(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    """An idea typed but not sent (no theme chosen) is stored: the overview shows its text."""
    user = 2006
    await consent(citizens, user)
    await citizens.send_text(user, "/idee")
    await citizens.wait_for_bot_message(user, contains="idee")
    await citizens.send_text(user, "Meer bankjes langs de Vecht bij Ommen")
    await citizens.wait_for_bot_message(user, contains="thema")
    await citizens.send_text(user, "/mijngegevens")
    overview = await citizens.wait_for_bot_message(user, contains="Wat we over je bewaren")
    assert "nog niet hebt verstuurd:" in overview["text"]
    assert "“Meer bankjes langs de Vecht bij Ommen”" in overview["text"]
