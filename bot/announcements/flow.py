"""/bericht: staff send an announcement to the citizens who asked for news (/instellingen).

Staff only, and the news switch needs consent: declared in :mod:`bot.handlers.announcements`.
The text is stored as a draft, shown back for a check, and on "send" queued in the outbox
once per recipient (dedupe key ``announcement:<id>:<citizen>``) as one broadcast, so a second
press or a replayed update sends nothing twice; the staff member sees its progress and a final
count (reached, blocked the bot, failed).
"""

from __future__ import annotations

from bot.announcements import screens, store
from bot.messaging import broadcasts
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
    """Send the previewed announcement, or not. Sending queues it for every recipient as one
    broadcast; the preview becomes its progress, and its final count follows
    (:mod:`bot.messaging.broadcasts`)."""
    t, db = visitor.t, services.db
    draft = await store.get(db, announcement_id)
    if draft is None:
        return Outcome()
    source = f"announcement:{draft.id}"
    if draft.sent_at is not None:  # a second tap: the message keeps showing how it goes
        unseen = await broadcasts.progress_unseen(db, t, source)
        return Outcome([unseen] if unseen else [], screens.already_sent(t))
    if not send:
        return Outcome([screens.not_sent(t)])
    broadcast_id = await broadcasts.begin(
        db, source, broadcasts.ANNOUNCEMENT, visitor.user_id, t.locale
    )
    recipients = await store.audience(db)
    for user_id in recipients:
        citizen = await citizens.get(db, user_id)
        reader = language.of_citizen(services.catalogs, citizen)
        message = screens.news(reader, draft.text)
        await broadcasts.add(db, broadcast_id, user_id, message, f"{source}:{user_id}")
    broadcast = await broadcasts.queued(db, broadcast_id)
    if await store.mark_sent(db, draft.id, len(recipients)):
        await audit.record(db, visitor.user_id, "announcement", f"{draft.id} to {len(recipients)}")
    return Outcome([broadcasts.progress(db, t, broadcast, replace=True)])


async def set_news(services: Services, visitor: Visitor, wanted: bool) -> Outcome:
    """The citizen's own choice in /instellingen (explicit on/off, so a replay changes
    nothing): the settings shown again in place, and a short notice on the button."""
    t = visitor.t
    await store.set_wanted(services.db, visitor.user_id, wanted)
    citizen = await citizens.get(services.db, visitor.user_id)
    assert citizen is not None
    settings = preferences.preferences(t, citizen, services.settings.timezone, replace=True)
    return Outcome([settings], screens.news_switched(t, wanted))
