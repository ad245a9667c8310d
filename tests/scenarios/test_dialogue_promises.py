"""An answer that asks for something gets it at once; "Niets" goes alone (issue 16).

Through the real bot and the Bot API stand-in: "Ja, graag" to the Jongerenraad is followed by
what it is and where to find out; "Horen wat er met je mening gebeurt" by what we do with the
answers and the offer of news in /instellingen (which really switches it on); "alleen op de
hoogte blijven" by how to stay informed. Ticking "Niets" after two obstacles keeps only "Niets".
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import store as runs
from bot.sandbox.client import StandInClient
from bot.storage import citizens as citizen_store
from bot.storage.database import Database
from tests.scenarios.conftest import BotUnderTest, consent
from tests.scenarios.test_dialogues import LABELS, SHIPPED, answer_current


async def walk_to(
    citizens: StandInClient,
    db: Database,
    user: int,
    dialogue_id: str,
    question_id: str,
    language: str = "nl",
) -> dict[str, Any]:
    """Start ``dialogue_id`` and answer it (first options) until ``question_id`` is asked;
    returns the message that shows it."""
    await citizens.send_text(user, f"/start d_{dialogue_id}")
    await citizens.wait_for_bot_message(user, count=2)
    dialogue = SHIPPED.current(dialogue_id)
    assert dialogue is not None
    for _ in range(len(dialogue.questions)):
        await citizens.wait_until_idle()
        run = await runs.active(db, user)
        assert run is not None and run.current_question is not None
        if run.current_question == question_id:
            shown = next(
                m for m in await citizens.bot_messages(user) if m["message_id"] == run.message_id
            )
            return shown
        await answer_current(citizens, user, dialogue.question(run.current_question), language)
    raise AssertionError(f"{question_id} was never asked")


def labels(message: dict[str, Any]) -> list[str]:
    return [label for row in message.get("buttons", []) for label in row]


async def current(citizens: StandInClient, user: int, message_id: int) -> dict[str, Any]:
    return next(m for m in await citizens.bot_messages(user) if m["message_id"] == message_id)


@pytest.mark.parametrize(
    ("language", "yes", "where"),
    [
        ("nl", "Ja, graag", "Vraag het aan de gespreksleider van het Statenspel"),
        ("en", "Yes, please", "Ask the person leading the Statenspel"),
    ],
)
async def test_yes_to_the_jongerenraad_tells_what_it_is_and_where_to_find_out(
    bot: BotUnderTest,
    citizens: StandInClient,
    db: Database,
    language: str,
    yes: str,
    where: str,
) -> None:
    user = 7001 if language == "nl" else 7002
    await consent(citizens, user, language)
    question = await walk_to(citizens, db, user, "statenspel-jongeren", "jongerenraad", language)
    await citizens.press(user, yes, message_id=question["message_id"])
    await citizens.wait_until_idle()
    told = await current(citizens, user, question["message_id"])
    assert "Jongerenraad" in told["text"] and where in told["text"]
    assert "overijssel.nl" in told["text"]  # where to find out, no made-up address
    assert labels(told)[0] == LABELS[language]["next"]
    await citizens.press(user, LABELS[language]["next"], message_id=question["message_id"])
    await citizens.wait_until_idle()
    finished = (await runs.of_citizen(db, user))[-1]
    assert finished.status == "finished"
    assert (await runs.answers(db, finished.id))["jongerenraad"] == "ja"


async def test_no_to_the_jongerenraad_ends_without_it(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 7003
    await consent(citizens, user)
    question = await walk_to(citizens, db, user, "statenspel-jongeren", "jongerenraad")
    await citizens.press(user, "Nee, nu niet", message_id=question["message_id"])
    await citizens.wait_for_bot_message(user, contains="Bedankt")
    assert not any("overijssel.nl" in m["text"] for m in await citizens.bot_messages(user))


async def test_wanting_to_hear_what_happens_is_answered_and_news_can_be_switched_on(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 7004
    await consent(citizens, user)
    multi = await walk_to(citizens, db, user, "goed-bestuur", "van-elkaar")
    here = multi["message_id"]
    for label in ("Horen wat er met je mening gebeurt", "Klaar ✔️"):
        await citizens.press(user, label, message_id=here)
        await citizens.wait_until_idle()
    told = await current(citizens, user, here)
    assert "Dit doen we met je antwoorden" in told["text"]
    assert "onze verhalen over goed bestuur, als jij dat goedvindt" in told["text"]
    assert "Zet het aan in /instellingen" in told["text"]
    run = await runs.active(db, user)
    assert run is not None and run.current_question == "wat-we-doen"
    assert (await runs.answers(db, run.id))["van-elkaar"] == ("terugkoppeling",)

    # What it offers is there: /instellingen switches news on.
    citizen = await citizen_store.get(db, user)
    assert citizen is not None and not citizen.wants_announcements
    await citizens.send_text(user, "/instellingen")
    settings = await citizens.wait_for_bot_message(user, contains="Nieuws van het programma: uit")
    await citizens.press(user, "📣 Af en toe nieuws krijgen", message_id=settings["message_id"])
    await citizens.wait_for_bot_message(user, contains="Nieuws van het programma: aan")
    citizen = await citizen_store.get(db, user)
    assert citizen is not None and citizen.wants_announcements

    # The dialogue goes on where it was.
    await citizens.press(user, "Verder ➡️", message_id=here)
    await citizens.wait_until_idle()
    assert "Hoeveel vertrouwen" in (await current(citizens, user, here))["text"]


async def test_only_wanting_to_stay_informed_is_told_how(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 7005
    await consent(citizens, user, "en")
    question = await walk_to(citizens, db, user, "meedoen-provincie", "moment", "en")
    await citizens.press(user, "I only want to stay informed", message_id=question["message_id"])
    await citizens.wait_until_idle()
    told = await current(citizens, user, question["message_id"])
    assert "Switch on news in /instellingen" in told["text"] and "/agenda" in told["text"]
    await citizens.press(user, "Next ➡️", message_id=question["message_id"])
    await citizens.wait_until_idle()
    assert "have your say" in (await current(citizens, user, question["message_id"]))["text"]


async def test_nothing_after_two_obstacles_keeps_only_nothing(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 7006
    await consent(citizens, user)
    question = await walk_to(citizens, db, user, "meedoen-provincie", "drempels")
    here = question["message_id"]
    for label in ("Ik heb er weinig tijd voor", "Bijeenkomsten zijn te ver weg"):
        await citizens.press(user, label, message_id=here)
        await citizens.wait_until_idle()
    ticked = [b for b in labels(await current(citizens, user, here)) if b.startswith("✓ ")]
    assert ticked == ["✓ Ik heb er weinig tijd voor", "✓ Bijeenkomsten zijn te ver weg"]

    await citizens.press(user, "Niets, ik doe graag mee", message_id=here)
    await citizens.wait_until_idle()
    shown = labels(await current(citizens, user, here))
    assert [b for b in shown if b.startswith("✓ ")] == ["✓ Niets, ik doe graag mee"]
    assert "Ik heb er weinig tijd voor" in shown and "Bijeenkomsten zijn te ver weg" in shown

    await citizens.press(user, "Klaar ✔️", message_id=here)
    await citizens.wait_until_idle()
    run = await runs.active(db, user)
    assert run is not None and run.current_question == "gemeente"
    assert (await runs.answers(db, run.id))["drempels"] == ("niets",)


async def test_an_obstacle_after_nothing_unticks_nothing(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 7007
    await consent(citizens, user, "en")
    question = await walk_to(citizens, db, user, "meedoen-provincie", "drempels", "en")
    here = question["message_id"]
    for label in ("Nothing, I like taking part", "Meetings are too far away", "Done ✔️"):
        await citizens.press(user, label, message_id=here)
        await citizens.wait_until_idle()
    run = await runs.active(db, user)
    assert run is not None
    assert (await runs.answers(db, run.id))["drempels"] == ("afstand",)
