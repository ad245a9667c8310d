"""The ideas flow, without Telegram: write and send, moderate, browse and support."""

from __future__ import annotations

from bot import application
from bot.ideas import flow as ideas
from bot.ideas import screens, store
from bot.ideas.actions import Browse, ModerationStep, Support, View
from bot.ideas.screens import THEMES
from bot.messaging.actions import Action
from bot.messaging.reply import Reply
from bot.privacy import withdrawal_store as withdrawal
from bot.services import Services
from bot.storage import audit, citizens
from tests.ideas.conftest import MakeVisitor

STAFF = 9000
CONSENT_NEEDED = "first need your consent"


def labels(reply: Reply) -> list[str]:
    return [button.label for row in reply.buttons for button in row]


def actions(reply: Reply) -> list[Action | None]:
    return [button.action for row in reply.buttons for button in row]


async def _send(services: Services, visitor: MakeVisitor, user: int, text: str) -> int:
    """A citizen sends an idea the whole way; returns its id."""
    await ideas.ask(services, await visitor(user))
    await ideas.on_text(services, await visitor(user), "", text)
    await ideas.choose_theme(services, await visitor(user), 2)
    outcome = await ideas.send(services, await visitor(user))
    assert outcome.replies, outcome
    rows = await services.db.fetch_all(
        "SELECT id FROM ideas WHERE author_id = ? ORDER BY id DESC", (user,)
    )
    return int(rows[0]["id"])


async def _published(services: Services, visitor: MakeVisitor, user: int, text: str) -> int:
    idea_id = await _send(services, visitor, user, text)
    await ideas.moderate(
        services, await visitor(STAFF, consent=False), idea_id, ModerationStep.APPROVE
    )
    return idea_id


async def test_writing_needs_consent(services: Services, visitor: MakeVisitor) -> None:
    """Checked where every step's needs are (bot/application.py), as the bot runs it."""
    stranger = await visitor(1, consent=False)
    (reply,) = (await application.run_command(services, stranger, "idee")).replies
    assert CONSENT_NEEDED in reply.text
    citizen = await citizens.get(services.db, 1)
    assert citizen is not None and citizen.awaiting is None
    await citizens.set_awaiting(services.db, 1, ideas.AWAITING)  # asked before withdrawing
    (reply,) = await application.typed(
        services, await visitor(1, consent=False), "A long enough idea text"
    )
    assert CONSENT_NEEDED in reply.text
    assert await store.draft(services.db, 1) is None


async def test_write_check_choose_theme_and_send(services: Services, visitor: MakeVisitor) -> None:
    db = services.db
    (question,) = await ideas.ask(services, await visitor(1))
    assert "Type your idea" in question.text
    citizen = await citizens.get(db, 1)
    assert citizen is not None and citizen.awaiting == ideas.AWAITING

    short, again = await ideas.on_text(services, await visitor(1), "", "  too short ")
    assert "too short" in short.text and "at least 10" in short.text
    assert "Type your idea" in again.text
    long, _ = await ideas.on_text(services, await visitor(1), "", "x" * 1001)
    assert "too long (1001 characters)" in long.text

    (themes,) = await ideas.on_text(services, await visitor(1), "", "Free <b>buses</b> at night")
    assert "Free &lt;b&gt;buses&lt;/b&gt; at night" in themes.text
    assert "Nature and climate" in labels(themes) and len(labels(themes)) == len(screens.THEMES)
    citizen = await citizens.get(db, 1)
    assert citizen is not None and citizen.awaiting is None

    chosen = await ideas.choose_theme(services, await visitor(1), 3)
    (preview,) = chosen.replies
    assert preview.replace and "Theme: Traffic and transport" in preview.text
    assert labels(preview) == ["📨 Send", "✏️ Change", "✖️ Cancel"]

    sending = await visitor(1)
    sent = await ideas.send(services, sending)
    assert "look at it first" in sent.replies[0].text
    repeated = await ideas.send(services, sending)  # the same update, processed again
    assert repeated.replies and repeated.notice is None
    pressed_again = await ideas.send(services, await visitor(1))  # a second tap
    assert not pressed_again.replies and pressed_again.notice
    rows = await db.fetch_all("SELECT text, theme, status FROM ideas")
    assert [tuple(r) for r in rows] == [("Free <b>buses</b> at night", "verkeer", "pending")]


async def test_old_buttons_send_only_what_the_preview_showed(
    services: Services, visitor: MakeVisitor
) -> None:
    await ideas.ask(services, await visitor(1))
    await ideas.on_text(services, await visitor(1), "", "Trains every half hour to Hardenberg")
    await ideas.choose_theme(services, await visitor(1), 0)
    await ideas.change(services, await visitor(1))
    await ideas.on_text(services, await visitor(1), "", "Trains and buses every half hour")
    # The old preview's Send: the new text has no theme yet, so nothing is sent.
    stale = await ideas.send(services, await visitor(1))
    assert not stale.replies and stale.notice
    assert await services.db.fetch_all("SELECT * FROM ideas") == []

    await ideas.choose_theme(services, await visitor(1), 0)
    await ideas.change(services, await visitor(1))
    sent = await ideas.send(services, await visitor(1))  # Send right after Change
    assert "look at it first" in sent.replies[0].text
    citizen = await citizens.get(services.db, 1)
    assert citizen is not None and citizen.awaiting is None  # no longer waiting for a text
    # And an old Cancel does not claim that the sent idea was not sent.
    cancelled = await ideas.cancel(services, await visitor(1))
    assert not cancelled.replies and cancelled.notice
    rows = await services.db.fetch_all("SELECT text, theme FROM ideas")
    assert [tuple(r) for r in rows] == [("Trains and buses every half hour", THEMES[0][0])]


async def test_change_and_cancel(services: Services, visitor: MakeVisitor) -> None:
    await ideas.ask(services, await visitor(1))
    await ideas.on_text(services, await visitor(1), "", "My first version of the idea")
    changing = await ideas.change(services, await visitor(1))
    assert "My first version" in changing.replies[0].text
    citizen = await citizens.get(services.db, 1)
    assert citizen is not None and citizen.awaiting == ideas.AWAITING
    cancelled = await ideas.cancel(services, await visitor(1))
    assert "not sent" in cancelled.replies[0].text
    citizen = await citizens.get(services.db, 1)
    assert citizen is not None and citizen.awaiting is None
    assert await store.draft(services.db, 1) is None
    assert (await ideas.choose_theme(services, await visitor(1), 0)).notice  # stale now
    assert (await ideas.choose_theme(services, await visitor(1), 99)).notice


async def test_ideas_put_off_with_later_come_after_the_rest(
    services: Services, visitor: MakeVisitor
) -> None:
    staff = await visitor(STAFF, consent=False)
    first = await _send(services, visitor, 1, "Plant more trees in Enschede")
    second = await _send(services, visitor, 2, "A youth council for every town")
    third = await _send(services, visitor, 3, "Bus stops with shelters in Losser")
    later = await ideas.moderate(services, staff, first, ModerationStep.LATER)
    assert "youth council" in later.replies[0].text
    done = await ideas.moderate(
        services, await visitor(STAFF, consent=False), second, ModerationStep.APPROVE
    )
    assert "Bus stops" in done.replies[1].text  # not the one put off
    last = await ideas.moderate(
        services, await visitor(STAFF, consent=False), third, ModerationStep.APPROVE
    )
    assert "No more ideas after this one" in last.replies[1].text
    assert not last.replies[1].replace  # the decision stays readable above it
    (again,) = await ideas.moderation(services, await visitor(STAFF, consent=False))
    assert "Plant more trees" in again.text


async def test_moderation_publishes_and_tells_the_author_once(
    services: Services, visitor: MakeVisitor
) -> None:
    db = services.db
    staff = await visitor(STAFF, consent=False)
    (empty,) = await ideas.moderation(services, staff)
    assert "Nothing to review" in empty.text

    first = await _send(services, visitor, 1, "Plant more trees in Enschede")
    second = await _send(services, visitor, 2, "A youth council for every town")
    (card,) = await ideas.moderation(services, staff)
    assert "Plant more trees" in card.text and "2 ideas waiting" in card.text
    assert labels(card) == ["✅ Publish", "❌ Don't publish", "⏭ Later"]

    later = await ideas.moderate(services, staff, first, ModerationStep.LATER)
    assert "youth council" in later.replies[0].text and later.replies[0].replace
    end = await ideas.moderate(services, staff, second, ModerationStep.LATER)
    assert "No more ideas after this one" in end.replies[0].text

    decision = await visitor(STAFF, consent=False)
    done = await ideas.moderate(services, decision, first, ModerationStep.APPROVE)
    assert "is published" in done.replies[0].text
    assert "youth council" in done.replies[1].text  # the next one to review
    await ideas.moderate(services, decision, first, ModerationStep.APPROVE)  # processed again
    other = await visitor(9001, consent=False)
    late = await ideas.moderate(services, other, first, ModerationStep.APPROVE)
    assert late.notice == "Someone already decided about this idea."

    idea = await store.get(db, first)
    assert idea is not None and idea.status == "approved" and idea.decided_by == STAFF
    logged = [e for e in await audit.entries(db) if str(e["action"]).startswith("idea_")]
    assert logged == [
        {
            "at": logged[0]["at"],
            "actor_id": STAFF,
            "action": "idea_approved",
            "detail": f"idea {first}",
        }
    ]
    queued = await db.fetch_all("SELECT chat_id, reply, dedupe_key FROM outbox")
    assert [(r["chat_id"], r["dedupe_key"]) for r in queued] == [(1, f"idea-decision:{first}")]
    assert "Your idea is published" in queued[0]["reply"]
    assert f"https://t.me/bot?start=i_{first}" in queued[0]["reply"]


async def test_rejection_asks_a_reason_and_the_author_reads_it(
    services: Services, visitor: MakeVisitor
) -> None:
    db = services.db
    staff = await visitor(STAFF, consent=False)
    idea_id = await _send(services, visitor, 1, "Call Jan de Vries at 06 12345678")
    asked = await ideas.moderate(services, staff, idea_id, ModerationStep.ASK_REASON)
    (question,) = asked.replies
    assert labels(question) == [
        "Personal details",
        "Hurtful",
        "Not an idea",
        "Duplicate",
        "⬅️ Back",
    ]
    back = await ideas.moderate(services, staff, idea_id, ModerationStep.BACK)
    assert "Jan de Vries" in back.replies[0].text and back.replies[0].replace
    assert (await ideas.reject(services, staff, idea_id, 7)).notice  # no such reason
    done = await ideas.reject(services, staff, idea_id, 0)
    assert "not published (Personal details)" in done.replies[0].text
    assert "Nothing to review" in done.replies[1].text

    idea = await store.get(db, idea_id)
    assert idea is not None and idea.status == "rejected" and idea.reason == "personal"
    actions_logged = [e["action"] for e in await audit.entries(db, STAFF)]
    assert actions_logged == ["idea_rejected"]
    queued = await db.fetch_all("SELECT reply FROM outbox WHERE chat_id = 1")
    assert len(queued) == 1 and "personal details" in queued[0]["reply"]
    (mine,) = await ideas.mine(services, await visitor(1))
    assert "not published: It contains personal details" in mine.text


async def test_the_author_is_told_in_their_own_language(
    services: Services, visitor: MakeVisitor
) -> None:
    idea_id = await _send(services, visitor, 1, "Meer bankjes langs de Vecht")
    await citizens.set_language(services.db, 1, "nl")
    await ideas.moderate(
        services, await visitor(STAFF, consent=False), idea_id, ModerationStep.APPROVE
    )
    row = await services.db.fetch_one("SELECT reply FROM outbox WHERE chat_id = 1")
    assert row is not None
    nl = services.catalogs.get("nl").gettext("🎉 <b>Your idea is published!</b>")
    assert nl in row["reply"]


async def test_browse_support_and_counts(services: Services, visitor: MakeVisitor) -> None:
    (empty,) = await ideas.browse(services, await visitor(3), View())
    assert "no published ideas yet" in empty.text
    older = await _published(services, visitor, 1, "More cycle paths to school")
    newer = await _published(services, visitor, 2, "A festival in every village")
    await _send(services, visitor, 4, "Still waiting for the staff")

    services.me.username = "doetmeebot"
    (card,) = await ideas.browse(services, await visitor(3), View())
    assert "Idea 1 of 2" in card.text and "festival" in card.text
    assert f"https://t.me/doetmeebot?start=i_{newer}" in card.text
    assert Support(newer, True, View("new", 0)) in actions(card)
    assert Browse(View("new", 1)) in actions(card)
    assert "👍 Support (0)" in labels(card)

    supported = await ideas.support(services, await visitor(3), older, True, View("new", 1))
    assert supported.notice == "Thank you for your support!"
    (updated,) = supported.replies
    assert updated.replace and "✅ You support this (1)" in labels(updated)
    assert "1 person supports this idea" in updated.text
    again = await ideas.support(services, await visitor(3), older, True, View("new", 1))
    assert "✅ You support this (1)" in labels(again.replies[0])
    await ideas.support(services, await visitor(2), older, True, View("new", 0))
    (top,) = await ideas.browse(services, await visitor(3), View("support", 0))
    assert "cycle paths" in top.text and "2 people support this idea" in top.text
    assert "↕️ Newest first" in labels(top)

    withdrawn = await ideas.support(services, await visitor(3), older, False, View("new", 1))
    assert withdrawn.notice == "You no longer support this idea."
    assert "👍 Support (1)" in labels(withdrawn.replies[0])

    own = await ideas.support(services, await visitor(1), older, True, View())
    assert own.notice == "This is your own idea." and not own.replies
    (own_card,) = await ideas.browse(services, await visitor(1), View("new", 5))
    assert "Idea 2 of 2" in own_card.text and "your own idea" in own_card.text
    assert not any(isinstance(action, Support) for action in actions(own_card))

    outsider = await visitor(5, consent=False)
    support = Support(older, True, View())
    refused = await application.press(services, outsider, support)
    assert CONSENT_NEEDED in refused.replies[0].text
    assert await store.supported_by(services.db, 5) == []


async def test_withdrawn_consent_erases_ideas_and_support(
    services: Services, visitor: MakeVisitor
) -> None:
    idea_id = await _published(services, visitor, 1, "Solar panels on every school")
    await ideas.support(services, await visitor(2), idea_id, True, View())
    await withdrawal.withdraw(services.db, 2)
    (card,) = await ideas.browse(services, await visitor(3), View())
    assert "0 people support this idea" in card.text
    await withdrawal.withdraw(services.db, 1)
    (empty,) = await ideas.browse(services, await visitor(3), View())
    assert "no published ideas yet" in empty.text
    (gone,) = await ideas.open_link(services, await visitor(3), str(idea_id))
    assert "cannot be seen" in gone.text
    (mine,) = await ideas.mine(services, await visitor(1, consent=False))
    assert "Solar panels" not in mine.text  # withdrawing erased it
    assert await store.get(services.db, idea_id) is None


async def test_deep_link_opens_one_idea(services: Services, visitor: MakeVisitor) -> None:
    published = await _published(services, visitor, 1, "Free swimming lessons for kids")
    waiting = await _send(services, visitor, 1, "Longer opening hours of libraries")
    (card,) = await ideas.open_link(services, await visitor(2), str(published))
    assert "Free swimming lessons" in card.text and "Idea 1 of" not in card.text
    assert Support(published, True, View(None)) in actions(card)
    assert "💡 More ideas" in labels(card)
    for argument in (str(waiting), "999", "abc"):
        (reply,) = await ideas.open_link(services, await visitor(2), argument)
        assert "cannot be seen" in reply.text, argument
    (own,) = await ideas.open_link(services, await visitor(1), str(waiting))
    assert "Status: ⏳ waiting for review" in own.text


async def test_own_data_lists_ideas_support_and_draft(
    services: Services, visitor: MakeVisitor
) -> None:
    theirs = await _published(services, visitor, 2, "Clean up the Regge river banks")
    mine = await _send(services, visitor, 1, "Benches at the bus stops")
    await ideas.support(services, await visitor(1), theirs, True, View())
    await ideas.on_text(services, await visitor(1), "", "A draft I did not send yet")
    data = await ideas.own_data(services.db, 1)
    assert [(i["id"], i["status"], i["text"]) for i in data["ideas"]] == [
        (mine, "pending", "Benches at the bus stops")
    ]
    assert data["supported_ideas"] == [theirs]
    assert data["idea_draft"] == {"text": "A draft I did not send yet", "theme": None}
    assert await ideas.own_data(services.db, 42) == {
        "ideas": [],
        "supported_ideas": [],
        "idea_draft": None,
    }
