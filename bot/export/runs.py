"""Making an export: from the database through the anonymising export to files, with an
audit-log row. Used by ``doetmee export`` and by ``/export`` in the bot."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.config import Settings
from bot.dialogues.loader import load_dialogues
from bot.dialogues.problems import DialogueFileError
from bot.export import ExportRequest, ExportSummary, export, pseudonyms
from bot.export import source as export_source
from bot.export import store as export_rows
from bot.export.records import FORMATS, PURPOSES, ExportError, Format, Language, Purpose
from bot.runtime.keys import PSEUDONYMS, Keys
from bot.storage import audit
from bot.storage.database import Database

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportOrder:
    dialogue_id: str
    purpose: Purpose
    format: Format
    out: Path
    since: date | None = None
    until: date | None = None
    k: int = 10
    language: Language = "nl"
    stable_pseudonyms: bool = False
    """Use the bot's pseudonym key, the same in every export (joinable: audited); by default
    every export gets pseudonyms of its own."""


async def check_order(db: Database, order: ExportOrder, current: Collection[str] = ()) -> None:
    """Refuse what cannot be exported, with one plain sentence. A dialogue is known when it is
    one of the ``current`` ones (its file is there; without answers yet the export is empty)
    or when it was ever started."""
    if order.purpose not in PURPOSES:
        raise ExportError(f"unknown purpose {order.purpose!r}; use verhalenreeks or analyse")
    if order.format not in FORMATS:
        raise ExportError(f"unknown format {order.format!r}; use {', '.join(FORMATS)}")
    if order.dialogue_id not in current and not await export_rows.known_dialogue(
        db, order.dialogue_id
    ):
        raise ExportError(
            f"there is no dialogue {order.dialogue_id!r}, neither in the dialogue folder nor "
            "in the database"
        )
    if order.since and order.until and order.since > order.until:
        raise ExportError("--since is after --until")


async def make(
    db: Database,
    settings: Settings,
    keys: Keys,
    order: ExportOrder,
    actor_id: int | None,
    progress: Progress | None = None,
    current: Collection[str] = (),
) -> ExportSummary:
    """``current``: the ids of the dialogues in the dialogue folder."""
    await check_order(db, order, current)
    if order.stable_pseudonyms:
        pseudonym_key = keys.for_purpose(PSEUDONYMS)
    else:
        pseudonym_key = pseudonyms.fresh_key()
    records = await export_source.records(
        db, order.dialogue_id, order.since, order.until, settings.timezone, order.language
    )
    request = ExportRequest(
        dialogue_id=order.dialogue_id,
        purpose=order.purpose,
        format=order.format,
        out=order.out,
        secret=pseudonym_key,
        since=order.since,
        until=order.until,
        k=order.k,
        language=order.language,
        timezone=settings.timezone,
    )
    summary = await export(request, records, progress)
    await audit.record(
        db,
        actor_id,
        "export",
        f"dialogue={order.dialogue_id} purpose={order.purpose} format={order.format} "
        f"respondents={summary.respondents} rows={summary.answers} "
        f"pseudonyms={'stable' if order.stable_pseudonyms else 'fresh'}",
    )
    return summary


def run_blocking(
    settings: Settings, order: ExportOrder, progress: Progress | None
) -> ExportSummary:
    """For the command line: open the database, export, close."""
    from bot.runtime import key_file
    from bot.storage.database import open_database

    current = _dialogue_ids(settings.dialogues)

    async def main() -> ExportSummary:
        db = await open_database(settings.database)
        try:
            keys = await key_file.load(settings, db)
            return await make(db, settings, keys, order, None, progress, current)
        finally:
            await db.close()

    return asyncio.run(main())


def _dialogue_ids(folder: Path) -> frozenset[str]:
    """The dialogues in ``folder``; none when a file there is broken (``doetmee dialogues
    check`` says which), so only dialogues in the database can be exported then."""
    try:
        return frozenset(load_dialogues(folder))
    except DialogueFileError:
        return frozenset()
