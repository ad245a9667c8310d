"""Smaller promises of the statement: published ideas show no name, refusing keeps only the
Telegram number and language, the messages go through Telegram's Bot API."""

from __future__ import annotations

from bot.answering import store as runs
from bot.config import DEFAULT_API_URL
from bot.ideas import flow as ideas
from bot.ideas import store as idea_store
from bot.ideas.actions import ModerationStep, View
from bot.onboarding import flow as onboarding
from bot.onboarding.actions import ConsentChoice
from bot.services import Services
from bot.storage import citizens
from tests.domain_services import MakeVisitor


async def test_published_ideas_show_no_name(services: Services, visitor: MakeVisitor) -> None:
    author = await visitor(11)  # Fenna Brink
    await idea_store.save_draft(
        services.db, author.user_id, "Een bankje bij elke bushalte in Ommen"
    )
    await idea_store.set_draft_theme(services.db, author.user_id, "verkeer")
    idea = await idea_store.submit(services.db, author.user_id, 3)
    assert idea is not None
    await ideas.moderate(
        services, await visitor(9000, consent=False), idea.id, ModerationStep.APPROVE
    )
    services.me.username = "doetmeebot"
    (card,) = await ideas.browse(services, await visitor(12), View())
    assert "bankje" in card.text
    for private in ("Fenna", "Brink", "11"):
        assert private not in card.text.replace("#1", "")


async def test_refusing_keeps_only_the_telegram_number_and_language(
    services: Services, visitor: MakeVisitor
) -> None:
    who = await visitor(21, consent=False)
    outcome = await onboarding.answer_consent(
        services, who, ConsentChoice.NO, onboarding.DeepLinks()
    )
    assert "Telegram" in outcome.replies[0].text
    stored = await citizens.get(services.db, 21)
    assert stored is not None
    assert (stored.first_name, stored.last_name, stored.age_band) == (None, None, None)
    assert stored.consent_version is None and stored.pending_start is None
    assert stored.telegram_language == "en"
    assert await citizens.consent_events(services.db, 21) == []
    assert await runs.of_citizen(services.db, 21) == []


def test_messages_go_through_telegrams_bot_api() -> None:
    assert DEFAULT_API_URL.startswith("https://api.telegram.org/")
