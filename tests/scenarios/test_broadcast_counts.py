"""What staff see of a broadcast: progress while it goes out, and one final count of who it
reached, who blocked the bot and where it failed — also across a restart in the middle."""

from __future__ import annotations

import asyncio
import itertools
import re
from datetime import datetime

from bot.privacy import withdrawal_store
from bot.sandbox.client import Message, StandInClient
from bot.storage import roles
from bot.storage.database import Database
from tests.scenarios.conftest import BotUnderTest, consent

STAFF = 9000
FINAL = "Het bericht is verstuurd"
WAIT = 20.0


async def shown_in(
    citizens: StandInClient, chat: int, message_id: int, fragment: str, seconds: float = WAIT
) -> Message:
    """The message ``message_id`` once it shows ``fragment`` (edits keep at most one every
    3 seconds, so the progress message may follow the final count by that much)."""
    for _ in range(int(seconds * 10)):
        for message in await citizens.bot_messages(chat):
            if message["message_id"] == message_id and fragment in plain(message):
                return message
        await asyncio.sleep(0.1)
    raise AssertionError(f"message {message_id} in chat {chat} never showed {fragment!r}")


def plain(message: Message) -> str:
    return re.sub(r"<[^>]+>", "", message.get("text") or "")


async def opt_in(citizens: StandInClient, user: int) -> None:
    await consent(citizens, user)
    await citizens.send_text(user, "/instellingen")
    await citizens.wait_for_bot_message(user)
    await citizens.press(user, "📣 Af en toe nieuws krijgen")
    await citizens.wait_for_bot_message(user, contains="Nieuws van het programma: aan")


async def write_announcement(citizens: StandInClient, text: str) -> Message:
    """Staff type an announcement; returns the preview with its send button."""
    await citizens.send_text(STAFF, "/bericht")
    await citizens.wait_for_bot_message(STAFF, contains="Typ het bericht")
    await citizens.send_text(STAFF, text)
    return await citizens.wait_for_bot_message(STAFF, contains=text[:20])


async def final_counts(citizens: StandInClient, chat: int, fragment: str) -> list[Message]:
    """The staff member's messages that show the final count."""
    return [m for m in await citizens.bot_messages(chat) if fragment in plain(m)]


async def wait_for_report(
    citizens: StandInClient, chat: int, fragment: str, progress_id: int, seconds: float = WAIT
) -> Message:
    """The final count as a message of its own (so the sender is notified), not the progress
    message edited to it."""
    for _ in range(int(seconds * 10)):
        found = [
            m
            for m in await final_counts(citizens, chat, fragment)
            if m["message_id"] != progress_id
        ]
        if found:
            return found[0]
        await asyncio.sleep(0.1)
    raise AssertionError(f"no final count {fragment!r} in chat {chat}")


async def test_staff_see_who_was_reached_who_blocked_the_bot_and_what_failed(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    for user in (9201, 9202, 9203, 9204):
        await opt_in(citizens, user)
    await citizens.block_bot(9202, notify=False)  # we learn it only when we write to them
    preview = await write_announcement(citizens, "Het Statenspel in Deventer begint om 19.00 uur.")
    await citizens.wait_until_idle()
    # The first message (to 9201, the lowest number) is refused by Telegram.
    await citizens.fail_next("sendMessage", 400, description="Bad Request: chat not found")
    await citizens.press(STAFF, "📣 Versturen", message_id=preview["message_id"])
    progress = await citizens.wait_for_bot_message(STAFF, contains="We versturen het bericht")
    assert progress["message_id"] == preview["message_id"]
    assert "naar 4 inwoners" in plain(progress)

    report = await wait_for_report(citizens, STAFF, FINAL, preview["message_id"])
    text = plain(report)
    assert "verstuurd naar 4 inwoners" in text
    assert "Aangekomen: 2" in text
    assert "Hebben de bot geblokkeerd: 1" in text
    assert "Niet gelukt (Telegram weigerde het, of gaf steeds een fout): 1" in text
    assert "Nog te versturen" not in text
    for user in (9203, 9204):
        assert await citizens.wait_for_bot_message(user, contains="Statenspel in Deventer")
    for user in (9201, 9202):
        assert not [m for m in await citizens.bot_messages(user) if "Deventer" in plain(m)]

    edited = await shown_in(citizens, STAFF, preview["message_id"], FINAL)
    assert plain(edited) == text  # the progress message ends on the same count
    await asyncio.sleep(1.5)  # the reporting job has run again: nothing more is said
    await citizens.wait_until_idle()
    assert len(await final_counts(citizens, STAFF, FINAL)) == 2  # the report + the edited preview
    (row,) = await db.fetch_all("SELECT * FROM broadcasts")
    assert (row["total"], row["reached"], row["blocked"], row["failed"]) == (4, 2, 1, 1)
    assert row["finished_at"] is not None and row["final_shown_at"] is not None


async def test_progress_is_edited_every_few_seconds_and_a_restart_keeps_one_final_count(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    readers = list(range(9211, 9219))
    for user in readers:
        await opt_in(citizens, user)
    preview = await write_announcement(citizens, "De Democratiespelen zijn op 12 december.")
    await citizens.wait_until_idle()
    # Telegram answers slowly: every message takes a second, so the broadcast takes a while.
    await citizens.fail_next("sendMessage", None, count=len(readers), delay=1.0)
    await citizens.press(STAFF, "📣 Versturen", message_id=preview["message_id"])
    await citizens.wait_for_bot_message(STAFF, contains="We versturen het bericht")

    await citizens.wait_for_bot_message(readers[2], contains="Democratiespelen", timeout=WAIT)
    await bot.restart()  # in the middle of it
    report = await wait_for_report(citizens, STAFF, FINAL, preview["message_id"], WAIT * 2)
    assert "Aangekomen: 8" in plain(report)
    await shown_in(citizens, STAFF, preview["message_id"], FINAL)
    await asyncio.sleep(1.5)
    await citizens.wait_until_idle()

    for user in readers:  # each once
        got = [m for m in await citizens.bot_messages(user) if "Democratiespelen" in plain(m)]
        assert len(got) == 1, user
    reports = [
        m
        for m in await final_counts(citizens, STAFF, FINAL)
        if m["message_id"] != preview["message_id"]
    ]
    assert len(reports) == 1
    edits = [
        call
        for call in await citizens.call_log("editMessageText")
        if int(call["params"]["message_id"]) == preview["message_id"]
    ]
    progress_edits = [c for c in edits if "Nog te versturen" in c["params"]["text"]]
    assert progress_edits, "no progress was shown while it went out"
    times = [_time(c["time"]) for c in edits]
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert all(gap >= 2.5 for gap in gaps), gaps  # at most one edit every 3 s, the last too
    assert len(edits) <= 2 + 8 * 1.0 / 2.5 + 2, len(edits)


async def test_a_citizen_who_withdraws_before_their_turn_is_counted_apart(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    for user in (9221, 9222, 9223):
        await opt_in(citizens, user)
    preview = await write_announcement(citizens, "Kom naar de debatfinale in Hengelo.")
    await citizens.wait_until_idle()
    await citizens.fail_next("sendMessage", None, count=3, delay=1.0)
    await citizens.press(STAFF, "📣 Versturen", message_id=preview["message_id"])
    await citizens.wait_for_bot_message(STAFF, contains="We versturen het bericht")
    # The last in line withdraws meanwhile (what "Ja, intrekken en wissen" stores).
    assert await withdrawal_store.withdraw(db, 9223) is not None
    report = await wait_for_report(citizens, STAFF, FINAL, preview["message_id"])
    text = plain(report)
    assert "verstuurd naar 3 inwoners" in text
    assert "Aangekomen: 2" in text
    assert "Niet verstuurd, omdat ze eerder hun toestemming introkken" in text
    assert not [m for m in await citizens.bot_messages(9223) if "Hengelo" in plain(m)]


async def test_a_facilitator_sees_the_final_count_of_a_session_push(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    facilitator, students = 9230, (9231, 9232)
    await roles.grant(db, facilitator, "facilitator", "test")
    await citizens.send_text(facilitator, "/sessie", language_code="en", first_name="Femke")
    await citizens.wait_for_bot_message(facilitator, contains="Sessions")
    await citizens.press(facilitator, "➕ New session")
    await citizens.wait_for_bot_message(facilitator, contains="Type a name")
    await citizens.send_text(facilitator, "Klas 4A")
    created = await citizens.wait_for_bot_message(facilitator, contains="is open")
    found = re.search(r"start=s_([A-Z0-9]{6})", created["text"])
    assert found is not None
    for student in students:
        await consent(citizens, student, "en")
        await citizens.send_text(student, f"/start s_{found.group(1)}")
        await citizens.wait_for_bot_message(student, contains="You joined")
    await citizens.block_bot(9232, notify=False)

    await citizens.press(facilitator, "✍️ Ask a question")
    await citizens.wait_for_bot_message(facilitator, contains="Type the question")
    await citizens.send_text(facilitator, "Wat zou jij als eerste veranderen?")
    progress = await citizens.wait_for_bot_message(
        facilitator, contains="Sending to 2 participants"
    )
    report = await wait_for_report(
        citizens, facilitator, "✅ Sent to 2 participants", progress["message_id"]
    )
    text = plain(report)
    assert "Received: 1" in text and "Blocked the bot: 1" in text and "Failed" in text
    assert await citizens.wait_for_bot_message(9231, contains="Wat zou jij als eerste")
    await shown_in(citizens, facilitator, progress["message_id"], "✅ Sent to 2 participants")
    await asyncio.sleep(1.5)
    await citizens.wait_until_idle()
    finals = [m for m in await citizens.bot_messages(facilitator) if "✅ Sent to" in plain(m)]
    assert len(finals) == 2  # the progress message, edited to the count, and the count itself


def _time(value: object) -> float:
    if isinstance(value, (int, float)):
        return float(value)
    return datetime.fromisoformat(str(value)).timestamp()
