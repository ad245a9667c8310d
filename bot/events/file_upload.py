"""Staff add or change events by sending a file to the bot, after "Add or change events" in
/evenement: the same check and import as ``doetmee events import`` (every problem with its
line, and then nothing changes; events upserted by id; subscribers of a moved event told
once), audited.
"""

from __future__ import annotations

from pathlib import Path

from bot.events import file_import
from bot.events import file_upload_screens as screens
from bot.events.flow import staff_overview
from bot.messaging.incoming_file import FileUnavailable, IncomingFile
from bot.messaging.reply import Reply
from bot.people.visitor import Visitor
from bot.services import Services
from bot.storage import audit, citizens

AWAITING = "event_file"
"""``citizens.awaiting`` while the bot waits for staff's events file."""

MAX_FILE_BYTES = 256 * 1024
"""A year of events is a few kilobytes."""


async def ask(services: Services, visitor: Visitor) -> list[Reply]:
    await citizens.set_awaiting(services.db, visitor.user_id, AWAITING)
    return [screens.ask_for_file(visitor.t)]


async def stop(services: Services, visitor: Visitor) -> list[Reply]:
    await citizens.set_awaiting(services.db, visitor.user_id, None)
    return await staff_overview(services, visitor, replace=True)


async def typed_instead(
    services: Services, visitor: Visitor, _argument: str, _text: str
) -> list[Reply]:
    return [screens.file_expected(visitor.t)]


async def received(services: Services, visitor: Visitor, incoming: IncomingFile) -> list[Reply]:
    t = visitor.t
    if incoming.size is not None and incoming.size > MAX_FILE_BYTES:
        return [screens.too_large(t, MAX_FILE_BYTES // 1024)]
    try:
        data = await incoming.fetch()
    except FileUnavailable:
        return [screens.not_downloaded(t)]
    if len(data) > MAX_FILE_BYTES:
        return [screens.too_large(t, MAX_FILE_BYTES // 1024)]
    name = Path(Path(incoming.file_name or "events").name)
    result = await file_import.import_event_bytes(
        services.db, name, data, services.settings.timezone, catalogs=services.catalogs
    )
    if result.ok:
        await citizens.set_awaiting(services.db, visitor.user_id, None)
        changed = (*result.added, *result.updated, *result.moved)
        await audit.record(
            services.db, visitor.user_id, "events_imported", f"{name}: {', '.join(changed)}"
        )
    return [screens.imported(t, result)]
