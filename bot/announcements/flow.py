"""/bericht: staff send an announcement to the citizens who asked for news (/instellingen).

Staff only, and the news switch needs consent: declared in :mod:`bot.handlers.announcements`.
The text is stored as a draft, shown back for a check, and on "send" queued in the outbox
once per recipient (dedupe key ``announcement:<id>:<citizen>``), so a second press or a
replayed update sends nothing twice.
"""

from __future__ import annotations

from bot.announcements import screens, store
from bot.messaging import outbox
from bot.messaging.reply import Outcome, Reply
from bot.people import language
from bot.people.visitor import Visitor
from bot.services import Services
from bot.settings import screens as preferences
from bot.storage import audit, citizens

AWAITING = "announcement"
MIN_LENGTH = 5
MAX_LENGTH = 3000


async def ask(services: Services, visitor: Visitor) -> list[Reply]:
    await citizens.set_awaiting(services.db, visitor.user_id, AWAITING)
    return [screens.ask(visitor.t, len(await store.audience(services.db)))]


def telegram_length(text: str) -> int:
    """Length as Telegram counts it (UTF-16 units: an emoji often counts as two)."""
    return len(text.encode("utf-16-le")) // 2


async def on_text(services: Services, visitor: Visitor, _argument: str, text: str) -> list[Reply]:
    t = visitor.t
    text = text.strip()
    length = telegram_length(text)
    if not MIN_LENGTH <= length <= MAX_LENGTH:
        return [screens.wrong_length(t, MIN_LENGTH, MAX_LENGTH, length)]
    await citizens.set_awaiting(services.db, visitor.user_id, None)
    draft = await store.draft(services.db, text, visitor.user_id, visitor.update_id)
    return [screens.preview(t, draft, len(await store.audience(services.db)))]


async def decide(services: Services, visitor: Visitor, announcement_id: int, send: bool) -> Outcome:
    """Send the previewed announcement, or not."""
    t = visitor.t
    draft = await store.get(services.db, announcement_id)
    if draft is None:
        return Outcome()
    if draft.sent_at is not None:  # a second tap: the message keeps saying how many got it
        return Outcome(notice=screens.already_sent(t))
    if not send:
        return Outcome([screens.not_sent(t)])
    recipients = await store.audience(services.db)
    for user_id in recipients:
        citizen = await citizens.get(services.db, user_id)
        reader = language.of_citizen(services.catalogs, citizen)
        message = screens.news(reader, draft.text)
        await outbox.queue(services.db, user_id, message, f"announcement:{draft.id}:{user_id}")
    if await store.mark_sent(services.db, draft.id, len(recipients)):
        await audit.record(
            services.db, visitor.user_id, "announcement", f"{draft.id} to {len(recipients)}"
        )
    return Outcome([screens.sent(t, len(recipients))])


async def set_news(services: Services, visitor: Visitor, wanted: bool) -> Outcome:
    """The citizen's own choice in /instellingen (explicit on/off, so a replay changes
    nothing): the settings shown again in place, and a short notice on the button."""
    t = visitor.t
    await store.set_wanted(services.db, visitor.user_id, wanted)
    citizen = await citizens.get(services.db, visitor.user_id)
    assert citizen is not None
    settings = preferences.preferences(t, citizen, services.settings.timezone, replace=True)
    return Outcome([settings], screens.news_switched(t, wanted))
