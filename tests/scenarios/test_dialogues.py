"""Citizens answer dialogues through the real bot: every answer stored exactly once."""

from __future__ import annotations

import pytest

from bot.answering import store as runs
from bot.config import SHIPPED_DIALOGUES
from bot.dialogues import municipality_search
from bot.dialogues.catalog import DialogueCatalog
from bot.dialogues.model import Question
from bot.sandbox.client import StandInClient
from bot.storage import citizens as citizen_store
from bot.storage.database import Database
from tests.scenarios.conftest import BotUnderTest, consent

SHIPPED = DialogueCatalog()
SHIPPED.load(SHIPPED_DIALOGUES)
LABELS = {
    "nl": {"done": "Klaar ✔️", "next": "Verder ➡️", "question": "Vraag"},
    "en": {"done": "Done ✔️", "next": "Next ➡️", "question": "Question"},
}


async def answer_current(
    citizens: StandInClient, user: int, question: Question, language: str
) -> None:
    """Answer one question the way a person would: type, or press a button."""
    labels = LABELS[language]
    if question.type == "text":
        await citizens.send_text(user, f"Mijn antwoord op {question.id}: meer luisteren in Zwolle")
    elif question.type == "number":
        low = question.min_value if question.min_value is not None else 0
        await citizens.send_text(user, str(low + 1 if question.max_value != low else low))
    elif municipality_search.is_typed(question):  # the municipality is typed, not a list
        await citizens.send_text(user, question.options[0].label.get(language))
    elif question.type == "choice":
        await citizens.press(user, question.options[0].label.get(language))
    elif question.type == "scale":
        await citizens.press(user, str(question.max_value))
    elif question.type == "multi":
        await citizens.press(user, question.options[0].label.get(language))
        await citizens.wait_for_bot_message(user)
        await citizens.press(user, labels["done"])
    else:
        await citizens.press(user, labels["next"])


async def walk(
    citizens: StandInClient, db: Database, user: int, dialogue_id: str, language: str
) -> int:
    """Start ``dialogue_id`` with a deep link and answer until it is finished; returns the run."""
    await citizens.send_text(user, f"/start d_{dialogue_id}")
    await citizens.wait_for_bot_message(user, count=2)
    dialogue = SHIPPED.current(dialogue_id)
    assert dialogue is not None
    for _ in range(len(dialogue.questions) + 1):
        await citizens.wait_until_idle()
        run = await runs.active(db, user)
        if run is None:
            break
        assert run.current_question is not None
        await answer_current(citizens, user, dialogue.question(run.current_question), language)
    await citizens.wait_until_idle()
    finished = [r for r in await runs.of_citizen(db, user) if r.dialogue_id == dialogue_id]
    assert finished and finished[-1].status == "finished"
    return finished[-1].id


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("dialogue_id", sorted(d.id for d in SHIPPED.all_current()))
async def test_each_shipped_dialogue_can_be_finished(
    bot: BotUnderTest, citizens: StandInClient, db: Database, dialogue_id: str, language: str
) -> None:
    user = 4000 + hash((dialogue_id, language)) % 1000
    await consent(citizens, user, language)
    run_id = await walk(citizens, db, user, dialogue_id, language)
    stored = await runs.stored_answers(db, run_id)
    assert stored, "no answers stored"
    assert len({a.question_id for a in stored}) == len(stored)
    thanks = "Bedankt" if language == "nl" else "Thank you"
    assert any(thanks in m["text"] for m in await citizens.bot_messages(user) if m.get("text"))


async def test_goed_bestuur_full_run_with_quoting(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 5001
    await consent(citizens, user)
    await citizens.send_text(user, "/start d_goed-bestuur")
    first = await citizens.wait_for_bot_message(user, contains="Vraag 1 van")
    assert "Wat betekent goed bestuur voor jou?" in first["text"]

    # Wrong input: too short. The question stays right above, so only the fix is said.
    await citizens.send_text(user, "a")
    warning = await citizens.wait_for_bot_message(user, contains="⚠️")
    assert "minstens 2 tekens" in warning["text"] and "Vraag" not in warning["text"]
    await citizens.send_text(user, "Eerlijk zijn en goed luisteren naar Deventer")
    second = await citizens.wait_for_bot_message(user, contains="Vraag 2 van")

    old_button = next(
        b["callback_data"]
        for row in second["reply_markup"]["inline_keyboard"]
        for b in row
        if b["text"] == "Goed luisteren naar inwoners"
    )
    # Choose "Iets anders": the follow-up question is added.
    await citizens.press(user, "Iets anders")
    follow_up = await citizens.wait_for_bot_message(user, contains="Wat vind jij dan")
    assert "Vraag 3 van" in follow_up["text"]
    # A button of the earlier question no longer changes anything.
    stale = await citizens.forge_callback(user, second["message_id"], old_button)
    await citizens.wait_until_idle()
    notice = await citizens.callback_answer(stale.callback_query_id)
    assert "werkt niet meer" in (notice.get("text") or "")

    await citizens.send_text(user, "Samen optrekken")
    # The second question of the programme, asked openly, in two parts.
    await citizens.wait_for_bot_message(user, contains="wat heb jij nodig van de provincie")
    await citizens.send_text(user, "Dat ze uitleggen wat ze besluiten")
    await citizens.wait_for_bot_message(user, contains="wat kun jij zelf doen")
    await citizens.send_text(user, "Zelf naar de inloopavond gaan")
    multi = await citizens.wait_for_bot_message(user, contains="het meest van elkaar nodig")
    # The limit is said once, by the bot's own hint, not again in the question.
    assert multi["text"].count("hooguit") == 1 and "Kies hooguit 3 antwoorden" in multi["text"]
    for label in (
        "Vertrouwen in elkaar",
        "Open zijn over wat je doet",
        "Respect, ook als je het oneens bent",
    ):
        await citizens.press(user, label, message_id=multi["message_id"])
        await citizens.wait_until_idle()
    toggled = next(
        m for m in await citizens.bot_messages(user) if m["message_id"] == multi["message_id"]
    )
    assert [row[0] for row in toggled["buttons"][:3]] == [
        "✓ Vertrouwen in elkaar",
        "✓ Open zijn over wat je doet",
        "✓ Respect, ook als je het oneens bent",
    ]
    await citizens.press(user, "Tijd nemen voor een goed gesprek")
    await citizens.wait_until_idle()
    answers = await citizens.callback_answers()
    assert "hooguit 3" in (answers[-1].get("text") or "")
    await citizens.press(user, "Klaar ✔️", message_id=multi["message_id"])
    await citizens.wait_for_bot_message(user, contains="vertrouwen")

    run = await runs.active(db, user)
    assert run is not None
    stored = await runs.answers(db, run.id)
    assert stored["belangrijkst"] == "anders"
    assert stored["belangrijkst-anders"] == "Samen optrekken"
    assert stored["nodig-van-provincie"] == "Dat ze uitleggen wat ze besluiten"
    assert stored["zelf-doen"] == "Zelf naar de inloopavond gaan"
    assert stored["van-elkaar"] == ("vertrouwen", "open", "respect")


async def test_a_pressed_answer_turns_its_message_into_the_next_question(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    """One message per button run: pressing an answer (or Terug) edits the question in place,
    a typed answer gets the next question as a new message below it."""
    user = 5005
    await consent(citizens, user)
    await citizens.send_text(user, "/start d_goed-bestuur")
    await citizens.wait_for_bot_message(user, contains="Vraag 1 van")
    await citizens.send_text(user, "Eerlijk zijn en goed luisteren")
    second = await citizens.wait_for_bot_message(user, contains="Vraag 2 van")
    sent_before = len(await citizens.bot_messages(user))

    async def press_and_reread(label: str) -> dict:
        """Press on the question message; no new message comes, that one changes."""
        await citizens.press(user, label, message_id=second["message_id"])
        await citizens.wait_until_idle()
        messages = await citizens.bot_messages(user)
        assert len(messages) == sent_before
        return next(m for m in messages if m["message_id"] == second["message_id"])

    third = await press_and_reread("Goed luisteren naar inwoners")
    assert "Vraag 3 van" in third["text"]
    assert "Goed luisteren naar inwoners" not in [b for row in third["buttons"] for b in row]

    back = await press_and_reread("⬅️ Terug")
    assert "Vraag 2 van" in back["text"]
    assert "• Goed luisteren naar inwoners •" in [b for row in back["buttons"] for b in row]
    run = await runs.active(db, user)
    assert run is not None
    assert (await runs.answers(db, run.id))["belangrijkst"] == "luisteren"


async def test_back_changes_an_answer_and_drops_the_follow_up(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 5002
    await consent(citizens, user)
    await citizens.send_text(user, "/start d_goed-bestuur")
    await citizens.wait_for_bot_message(user, contains="Vraag 1 van")
    await citizens.send_text(user, "Luisteren")
    await citizens.wait_for_bot_message(user, contains="Vraag 2 van")
    await citizens.press(user, "Iets anders")
    await citizens.wait_for_bot_message(user, contains="Wat vind jij dan")
    await citizens.send_text(user, "Samen optrekken")
    await citizens.wait_for_bot_message(user, contains="wat heb jij nodig van de provincie")
    await citizens.press(user, "⬅️ Terug")
    await citizens.wait_for_bot_message(user, contains="Wat vind jij dan")
    await citizens.press(user, "⬅️ Terug")
    await citizens.wait_for_bot_message(user, contains="Vraag 2 van")
    await citizens.press(user, "Eerlijk en integer zijn")
    await citizens.wait_for_bot_message(user, contains="wat heb jij nodig van de provincie")
    run = await runs.active(db, user)
    assert run is not None
    stored = await runs.answers(db, run.id)
    assert stored["belangrijkst"] == "eerlijk"
    assert "belangrijkst-anders" not in stored


async def test_pause_and_resume_after_restart(bot: BotUnderTest, citizens: StandInClient) -> None:
    user = 5003
    await consent(citizens, user)
    await citizens.send_text(user, "/start d_goed-bestuur")
    await citizens.wait_for_bot_message(user, contains="Vraag 1 van")
    await citizens.send_text(user, "Goed uitleggen wat je doet")
    await citizens.wait_for_bot_message(user, contains="Vraag 2 van")
    await citizens.send_text(user, "/stop")
    paused = await citizens.wait_for_bot_message(user, contains="op pauze")
    assert "/gesprek" in paused["text"]
    await citizens.send_text(user, "Goed luisteren")  # typed while paused: not lost silently
    await citizens.wait_for_bot_message(user, contains="staat op pauze")

    await bot.restart()

    await citizens.send_text(user, "/gesprek")
    listing = await citizens.wait_for_bot_message(user)
    title = next(b for row in listing["buttons"] for b in row if "goed bestuur" in b)
    assert "(ga verder)" in title
    await citizens.press(user, title)
    resumed = await citizens.wait_for_bot_message(user, contains="Vraag 2 van")
    assert "belangrijkst" in resumed["text"].lower()
    run = await runs.active(bot.db, user)
    assert run is not None
    assert (await runs.answers(bot.db, run.id))["betekenis"] == "Goed uitleggen wat je doet"


async def test_text_outside_a_dialogue_and_multi_typed(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    user = 5004
    await consent(citizens, user)
    await citizens.send_text(user, "hallo")
    reply = await citizens.wait_for_bot_message(user)
    assert "begrepen we niet" in reply["text"]


async def test_quoting_uses_the_age_from_consent_and_stores_per_answer(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 5005
    await consent(citizens, user, age="26–40")
    run_id = await walk(citizens, db, user, "goed-bestuur", "nl")
    quoting = await citizens.wait_for_bot_message(user, contains="verhalenreeks", since=0)
    assert not [m for m in await citizens.bot_messages(user) if "Hoe oud" in m["text"]]
    await citizens.press(user, "☐ 1", message_id=quoting["message_id"])
    await citizens.wait_for_bot_message(user, contains="☑")
    await citizens.press(user, "Klaar ✔️")
    await citizens.wait_until_idle()
    stored = await runs.stored_answers(db, run_id)
    allowed = [a.question_id for a in stored if a.quote_allowed]
    assert allowed == ["betekenis"] or len(allowed) == 1
    citizen = await citizen_store.get(db, user)
    assert citizen is not None and citizen.age_band == "26-40"

    # Withdraw it later in /mijngegevens.
    await citizens.send_text(user, "/mijngegevens")
    review = await citizens.wait_for_bot_message(
        user, contains="Mogen we je antwoorden in de verhalenreeks zetten"
    )
    await citizens.press(user, "☑ 1", message_id=review["message_id"])
    await citizens.wait_until_idle()
    assert not any(a.quote_allowed for a in await runs.stored_answers(db, run_id))


async def test_under_16_is_never_asked_to_be_quoted(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 5006
    await citizens.send_text(user, "/start")
    await citizens.wait_for_bot_message(user)
    await citizens.press(user, "✅ Ja, ik doe mee")
    await citizens.wait_for_bot_message(user, contains="Hoe oud")
    await citizens.press(user, "jonger dan 16")
    await citizens.wait_for_bot_message(user, contains="jonger dan 16")
    await citizens.press(user, "👍 Mijn ouder of verzorger vindt het goed")
    await citizens.wait_for_bot_message(user, contains="Wat wil je doen?")
    await walk(citizens, db, user, "goed-bestuur", "nl")
    await citizens.wait_for_bot_message(user, contains="opgeslagen", since=0)
    await citizens.wait_until_idle()
    assert not any(
        "verhalenreeks" in (m.get("text") or "") and "☐" in (m.get("text") or "")
        for m in await citizens.bot_messages(user)
    )


async def test_optional_questions_can_be_skipped_and_scale_and_gemeente_work(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 5007
    await consent(citizens, user)
    await citizens.send_text(user, "/start d_goed-bestuur")
    await citizens.wait_for_bot_message(user, contains="Vraag 1 van")
    await citizens.send_text(user, "Duidelijk zijn")
    await citizens.wait_for_bot_message(user, contains="Vraag 2 van")
    await citizens.press(user, "Goed luisteren naar inwoners")
    await citizens.wait_for_bot_message(user, contains="wat heb jij nodig van de provincie")
    await citizens.send_text(user, "Eerlijke uitleg")
    await citizens.wait_for_bot_message(user, contains="wat kun jij zelf doen")
    await citizens.send_text(user, "Meepraten")
    multi = await citizens.wait_for_bot_message(user, contains="het meest van elkaar nodig")
    await citizens.press(user, "Klaar ✔️", message_id=multi["message_id"])
    await citizens.wait_until_idle()
    notice = (await citizens.callback_answers())[-1]
    assert "minstens één" in (notice.get("text") or "")  # a required multi needs a choice
    await citizens.press(user, "Vertrouwen in elkaar", message_id=multi["message_id"])
    await citizens.wait_until_idle()
    await citizens.press(user, "Klaar ✔️", message_id=multi["message_id"])
    scale = await citizens.wait_for_bot_message(user, contains="vertrouwen")
    assert [b for row in scale["buttons"][:2] for b in row][:10] == [str(n) for n in range(1, 11)]
    await citizens.press(user, "8")
    example = await citizens.wait_for_bot_message(user, contains="goed voorbeeld")
    assert "Sla over ⏭" in [b for row in example["buttons"] for b in row]
    await citizens.press(user, "Sla over ⏭")
    municipality = await citizens.wait_for_bot_message(user, contains="In welke gemeente")
    names = [b for row in municipality["buttons"] for b in row]
    assert "Zwolle" not in names and "Buiten Overijssel" in names and len(names) <= 4
    await citizens.send_text(user, "hof van twente")
    await citizens.wait_for_bot_message(user, contains="Bedankt")
    finished = (await runs.of_citizen(db, user))[-1]
    stored = await runs.answers(db, finished.id)
    assert stored["voorbeeld"] is None
    assert stored["vertrouwen"] == 8
    assert "vertrouwen-groter" not in stored
    assert stored["gemeente"] == "hof-van-twente"


async def test_starting_a_finished_dialogue_again_once_per_double_tap(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 5006
    await consent(citizens, user)
    await walk(citizens, db, user, "statenspel-jongeren", "nl")
    await citizens.send_text(user, "/start d_statenspel-jongeren")
    offer = await citizens.wait_for_bot_message(user, contains="al klaar met")
    await citizens.press(user, "Opnieuw beginnen", message_id=offer["message_id"])
    await citizens.press(user, "Opnieuw beginnen", message_id=offer["message_id"])
    await citizens.wait_for_bot_message(user, contains="Vraag 1 van")
    await citizens.wait_until_idle()
    since_offer = [
        m for m in await citizens.bot_messages(user) if m["message_id"] > offer["message_id"]
    ]
    assert len([m for m in since_offer if "Vraag 1 van" in m["text"]]) == 1
    walked = [r for r in await runs.of_citizen(db, user) if r.dialogue_id == "statenspel-jongeren"]
    assert [r.status for r in walked].count("finished") == 1 and len(walked) == 2


@pytest.mark.parametrize(
    ("typed", "language", "shown"), [("2,5", "nl", "2,5"), ("2.5", "en", "2.5")]
)
async def test_a_number_question_with_decimals_takes_a_decimal_comma_or_point(
    bot: BotUnderTest,
    citizens: StandInClient,
    db: Database,
    typed: str,
    language: str,
    shown: str,
) -> None:
    user = 5010 if language == "nl" else 5011
    await consent(citizens, user, language)
    await citizens.send_text(user, "/start d_meedoen-provincie")
    await citizens.wait_for_bot_message(user, count=2)
    dialogue = SHIPPED.current("meedoen-provincie")
    assert dialogue is not None and dialogue.question("uren").decimals
    for _ in range(len(dialogue.questions) + 1):
        await citizens.wait_until_idle()
        run = await runs.active(db, user)
        if run is None:
            break
        if run.current_question == "uren":
            await citizens.send_text(user, "twee")  # not a number: one warning
            warning = await citizens.wait_for_bot_message(user, contains="⚠️")
            assert "12" in warning["text"]
            await citizens.send_text(user, typed)
            continue
        assert run.current_question is not None
        question = dialogue.question(run.current_question)
        await answer_current(citizens, user, question, language)
    await citizens.wait_until_idle()
    finished = [r for r in await runs.of_citizen(db, user) if r.status == "finished"]
    assert finished and (await runs.answers(db, finished[-1].id))["uren"] == 2.5
    thanks = "zijn opgeslagen" if language == "nl" else "are saved"
    summary = next(m for m in await citizens.bot_messages(user) if thanks in m["text"])
    assert f"<i>{shown}</i>" in summary["text"]


async def test_a_finished_dialogue_offers_its_next_step(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 5012
    await consent(citizens, user)
    await walk(citizens, db, user, "statenspel-jongeren", "nl")
    summary = await citizens.wait_for_bot_message(user, contains="zijn opgeslagen", since=0)
    steps = [label for row in summary["buttons"] for label in row]
    assert steps == ["💬 Nog een gesprek", "💡 Stuur een idee", "📅 Agenda"]
    await citizens.press(user, "💬 Nog een gesprek", message_id=summary["message_id"])
    listing = await citizens.wait_for_bot_message(user, contains="welk gesprek")
    assert "Klaar voor het Statenspel? (klaar ✔️)" in [b for row in listing["buttons"] for b in row]
    # The summary stays as it was: a record of the answers.
    again = next(
        m for m in await citizens.bot_messages(user) if m["message_id"] == summary["message_id"]
    )
    assert again["text"] == summary["text"]

    # After the quoting question, its "Klaar" message offers the next step.
    await walk(citizens, db, user, "goed-bestuur", "nl")
    quoting = await citizens.wait_for_bot_message(user, contains="verhalenreeks")
    await citizens.press(user, "Klaar ✔️", message_id=quoting["message_id"])
    await citizens.wait_until_idle()
    done = next(
        m for m in await citizens.bot_messages(user) if m["message_id"] == quoting["message_id"]
    )
    assert [label for row in done["buttons"] for label in row] == [
        "💬 Nog een gesprek",
        "💡 Stuur een idee",
        "📅 Agenda",
    ]
