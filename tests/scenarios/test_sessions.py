"""A facilitator runs a session through the real bot: create, join, push, results, close."""

from __future__ import annotations

import asyncio
import io
import re
from typing import Any

import pypdf

from bot.answering import store as runs
from bot.sandbox.client import Message, StandInClient
from bot.sessions import codes as session_codes
from bot.sessions import store
from bot.storage import citizens as citizen_store
from bot.storage import roles
from bot.storage.database import Database
from tests.scenarios.conftest import BotUnderTest, consent
from tests.scenarios.test_roles import invite_link

FACILITATOR = 9100
STUDENTS = (9101, 9102, 9103)
BOT_USERNAME = "doetmee_test_bot"
DIALOGUE_TITLE = "Ready for the Statenspel?"
STATENSPEL = "statenspel-jongeren"
OUTBOX_WAIT = 10.0


def _photos(messages: list[Message]) -> list[Message]:
    return [m for m in messages if "photo" in m]


async def _messages_containing(citizens: StandInClient, user: int, text: str) -> list[Message]:
    return [m for m in await citizens.bot_messages(user) if text in (m.get("text") or "")]


def _shown_code(message: Message) -> str:
    found = re.search(r"start=s_([A-Z0-9]{6})", message["text"])
    assert found is not None, message["text"]
    return found.group(1)


async def _open_session(citizens: StandInClient, db: Database) -> tuple[str, str]:
    """The facilitator makes a session "Klas 3B"; returns (code, link) as shown to them."""
    await roles.grant(db, FACILITATOR, "facilitator", "test")
    await citizens.send_text(FACILITATOR, "/sessie", language_code="en", first_name="Femke")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Sessions")
    await citizens.press(FACILITATOR, "➕ New session")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Type a name")
    await citizens.send_text(FACILITATOR, "Klas 3B")
    created = await citizens.wait_for_bot_message(FACILITATOR, contains="is open")
    await citizens.wait_until_idle()
    (session,) = await store.open_of(db, FACILITATOR)
    code = _shown_code(created)
    link = f"https://t.me/{BOT_USERNAME}?start=s_{code}"
    assert session.name == "Klas 3B"
    assert link in created["text"]
    return code, link


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
    await citizens.wait_for_bot_message(FACILITATOR, contains="Sending to 3 participants")
    for student in STUDENTS:
        await citizens.wait_for_bot_message(
            student, contains="The facilitator asks you", timeout=OUTBOX_WAIT
        )


async def _push_prompt(citizens: StandInClient, prompt: str) -> None:
    await citizens.press(FACILITATOR, "✍️ Ask a question")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Type the question")
    await citizens.send_text(FACILITATOR, prompt)
    await citizens.wait_for_bot_message(FACILITATOR, contains="Sending to 3 participants")
    for student in STUDENTS:
        await citizens.wait_for_bot_message(student, contains=prompt, timeout=OUTBOX_WAIT)


async def _type_the_open_answers(citizens: StandInClient, student: int) -> None:
    """Questions 1–3 of the Statenspel conversation are written: what good governance means,
    what you need from the province, what you can do yourself. Question 4 follows."""
    for number in (1, 2, 3):
        await citizens.send_text(student, f"Written answer {number} of {student}")
        await citizens.wait_for_bot_message(student, contains=f"Question {number + 1} of")


async def _joining_says_it_ended(citizens: StandInClient, code: str) -> None:
    """Someone new follows the link of a closed session."""
    await consent(citizens, 9104, "en")
    await citizens.send_text(9104, f"/start s_{code}")
    await citizens.wait_for_bot_message(9104, contains="has ended")


async def test_a_whole_session(bot: BotUnderTest, citizens: StandInClient, db: Database) -> None:
    code, link = await _open_session(citizens, db)
    qr = _photos(await citizens.bot_messages(FACILITATOR))
    assert len(qr) == 1
    assert await citizens.download(qr[0]["photo"][-1]["file_id"]) == session_codes.qr_png(link)

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
    choices = ("Yes, I know it well", "A little", "A little")
    for student, choice in zip(STUDENTS, choices, strict=True):
        await citizens.press(student, "▶️ Start")
        await citizens.wait_for_bot_message(student, contains="Question 1 of")
        await _type_the_open_answers(citizens, student)
        await citizens.press(student, choice)
        await citizens.wait_for_bot_message(student, contains="Question 5 of")

    # (b) a prompt: the next typed message is the answer, also in the middle of a dialogue.
    prompt = "What would you change first in Overijssel?"
    await _push_prompt(citizens, prompt)
    answers = {
        STUDENTS[0]: "More buses to Ommen",
        STUDENTS[1]: "Cheaper trains",
        STUDENTS[2]: "Safe cycle paths, says Sam, call me: 06-12345678",
    }
    for student, text in answers.items():
        await citizens.send_text(student, text)
        await citizens.wait_for_bot_message(student, contains="Your answer is saved")
    # The dialogue waited, and its question is shown again to go on with it.
    await citizens.wait_for_bot_message(STUDENTS[0], contains="Question 5 of")
    run = await runs.active(db, STUDENTS[0])
    assert run is not None and run.current_question == "onderwerp"

    await citizens.press(FACILITATOR, "📊 Results so far")
    stand = await citizens.wait_for_bot_message(FACILITATOR, contains="Results so far:")
    text = stand["text"]
    assert "3 participants" in text
    assert f"1. 💬 “{DIALOGUE_TITLE}”: 3 started, 0 finished" in text
    assert "2. ✍️ “What would you change first in Overijssel?”: 3 answers" in text
    questions = [b for row in stand["buttons"] for b in row if re.match(r"^\d", b)]
    assert questions == [
        "1.1 What does good governance mean… · 3",
        "1.2 And what do we need from each… · 3",
        "1.3 And what can you do yourself?… · 3",
        "1.4 Do you know what the province… · 3",
        "2 What would you change first in… · 3",
    ]
    # The written answers, without names or numbers, newest first.
    await citizens.press(FACILITATOR, questions[-1])
    written = await citizens.wait_for_bot_message(FACILITATOR, contains="newest first")
    quotes = written["text"]
    assert "“More buses to Ommen”" in quotes and "Femke" not in quotes and "Sam" not in quotes
    assert "Safe cycle paths, says [name], call me: [phone]" in quotes
    assert quotes.index("Safe cycle") < quotes.index("Cheaper") < quotes.index("More buses")
    # A closed question: its counts and a chart of its own.
    await citizens.press(FACILITATOR, "⬅️ Question 1.4")
    counted = await citizens.wait_for_bot_message(FACILITATOR, contains="1.4 Do you know")
    assert "A little: <b>2</b> (67%)" in counted["text"]
    await citizens.wait_until_idle()
    assert len(_photos(await citizens.bot_messages(FACILITATOR))) == 2  # the QR code and a chart

    await citizens.press(FACILITATOR, "📊 All questions")
    overview = await citizens.wait_for_bot_message(FACILITATOR, contains="Results so far:")
    await asyncio.sleep(1.1)  # "(at 10:42:13)": a refresh a second later changes the message
    await citizens.press(FACILITATOR, "🔄 Refresh")
    refreshed = await citizens.wait_for_bot_message(FACILITATOR, contains="Results so far:")
    assert refreshed["message_id"] == overview["message_id"]

    # Close: a summary for the facilitator, one message for each participant.
    await citizens.press(FACILITATOR, "⬅️ Back")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Join code")
    await citizens.press(FACILITATOR, "⏹ Close session")
    confirm = await citizens.wait_for_bot_message(FACILITATOR, contains="Close “Klas 3B”?")
    close_data = next(
        b["callback_data"]
        for row in confirm["reply_markup"]["inline_keyboard"]
        for b in row
        if b["text"] == "⏹ Yes, close it"
    )
    await citizens.press(FACILITATOR, "⏹ Yes, close it")
    summary = await citizens.wait_for_bot_message(FACILITATOR, contains="is closed")
    assert summary["message_id"] == confirm["message_id"]
    assert summary["buttons"][-1] == ["📄 Summary as PDF"]
    assert "3 answers" in summary["text"]
    await citizens.wait_for_bot_message(FACILITATOR, contains="as a PDF, to keep or forward")
    # A second tap on the (gone) close button gives no second summary.
    await citizens.forge_callback(FACILITATOR, confirm["message_id"], close_data)
    await citizens.wait_for_bot_message(FACILITATOR, contains="This session is closed")
    await citizens.wait_until_idle()
    documents = [m for m in await citizens.bot_messages(FACILITATOR) if "document" in m]
    assert len(documents) == 1
    assert documents[0]["document"]["file_name"].endswith(".pdf")
    content = await citizens.download(documents[0]["document"]["file_id"])
    pdf = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(content)).pages)
    assert "Klas 3B" in pdf and "More buses to Ommen" in pdf
    assert "06-12345678" not in pdf and "[phone]" in pdf
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
    assert "Only facilitators can open sessions" in refusal["text"]
    assert "type the code" in refusal["text"].lower()
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
    assert await store.all_open(db) == []  # closed, and now led by nobody
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
    hint = await citizens.wait_for_bot_message(student, contains="Tap ✍️ Answer first")
    assert "Which bus line do you use?" in hint["text"]
    await citizens.press(student, "✍️ Answer", message_id=hint["message_id"])
    await citizens.wait_for_bot_message(student, contains="Type your answer")
    await citizens.send_text(student, "Line 7 to Ommen")
    await citizens.wait_for_bot_message(student, contains="Your answer is saved")
    (session,) = await store.open_of(db, FACILITATOR)
    (push,) = await store.pushes(db, session.id)
    (answer,) = await store.prompt_answers(db, push.id)
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
    created = await citizens.wait_for_bot_message(FACILITATOR, contains="is open")
    (session,) = await store.open_of(db, FACILITATOR)
    assert session.name == "Klas 3B"
    await _join(citizens, _shown_code(created))

    await citizens.send_text(FACILITATOR, "/sessie start statenspel-jongeren")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Sending to 3 participants")
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
    await citizens.press(FACILITATOR, "⏹ Yes, close it")
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
    await citizens.press(FACILITATOR, "⏹ Yes, close it")
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
    await citizens.press(9000, "⏹ Close session")
    await citizens.wait_for_bot_message(9000, contains="Close “Klas 3B”?")
    await citizens.press(9000, "⏹ Yes, close it")
    await citizens.wait_for_bot_message(9000, contains="is closed")
    assert await store.all_open(db) == []
    await citizens.send_text(FACILITATOR, "/sessie start onbekend")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Only facilitators")


async def test_typing_the_code_or_sessie_code_joins(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    code, _ = await _open_session(citizens, db)
    first, second, third = STUDENTS
    await consent(citizens, first, "en")
    await citizens.send_text(first, f"{code[:3].lower()} {code[3:].lower()}")
    await citizens.wait_for_bot_message(first, contains="You joined the session “Klas 3B”")
    await consent(citizens, second, "en")
    await citizens.send_text(second, f"/sessie {code}")
    await citizens.wait_for_bot_message(second, contains="You joined the session “Klas 3B”")
    await consent(citizens, third, "en")
    await citizens.send_text(third, "/sessie ZZZZ22")
    await citizens.wait_for_bot_message(third, contains="We don't know this session code")
    await citizens.send_text(third, "Dankje")  # six letters, but no session's code
    await citizens.wait_for_bot_message(third, contains="did not understand")
    await citizens.send_text(third, "/help")
    helped = await citizens.wait_for_bot_message(third, contains="How this bot works")
    assert "Type the code here, or /sessie and the code" in helped["text"]
    (session,) = await store.open_of(db, FACILITATOR)
    assert await store.participant_count(db, session.id) == 2


async def test_a_new_facilitator_is_told_how_to_start(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    payload = await invite_link(citizens)
    await consent(citizens, 3960)
    await citizens.send_text(3960, f"/start {payload}")
    welcome = await citizens.wait_for_bot_message(3960, contains="Welkom!")
    assert "Open met /sessie een sessie voor je groep" in welcome["text"]
    assert "ook als pdf" in welcome["text"]
    await citizens.send_text(3960, "/sessie")
    await citizens.wait_for_bot_message(3960, contains="Je hebt geen open sessies")


async def _started_and_closed(citizens: StandInClient, db: Database) -> Message:
    """Three students start the session's conversation; the first answers one question, then
    the facilitator closes the session. Returns the first student's question on screen."""
    code, _ = await _open_session(citizens, db)
    await _join(citizens, code)
    await _push_dialogue(citizens)
    for student in STUDENTS:
        await citizens.press(student, "▶️ Start")
        await citizens.wait_for_bot_message(student, contains="Question 1 of")
        await _type_the_open_answers(citizens, student)
        await citizens.press(student, "A little")
    question = await citizens.wait_for_bot_message(STUDENTS[0], contains="Question 5 of")
    await citizens.press(FACILITATOR, "📊 Results so far")
    await citizens.wait_for_bot_message(FACILITATOR, contains="Results so far:")
    await citizens.send_text(FACILITATOR, "/sessie sluit")
    confirm = await citizens.wait_for_bot_message(FACILITATOR, contains="Close “Klas 3B”?")
    assert "Nobody can join or answer any more" in confirm["text"]
    await citizens.press(FACILITATOR, "⏹ Yes, close it")
    await citizens.wait_for_bot_message(FACILITATOR, contains="is closed")
    for student in STUDENTS:
        ended = await citizens.wait_for_bot_message(
            student, contains="has ended", timeout=OUTBOX_WAIT
        )
        assert "answers to its questions are no longer saved" in ended["text"]
    return question


async def test_closing_closes_a_conversation_in_progress(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    question = await _started_and_closed(citizens, db)
    student = STUDENTS[0]
    run = await runs.active(db, student)
    assert run is not None
    before = await runs.answers(db, run.id)

    await citizens.press(student, "Buses and trains", message_id=question["message_id"])
    refused = await citizens.wait_for_bot_message(student, contains="so we did not save")
    assert "The session “Klas 3B” has ended" in refused["text"]
    assert "Your answers from the session are kept" in refused["text"]
    await citizens.press(student, "Nature", message_id=question["message_id"])  # again
    await citizens.wait_until_idle()
    notices = [a.get("text") for a in await citizens.callback_answers()]
    assert "The session has ended: this answer was not saved." in notices
    assert await runs.answers(db, run.id) == before
    said = [m.get("text") or "" for m in await citizens.bot_messages(student)]
    assert not any("are saved" in text for text in said)  # never "your answers are saved"

    # On their own, afterwards: a fresh run that is not the session's.
    await citizens.press(student, "▶️ Start on my own")
    await citizens.wait_for_bot_message(student, contains="Question 1 of")
    own = await runs.active(db, student)
    assert own is not None and own.id != run.id
    assert await store.run_link(db, own.id) is None


async def test_after_closing_old_result_buttons_show_the_summary_only(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await _started_and_closed(citizens, db)
    student = STUDENTS[1]
    # The student does the same conversation privately, all the way, after the session.
    await citizens.send_text(student, f"/start d_{STATENSPEL}")
    await citizens.wait_for_bot_message(student, contains="has ended, so we no longer save")
    await citizens.press(student, "▶️ Start on my own")
    await citizens.wait_for_bot_message(student, contains="Question 1 of")
    await _type_the_open_answers(citizens, student)
    await citizens.press(student, "No idea")
    await citizens.wait_for_bot_message(student, contains="Question 5 of")

    results = next(
        m
        for m in reversed(await citizens.bot_messages(FACILITATOR))
        if "Results so far:" in (m.get("text") or "")
    )
    await citizens.press(FACILITATOR, "📊 Results so far")  # on the old panel
    shown = await citizens.wait_for_bot_message(FACILITATOR, contains="is closed")
    assert "This is its summary: only answers given while it was open." in shown["text"]
    assert "3 started, 0 finished" in shown["text"]
    assert "1.4 Do you know what the province… · 3" in [b for r in shown["buttons"] for b in r]
    await citizens.press(FACILITATOR, "🔄 Refresh", message_id=results["message_id"])
    summary = await citizens.wait_for_bot_message(FACILITATOR, contains="is closed")
    assert summary["message_id"] == results["message_id"]  # the old message, now the summary
    await citizens.press(FACILITATOR, "1.4 Do you know what the province… · 3")
    view = await citizens.wait_for_bot_message(FACILITATOR, contains="summary (closed)")
    assert "No idea: <b>0</b>" in view["text"] and "A little: <b>3</b>" in view["text"]
