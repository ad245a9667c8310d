"""Ideas through the real bot: send one, staff moderate it, others browse and support it."""

from __future__ import annotations

import json

from bot.ideas import store
from bot.privacy import withdrawal_store as withdrawal
from bot.sandbox.client import Pressed, StandInClient
from bot.storage import audit
from bot.storage import citizens as citizen_store
from bot.storage.database import Database, open_database
from tests.scenarios.conftest import BotUnderTest, consent

STAFF = 9000
BOT = "doetmee_test_bot"


async def send_idea(citizens: StandInClient, user: int, text: str) -> None:
    """A consenting citizen sends ``text`` as an idea (theme: Nature and climate)."""
    await citizens.send_text(user, "/idee")
    await citizens.wait_for_bot_message(user, contains="Type your idea")
    await citizens.send_text(user, text)
    await citizens.wait_for_bot_message(user, contains="Which theme")
    await citizens.press(user, "Nature and climate")
    await citizens.wait_for_bot_message(user, contains="Do you want to send it?")
    await citizens.press(user, "📨 Send")
    await citizens.wait_for_bot_message(user, contains="look at it first")


async def preview_of(citizens: StandInClient, user: int, text: str, theme: str) -> dict:
    """A Dutch citizen types ``text`` as an idea and picks ``theme``: the preview before
    sending."""
    await citizens.send_text(user, "/idee")
    await citizens.wait_for_bot_message(user, contains="Typ je idee")
    await citizens.send_text(user, text)
    await citizens.wait_for_bot_message(user, contains="thema")
    await citizens.press(user, theme)
    return await citizens.wait_for_bot_message(user, contains="Wil je het insturen?")


async def published(db: Database, author: int, text: str) -> int:
    """An approved idea of ``author`` (who gave consent), straight into the database."""
    await store.save_draft(db, author, text)
    await store.set_draft_theme(db, author, "verkeer")
    idea = await store.submit(db, author, -author)
    assert idea is not None
    assert await store.decide(db, idea.id, "approved", None, STAFF)
    return idea.id


async def open_moderation(citizens: StandInClient) -> dict:
    await citizens.send_text(STAFF, "/moderatie", language_code="en")
    return await citizens.wait_for_bot_message(STAFF, contains="To review")


async def test_a_citizen_sends_an_idea_after_a_too_short_one(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 6101
    await consent(citizens, user, "en")
    await citizens.send_text(user, "/idee")
    await citizens.wait_for_bot_message(user, contains="Type your idea")
    await citizens.send_text(user, "Bus")
    warning = await citizens.wait_for_bot_message(user, contains="too short")
    assert "at least 10 characters" in warning["text"]
    await citizens.wait_for_bot_message(user, contains="Type your idea")
    assert await store.draft(db, user) is None

    await citizens.send_text(user, "A night bus from Zwolle to the villages")
    await citizens.wait_for_bot_message(user, contains="Which theme")
    # Typing instead of choosing a theme: a pointer to the buttons, shown again.
    await citizens.send_text(user, "Traffic")
    await citizens.wait_for_bot_message(user, contains="First choose its theme")
    themes = await citizens.wait_for_bot_message(user, contains="Which theme")
    assert "Traffic and transport" in [b for row in themes["buttons"] for b in row]
    await citizens.press(user, "Traffic and transport", message_id=themes["message_id"])
    preview = await citizens.wait_for_bot_message(user, contains="Do you want to send it?")
    assert preview["message_id"] == themes["message_id"]  # the same message, edited
    assert "Theme: Traffic and transport" in preview["text"]
    send = next(
        b["callback_data"]
        for row in preview["reply_markup"]["inline_keyboard"]
        for b in row
        if b["text"] == "📨 Send"
    )
    await citizens.press(user, "📨 Send")
    thanks = await citizens.wait_for_bot_message(user, contains="look at it first")
    # A second tap on Send (the old button) sends nothing more.
    again = await citizens.forge_callback(user, thanks["message_id"], send)
    await citizens.wait_until_idle()
    notice = await citizens.callback_answer(again.callback_query_id or "")
    assert "no longer works" in (notice.get("text") or "")
    rows = await db.fetch_all("SELECT author_id, text, theme, status FROM ideas")
    assert [tuple(r) for r in rows] == [
        (user, "A night bus from Zwolle to the villages", "verkeer", "pending")
    ]
    citizen = await citizen_store.get(db, user)
    assert citizen is not None and citizen.awaiting is None

    # The author sees the status of their idea.
    await citizens.press(user, "📝 My ideas")
    mine = await citizens.wait_for_bot_message(user, contains="Your ideas")
    assert "waiting for review" in mine["text"]


async def test_without_consent_no_idea_and_no_support(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await consent(citizens, 6111, "en")
    idea_id = await published(db, 6111, "Solar panels on the provincial house")
    user = 6112
    await citizens.send_text(user, "/idee", language_code="en")
    refusal = await citizens.wait_for_bot_message(user, contains="consent")
    assert "first need your consent" in refusal["text"]
    await citizens.send_text(user, "/ideeen")
    card = await citizens.wait_for_bot_message(user, contains="Solar panels")
    await citizens.press(user, "👍 Support (0)", message_id=card["message_id"])
    await citizens.wait_for_bot_message(user, contains="first need your consent")
    assert await store.supported_by(db, user) == []
    assert await store.draft(db, user) is None
    listed = await store.view(db, idea_id, user, 1)
    assert listed is not None and listed.supporters == 0


async def test_moderation_publishes_and_the_author_is_told_once(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    author = 6121
    await consent(citizens, author, "en")
    await send_idea(citizens, author, "More trees along the Vecht near Ommen")

    card = await open_moderation(citizens)
    assert "More trees along the Vecht" in card["text"] and "1 idea waiting" in card["text"]
    publish = next(
        b["callback_data"]
        for row in card["reply_markup"]["inline_keyboard"]
        for b in row
        if b["text"] == "✅ Publish"
    )
    await citizens.press(STAFF, "✅ Publish", message_id=card["message_id"])
    await citizens.wait_for_bot_message(STAFF, contains="is published")
    await citizens.wait_for_bot_message(STAFF, contains="Nothing to review")
    # The same button once more (a double tap): nothing is decided or sent again.
    await citizens.forge_callback(STAFF, card["message_id"], publish)
    await citizens.wait_until_idle()

    told = await citizens.wait_for_bot_message(
        author, contains="Your idea is published", since=0, timeout=10
    )
    assert f"https://t.me/{BOT}?start=i_" in told["text"]
    await citizens.wait_until_idle(quiet=1.5)  # the outbox sends about once a second
    notices = [
        m for m in await citizens.bot_messages(author) if "published" in (m.get("text") or "")
    ]
    assert len(notices) == 1
    (idea,) = await store.of_author(db, author, 1)
    assert idea.idea.status == "approved" and idea.idea.decided_by == STAFF
    logged = [(e["action"], e["detail"]) for e in await audit.entries(db, STAFF)]
    assert logged == [("idea_approved", f"idea {idea.idea.id}")]


async def test_moderation_rejects_with_a_reason(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    author = 6131
    await consent(citizens, author, "en")
    await send_idea(citizens, author, "Same as the idea about cycle paths")

    await open_moderation(citizens)
    await citizens.press(STAFF, "❌ Don't publish")
    reasons = await citizens.wait_for_bot_message(STAFF, contains="Why not publish")
    assert [row[0] for row in reasons["buttons"]] == [
        "Personal details",
        "Hurtful",
        "Not an idea",
        "Duplicate",
        "⬅️ Back",
    ]
    await citizens.press(STAFF, "Duplicate")
    await citizens.wait_for_bot_message(STAFF, contains="is not published (Duplicate)")

    told = await citizens.wait_for_bot_message(
        author, contains="not published", since=0, timeout=10
    )
    assert "The same idea was already sent." in told["text"]
    rows = await db.fetch_all("SELECT status, reason FROM ideas WHERE author_id = ?", (author,))
    assert [tuple(r) for r in rows] == [("rejected", "duplicate")]
    assert [e["action"] for e in await audit.entries(db, STAFF)] == ["idea_rejected"]
    (idea,) = await store.of_author(db, author, 1)
    queued = await db.fetch_all("SELECT dedupe_key FROM outbox WHERE chat_id = ?", (author,))
    assert [r["dedupe_key"] for r in queued] == [f"idea-decision:{idea.idea.id}"]


async def test_moderation_is_refused_to_citizens(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 6141
    await consent(citizens, user, "en")
    await citizens.send_text(user, "/moderatie")
    refusal = await citizens.wait_for_bot_message(user)
    assert "only staff" in refusal["text"]
    assert [(e["action"], e["detail"]) for e in await audit.entries(db, user)] == [
        ("refused", "moderatie")
    ]


async def test_browse_page_and_support(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    for author in (6151, 6152):
        await consent(citizens, author, "en")
    older = await published(db, 6151, "A swimming pool in every town")
    newer = await published(db, 6152, "Free bikes for students in Deventer")
    user = 6153
    await consent(citizens, user, "en")

    await citizens.send_text(user, "/ideeen")
    first = await citizens.wait_for_bot_message(user, contains="Idea 1 of 2")
    assert "Free bikes" in first["text"]
    assert f"https://t.me/{BOT}?start=i_{newer}" in first["text"]
    await citizens.press(user, "Next idea ➡️")
    second = await citizens.wait_for_bot_message(user, contains="Idea 2 of 2")
    assert second["message_id"] == first["message_id"] and "swimming pool" in second["text"]

    support = next(
        b["callback_data"]
        for row in second["reply_markup"]["inline_keyboard"]
        for b in row
        if b["text"] == "👍 Support (0)"
    )
    await citizens.press(user, "👍 Support (0)")
    supported = await citizens.wait_for_bot_message(user, contains="You support this idea")
    assert "✅ You support this (1)" in [b for row in supported["buttons"] for b in row]
    # The old button again (a double tap, or the same update twice): still one supporter.
    await citizens.forge_callback(user, second["message_id"], support)
    await citizens.wait_until_idle()
    listed = await store.view(db, older, user, 1)
    assert listed is not None and listed.supporters == 1 and listed.supported

    await citizens.press(user, "↕️ Most support first")
    top = await citizens.wait_for_bot_message(user, contains="Idea 1 of 2")
    assert "swimming pool" in top["text"] and "1 person supports this idea" in top["text"]
    await citizens.press(user, "✅ You support this (1)")
    withdrawn = await citizens.wait_for_bot_message(user, contains="0 people support this idea")
    assert "👍 Support (0)" in [b for row in withdrawn["buttons"] for b in row]
    assert await store.supported_by(db, user) == []
    answers = [a.get("text") for a in await citizens.callback_answers()]
    assert "Thank you for your support!" in answers
    assert "You no longer support this idea." in answers


async def test_deep_link_opens_the_idea(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await consent(citizens, 6161, "en")
    idea_id = await published(db, 6161, "Music lessons in every primary school")
    user = 6162
    await consent(citizens, user, "en")
    await citizens.send_text(user, f"/start i_{idea_id}")
    card = await citizens.wait_for_bot_message(user, contains="Music lessons")
    assert "👍 Support (0)" in [b for row in card["buttons"] for b in row]
    await citizens.press(user, "👍 Support (0)")
    await citizens.wait_for_bot_message(user, contains="1 person supports this idea")
    for unknown in ("99999", str(2**63), "²"):  # not there, beyond SQLite, not a number
        await citizens.send_text(user, f"/start i_{unknown}")
        await citizens.wait_for_bot_message(user, contains="cannot be seen")

    # A newcomer is asked for consent first, then sees the idea.
    newcomer = 6163
    await citizens.send_text(newcomer, f"/start i_{idea_id}", language_code="en")
    await citizens.wait_for_bot_message(newcomer, contains="Welcome")
    await citizens.press(newcomer, "✅ Yes, I'll take part")
    await citizens.wait_for_bot_message(newcomer, contains="How old are you?")
    await citizens.press(newcomer, "18–25")
    await citizens.wait_for_bot_message(newcomer, contains="Music lessons")


async def test_erasure_removes_ideas_and_support(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    other = 6171
    await consent(citizens, other, "en")
    theirs = await published(db, other, "A repair café in every neighbourhood")
    user = 6172
    await consent(citizens, user, "en")
    await send_idea(citizens, user, "Longer opening hours of the libraries")
    await citizens.send_text(user, f"/start i_{theirs}")
    await citizens.wait_for_bot_message(user, contains="repair café")
    await citizens.press(user, "👍 Support (0)")
    await citizens.wait_for_bot_message(user, contains="You support this idea")
    assert await store.supported_by(db, user) == [theirs]

    await citizens.send_text(user, "/vergeetmij")
    await citizens.wait_for_bot_message(user, contains="erase")
    await citizens.press(user, "🗑 Yes, erase everything")
    await citizens.wait_for_bot_message(user, contains="erased")
    await citizens.wait_until_idle()
    assert await store.of_author(db, user, 1) == []
    assert await store.supported_by(db, user) == []
    listed = await store.view(db, theirs, other, 1)
    assert listed is not None and listed.supporters == 0


async def press_while_stopped(
    bot: BotUnderTest, citizens: StandInClient, user: int, label: str
) -> tuple[Pressed, dict]:
    """Press a button while the bot is stopped, keep the raw update, then start the bot."""
    await bot.stop()
    pressed = await citizens.press(user, label)
    (raw,) = [u for u in await citizens.pending_updates() if u["update_id"] == pressed.update_id]
    await bot.start()
    return pressed, {k: v for k, v in raw.items() if k != "delivered"}


async def test_updates_processed_again_change_nothing(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    """After a crash the same updates are processed a second time: still one idea, and the
    support is neither counted twice nor undone."""
    await consent(citizens, 6181, "en")
    theirs = await published(bot.db, 6181, "Cheaper public transport for young people")
    user = 6182
    await consent(citizens, user, "en")
    await citizens.send_text(user, "/idee")
    await citizens.wait_for_bot_message(user, contains="Type your idea")
    await citizens.send_text(user, "Vegetable gardens next to every school")
    await citizens.wait_for_bot_message(user, contains="Which theme")
    await citizens.press(user, "Young people")
    await citizens.wait_for_bot_message(user, contains="Do you want to send it?")
    sent, sent_raw = await press_while_stopped(bot, citizens, user, "📨 Send")
    await citizens.wait_for_bot_message(user, contains="look at it first")
    await citizens.send_text(user, f"/start i_{theirs}")
    await citizens.wait_for_bot_message(user, contains="Cheaper public transport")
    supported, supported_raw = await press_while_stopped(bot, citizens, user, "👍 Support (0)")
    await citizens.wait_for_bot_message(user, contains="1 person supports this idea")
    await citizens.wait_until_idle()

    await bot.stop()
    db = await open_database(bot.settings.database)
    try:
        for raw in (sent_raw, supported_raw):
            await db.execute(
                "UPDATE inbox SET payload = ?, done_at = NULL WHERE update_id = ?",
                (json.dumps(raw), raw["update_id"]),
            )
    finally:
        await db.close()
    await bot.start()
    await citizens.wait_until_idle(quiet=0.5)

    rows = await bot.db.fetch_all(
        "SELECT done_at FROM inbox WHERE update_id IN (?, ?)", (sent.update_id, supported.update_id)
    )
    assert len(rows) == 2 and all(r["done_at"] is not None for r in rows)  # processed again
    assert len(await store.of_author(bot.db, user, 1)) == 1
    listed = await store.view(bot.db, theirs, user, 1)
    assert listed is not None and listed.supporters == 1 and listed.supported


def data_of(message: dict, label: str) -> str:
    return next(
        button["callback_data"]
        for row in message["reply_markup"]["inline_keyboard"]
        for button in row
        if button["text"] == label
    )


async def test_old_idea_buttons_act_on_the_ideas_as_they_are_now(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    for author in (6161, 6162, 6163):
        await consent(citizens, author, "en")
    await published(db, 6161, "Shade trees on every school square")
    await published(db, 6162, "A ferry across the IJssel at Olst")
    await published(db, 6163, "Night buses between the villages")
    user = 6164
    await consent(citizens, user, "en")
    await citizens.send_text(user, "/ideeen")
    first = await citizens.wait_for_bot_message(user, contains="Idea 1 of 3")
    assert "newest first" in first["text"]  # the card says the order it is in
    await citizens.press(user, "Next idea ➡️", message_id=first["message_id"])
    await citizens.wait_for_bot_message(user, contains="Idea 2 of 3")
    await citizens.press(user, "Next idea ➡️", message_id=first["message_id"])
    third = await citizens.wait_for_bot_message(user, contains="Idea 3 of 3")
    old_support = data_of(third, "👍 Support (0)")
    old_previous = data_of(third, "⬅️ Previous idea")

    # The author of the idea shown withdraws consent: it is not shown any more.
    await withdrawal.withdraw(db, 6161)
    pressed = await citizens.forge_callback(user, third["message_id"], old_support)
    gone = await citizens.wait_for_bot_message(user, contains="cannot be seen")
    assert gone["message_id"] != pressed.message_id
    assert await store.view(db, 1, user, 1) is None  # withdrawing consent erased the idea

    # "Previous idea" from number 3 of a list that has 2 now: the list as it is.
    await citizens.forge_callback(user, third["message_id"], old_previous)
    await citizens.wait_until_idle()
    now = next(
        m for m in await citizens.bot_messages(user) if m["message_id"] == third["message_id"]
    )
    assert "Idea 2 of 2" in now["text"] or "Idea 1 of 2" in now["text"]
    assert "Shade trees" not in now["text"]


async def test_an_idea_without_words_is_refused_and_not_stored(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    """Only emoji, digits or punctuation: a clear sentence, no idea and no draft."""
    user = 6141
    await consent(citizens, user, "nl")
    await citizens.send_text(user, "/idee")
    await citizens.wait_for_bot_message(user, contains="Typ je idee")
    for text in ("🎉🔥👍😀🚲🌳🎉🔥👍😀🚲🌳", "1234567890 !!! ???", "… 👍 👍 👍 … 2026 !!"):
        await citizens.send_text(user, text)
        refused = await citizens.wait_for_bot_message(user, contains="geen woorden")
        assert "alleen emoji, cijfers of leestekens" in refused["text"]
        await citizens.wait_for_bot_message(user, contains="Typ je idee")
        assert await store.draft(db, user) is None
    assert await db.fetch_all("SELECT id FROM ideas") == []

    # Words with an emoji are an idea.
    await citizens.send_text(user, "Meer bomen in Deventer 🌳")
    await citizens.wait_for_bot_message(user, contains="Bij welk thema")
    draft = await store.draft(db, user)
    assert draft is not None and draft.text == "Meer bomen in Deventer 🌳"


async def test_sending_the_same_pending_idea_again_is_refused(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    """The citizen's own idea that still waits for moderation, typed again (other case and
    spacing): told it is already sent; nothing stored; the bot no longer waits for an idea."""
    user = 6142
    await consent(citizens, user, "en")
    await send_idea(citizens, user, "A night bus from Zwolle to the villages")

    await citizens.send_text(user, "/idee")
    await citizens.wait_for_bot_message(user, contains="Type your idea")
    await citizens.send_text(user, "  a NIGHT bus from zwolle\n to the   villages ")
    told = await citizens.wait_for_bot_message(user, contains="already sent this idea")
    assert "still waiting for a decision" in told["text"]
    assert "📝 My ideas" in [b for row in told["buttons"] for b in row]
    assert await store.draft(db, user) is None
    rows = await db.fetch_all("SELECT text FROM ideas WHERE author_id = ?", (user,))
    assert [r["text"] for r in rows] == ["A night bus from Zwolle to the villages"]
    citizen = await citizen_store.get(db, user)
    assert citizen is not None and citizen.awaiting is None

    # Another citizen may send the same words; and once decided, the author may send it again.
    other = 6143
    await consent(citizens, other, "en")
    await send_idea(citizens, other, "A night bus from Zwolle to the villages")
    (first,) = [
        r["id"] for r in await db.fetch_all("SELECT id FROM ideas WHERE author_id = ?", (user,))
    ]
    assert await store.decide(db, first, "rejected", "duplicate", STAFF)
    await send_idea(citizens, user, "A night bus from Zwolle to the villages")
    rows = await db.fetch_all("SELECT status FROM ideas WHERE author_id = ? ORDER BY id", (user,))
    assert [r["status"] for r in rows] == ["rejected", "pending"]


async def test_personal_details_in_an_idea_are_pointed_out_before_it_is_sent_and_published(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    """Ideas are public once published: the author is warned before sending, the moderator
    before publishing, naming what the export's rules found (the author's own name too)."""
    user = 6150
    await citizens.send_text(user, "/start", first_name="Marieke", last_name="Olthof")
    await citizens.wait_for_bot_message(user, contains="Doe je mee?")
    await citizens.press(user, "✅ Ja, ik doe mee")
    await citizens.wait_for_bot_message(user, contains="16")
    await citizens.press(user, "26–40")
    await citizens.wait_for_bot_message(user, count=2)

    own_name = await preview_of(
        citizens, user, "Een bankje bij de bushalte in Raalte, vindt ook Marieke Olthof", "Verkeer"
    )
    assert "Er staat misschien iets persoonlijks in: een naam." in own_name["text"]

    await citizens.press(user, "✏️ Aanpassen")
    await citizens.wait_for_bot_message(user, contains="Typ je idee")
    await citizens.send_text(user, "Een bankje bij de bushalte in Raalte, bel 06-12345678")
    await citizens.wait_for_bot_message(user, contains="thema")
    await citizens.press(user, "Verkeer")
    phone = await citizens.wait_for_bot_message(user, contains="Wil je het insturen?")
    assert "Er staat misschien iets persoonlijks in: een telefoonnummer." in phone["text"]
    await citizens.press(user, "📨 Insturen")
    await citizens.wait_for_bot_message(user, contains="kijken er eerst naar")

    card = await open_moderation(citizens)
    assert "⚠️ Perhaps personal details: a phone number." in card["text"]

    # An idea without personal details gets no warning, on either side.
    clean = await preview_of(
        citizens, user, "Meer bomen langs de Vecht tussen Ommen en Dalfsen", "Natuur en klimaat"
    )
    assert "persoonlijks" not in clean["text"]
    await citizens.press(user, "📨 Insturen")
    await citizens.wait_for_bot_message(user, contains="kijken er eerst naar")
    await citizens.press(STAFF, "✅ Publish")
    second = await citizens.wait_for_bot_message(STAFF, contains="Meer bomen langs de Vecht")
    assert "Perhaps personal details" not in second["text"]


async def test_a_long_number_typed_oddly_in_an_idea_is_pointed_out(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    user = 6151
    await consent(citizens, user)
    preview = await preview_of(
        citizens, user, "Een zebrapad bij de school, mijn klantnummer is 4081 7263 9", "Verkeer"
    )
    assert "Er staat misschien iets persoonlijks in: een lang getal, zoals" in preview["text"]
