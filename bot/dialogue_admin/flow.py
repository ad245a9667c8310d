"""/dialogen: the dialogues with their status, version and runs; per dialogue its link, QR
code and file; pause, activate, archive. Every change of status is in the audit log.

Opening /dialogen reads the folder again, so a file placed there by hand shows up without a
restart; a folder with problems is shown with them, and the bot keeps what it had.
"""

from __future__ import annotations

from bot.dialogue_admin import screens
from bot.dialogue_admin import store as admin_store
from bot.dialogue_admin.store import RunCounts
from bot.dialogues.problems import DialogueFileError, Problem
from bot.dialogues.status import Status
from bot.messaging.reply import Outcome, Reply
from bot.people.visitor import Visitor
from bot.screens import notices
from bot.services import Services
from bot.sessions.codes import qr_png


def reload(services: Services) -> tuple[Problem, ...]:
    """Read the folder again and make its dialogues the current ones; on any problem keep
    what was loaded and return the problems."""
    try:
        services.dialogues.load(services.settings.dialogues)
    except DialogueFileError as error:
        return error.problems
    return ()


async def restore_statuses(services: Services) -> None:
    """At start-up: the statuses as stored (a status survives a restart)."""
    stored = await admin_store.statuses(services.db)
    services.dialogues.set_statuses({key: Status(value) for key, value in stored.items()})


def link_of(services: Services, dialogue_id: str) -> str:
    return f"https://t.me/{services.bot_username}?start=d_{dialogue_id}"


async def overview(services: Services, visitor: Visitor, *, replace: bool = False) -> Reply:
    problems = reload(services)
    counts = await admin_store.run_counts(services.db)
    catalog = services.dialogues
    items = [
        (dialogue, catalog.status(dialogue.id), counts.get(dialogue.id, RunCounts()))
        for dialogue in catalog.all_current()
    ]
    return screens.overview(visitor.t, items, problems, replace=replace)


async def card(services: Services, visitor: Visitor, dialogue_id: str) -> Reply:
    dialogue = services.dialogues.current(dialogue_id)
    if dialogue is None:
        return screens.gone(visitor.t)
    counts = (await admin_store.run_counts(services.db)).get(dialogue_id, RunCounts())
    status = services.dialogues.status(dialogue_id)
    return screens.card(visitor.t, dialogue, status, counts, link_of(services, dialogue_id))


async def send_file(services: Services, visitor: Visitor, dialogue_id: str) -> Outcome:
    dialogue = services.dialogues.current(dialogue_id)
    if dialogue is None:
        return Outcome([screens.gone(visitor.t)])
    try:
        content = dialogue.source.read_bytes()
    except OSError:
        return Outcome(notice=notices.stale_button(visitor.t))
    return Outcome([screens.file_of(visitor.t, dialogue, content)])


async def send_qr(services: Services, visitor: Visitor, dialogue_id: str) -> Outcome:
    dialogue = services.dialogues.current(dialogue_id)
    if dialogue is None:
        return Outcome([screens.gone(visitor.t)])
    link = link_of(services, dialogue_id)
    return Outcome([screens.qr_code(visitor.t, dialogue, link, qr_png(link))])


async def set_status(
    services: Services, visitor: Visitor, dialogue_id: str, status: Status
) -> Outcome:
    """Pause, activate or archive: stored with its audit-log row, then in effect at once."""
    if services.dialogues.current(dialogue_id) is None:
        return Outcome([screens.gone(visitor.t)])
    if services.dialogues.status(dialogue_id) is not status:
        await admin_store.set_status(services.db, dialogue_id, status.value, visitor.user_id)
        services.dialogues.set_status(dialogue_id, status)
    shown = await card(services, visitor, dialogue_id)
    return Outcome([shown], notice=screens.status_changed(visitor.t, status))
