"""A facilitator runs a session through the real bot: create, join, push, results, close."""

from __future__ import annotations

import asyncio
from typing import Any

from bot import sessions
from bot.sandbox.client import Message, StandInClient
from bot.storage import citizens as citizen_store
from bot.storage import roles, runs
from bot.storage import sessions as store
from bot.storage.database import Database
from tests.scenarios.conftest import BotUnderTest, consent

FACILITATOR = 9100
STUDENTS = (9101, 9102, 9103)
BOT_USERNAME = "doetmee_test_bot"
DIALOGUE_TITLE = "Ready for the Statenspel?"
OUTBOX_WAIT = 10.0


def _photos(messages: list[Message]) -> list[Message]:
    return [m for m in messages if "photo" in m]


async def _messages_containing(citizens: StandInClient, user: int, text: str) -> list[Message]:
    return [m for m in await citizens.bot_messages(user) if text in (m.get("text") or "")]


async def _open_session(citizens: StandInClient, db: Database) -> tuple[str, str]:
    """The facilitator makes a session "Klas 3B"; returns (code, link)."""
    await roles.grant(db, FACILITATOR, "facilitator", "test")
    await citizens.send_text(FACILITATOR, "/sessie", language_code="en", first_name="Femke")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Sessions")
    await citizens.press(FACILITATOR, "➕ New session")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Type a name")
    await citizens.send_text(FACILITATOR, "Klas 3B")
    created = await citizens.wait_for_bot_message(FACILITATOR, contains="is open")
    await citizens.wait_until_idle()
    (session,) = await store.open_of(db, FACILITATOR)
    link = f"https://t.me/{BOT_USERNAME}?start=s_{session.code}"
    assert session.name == "Klas 3B"
    assert link in created["text"]
    return session.code, link


async def _join(citizens: StandInClient, code: str) -> None:
    for student in STUDENTS[:2]:
        await consent(citizens, student, "en")
        await citizens.send_text(student, f"/start s_{code}")
        await citizens.wait_for_bot_message(student, contains="You joined the session “Klas 3B”")
    # The third follows the link before consenting: consent first, then joined.
    last = STUDENTS[2]
    await citizens.send_text(last, f"/start s_{code}", language_code="en", first_name="Sam")
    await citizens.wait_for_bot_message(last, contains="Do you want to take part")
    await citizens.press(last, "✅ Yes, I'll take part")
    await citizens.wait_for_bot_message(last, contains="How old are you?")
    await citizens.press(last, "16–17")
    await citizens.wait_for_bot_message(last, contains="You joined the session")


async def _push_dialogue(citizens: StandInClient) -> None:
    await citizens.press(FACILITATOR, "💬 Send a conversation")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Which conversation")
    await citizens.press(FACILITATOR, DIALOGUE_TITLE)
    await citizens.wait_for_bot_message(FACILITATOR, contains="Sent to 3 participants")
    for student in STUDENTS:
        await citizens.wait_for_bot_message(
            student, contains="The facilitator asks you", timeout=OUTBOX_WAIT
        )


async def _push_prompt(citizens: StandInClient, prompt: str) -> None:
    await citizens.press(FACILITATOR, "✍️ Ask a question")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Type the question")
    await citizens.send_text(FACILITATOR, prompt)
    await citizens.wait_for_bot_message(FACILITATOR, contains="Sent to 3 participants")
    for student in STUDENTS:
        await citizens.wait_for_bot_message(student, contains=prompt, timeout=OUTBOX_WAIT)


async def _joining_says_it_ended(citizens: StandInClient, code: str) -> None:
    """Someone new follows the link of a closed session."""
    await consent(citizens, 9104, "en")
    await citizens.send_text(9104, f"/start s_{code}")
    await citizens.wait_for_bot_message(9104, contains="has ended")


async def test_a_whole_session(bot: BotUnderTest, citizens: StandInClient, db: Database) -> None:
    code, link = await _open_session(citizens, db)
    qr = _photos(await citizens.bot_messages(FACILITATOR))
    assert len(qr) == 1
    assert await citizens.download(qr[0]["photo"][-1]["file_id"]) == sessions.qr_png(link)

    await _join(citizens, code)
    await citizens.send_text(STUDENTS[0], f"/start s_{code}")  # twice is harmless
    await citizens.wait_for_bot_message(STUDENTS[0], contains="already in")
    await citizens.send_text(FACILITATOR, "/sessie")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Your open sessions")
    await citizens.press(FACILITATOR, f"📋 Klas 3B ({code})")
    shown = await citizens.wait_for_bot_message(FACILITATOR, contains="Join code")
    assert "3 participants" in shown["text"]

    # (a) a dialogue: one message each, whose button starts it.
    await _push_dialogue(citizens)
    await citizens.press(STUDENTS[0], "▶️ Start")
    await citizens.wait_for_bot_message(STUDENTS[0], contains="Question 1 of")
    await citizens.press(STUDENTS[0], "Yes, I know it well")
    await citizens.wait_for_bot_message(STUDENTS[0], contains="Question 2 of")
    await citizens.press(STUDENTS[1], "▶️ Start")
    await citizens.wait_for_bot_message(STUDENTS[1], contains="Question 1 of")
    await citizens.press(STUDENTS[1], "A little")
    await citizens.wait_for_bot_message(STUDENTS[1], contains="Question 2 of")

    # (b) a prompt: the next typed message is the answer, also in the middle of a dialogue.
    prompt = "What would you change first in Overijssel?"
    await _push_prompt(citizens, prompt)
    answers = {
        STUDENTS[0]: "More buses to Ommen",
        STUDENTS[2]: "Safe cycle paths, says Sam (call me: 06-12345678)",
    }
    for student, text in answers.items():
        await citizens.send_text(student, text)
        await citizens.wait_for_bot_message(student, contains="Your answer is saved")
    # The dialogue waited, and its question is shown again to go on with it.
    await citizens.wait_for_bot_message(STUDENTS[0], contains="Question 2 of")
    run = await runs.active(db, STUDENTS[0])
    assert run is not None and run.current_question == "onderwerp"

    await citizens.press(FACILITATOR, "📊 Results so far")
    stand = await citizens.wait_for_bot_message(FACILITATOR, contains="Results so far:")
    text = stand["text"]
    assert "3 participants" in text
    assert f"1. 💬 “{DIALOGUE_TITLE}”: 2 started, 0 finished" in text
    assert "2. ✍️ “What would you change first in Overijssel?”: 2 answers" in text
    assert "“More buses to Ommen”" in text and "Femke" not in text and "Sam" not in text
    assert "Safe cycle paths, says [name] (call me: [phone])" in text
    await citizens.wait_until_idle()
    assert len(_photos(await citizens.bot_messages(FACILITATOR))) == 2  # the QR code and a chart

    await citizens.press(FACILITATOR, "🔄 Refresh")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Results so far:")

    # Close: a summary for the facilitator, one message for each participant.
    await citizens.press(FACILITATOR, "⬅️ Back")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Join code")
    await citizens.press(FACILITATOR, "🔒 Close session")
    confirm = await citizens.wait_for_bot_message(FACILITATOR, contains="Close “Klas 3B”?")
    close_data = next(
        b["callback_data"]
        for row in confirm["reply_markup"]["inline_keyboard"]
        for b in row
        if b["text"] == "🔒 Yes, close it"
    )
    await citizens.press(FACILITATOR, "🔒 Yes, close it")
    summary = await citizens.wait_for_bot_message(FACILITATOR, contains="is closed")
    assert summary["message_id"] == confirm["message_id"] and not summary["buttons"]
    assert "2 answers" in summary["text"]
    # A second tap on the (gone) close button gives no second summary.
    await citizens.forge_callback(FACILITATOR, confirm["message_id"], close_data)
    await citizens.wait_for_bot_message(FACILITATOR, contains="This session is closed")
    await citizens.wait_until_idle()
    documents = [m for m in await citizens.bot_messages(FACILITATOR) if "document" in m]
    assert len(documents) == 1
    markdown = (await citizens.download(documents[0]["document"]["file_id"])).decode()
    assert "# Klas 3B" in markdown and "> More buses to Ommen" in markdown
    assert "06-12345678" not in markdown and "[phone]" in markdown
    for student in STUDENTS:
        await citizens.wait_for_bot_message(student, contains="has ended", timeout=OUTBOX_WAIT)
    await asyncio.sleep(1.5)  # another round of the outbox sends nothing more
    for student in STUDENTS:
        assert len(await _messages_containing(citizens, student, "has ended")) == 1
        assert len(await _messages_containing(citizens, student, "The facilitator asks")) == 1
        assert len(await _messages_containing(citizens, student, prompt)) == 1

    await _joining_says_it_ended(citizens, code)


async def test_pushing_twice_by_double_tap_sends_once(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    code, _ = await _open_session(citizens, db)
    await _join(citizens, code)
    await citizens.press(FACILITATOR, "💬 Send a conversation")
    choice = await citizens.wait_for_bot_message(FACILITATOR, contains="Which conversation")
    await citizens.press(FACILITATOR, DIALOGUE_TITLE, message_id=choice["message_id"])
    await citizens.press(FACILITATOR, DIALOGUE_TITLE, message_id=choice["message_id"])
    await citizens.wait_until_idle()
    notices = [a.get("text") for a in await citizens.callback_answers()]
    assert "This was sent already." in notices
    for student in STUDENTS:
        await citizens.wait_for_bot_message(
            student, contains="The facilitator asks you", timeout=OUTBOX_WAIT
        )
    await asyncio.sleep(1.5)
    for student in STUDENTS:
        assert len(await _messages_containing(citizens, student, "The facilitator asks")) == 1
    (session,) = await store.open_of(db, FACILITATOR)
    assert len(await store.pushes(db, session.id)) == 1


async def test_someone_without_the_role_is_refused(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await consent(citizens, 9201, "en")
    await citizens.send_text(9201, "/sessie")
    refusal = await citizens.wait_for_bot_message(9201)
    assert "only facilitators" in refusal["text"]
    await citizens.wait_until_idle()
    rows = await db.fetch_all("SELECT action, detail FROM audit_log WHERE actor_id = 9201")
    assert [(r["action"], r["detail"]) for r in rows] == [("refused", "sessie")]
    assert await db.fetch_all("SELECT * FROM sessions") == []


async def test_staff_count_as_facilitators(bot: BotUnderTest, citizens: StandInClient) -> None:
    await citizens.send_text(9000, "/sessie", language_code="en")
    await citizens.wait_for_bot_message(9000, contains="Sessions")
    await citizens.press(9000, "➕ New session")
    asked = await citizens.wait_for_bot_message(9000, contains="Type a name")
    default = next(b for row in asked["buttons"] for b in row if b.startswith("Use “Statenspel"))
    await citizens.press(9000, default)
    created = await citizens.wait_for_bot_message(9000, contains="is open")
    assert "Statenspel" in created["text"]


async def test_erasure_removes_participation_and_answers(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    code, _ = await _open_session(citizens, db)
    await _join(citizens, code)
    await _push_prompt(citizens, "Why?")
    await citizens.send_text(STUDENTS[0], "Because of Zwolle")
    await citizens.wait_for_bot_message(STUDENTS[0], contains="Your answer is saved")
    before: list[Any] = await db.fetch_all("SELECT * FROM session_prompt_answers")
    assert len(before) == 1

    await citizens.send_text(STUDENTS[0], "/vergeetmij")
    await citizens.wait_for_bot_message(STUDENTS[0], contains="erase everything")
    await citizens.press(STUDENTS[0], "🗑 Yes, erase everything")
    await citizens.wait_for_bot_message(STUDENTS[0], contains="erased")
    await citizens.wait_until_idle()
    assert await citizen_store.get(db, STUDENTS[0]) is None
    assert await db.fetch_all("SELECT * FROM session_prompt_answers") == []
    left = await db.fetch_all("SELECT user_id FROM session_participants ORDER BY user_id")
    assert [r["user_id"] for r in left] == list(STUDENTS[1:])


async def test_a_facilitator_who_erases_their_data_closes_their_sessions(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    code, _ = await _open_session(citizens, db)
    await _join(citizens, code)
    await consent(citizens, FACILITATOR, "en")
    await citizens.send_text(FACILITATOR, "/vergeetmij")
    await citizens.wait_for_bot_message(FACILITATOR, contains="erase everything")
    await citizens.press(FACILITATOR, "🗑 Yes, erase everything")
    await citizens.wait_for_bot_message(FACILITATOR, contains="erased")
    for student in STUDENTS:
        await citizens.wait_for_bot_message(student, contains="has ended", timeout=OUTBOX_WAIT)
    session = await store.by_code(db, code)
    assert session is not None and not session.is_open
    await _joining_says_it_ended(citizens, code)


async def test_an_answer_typed_after_a_command_is_not_lost_silently(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    code, _ = await _open_session(citizens, db)
    await _join(citizens, code)
    await _push_prompt(citizens, "Which bus line do you use?")
    student = STUDENTS[0]
    await citizens.send_text(student, "/help")
    await citizens.wait_for_bot_message(student)
    await citizens.send_text(student, "Line 7 to Ommen")
    hint = await citizens.wait_for_bot_message(student, contains="Press ✍️ Answer first")
    assert "Which bus line do you use?" in hint["text"]
    await citizens.press(student, "✍️ Answer", message_id=hint["message_id"])
    await citizens.wait_for_bot_message(student, contains="Type your answer")
    await citizens.send_text(student, "Line 7 to Ommen")
    await citizens.wait_for_bot_message(student, contains="Your answer is saved")
    (session,) = await store.open_of(db, FACILITATOR)
    (answer,) = await store.prompt_answers(db, session.id)
    assert answer.text == "Line 7 to Ommen"
    # Answered: a stray message is just not understood.
    await citizens.send_text(student, "Hello?")
    await citizens.wait_for_bot_message(student, contains="did not understand")


async def test_a_double_tap_on_the_default_name_opens_one_session(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await roles.grant(db, FACILITATOR, "facilitator", "test")
    await citizens.send_text(FACILITATOR, "/sessie", language_code="en")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Sessions")
    await citizens.press(FACILITATOR, "➕ New session")
    asked = await citizens.wait_for_bot_message(FACILITATOR, contains="Type a name")
    (label,) = asked["buttons"][0]
    await citizens.press(FACILITATOR, label, message_id=asked["message_id"])
    await citizens.press(FACILITATOR, label, message_id=asked["message_id"])
    await citizens.wait_until_idle()
    assert len(await store.open_of(db, FACILITATOR)) == 1
    assert len(await _messages_containing(citizens, FACILITATOR, "is open")) == 1


async def test_nothing_is_pushed_before_anyone_joined(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await _open_session(citizens, db)
    await citizens.press(FACILITATOR, "💬 Send a conversation")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Which conversation")
    await citizens.press(FACILITATOR, DIALOGUE_TITLE)
    await citizens.wait_for_bot_message(FACILITATOR, contains="Nobody has joined yet")
    await citizens.send_text(FACILITATOR, "/sessie")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Your open sessions")
    await citizens.press(FACILITATOR, "✍️ Ask a question")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Type the question")
    await citizens.send_text(FACILITATOR, "Wat vind jij van de bus?")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Nobody has joined yet")
    (session,) = await store.open_of(db, FACILITATOR)
    assert await store.pushes(db, session.id) == []


async def test_sessie_with_words_as_the_design_names_them(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await roles.grant(db, FACILITATOR, "facilitator", "test")
    await citizens.send_text(FACILITATOR, "/sessie stand", language_code="en")
    await citizens.wait_for_bot_message(FACILITATOR, contains="You have no open session")
    await citizens.send_text(FACILITATOR, "/sessie new Klas 3B")
    await citizens.wait_for_bot_message(FACILITATOR, contains="is open")
    (session,) = await store.open_of(db, FACILITATOR)
    assert session.name == "Klas 3B"
    await _join(citizens, session.code)

    await citizens.send_text(FACILITATOR, "/sessie start statenspel-jongeren")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Sent to 3 participants")
    for student in STUDENTS:
        await citizens.wait_for_bot_message(
            student, contains="The facilitator asks you", timeout=OUTBOX_WAIT
        )
    await citizens.send_text(FACILITATOR, "/sessie start")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Which conversation")
    await citizens.send_text(FACILITATOR, "/sessie start onbekend")
    await citizens.wait_for_bot_message(FACILITATOR, contains="There is no conversation “onbekend”")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Which conversation")
    await citizens.send_text(FACILITATOR, "/sessie stand")
    stand = await citizens.wait_for_bot_message(FACILITATOR, contains="Results so far:")
    assert "3 participants" in stand["text"]
    await citizens.send_text(FACILITATOR, "/sessie sluit")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Close “Klas 3B”?")
    await citizens.press(FACILITATOR, "🔒 Yes, close it")
    await citizens.wait_for_bot_message(FACILITATOR, contains="is closed")
    await citizens.send_text(FACILITATOR, "/sessie vliegen")
    await citizens.wait_for_bot_message(FACILITATOR, contains="/sessie new")
    assert await store.open_of(db, FACILITATOR) == []


async def test_a_name_too_long_can_be_typed_again_and_a_closed_session_has_no_qr(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await roles.grant(db, FACILITATOR, "facilitator", "test")
    await citizens.send_text(FACILITATOR, "/sessie new " + "Klas " * 20, language_code="en")
    await citizens.wait_for_bot_message(FACILITATOR, contains="shorter name")
    await citizens.send_text(FACILITATOR, "Klas 5C")
    opened = await citizens.wait_for_bot_message(FACILITATOR, contains="is open")
    (session,) = await store.open_of(db, FACILITATOR)
    assert session.name == "Klas 5C"
    await citizens.send_text(FACILITATOR, "/sessie sluit")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Close “Klas 5C”?")
    await citizens.press(FACILITATOR, "🔒 Yes, close it")
    await citizens.wait_for_bot_message(FACILITATOR, contains="is closed")
    await citizens.press(FACILITATOR, "🔳 QR code", message_id=opened["message_id"])
    await citizens.wait_for_bot_message(FACILITATOR, contains="This session is closed")


async def test_staff_see_and_can_close_every_open_session(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    code, _ = await _open_session(citizens, db)
    await roles.revoke(db, FACILITATOR, "facilitator")  # the facilitator is gone
    await citizens.send_text(9000, "/sessie", language_code="en")
    await citizens.wait_for_bot_message(9000, contains="Your open sessions")
    await citizens.press(9000, f"📋 Klas 3B ({code})")
    await citizens.wait_for_bot_message(9000, contains="Join code")
    await citizens.press(9000, "🔒 Close session")
    await citizens.wait_for_bot_message(9000, contains="Close “Klas 3B”?")
    await citizens.press(9000, "🔒 Yes, close it")
    await citizens.wait_for_bot_message(9000, contains="is closed")
    assert await store.all_open(db) == []
    await citizens.send_text(FACILITATOR, "/sessie start onbekend")
    await citizens.wait_for_bot_message(FACILITATOR, contains="only facilitators")
