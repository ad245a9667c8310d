"""Storage of ideas: one idea per sending update, support once, consent and erasure."""

from __future__ import annotations

from bot.ideas import store
from bot.people.consent import TERMS_VERSION
from bot.privacy import withdrawal_store as withdrawal
from bot.services import Services
from bot.storage import citizens
from bot.storage.database import Database
from tests.ideas.conftest import MakeVisitor


async def _idea(db: Database, author: int, text: str, update_id: int) -> int:
    await store.save_draft(db, author, text)
    await store.set_draft_theme(db, author, "verkeer")
    idea = await store.submit(db, author, update_id)
    assert idea is not None
    return idea.id


async def test_a_draft_becomes_one_pending_idea_even_when_sent_twice(
    services: Services, visitor: MakeVisitor
) -> None:
    db = services.db
    await visitor(1)
    await store.save_draft(db, 1, "More benches along the IJssel")
    assert await store.submit(db, 1, 76) is None  # no theme chosen yet
    assert await store.set_draft_theme(db, 1, "wonen")
    first = await store.submit(db, 1, 77)
    again = await store.submit(db, 1, 77)  # the same update, processed a second time
    assert first is not None and again == first
    assert first.status == "pending" and first.theme == "wonen"
    assert await store.draft(db, 1) is None
    assert await store.submit(db, 1, 78) is None  # a new press without a draft: nothing
    rows = await db.fetch_all("SELECT id FROM ideas")
    assert len(rows) == 1


async def test_a_new_text_forgets_the_theme(services: Services, visitor: MakeVisitor) -> None:
    await visitor(1)
    await store.save_draft(services.db, 1, "First text of the idea")
    await store.set_draft_theme(services.db, 1, "natuur")
    await store.save_draft(services.db, 1, "Second text of the idea")
    draft = await store.draft(services.db, 1)
    assert draft is not None and draft.text == "Second text of the idea" and draft.theme is None
    assert not await store.set_draft_theme(services.db, 2, "natuur")


async def test_support_is_counted_once_and_can_be_withdrawn(
    services: Services, visitor: MakeVisitor
) -> None:
    db = services.db
    for user in (1, 2, 3):
        await visitor(user)
    idea_id = await _idea(db, 1, "A bus to every village", 10)
    assert await store.decide(db, idea_id, "approved", None, 9000)
    assert await store.set_support(db, idea_id, 2, True)
    assert not await store.set_support(db, idea_id, 2, True)
    assert await store.set_support(db, idea_id, 3, True)
    listed = await store.view(db, idea_id, 2, TERMS_VERSION)
    assert listed is not None and listed.supporters == 2 and listed.supported
    assert await store.set_support(db, idea_id, 2, False)
    assert not await store.set_support(db, idea_id, 2, False)
    listed = await store.view(db, idea_id, 2, TERMS_VERSION)
    assert listed is not None and listed.supporters == 1 and not listed.supported
    assert await store.supported_by(db, 3) == [idea_id]


async def test_published_order_and_what_stays_hidden(
    services: Services, visitor: MakeVisitor
) -> None:
    db = services.db
    for user in (1, 2, 3, 4):
        await visitor(user)
    older = await _idea(db, 1, "Older idea with support", 10)
    newer = await _idea(db, 2, "Newer idea without support", 11)
    waiting = await _idea(db, 3, "Still waiting for review", 12)
    refused = await _idea(db, 3, "Not published at all", 13)
    await store.decide(db, older, "approved", None, 9000)
    await store.decide(db, newer, "approved", None, 9000)
    await store.decide(db, refused, "rejected", "duplicate", 9000)
    assert not await store.decide(db, refused, "approved", None, 9000)  # decided already
    await store.set_support(db, older, 4, True)

    assert await store.published_count(db, TERMS_VERSION) == 2
    by_new = [await store.published_at(db, "new", i, 4, TERMS_VERSION) for i in range(3)]
    assert [x.idea.id if x else None for x in by_new] == [newer, older, None]
    top = await store.published_at(db, "support", 0, 4, TERMS_VERSION)
    assert top is not None and top.idea.id == older and top.supporters == 1
    pending = await store.next_pending(db, 0, TERMS_VERSION)
    assert pending is not None and pending.id == waiting
    assert await store.next_pending(db, waiting, TERMS_VERSION) is None

    # Withdrawn consent: the author's idea and the supporter's support are erased.
    await withdrawal.withdraw(db, 1)
    assert await store.published_count(db, TERMS_VERSION) == 1
    await withdrawal.withdraw(db, 4)
    assert await store.supported_by(db, 4) == []
    assert await store.get(db, older) is None
    await withdrawal.withdraw(db, 3)
    assert await store.next_pending(db, 0, TERMS_VERSION) is None
    assert await store.pending_count(db, TERMS_VERSION) == 0


async def test_erasure_removes_ideas_support_and_drafts(
    services: Services, visitor: MakeVisitor
) -> None:
    db = services.db
    for user in (1, 2):
        await visitor(user)
    mine = await _idea(db, 1, "An idea that will be erased", 10)
    theirs = await _idea(db, 2, "An idea that stays", 11)
    await store.decide(db, theirs, "approved", None, 9000)
    await store.set_support(db, theirs, 1, True)
    await store.set_support(db, mine, 2, True)
    await store.save_draft(db, 1, "A draft that will be erased")
    await store.set_draft_theme(db, 1, "verkeer")

    await citizens.erase(db, 1, "M-TEST")

    assert await store.get(db, mine) is None
    assert await store.get(db, theirs) is not None
    assert await store.supported_by(db, 1) == []
    assert await store.supported_by(db, 2) == []  # support of the erased idea went with it
    assert await store.draft(db, 1) is None
    for table in ("ideas", "idea_support", "idea_drafts"):
        rows = await db.fetch_all(
            f"SELECT COUNT(*) AS n FROM {table} WHERE "
            + ("author_id" if table == "ideas" else "user_id")
            + " = 1"
        )
        assert rows[0]["n"] == 0, table
