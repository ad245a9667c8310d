"""Ideas: citizens send one (/idee), staff moderate them (/moderatie), everyone browses and
supports the published ones (/ideeen, the deep link ``i_<id>``).

Domain only: it reads and writes through :mod:`bot.ideas.store` and returns Replies.

Consent: sending an idea and supporting one need the citizen's consent (declared in
:mod:`bot.handlers.ideas`, checked before any step here runs). Withdrawing it erases their
ideas and support (:mod:`bot.privacy.withdrawal`); /vergeetmij erases them too
(``ON DELETE CASCADE``). Moderating is for staff, checked the same way.

An idea says something: a text without a single letter (only emoji, digits or punctuation)
is refused, and so is a text the citizen already sent and that still waits for moderation
(the same words, whatever the case or spacing); neither is stored, not even as a draft.

Repeats: a sent idea remembers the update that sent it (a second processing of that update
finds it instead of making another one), and a support button says what it wants (support or
withdraw), so pressing it again, or processing it twice, changes nothing.
"""

from __future__ import annotations

from typing import Any

from bot.ideas import screens, store
from bot.ideas.actions import ModerationStep, View
from bot.ideas.screens import REASONS, THEMES
from bot.ideas.store import Idea, IdeaStatus
from bot.messaging import outbox
from bot.messaging.dates import readable
from bot.messaging.reply import Outcome, Reply
from bot.people import language
from bot.people.consent import TERMS_VERSION, is_current
from bot.people.visitor import Visitor
from bot.screens import notices
from bot.services import Services
from bot.storage import audit, citizens
from bot.storage.database import Database, row_id

MIN_LENGTH = 10
MAX_LENGTH = 1000
AWAITING = "idea"
"""The ``citizens.awaiting`` value while we wait for the text of an idea."""


def _comparable(text: str) -> str:
    """The text as we compare ideas: the same words, any case, any spacing."""
    return " ".join(text.split()).casefold()


def _has_letters(text: str) -> bool:
    return any(character.isalpha() for character in text)


def _consents(visitor: Visitor) -> bool:
    return is_current(visitor.citizen.consent_version)


def _stale(visitor: Visitor) -> Outcome:
    return Outcome(notice=notices.stale_button(visitor.t))


def _ask(visitor: Visitor, earlier: str | None = None) -> Reply:
    return screens.ask(visitor.t, MIN_LENGTH, MAX_LENGTH, earlier)


# writing and sending an idea


async def ask(services: Services, visitor: Visitor) -> list[Reply]:
    """/idee: wait for the text of the idea."""
    await citizens.set_awaiting(services.db, visitor.user_id, AWAITING)
    return [_ask(visitor)]


async def on_text(services: Services, visitor: Visitor, argument: str, text: str) -> list[Reply]:
    """The typed idea: checked, kept as a draft, then the theme question."""
    t = visitor.t
    db = services.db
    cleaned = text.strip()
    if cleaned and not _has_letters(cleaned):
        return [screens.no_words(t), _ask(visitor)]
    if len(cleaned) < MIN_LENGTH:
        return [screens.too_short(t, MIN_LENGTH), _ask(visitor)]
    if len(cleaned) > MAX_LENGTH:
        return [screens.too_long(t, MAX_LENGTH, len(cleaned)), _ask(visitor)]
    pending = await store.pending_texts(db, visitor.user_id)
    if _comparable(cleaned) in {_comparable(earlier) for earlier in pending}:
        await citizens.set_awaiting(db, visitor.user_id, None)
        return [screens.already_sent(t)]
    await store.save_draft(db, visitor.user_id, cleaned)
    await citizens.set_awaiting(db, visitor.user_id, None)
    return [screens.theme_question(t, cleaned)]


async def choose_theme(services: Services, visitor: Visitor, index: int) -> Outcome:
    if not 0 <= index < len(THEMES):
        return _stale(visitor)
    theme = THEMES[index][0]
    if not await store.set_draft_theme(services.db, visitor.user_id, theme):
        return _stale(visitor)
    draft = await store.draft(services.db, visitor.user_id)
    if draft is None:
        return _stale(visitor)
    citizen = visitor.citizen
    personal = await services.quotes.personal_data(
        draft.text, citizen.first_name, citizen.last_name
    )
    return Outcome([screens.preview(visitor.t, draft.text, draft.theme, personal)])


async def send(services: Services, visitor: Visitor) -> Outcome:
    """Send the draft: it waits for moderation."""
    idea = await store.submit(services.db, visitor.user_id, visitor.update_id)
    if idea is None:
        return _stale(visitor)
    if visitor.citizen.awaiting == AWAITING:  # "Change" was pressed, then the old Send
        await citizens.set_awaiting(services.db, visitor.user_id, None)
    return Outcome([screens.submitted(visitor.t)])


async def change(services: Services, visitor: Visitor) -> Outcome:
    """Type the idea again (the text so far is shown to copy from)."""
    draft = await store.draft(services.db, visitor.user_id)
    if draft is None:
        return _stale(visitor)
    await citizens.set_awaiting(services.db, visitor.user_id, AWAITING)
    return Outcome([_ask(visitor, draft.text)])


async def cancel(services: Services, visitor: Visitor) -> Outcome:
    if await store.draft(services.db, visitor.user_id) is None:
        return _stale(visitor)  # sent (or cancelled) already: nothing to cancel
    await store.delete_draft(services.db, visitor.user_id)
    if visitor.citizen.awaiting == AWAITING:
        await citizens.set_awaiting(services.db, visitor.user_id, None)
    return Outcome([screens.cancelled(visitor.t)])


async def unfinished(services: Services, visitor: Visitor) -> list[Reply] | None:
    """A typed message nothing waited for, while the citizen's idea still needs its theme:
    the theme question again."""
    draft = await store.draft(services.db, visitor.user_id)
    if draft is None or draft.theme is not None:
        return None
    t = visitor.t
    return [screens.choose_theme_first(t), screens.theme_question(t, draft.text)]


# browsing and supporting


async def browse(
    services: Services,
    visitor: Visitor,
    view: View,
    *,
    replace: bool = False,
) -> list[Reply]:
    """/ideeen and its paging buttons: one published idea at a time."""
    db = services.db
    if view.sort is None:
        view = View()
    total = await store.published_count(db, TERMS_VERSION)
    if total == 0:
        return [screens.empty(visitor.t)]
    view = View(view.sort, min(max(view.offset, 0), total - 1))
    listed = await store.published_at(
        db, view.sort or "new", view.offset, visitor.user_id, TERMS_VERSION
    )
    if listed is None:
        return [screens.empty(visitor.t)]
    return [
        screens.card(
            visitor.t,
            listed,
            view,
            total=total,
            viewer=visitor.user_id,
            bot_username=services.bot_username,
            replace=replace,
        )
    ]


async def open_link(services: Services, visitor: Visitor, argument: str) -> list[Reply]:
    """The deep link ``i_<id>``: one idea (the author also sees an unpublished one)."""
    t = visitor.t
    idea_id = row_id(argument)
    if idea_id is None:
        return [screens.unavailable(t)]
    listed = await store.view(services.db, idea_id, visitor.user_id, TERMS_VERSION)
    if listed is None:
        return [screens.unavailable(t)]
    idea = listed.idea
    if idea.author_id == visitor.user_id and idea.status != "approved":
        return [screens.own_status(t, idea)]
    if idea.status != "approved" or not listed.author_consents:
        return [screens.unavailable(t)]
    return [screens.card(t, listed, View(None), viewer=visitor.user_id)]


async def support(
    services: Services,
    visitor: Visitor,
    idea_id: int,
    wanted: bool,
    view: View,
) -> Outcome:
    """Support an idea, or withdraw support; the shown card is updated in place."""
    t = visitor.t
    db = services.db
    listed = await store.view(db, idea_id, visitor.user_id, TERMS_VERSION)
    if listed is None or listed.idea.status != "approved" or not listed.author_consents:
        return Outcome([screens.unavailable(t)])
    if listed.idea.author_id == visitor.user_id:
        return Outcome(notice=screens.own_idea_notice(t))
    await store.set_support(db, idea_id, visitor.user_id, wanted)
    updated = await store.view(db, idea_id, visitor.user_id, TERMS_VERSION)
    assert updated is not None
    total = await store.published_count(db, TERMS_VERSION)
    card = screens.card(
        t,
        updated,
        view,
        total=total,
        viewer=visitor.user_id,
        bot_username=services.bot_username if view.sort is not None else None,
        replace=True,
    )
    return Outcome([card], notice=screens.support_notice(t, wanted))


async def mine(services: Services, visitor: Visitor) -> list[Reply]:
    """The citizen's own ideas with their status (also without consent: it is their data)."""
    items = await store.of_author(services.db, visitor.user_id, TERMS_VERSION)
    return [screens.mine(visitor.t, items, _consents(visitor))]


# moderation (staff; the handlers check the role)


async def _review(
    services: Services, visitor: Visitor, after_id: int = 0, *, replace: bool = False
) -> Reply:
    db = services.db
    idea = await store.next_pending(db, after_id, TERMS_VERSION)
    if idea is None and after_id and await store.pending_count(db, TERMS_VERSION):
        return screens.no_more_after(visitor.t, replace=replace)  # skipped ones are left
    if idea is None:
        return screens.nothing_to_review(visitor.t)
    waiting = await store.pending_count(db, TERMS_VERSION)
    sent_at = readable(idea.created_at, services.settings.timezone, visitor.t.locale)
    personal = await _personal_data(services, idea)
    return screens.moderation_card(visitor.t, idea, waiting, sent_at, personal, replace=replace)


async def _personal_data(services: Services, idea: Idea) -> tuple[str, ...]:
    """What the export's rules find in the idea, with its author's own name."""
    author = await citizens.get(services.db, idea.author_id)
    first, last = (author.first_name, author.last_name) if author is not None else (None, None)
    return await services.quotes.personal_data(idea.text, first, last)


async def moderation(services: Services, visitor: Visitor) -> list[Reply]:
    """/moderatie: the oldest idea waiting for a decision."""
    return [await _review(services, visitor)]


async def moderate(
    services: Services, visitor: Visitor, idea_id: int, step: ModerationStep
) -> Outcome:
    """A button on the moderation card: publish, ask the reason to reject, later, back."""
    t = visitor.t
    idea = await store.get(services.db, idea_id)
    if idea is None:
        return Outcome([await _review(services, visitor)], notice=notices.stale_button(t))
    if step == ModerationStep.APPROVE:
        return await _decide(services, visitor, idea, "approved", None)
    if step == ModerationStep.LATER:
        return Outcome([await _review(services, visitor, idea.id, replace=True)])
    if idea.status != "pending":
        return Outcome([await _review(services, visitor)], notice=screens.already_decided(t))
    if step == ModerationStep.ASK_REASON:
        return Outcome([screens.reason_question(t, idea)])
    if step == ModerationStep.BACK:
        waiting = await store.pending_count(services.db, TERMS_VERSION)
        sent_at = readable(idea.created_at, services.settings.timezone, t.locale)
        personal = await _personal_data(services, idea)
        card = screens.moderation_card(t, idea, waiting, sent_at, personal, replace=True)
        return Outcome([card])
    return _stale(visitor)


async def reject(services: Services, visitor: Visitor, idea_id: int, reason_index: int) -> Outcome:
    idea = await store.get(services.db, idea_id)
    if idea is None or not 0 <= reason_index < len(REASONS):
        return _stale(visitor)
    reason = REASONS[reason_index][0]
    return await _decide(services, visitor, idea, "rejected", reason)


async def _decide(
    services: Services,
    visitor: Visitor,
    idea: Idea,
    status: IdeaStatus,
    reason: str | None,
) -> Outcome:
    """Record the decision once, log it, tell the author once, then show the next idea."""
    db = services.db
    t = visitor.t
    changed = await store.decide(db, idea.id, status, reason, visitor.user_id)
    current = await store.get(db, idea.id)
    if current is None:
        return Outcome([await _review(services, visitor)], notice=notices.stale_button(t))
    repeated = current.status == status and current.decided_by == visitor.user_id
    if not changed and not repeated:
        return Outcome([await _review(services, visitor)], notice=screens.already_decided(t))
    if changed:
        detail = f"idea {idea.id}" + (f": {reason}" if reason else "")
        await audit.record(db, visitor.user_id, f"idea_{status}", detail)
    # A repeat (the same update processed again) queues nothing new: the key was used.
    await _tell_author(services, current)
    # The next one after this idea: ideas put off with "Later" wait until the end.
    return Outcome([screens.decided(t, current), await _review(services, visitor, idea.id)])


async def _tell_author(services: Services, idea: Idea) -> None:
    author = await citizens.get(services.db, idea.author_id)
    if author is None:
        return
    t = language.of_citizen(services.catalogs, author)
    await outbox.queue(
        services.db,
        idea.author_id,
        screens.author_notice(t, idea, services.bot_username),
        dedupe_key=f"idea-decision:{idea.id}",
    )


# the citizen's own data (/mijngegevens)


async def own_data(db: Database, user_id: int) -> dict[str, Any]:
    """Everything the ideas feature stores about a citizen, for /mijngegevens."""
    draft = await store.draft(db, user_id)
    return {
        "ideas": [
            {
                "id": listed.idea.id,
                "text": listed.idea.text,
                "theme": listed.idea.theme,
                "status": listed.idea.status,
                "reason": listed.idea.reason,
                "created_at": listed.idea.created_at,
                "decided_at": listed.idea.decided_at,
                "supporters": listed.supporters,
            }
            for listed in await store.of_author(db, user_id, TERMS_VERSION)
        ],
        "supported_ideas": await store.supported_by(db, user_id),
        "idea_draft": {"text": draft.text, "theme": draft.theme} if draft else None,
    }
