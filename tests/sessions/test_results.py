"""What a facilitator sees of a session, through the domain: only runs started through the
session and answers given while it was open, written answers scrubbed and paged, the
minimum-answers rule, the closing summary (chat and PDF), and closing that closes."""

from __future__ import annotations

import io

import pypdf

from bot.answering import flow
from bot.answering import store as runs
from bot.messaging.actions import Action
from bot.messaging.reply import Reply
from bot.services import Services
from bot.sessions import facilitator as facilitating
from bot.sessions import participants, store
from bot.sessions.actions import CloseSession, RefreshResults, Results, SummaryPdf
from bot.sessions.store import Push, Session
from tests.sessions.conftest import MakeVisitor
from tests.sessions.helpers import (
    button_action,
    give_answers,
    join_all,
    open_session,
    push_dialogue,
    push_prompt,
    run_of,
    session_button,
    start_through,
)

STATENSPEL = "statenspel-jongeren"
TEXT_QUESTION = "goed-bestuur"  # "What does good governance mean to you?", question 1


def labels(reply: Reply) -> list[str]:
    return [b.label for row in reply.buttons for b in row]


async def results(services: Services, visitor: MakeVisitor, session: Session) -> Reply:
    (reply,) = await facilitating.stand(services, await visitor(session.facilitator_id), session.id)
    return reply


async def press(
    services: Services, visitor: MakeVisitor, session: Session, pressed: Action
) -> tuple[list[Reply], str | None]:
    boss = await visitor(session.facilitator_id)
    return await session_button(services, boss, pressed)


async def answered_through(
    services: Services,
    visitor: MakeVisitor,
    push: Push,
    user: int,
    answers: dict[str, object],
    *,
    finished: bool = True,
) -> int:
    """The participant presses Start under the conversation and gives these answers."""
    started = await start_through(services, visitor, user, push)
    assert any("Question 1 of" in r.text for r in started), [r.text for r in started]
    return await give_answers(services, user, STATENSPEL, answers, finished=finished)


async def test_only_runs_started_through_the_session_count(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session = await open_session(services, visitor)
    await join_all(services, visitor, session, [601, 602, 603, 604, 605])
    # Before the push, 603 did the conversation on their own; 777 is not in the session.
    await run_of(services, 603, STATENSPEL, {"onderwerp": "ov"}, finished=True, update_id=10)
    await visitor(777)
    push = await push_dialogue(services, visitor, session, STATENSPEL)
    await run_of(services, 777, STATENSPEL, {"onderwerp": "ov"}, finished=True, update_id=40)
    # 605 is in the session but does the conversation through its d_ link, on their own.
    await flow.start(services, await visitor(605), STATENSPEL)
    await give_answers(services, 605, STATENSPEL, {"onderwerp": "ov"}, finished=True)

    for user in (601, 602, 604):
        await answered_through(
            services, visitor, push, user, {"onderwerp": "natuur", "gehoord": 4}, finished=False
        )
    await give_answers(services, 601, STATENSPEL, {}, finished=True)

    reply = await results(services, visitor, session)
    assert "5 participants" in reply.text
    assert "1. 💬 “Ready for the Statenspel?”: 3 started, 1 finished" in reply.text
    assert "Choose a question" in reply.text and "without names" in reply.text
    assert labels(reply) == [
        "1.5 Imagine you are a Statenlid.… · 3",
        "1.6 Do politicians listen well to… · 3",
        "🔄 Refresh",
        "⬅️ Back",
    ]
    replies, _ = await press(services, visitor, session, button_action(reply, labels(reply)[0]))
    (view,) = replies
    assert "Nature: <b>3</b> (100%)" in view.text and "Buses and trains: <b>0</b>" in view.text
    assert view.photo is not None and view.photo.startswith(b"\x89PNG")  # its own chart
    assert labels(view) == ["Question 1.6 ➡️", "📊 All questions"]


async def test_written_answers_scrubbed_newest_first_in_pages(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session = await open_session(services, visitor)
    users = list(range(701, 708))
    await join_all(services, visitor, session, users)
    push = await push_dialogue(services, visitor, session, STATENSPEL)
    for number, user in enumerate(users, start=1):
        text = f"Answer number {number}: they listen, says Anna, call 06-12345678"
        await answered_through(services, visitor, push, user, {TEXT_QUESTION: text})
        await services.db.execute(  # one answer a minute, so "newest first" is clear
            "UPDATE answers SET answered_at = ? WHERE question_id = ? AND value LIKE ?",
            (f"2999-11-26T10:0{number}:00+00:00", TEXT_QUESTION, f"%number {number}:%"),
        )

    reply = await results(services, visitor, session)
    question = next(label for label in labels(reply) if label.startswith("1.1 "))
    (first,), _ = await press(services, visitor, session, button_action(reply, question))
    assert "7 answers, newest first · page 1 of 2" in first.text
    shown = [n for n in range(1, 8) if f"Answer number {n}:" in first.text]
    assert shown == [3, 4, 5, 6, 7]
    assert first.text.index("number 7:") < first.text.index("number 6:")
    assert "Anna" not in first.text and "06-12345678" not in first.text
    assert "says [name], call [phone]" in first.text
    assert first.photo is None and not first.replace
    (second,), _ = await press(services, visitor, session, button_action(first, "Older ➡️"))
    assert second.replace  # paging changes the message in place
    assert "page 2 of 2" in second.text
    assert [n for n in range(1, 8) if f"Answer number {n}:" in second.text] == [1, 2]
    assert "⬅️ Newer" in labels(second) and "Older ➡️" not in labels(second)
    (back,), _ = await press(services, visitor, session, button_action(second, "⬅️ Newer"))
    assert back.replace and "page 1 of 2" in back.text


async def test_fewer_answers_than_the_minimum_show_nothing_but_the_count(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session = await open_session(services, visitor)
    await join_all(services, visitor, session, [801, 802, 803])
    prompt = await push_prompt(services, visitor, session, "Wat zou jij veranderen?")
    for user, text in ((801, "Meer bussen"), (802, "Fietspaden")):
        await participants.answer(services, await visitor(user), str(prompt.id), text)
    reply = await results(services, visitor, session)
    assert "1. ✍️ “Wat zou jij veranderen?”: 2 answers" in reply.text
    assert "once at least 3 people answered it" in reply.text
    (view,), _ = await press(services, visitor, session, button_action(reply, labels(reply)[0]))
    assert "2 answers so far: too few to show" in view.text
    assert "Meer bussen" not in view.text and "Fietspaden" not in view.text

    await participants.answer(services, await visitor(803), str(prompt.id), "Meer natuur")
    (view,), _ = await press(services, visitor, session, button_action(reply, labels(reply)[0]))
    assert "“Meer natuur”" in view.text and "“Meer bussen”" in view.text


async def test_an_own_unfinished_run_taken_on_counts_from_then_on(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session = await open_session(services, visitor)
    await join_all(services, visitor, session, [811, 812, 813])
    await flow.start(services, await visitor(811), STATENSPEL)  # on their own, before
    await give_answers(services, 811, STATENSPEL, {"provincie-kennis": "nee"}, finished=False)
    await services.db.execute(
        "UPDATE answers SET answered_at = '2026-01-01T00:00:00+00:00' WHERE question_id = ?",
        ("provincie-kennis",),
    )
    push = await push_dialogue(services, visitor, session, STATENSPEL)
    resumed = await start_through(services, visitor, 811, push)
    assert any("Question" in r.text for r in resumed)
    await give_answers(services, 811, STATENSPEL, {"onderwerp": "wonen"}, finished=True)
    found = await store.dialogue_answers(services.db, push.id)
    assert [a.question_id for a in found] == ["onderwerp"]  # not the answer from before

    # Finished in the session: Start again gives no second run in it.
    again = await start_through(services, visitor, 811, push)
    assert "already finished this conversation in the session" in again[0].text
    assert len(await runs.of_citizen(services.db, 811)) == 1


async def _closed_session_with_answers(
    services: Services, visitor: MakeVisitor
) -> tuple[Session, Push, list[Reply]]:
    session = await open_session(services, visitor, "Tweeëntwintig ĳverige leerlingen")
    await join_all(services, visitor, session, [901, 902, 903, 904])
    push = await push_dialogue(services, visitor, session, STATENSPEL)
    for user, words in ((901, "Eerlijk zijn, zegt Anna"), (902, "Luisteren"), (903, "Naïef?")):
        await answered_through(
            services, visitor, push, user, {"provincie-kennis": "beetje", TEXT_QUESTION: words}
        )
    await start_through(services, visitor, 904, push)  # 904 stops at question 1
    prompt = await push_prompt(services, visitor, session, "Wat vond je van vandaag?")
    for user in (901, 902, 903):
        await participants.answer(services, await visitor(user), str(prompt.id), f"Leuk ({user})")
    boss = await visitor(session.facilitator_id)
    summary, _ = await session_button(services, boss, CloseSession(session.id))
    return session, push, summary


async def test_the_closing_summary_in_the_chat_and_as_a_pdf(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    _session, _, summary = await _closed_session_with_answers(services, visitor)
    header, *questions, pdf = summary
    assert header.replace and "is closed" in header.text
    assert "only answers given while it was open" in header.text
    assert "1. 💬 “Ready for the Statenspel?”: 4 started, 3 finished" in header.text
    assert "2. ✍️ “Wat vond je van vandaag?”: 3 answers" in header.text
    assert "📄 Summary as PDF" in labels(header) and "🔄 Refresh" not in labels(header)
    texts = [q.text for q in questions]
    assert len(questions) == 3  # 1.1 (written), 1.4 (closed, with chart) and 2 (written)
    assert "“Eerlijk zijn, zegt [name]”" in texts[0] and "Anna" not in texts[0]
    assert questions[1].photo is not None and "A little: <b>3</b> (100%)" in texts[1]
    assert "“Leuk (903)”" in texts[2]

    assert pdf.document is not None and pdf.document.filename.endswith(".pdf")
    assert pdf.document.filename.startswith("sessie-tweeëntwintig-ĳverige-leerlingen-")
    reader = pypdf.PdfReader(io.BytesIO(pdf.document.content))
    text = " ".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert "Tweeëntwintig ĳverige leerlingen" in flat  # Dutch letters come out as typed
    assert "\ufffd" not in flat  # (a letter the font lacked would be "�")
    assert "“Naïef?”" in flat and "Eerlijk zijn, zegt [name]" in flat and "Anna" not in flat
    assert "4 started, 3 finished" in flat and "Leuk (901)" in flat
    assert "A little: 3 (100%)" in flat
    assert len(reader.pages[0].images) >= 1  # the chart of question 1.4


async def test_a_closed_session_shows_its_summary_only(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session, _push, _ = await _closed_session_with_answers(services, visitor)
    # After closing, a participant does the same conversation on their own (d_ link).
    await flow.start(services, await visitor(902), STATENSPEL, again=True)
    await give_answers(
        services, 902, STATENSPEL, {TEXT_QUESTION: "Later, op eigen houtje"}, finished=True
    )
    for pressed in (RefreshResults(session.id), Results(session.id)):
        (reply,), _ = await press(services, visitor, session, pressed)
        assert "is closed" in reply.text and "Results so far" not in reply.text
        assert "4 started, 3 finished" in reply.text
    question = next(label for label in labels(reply) if label.startswith("1.1 "))
    assert question.endswith("· 3")
    (view,), _ = await press(services, visitor, session, button_action(reply, question))
    assert "summary (closed)" in view.text and "op eigen houtje" not in view.text
    (pdf,), _ = await press(services, visitor, session, SummaryPdf(session.id))
    assert pdf.document is not None
    content = " ".join(
        page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf.document.content)).pages
    )
    assert "eigen houtje" not in content


async def test_closing_closes_the_sessions_conversation(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session, push, _ = await _closed_session_with_answers(services, visitor)
    late = await visitor(904)  # in the middle of the conversation when it closed
    run = await runs.active(services.db, 904)
    assert run is not None
    before = await runs.answers(services.db, run.id)

    refused = await flow.on_press(services, late, run.id, 0, "c", "1")
    assert "has ended, so we did not save this answer" in refused.replies[0].text
    assert await runs.answers(services.db, run.id) == before
    # Ended by the closing, also in the same second, it does not count as finished.
    await services.db.execute(
        "UPDATE sessions SET closed_at = (SELECT finished_at FROM dialogue_runs WHERE id = ?)",
        (run.id,),
    )
    (summary,), _ = await press(services, visitor, session, Results(session.id))
    assert "4 started, 3 finished" in summary.text
    again = await flow.on_press(services, await visitor(904), run.id, 0, "c", "1")
    assert again.notice == "The session has ended: this answer was not saved." and not again.replies
    assert await flow.on_text(services, await visitor(904), "Nog iets") is None  # run ended

    # The Start button of the session after closing: said so, nothing started for it.
    pressed = await start_through(services, visitor, 903, push)
    assert "has ended, so answers to “Ready for the Statenspel?” are no longer saved" in (
        pressed[0].text
    )
    # Going on with it privately starts afresh, and is not the session's.
    fresh = await flow.start(services, await visitor(904), STATENSPEL, again=True)
    assert any("Question 1 of" in r.text for r in fresh)
    new_run = await runs.active(services.db, 904)
    assert new_run is not None and await store.run_link(services.db, new_run.id) is None


async def test_a_typed_answer_after_closing_is_refused_and_the_run_ends(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session = await open_session(services, visitor)
    await join_all(services, visitor, session, [921])
    push = await push_dialogue(services, visitor, session, STATENSPEL)
    await start_through(services, visitor, 921, push)
    run = await runs.active(services.db, 921)
    assert run is not None
    await give_answers(
        services, 921, STATENSPEL, {"provincie-kennis": "goed", "onderwerp": "ov"}, finished=False
    )
    await services.db.execute(
        "UPDATE dialogue_runs SET current_question = ? WHERE id = ?", (TEXT_QUESTION, run.id)
    )
    await facilitating.close(services, await visitor(session.facilitator_id), session.id)

    replies = await flow.on_text(services, await visitor(921), "Als ze eerlijk zijn")
    assert replies is not None
    assert "has ended, so we did not save this answer to “Ready for the Statenspel?”" in (
        replies[0].text
    )
    assert labels(replies[0]) == ["▶️ Start on my own"]
    assert TEXT_QUESTION not in await runs.answers(services.db, run.id)
    ended = await runs.get(services.db, run.id)
    assert ended is not None and ended.status == "finished"


async def test_going_back_to_a_paused_run_of_a_closed_session(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session = await open_session(services, visitor)
    await join_all(services, visitor, session, [941])
    push = await push_dialogue(services, visitor, session, STATENSPEL)
    await start_through(services, visitor, 941, push)
    paused = await flow.pause(services, await visitor(941))
    assert "paused" in paused[0].text.lower() or paused
    await facilitating.close(services, await visitor(session.facilitator_id), session.id)

    back = await flow.start(services, await visitor(941), STATENSPEL)  # /gesprek, the list
    assert back[0].text.startswith("You started “Ready for the Statenspel?” in the session")
    assert "which has ended, so we no longer save answers to it" in back[0].text
    assert labels(back[0]) == ["▶️ Start on my own"]
    fresh = await flow.start(services, await visitor(941), STATENSPEL, again=True)
    assert any("Question 1 of" in r.text for r in fresh)
    (first, second) = await runs.of_citizen(services.db, 941)
    assert first.status == "finished" and await store.run_link(services.db, second.id) is None


async def test_prompt_answers_after_closing_are_refused(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session = await open_session(services, visitor)
    await join_all(services, visitor, session, [931])
    prompt = await push_prompt(services, visitor, session, "Nog vragen?")
    await facilitating.close(services, await visitor(session.facilitator_id), session.id)
    refused = await participants.answer(services, await visitor(931), str(prompt.id), "Ja")
    assert refused[0].text == "The session “Klas 3B” has ended, so we did not save your answer."
    assert await store.prompt_answers(services.db, prompt.id) == []
    button = await participants.ready_to_answer(services, await visitor(931), prompt.id)
    assert "has ended" in button[0].text
