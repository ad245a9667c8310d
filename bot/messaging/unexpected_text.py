"""A typed message that no dialogue or feature is waiting for: point the citizen to what they
were probably doing (an idea that still needs a theme, a facilitator's question they have not
answered, a conversation they paused), else say it was not understood."""

from __future__ import annotations

from bot.answering import store as runs
from bot.ideas import screens as idea_screens
from bot.ideas import store as idea_store
from bot.messaging.reply import Reply
from bot.people.visitor import Visitor
from bot.screens import notices
from bot.services import Services
from bot.sessions import screens as session_screens
from bot.sessions import store as session_store


async def reply_to(services: Services, visitor: Visitor) -> list[Reply]:
    t = visitor.t
    draft = await idea_store.draft(services.db, visitor.user_id)
    if draft is not None and draft.theme is None:
        return [idea_screens.choose_theme_first(t), idea_screens.theme_question(t, draft.text)]
    prompt = await session_store.unanswered_prompt(services.db, visitor.user_id)
    if prompt is not None:
        return [session_screens.answer_hint(t, prompt)]
    paused = [
        r for r in await runs.of_citizen(services.db, visitor.user_id) if r.status == "paused"
    ]
    if paused:
        newest = max(paused, key=lambda run: run.updated_at)
        return [notices.paused_conversation(t, newest.dialogue_id)]
    return [notices.not_understood(t)]
