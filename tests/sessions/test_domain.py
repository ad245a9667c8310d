"""Sessions, directly through the domain: create, join, push, answer, results, close."""

from __future__ import annotations

import io

import segno
from PIL import Image

from bot.messaging.actions import Action
from bot.messaging.reply import Reply
from bot.privacy import withdrawal_store as withdrawal
from bot.services import Services
from bot.sessions import codes as session_codes
from bot.sessions import facilitator as facilitating
from bot.sessions import participants, store
from bot.sessions.actions import (
    AnswerPrompt,
    AskQuestion,
    ChooseDialogueToSend,
    OpenSession,
    Results,
    SendDialogue,
    StartPushed,
    UseDefaultName,
)
from bot.storage import citizens
from tests.sessions.conftest import BOT, MakeVisitor
from tests.sessions.helpers import code, join_all, open_session, outbox, session_button

STATENSPEL = "statenspel-jongeren"


def buttons(reply: Reply) -> list[tuple[str, Action | None]]:
    return [(b.label, b.action) for row in reply.buttons for b in row]


def test_codes_are_short_and_unambiguous() -> None:
    key = b"k" * 32
    codes = {session_codes.code_of(key, session_codes.new_salt()) for _ in range(300)}
    assert len(codes) > 290
    for made in codes:
        assert len(made) == 6
        assert not set(made) & set("0O1I")
        assert set(made) <= set(session_codes.ALPHABET)
    salt = session_codes.new_salt()
    assert session_codes.code_of(key, salt) == session_codes.code_of(key, salt)
    assert session_codes.code_of(key, salt) != session_codes.code_of(b"x" * 32, salt)
    for typed in (
        " abc234 ",
        "ABC 234",
        "abc-234",
        "s_abc234",
        "https://t.me/b_bot?start=s_ABC234",
    ):
        assert session_codes.normalise(typed) == "ABC234", typed
    for not_a_code in ("abc23", "abc2345", "ab0234", "hallo daar", "", "s_abc"):
        assert session_codes.normalise(not_a_code) is None, not_a_code


def test_qr_code_holds_the_link() -> None:
    link = session_codes.join_link(BOT, "ABC234")
    assert link == "https://t.me/doetmee_test_bot?start=s_ABC234"
    png = session_codes.qr_png(link)
    # Every module of the link's QR code is in the picture: dark where the code is dark.
    matrix = segno.make(link, error="m").matrix
    image = Image.open(io.BytesIO(png)).convert("L")
    assert image.size == ((len(matrix) + 8) * 10,) * 2
    for row, line in enumerate(matrix):
        for column, dark in enumerate(line):
            pixel = image.getpixel(((column + 4) * 10 + 5, (row + 4) * 10 + 5))
            assert (pixel < 128) == bool(dark), (row, column)
    other = session_codes.qr_png(session_codes.join_link(BOT, "ABC235"))
    assert other != png


async def test_new_session_shows_code_link_and_qr(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    asked = await facilitating.ask_name(services, await visitor(facilitator))
    assert "New session" in asked[0].text
    assert (await citizens.get(services.db, facilitator)).awaiting == "sessionname"  # type: ignore[union-attr]
    (default_button,) = buttons(asked[0])
    assert default_button[0].startswith("Use “Statenspel ")

    replies = await facilitating.named(services, await visitor(facilitator), "", "  Klas   3B ")
    (session,) = await store.open_of(services.db, facilitator)
    assert session.name == "Klas 3B"
    link = session_codes.join_link(BOT, code(services, session))  # learnt at start-up
    assert link in replies[0].text
    assert replies[0].photo == session_codes.qr_png(link)
    assert (await citizens.get(services.db, facilitator)).awaiting is None  # type: ignore[union-attr]


async def test_default_name_and_a_repeated_update_makes_one_session(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    await facilitating.ask_name(services, await visitor(facilitator))
    first = await session_button(
        services, await visitor(facilitator, update_id=50), UseDefaultName()
    )
    again = await session_button(
        services, await visitor(facilitator, update_id=50), UseDefaultName()
    )
    (session,) = await store.open_of(services.db, facilitator)
    assert session.name.startswith("Statenspel ")
    assert first[0][0].photo == again[0][0].photo
    assert f"?start=s_{code(services, session)}" in first[0][0].text


async def test_a_name_that_is_too_long_is_refused(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    replies = await facilitating.named(services, await visitor(facilitator), "", "x" * 61)
    assert "at most 60" in replies[0].text
    assert await store.open_of(services.db, facilitator) == []


async def test_joining_needs_consent_and_twice_is_harmless(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session = await open_session(services, visitor)
    stranger = await visitor(301, consent=False)
    shown = code(services, session)
    refused = await participants.join(services, stranger, shown)
    assert "consent" in refused[0].text
    assert (await citizens.get(services.db, 301)).pending_start == f"s_{shown}"  # type: ignore[union-attr]
    assert await store.participant_count(services.db, session.id) == 0

    joined = await participants.join(services, await visitor(302), shown.lower())
    assert "You joined the session “Klas 3B”" in joined[0].text
    again = await participants.join(services, await visitor(302), shown)
    assert "already in" in again[0].text
    assert await store.participant_count(services.db, session.id) == 1

    unknown = await participants.join(services, await visitor(303), "ZZZZZZ")
    assert "don't know this session code" in unknown[0].text


async def test_pushing_a_dialogue_queues_one_message_per_participant(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session = await open_session(services, visitor)
    await join_all(services, visitor, session, [401, 402, 403])
    await participants.join(services, await visitor(404, language="nl"), code(services, session))
    await withdrawal.withdraw(services.db, 403)

    chosen = await session_button(
        services, await visitor(facilitator), ChooseDialogueToSend(session.id)
    )
    pushes = [a for _, a in buttons(chosen[0][0]) if isinstance(a, SendDialogue)]
    args = next(a for a in pushes if a.dialogue_id == STATENSPEL)
    boss = await visitor(facilitator, update_id=77)
    replies, notice = await session_button(services, boss, args)
    assert notice is None
    assert "Sending to 3 participants" in replies[0].text

    queued = await outbox(services)
    assert [chat for chat, _, _ in queued] == [401, 402, 404]
    assert [key for _, key, _ in queued] == [
        f"session:{session.id}:push:1:{user}" for user in (401, 402, 404)
    ]
    english = queued[0][2]
    (push,) = await store.pushes(services.db, session.id)
    assert buttons(english) == [("▶️ Start", StartPushed(push.id))]
    assert "Ready for the Statenspel?" in english.text
    assert "Klaar voor het Statenspel?" in queued[2][2].text

    # The same update again (after a crash), and a double tap on the same button.
    await session_button(services, await visitor(facilitator, update_id=77), args)
    _, stale = await session_button(services, await visitor(facilitator), args)
    assert stale == "This was sent already."
    assert len(await outbox(services)) == 3
    assert len(await store.pushes(services.db, session.id)) == 1


async def test_a_prompt_is_answered_once_by_each_participant(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session = await open_session(services, visitor)
    await join_all(services, visitor, session, [501, 502])
    asked = await session_button(services, await visitor(facilitator), AskQuestion(session.id))
    assert "Type the question" in asked[0][0].text
    boss = await visitor(facilitator)
    assert boss.citizen.awaiting == f"sessionprompt:{session.id}"

    sent = await facilitating.prompt_typed(
        services, boss, str(session.id), "Wat zou jij als eerste veranderen?"
    )
    assert "Sending to 2 participants" in sent[0].text
    (push,) = await store.pushes(services.db, session.id)
    assert (await citizens.get(services.db, facilitator)).awaiting is None  # type: ignore[union-attr]
    for user in (501, 502):
        assert (await citizens.get(services.db, user)).awaiting == f"session:{push.id}"  # type: ignore[union-attr]
    queued = await outbox(services)
    assert len(queued) == 2
    assert "Wat zou jij als eerste veranderen?" in queued[0][2].text
    assert buttons(queued[0][2]) == [("✍️ Answer", AnswerPrompt(push.id))]

    # The facilitator's typed prompt processed a second time pushes nothing new.
    await facilitating.prompt_typed(services, boss, str(session.id), "Wat zou jij als eerste?")
    assert len(await store.pushes(services.db, session.id)) == 1
    assert len(await outbox(services)) == 2

    saved = await participants.answer(services, await visitor(501), str(push.id), "Meer fietspaden")
    assert saved[0].text == "Thank you! Your answer is saved."
    assert (await citizens.get(services.db, 501)).awaiting is None  # type: ignore[union-attr]
    twice = await participants.answer(services, await visitor(501), str(push.id), "Iets anders")
    assert "already answered" in twice[0].text
    assert await store.answer_count(services.db, push.id) == 1
    (stored,) = await store.prompt_answers(services.db, push.id)
    assert stored.text == "Meer fietspaden"

    long_answer = await participants.answer(services, await visitor(502), str(push.id), "x" * 1001)
    assert "too long" in long_answer[0].text
    assert (await citizens.get(services.db, 502)).awaiting == f"session:{push.id}"  # type: ignore[union-attr]

    # A late joiner gets the latest prompt and may answer it.
    late = await participants.join(services, await visitor(503), code(services, session))
    assert "Wat zou jij als eerste veranderen?" in late[1].text
    await participants.answer(services, await visitor(503), str(push.id), "Bus vaker")
    assert await store.answer_count(services.db, push.id) == 2


async def test_the_answer_button_waits_for_the_next_message(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session = await open_session(services, visitor)
    await join_all(services, visitor, session, [511])
    await facilitating.prompt_typed(services, await visitor(facilitator), str(session.id), "Vraag?")
    (push,) = await store.pushes(services.db, session.id)
    await citizens.set_awaiting(services.db, 511, None)  # e.g. a command in between
    ready = await participants.ready_to_answer(services, await visitor(511), push.id)
    assert ready[0].text == "Type your answer and send it."
    assert (await citizens.get(services.db, 511)).awaiting == f"session:{push.id}"  # type: ignore[union-attr]
    outsider = await participants.ready_to_answer(services, await visitor(512), push.id)
    assert "not in this session" in outsider[0].text


async def test_only_the_own_facilitator_or_staff_manage_a_session(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session = await open_session(services, visitor)
    other = await visitor(710)
    replies = await facilitating.stand(services, other, session.id)  # the domain's own check
    assert "can't find this session" in replies[0].text
    staff = await visitor(9000)
    replies, _ = await session_button(services, staff, OpenSession(session.id))
    assert "Klas 3B" in replies[0].text
    # Through the bot, someone who is no facilitator gets the refusal before that.
    refused, _ = await session_button(services, other, Results(session.id))
    assert "only facilitators" in refused[0].text
    # Someone without the role whose awaiting still says so creates nothing.
    assert await facilitating.named(services, other, "", "Mijn sessie") == []


async def test_overview_lists_open_sessions(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session = await open_session(services, visitor)
    (reply,) = await facilitating.overview(services, await visitor(facilitator))
    labels = [b[0] for b in buttons(reply)]
    assert labels == ["➕ New session", f"📋 Klas 3B ({code(services, session)})"]


async def test_own_data_and_erasure(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session = await open_session(services, visitor)
    await join_all(services, visitor, session, [901, 902])
    await facilitating.prompt_typed(services, await visitor(facilitator), str(session.id), "Wat?")
    (push,) = await store.pushes(services.db, session.id)
    await participants.answer(services, await visitor(901), str(push.id), "Mijn antwoord")
    mine = await participants.own_data(services.db, 901)
    assert mine["joined"][0]["session"] == "Klas 3B"
    assert mine["joined"][0]["prompt_answers"] == [
        {
            "prompt": "Wat?",
            "answer": "Mijn antwoord",
            "at": mine["joined"][0]["prompt_answers"][0]["at"],
        }
    ]
    led = await participants.own_data(services.db, facilitator)
    assert led["led"][0]["session"] == "Klas 3B" and "code" not in led["led"][0]

    await citizens.erase(services.db, 901, "M-TEST")
    assert await participants.own_data(services.db, 901) == {"joined": [], "led": []}
    left = await services.db.fetch_all("SELECT user_id FROM session_participants")
    assert [r["user_id"] for r in left] == [902]
    assert await store.answer_count(services.db, push.id) == 0
    assert await services.db.fetch_all("SELECT * FROM session_prompt_answers") == []

    await citizens.erase(services.db, facilitator, "M-TEST")
    kept = await store.get(services.db, session.id)
    assert kept is not None and kept.facilitator_id is None
