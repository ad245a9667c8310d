"""A dialogue in the chat reads as a record, and every old button acts on the present.

Issue 13, points 4–6: a pressed answer is one Bot API call and keeps the answer visible
above the next question; the count never goes back and forth; old buttons (answers, back,
skip, multi ticks, pause, go on) of an earlier state say they no longer work or act on the
state as it is now; /stop really pauses and one tap goes on; the municipality is typed and
its question never stands twice with live buttons.
"""

from __future__ import annotations

import re
from typing import Any

from bot.answering import store as runs
from bot.sandbox.client import StandInClient
from bot.storage import citizens as citizen_store
from bot.storage.database import Database
from tests.scenarios.conftest import BotUnderTest, consent

MESSAGE_CALLS = frozenset(
    {"sendMessage", "editMessageText", "editMessageReplyMarkup", "sendDocument", "sendPhoto"}
)
NO_LONGER_WORKS = "werkt niet meer"
PAUSED = "op pauze"


def data_of(message: dict[str, Any], label: str) -> str:
    """The callback data of the button ``label`` on ``message`` (to press it again later)."""
    return next(
        button["callback_data"]
        for row in message["reply_markup"]["inline_keyboard"]
        for button in row
        if button["text"] == label
    )


def labels(message: dict[str, Any]) -> list[str]:
    return [label for row in message.get("buttons", []) for label in row]


async def current(citizens: StandInClient, user: int, message_id: int) -> dict[str, Any]:
    return next(m for m in await citizens.bot_messages(user) if m["message_id"] == message_id)


async def press_old(
    citizens: StandInClient, user: int, message_id: int, data: str
) -> dict[str, Any]:
    """Press a button as it was on ``message_id`` earlier; returns the notice it got."""
    pressed = await citizens.forge_callback(user, message_id, data)
    await citizens.wait_until_idle()
    return await citizens.callback_answer(pressed.callback_query_id)


async def message_calls(citizens: StandInClient) -> int:
    return len([c for c in await citizens.call_log() if c["method"] in MESSAGE_CALLS])


async def start_goed_bestuur(citizens: StandInClient, user: int) -> dict[str, Any]:
    """Consent, start goed-bestuur, type the first answer: the second question (a choice)."""
    await consent(citizens, user)
    await citizens.send_text(user, "/start d_goed-bestuur")
    await citizens.wait_for_bot_message(user, contains="Vraag 1 van")
    await citizens.send_text(user, "Eerlijk zijn en goed luisteren")
    return await citizens.wait_for_bot_message(user, contains="Vraag 2 van")


async def answer_the_open_second_question(citizens: StandInClient, user: int) -> dict[str, Any]:
    """Type the two open answers to "En wat hebben we daarvoor van elkaar nodig?" (what the
    citizen needs from the province, what they can do themselves): the multi question."""
    await citizens.wait_for_bot_message(user, contains="wat heb jij nodig van de provincie")
    await citizens.send_text(user, "Uitleg over besluiten")
    await citizens.wait_for_bot_message(user, contains="wat kun jij zelf doen")
    await citizens.send_text(user, "Meepraten op de inloopavond")
    return await citizens.wait_for_bot_message(user, contains="het meest van elkaar nodig")


async def test_a_pressed_answer_is_one_call_and_stays_visible_above_the_next_question(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    user = 6101
    second = await start_goed_bestuur(citizens, user)
    before = await message_calls(citizens)
    await citizens.press(user, "Iets anders", message_id=second["message_id"])
    await citizens.wait_until_idle()
    assert await message_calls(citizens) == before + 1  # one edit, nothing else

    follow_up = await current(citizens, user, second["message_id"])
    text = follow_up["text"]
    # The question before and its answer stay readable above the follow-up question.
    assert "Wat vind je het belangrijkst aan een goed bestuur?" in text
    assert "✔️ Iets anders" in text
    assert text.index("Iets anders") < text.index("Wat vind jij dan het belangrijkst?")
    # The title is said once, in the introduction; not again on every question.
    title = "Wat betekent goed bestuur voor jou?"
    messages = [m["text"] for m in await citizens.bot_messages(user)]
    assert sum(title in m for m in messages) == 2  # the introduction, question 1's prompt
    assert title not in text


async def test_the_count_never_goes_back_and_forth(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    """With follow-up questions the range narrows ("8 tot 10" → "9 tot 10" → "10"); the
    number goes up by one per question."""
    user = 6102
    second = await start_goed_bestuur(citizens, user)
    counts = [await count_in(citizens, user, "Vraag 1 van"), count_of(second)]
    await citizens.press(user, "Iets anders")
    await citizens.wait_until_idle()
    counts.append(count_of(await current(citizens, user, second["message_id"])))
    await citizens.send_text(user, "Samen optrekken")
    counts.append(count_of(await citizens.wait_for_bot_message(user, contains="Vraag 4 van")))
    await citizens.send_text(user, "Uitleg over besluiten")
    counts.append(count_of(await citizens.wait_for_bot_message(user, contains="Vraag 5 van")))
    await citizens.send_text(user, "Meepraten")
    multi = await citizens.wait_for_bot_message(user, contains="Vraag 6 van")
    counts.append(count_of(multi))
    await citizens.press(user, "Vertrouwen in elkaar", message_id=multi["message_id"])
    await citizens.wait_until_idle()
    await citizens.press(user, "Klaar ✔️", message_id=multi["message_id"])
    await citizens.wait_until_idle()
    counts.append(count_of(await current(citizens, user, multi["message_id"])))
    await citizens.press(user, "3", message_id=multi["message_id"])  # opens a follow-up
    await citizens.wait_until_idle()
    counts.append(count_of(await current(citizens, user, multi["message_id"])))

    assert [number for number, _low, _high in counts] == [1, 2, 3, 4, 5, 6, 7, 8]
    lows = [low for _number, low, _high in counts]
    highs = [high for _number, _low, high in counts]
    assert lows == sorted(lows) and highs == sorted(highs, reverse=True)
    assert counts[0] == (1, 8, 10) and counts[-1] == (8, 10, 10)


def count_of(message: dict[str, Any]) -> tuple[int, int, int]:
    """(n, least, most) from "Vraag n van m" or "Vraag n van m tot k"."""
    found = re.search(r"Vraag (\d+) van (\d+)(?: tot (\d+))?", message["text"])
    assert found is not None, message["text"]
    number, low, high = found.groups()
    return int(number), int(low), int(high or low)


async def count_in(citizens: StandInClient, user: int, fragment: str) -> tuple[int, int, int]:
    return count_of(
        next(m for m in await citizens.bot_messages(user) if fragment in (m.get("text") or ""))
    )


async def test_every_old_button_acts_on_the_present_or_says_it_no_longer_works(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 6103
    second = await start_goed_bestuur(citizens, user)
    old_answer = data_of(second, "Goed luisteren naar inwoners")
    old_pause = data_of(second, "⏸ Pauze")

    # An answer, then the old answer button of the question before: nothing changes.
    await citizens.press(user, "Iets anders", message_id=second["message_id"])
    await citizens.wait_until_idle()
    notice = await press_old(citizens, user, second["message_id"], old_answer)
    assert NO_LONGER_WORKS in (notice.get("text") or "")
    run = await runs.active(db, user)
    assert run is not None and run.current_question == "belangrijkst-anders"
    assert (await runs.answers(db, run.id))["belangrijkst"] == "anders"
    old_back = data_of(await current(citizens, user, second["message_id"]), "⬅️ Terug")

    # Multi ticks of a question that was answered.
    await citizens.send_text(user, "Samen optrekken")
    multi = await answer_the_open_second_question(citizens, user)
    old_tick = data_of(multi, "Open zijn over wat je doet")
    await citizens.press(user, "Vertrouwen in elkaar", message_id=multi["message_id"])
    await citizens.wait_until_idle()
    await citizens.press(user, "Klaar ✔️", message_id=multi["message_id"])
    await citizens.wait_until_idle()
    notice = await press_old(citizens, user, multi["message_id"], old_tick)
    assert NO_LONGER_WORKS in (notice.get("text") or "")
    assert (await runs.answers(db, run.id))["van-elkaar"] == ("vertrouwen",)

    # Back and pause of a question long gone.
    for old in (old_back, old_pause):
        notice = await press_old(citizens, user, second["message_id"], old)
        assert NO_LONGER_WORKS in (notice.get("text") or "")
    run = await runs.active(db, user)
    assert run is not None and run.current_question == "vertrouwen"

    # Skip, pressed twice (the second press is on a question that is already skipped).
    await citizens.press(user, "8", message_id=multi["message_id"])
    await citizens.wait_until_idle()
    example = await current(citizens, user, multi["message_id"])
    old_skip = data_of(example, "Sla over ⏭")
    await citizens.press(user, "Sla over ⏭", message_id=multi["message_id"])
    await citizens.wait_until_idle()
    notice = await press_old(citizens, user, multi["message_id"], old_skip)
    assert NO_LONGER_WORKS in (notice.get("text") or "")
    run = await runs.active(db, user)
    assert run is not None and run.current_question == "gemeente"

    # Pause: the question's own buttons do nothing while it is paused, and say so.
    municipality = await current(citizens, user, multi["message_id"])
    old_outside = data_of(municipality, "Buiten Overijssel")
    await citizens.press(user, "⏸ Pauze", message_id=multi["message_id"])
    await citizens.wait_until_idle()
    paused = await current(citizens, user, multi["message_id"])
    assert PAUSED in paused["text"] and labels(paused) == ["▶️ Ga verder"]
    old_go_on = data_of(paused, "▶️ Ga verder")
    notice = await press_old(citizens, user, multi["message_id"], old_outside)
    assert PAUSED in (notice.get("text") or "")
    assert "gemeente" not in await runs.answers(db, run.id)
    assert await runs.active(db, user) is None

    # Going on is one tap; the same old "go on" pressed again shows the question as it is.
    await citizens.press(user, "▶️ Ga verder", message_id=multi["message_id"])
    await citizens.wait_until_idle()
    resumed = await current(citizens, user, multi["message_id"])
    assert "In welke gemeente woon je?" in resumed["text"]
    assert "Buiten Overijssel" in labels(resumed)
    sent_before = len(await citizens.bot_messages(user))
    await press_old(citizens, user, multi["message_id"], old_go_on)
    assert len(await citizens.bot_messages(user)) == sent_before
    assert (
        "In welke gemeente woon je?" in (await current(citizens, user, multi["message_id"]))["text"]
    )

    # After the end, every button of the run says it no longer works.
    await citizens.send_text(user, "Zwolle")
    await citizens.wait_for_bot_message(user, contains="Bedankt")
    for old in (old_go_on, old_outside):
        notice = await press_old(citizens, user, multi["message_id"], old)
        assert NO_LONGER_WORKS in (notice.get("text") or "")
    finished = (await runs.of_citizen(db, user))[-1]
    assert finished.status == "finished"
    assert (await runs.answers(db, finished.id))["gemeente"] == "zwolle"


async def test_stop_really_pauses_and_one_tap_goes_on_without_a_second_list(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 6104
    await consent(citizens, user)
    await citizens.send_text(user, "/start d_meedoen-provincie")
    info = await citizens.wait_for_bot_message(user, contains="Omgevingsvisie")
    await citizens.press(user, "Verder ➡️", message_id=info["message_id"])
    await citizens.wait_until_idle()
    question = await current(citizens, user, info["message_id"])
    old_yes = data_of(question, "Ja")

    await citizens.send_text(user, "/stop")
    notice = await citizens.wait_for_bot_message(user, contains=PAUSED)
    assert labels(notice) == ["▶️ Ga verder"]
    # The question above lost its buttons: they would do nothing now.
    assert labels(await current(citizens, user, info["message_id"])) == []
    answer = await press_old(citizens, user, info["message_id"], old_yes)
    assert PAUSED in (answer.get("text") or "")
    paused_run = (await runs.of_citizen(db, user))[-1]
    assert paused_run.status == "paused"
    assert await runs.answers(db, paused_run.id) == {}

    # A typed answer while paused is not saved, and the reply has the button to go on.
    await citizens.send_text(user, "Ja")
    hint = await citizens.wait_for_bot_message(user, contains="staat op pauze")
    assert labels(hint) == ["▶️ Ga verder"]
    assert await runs.answers(db, paused_run.id) == {}

    await citizens.press(user, "▶️ Ga verder", message_id=notice["message_id"])
    await citizens.wait_until_idle()
    live = [m for m in await citizens.bot_messages(user) if "Ja" in labels(m)]
    assert [m["message_id"] for m in live] == [notice["message_id"]]  # one list, not two
    assert "Heb je al eens meegedaan" in live[0]["text"]

    # Pause again, go on through /gesprek: still exactly one message with the answers.
    await citizens.send_text(user, "/stop")
    await citizens.wait_for_bot_message(user, contains=PAUSED)
    await citizens.send_text(user, "/gesprek")
    listing = await citizens.wait_for_bot_message(user, contains="welk gesprek")
    await citizens.press(user, next(b for b in labels(listing) if "(ga verder)" in b))
    await citizens.wait_for_bot_message(user, contains="Heb je al eens meegedaan")
    await citizens.wait_until_idle()
    live = [m for m in await citizens.bot_messages(user) if "Ja" in labels(m)]
    assert len(live) == 1
    await citizens.press(user, "Ja", message_id=live[0]["message_id"])
    await citizens.wait_for_bot_message(user, contains="Hoe deed je mee?")
    run = await runs.active(db, user)
    assert run is not None and (await runs.answers(db, run.id)) == {"eerder": "ja"}


async def reach_municipality(citizens: StandInClient, user: int, language: str = "nl") -> int:
    """Walk goed-bestuur to its municipality question; returns the message that shows it."""
    words = {
        "nl": ("Eerlijk en integer zijn", "Vertrouwen in elkaar", "Klaar ✔️", "Sla over ⏭"),
        "en": ("Being honest and acting with integrity", "Trust in each other", "Done ✔️", "Skip ⏭"),
    }[language]
    await consent(citizens, user, language)
    await citizens.send_text(user, "/start d_goed-bestuur")
    await citizens.wait_until_idle()
    await citizens.send_text(user, "Eerlijk zijn")
    await citizens.wait_until_idle()
    choice = (await citizens.bot_messages(user))[-1]
    await citizens.press(user, words[0], message_id=choice["message_id"])
    await citizens.wait_until_idle()
    for typed in ("Uitleg", "Meepraten"):  # the two open parts of the second question
        await citizens.send_text(user, typed)
        await citizens.wait_until_idle()
    multi = (await citizens.bot_messages(user))[-1]
    for label in (words[1], words[2], "9", words[3]):
        await citizens.press(user, label, message_id=multi["message_id"])
        await citizens.wait_until_idle()
    return int(multi["message_id"])


async def test_the_municipality_is_typed_and_found_loosely(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 6105
    message_id = await reach_municipality(citizens, user)
    question = await current(citizens, user, message_id)
    assert "In welke gemeente woon je?" in question["text"]
    assert "Typ de naam" in question["text"]
    # Fits a phone: the outside option and the navigation, not 26 municipalities.
    assert labels(question) == ["Buiten Overijssel", "⬅️ Terug", "Sla over ⏭", "⏸ Pauze"]

    # A typo: suggestions to tap. A town: its municipality, to confirm.
    await citizens.send_text(user, "zwole")
    typo = await citizens.wait_for_bot_message(user, contains="Bedoel je")
    assert labels(typo) == ["Zwolle", "Buiten Overijssel"]
    await citizens.send_text(user, "Nijverdal")
    town = await citizens.wait_for_bot_message(user, contains="Nijverdal ligt in de gemeente")
    assert labels(town) == ["Hellendoorn", "Buiten Overijssel"]
    run = await runs.active(db, user)
    assert run is not None and "gemeente" not in await runs.answers(db, run.id)
    await citizens.send_text(user, "Amsterdam")
    unknown = await citizens.wait_for_bot_message(user, contains="Kijk of de naam goed")
    assert labels(unknown) == ["Buiten Overijssel"]

    await citizens.press(user, "Hellendoorn", message_id=town["message_id"])
    await citizens.wait_for_bot_message(user, contains="Bedankt")
    finished = (await runs.of_citizen(db, user))[-1]
    assert (await runs.answers(db, finished.id))["gemeente"] == "hellendoorn"


async def test_a_municipality_typed_exactly_is_taken_at_once(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 6106
    await reach_municipality(citizens, user, "en")
    await citizens.send_text(user, "  GEMEENTE  olst wijhe ")
    await citizens.wait_for_bot_message(user, contains="Thank you")
    finished = (await runs.of_citizen(db, user))[-1]
    assert (await runs.answers(db, finished.id))["gemeente"] == "olst-wijhe"


async def test_choosing_from_the_list_says_the_title_once_above_the_first_question(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    user = 6107
    await consent(citizens, user)
    await citizens.send_text(user, "/gesprek")
    listing = await citizens.wait_for_bot_message(user, contains="welk gesprek")
    await citizens.press(user, "Wat betekent goed bestuur voor jou?")
    await citizens.wait_for_bot_message(user, contains="Vraag 1 van")
    await citizens.wait_until_idle()
    intro = await current(citizens, user, listing["message_id"])
    assert intro["text"].startswith("<b>Wat betekent goed bestuur voor jou?</b>")
    assert labels(intro) == []  # the list made way for the introduction
    title = "Wat betekent goed bestuur voor jou?"
    with_title = [m for m in await citizens.bot_messages(user) if title in m["text"]]
    assert len(with_title) == 2  # the introduction, and the first question's own prompt
    assert with_title[1]["text"].count(title) == 1


async def test_every_press_in_a_dialogue_is_at_most_one_message_call(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    """The 30 messages a second of a live class: each press edits one message, nothing more
    (answers, ticks, Klaar, the scale, Terug, Sla over, Pauze, Ga verder)."""
    user = 6108
    second = await start_goed_bestuur(citizens, user)
    await citizen_store.set_age_band(db, user, "26-40")  # asked before (not at the end)
    before = await message_calls(citizens)
    await citizens.press(user, "Eerlijk en integer zijn", message_id=second["message_id"])
    await citizens.wait_until_idle()
    assert await message_calls(citizens) - before <= 1
    multi = await answer_the_open_second_question(citizens, user)
    here = multi["message_id"]
    presses = [
        "Vertrouwen in elkaar",
        "Open zijn over wat je doet",
        "Klaar ✔️",
        "⬅️ Terug",
        "Klaar ✔️",
        "7",
        "Sla over ⏭",
        "⏸ Pauze",
        "▶️ Ga verder",
        "Buiten Overijssel",
    ]
    for label in presses:
        before = await message_calls(citizens)
        await citizens.press(user, label, message_id=here)
        await citizens.wait_until_idle()
        assert await message_calls(citizens) - before <= 1, label
    # The end is one message too: the summary asks itself whether we may quote.
    end = await current(citizens, user, here)
    assert (
        "zijn opgeslagen" in end["text"]
        and "Mogen we je antwoorden in de verhalenreeks zetten?" in end["text"]
    )
    assert "☐ <b>1.</b> <i>Eerlijk zijn en goed luisteren</i>" in end["text"]
    for label in ("☐ 1", "Klaar ✔️"):
        before = await message_calls(citizens)
        await citizens.press(user, label, message_id=here)
        await citizens.wait_until_idle()
        assert await message_calls(citizens) - before <= 1, label
    done = await current(citizens, user, here)
    assert "☑ <b>1.</b> <i>Eerlijk zijn en goed luisteren</i>" in done["text"]
    assert "We mogen 1 antwoord in de verhalenreeks zetten" in done["text"]
    assert labels(done) == ["💬 Nog een gesprek", "💡 Stuur een idee", "📅 Agenda"]
    finished = (await runs.of_citizen(db, user))[-1]
    allowed = [a.question_id for a in await runs.stored_answers(db, finished.id) if a.quote_allowed]
    assert allowed == ["betekenis"]
