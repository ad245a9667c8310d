"""What ``doetmee status`` reports, read from the database: the inbox, the outbox by kind,
the last update, reminders coming up, the last export and the last backup."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.storage import app_state
from bot.storage.database import Database

LAST_BACKUP = "backup:last"
"""app_state: ``<UTC time> <file>`` of the last backup written (daily or ``doetmee backup``)."""


@dataclass(frozen=True)
class Waiting:
    kind: str
    """The first part of the message's dedupe key (``reminder``, ``announcement``, …)."""
    due: int
    """To be sent now (the outbox job is on it)."""
    later: int
    """Queued for later (reminders before their moment)."""


@dataclass(frozen=True)
class Backup:
    at: datetime
    file: str


@dataclass(frozen=True)
class Status:
    schema: int
    inbox_waiting: int
    oldest_waiting_at: datetime | None
    outbox: list[Waiting]
    last_update_id: int | None
    last_update_at: datetime | None
    reminders_next_hour: int
    last_export_at: datetime | None
    last_backup: Backup | None


async def read(db: Database, now: datetime | None = None) -> Status:
    now = now or datetime.now(UTC)
    schema = await db.fetch_one("PRAGMA user_version")
    inbox = await db.fetch_one(
        "SELECT COUNT(*) AS waiting, MIN(received_at) AS oldest FROM inbox WHERE done_at IS NULL"
    )
    last = await db.fetch_one(
        "SELECT update_id, received_at FROM inbox ORDER BY update_id DESC LIMIT 1"
    )
    moment, hour_later = _text(now), _text(now + timedelta(hours=1))
    outbox = await db.fetch_all(
        "SELECT CASE WHEN dedupe_key IS NULL THEN 'other' "
        "            WHEN instr(dedupe_key, ':') = 0 THEN dedupe_key "
        "            ELSE substr(dedupe_key, 1, instr(dedupe_key, ':') - 1) END AS kind, "
        "       SUM(not_before <= ?) AS due, SUM(not_before > ?) AS later "
        "FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL GROUP BY kind ORDER BY kind",
        (moment, moment),
    )
    reminders = await db.fetch_one(
        "SELECT COUNT(*) AS coming FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL "
        "AND substr(dedupe_key, 1, 9) = 'reminder:' AND not_before <= ?",
        (hour_later,),
    )
    export = await db.fetch_one("SELECT MAX(at) AS at FROM audit_log WHERE action = 'export'")
    return Status(
        schema=int(schema[0]) if schema else 0,
        inbox_waiting=int(inbox["waiting"]) if inbox else 0,
        oldest_waiting_at=_moment(inbox["oldest"] if inbox else None),
        outbox=[Waiting(r["kind"], int(r["due"] or 0), int(r["later"] or 0)) for r in outbox],
        last_update_id=int(last["update_id"]) if last else None,
        last_update_at=_moment(last["received_at"] if last else None),
        reminders_next_hour=int(reminders["coming"]) if reminders else 0,
        last_export_at=_moment(export["at"] if export else None),
        last_backup=await last_backup(db),
    )


async def record_backup(db: Database, at: datetime, file: str) -> None:
    await app_state.put(db, LAST_BACKUP, f"{_text(at)} {file}")


async def last_backup(db: Database) -> Backup | None:
    value = await app_state.get(db, LAST_BACKUP)
    if not value:
        return None
    at, _, file = value.partition(" ")
    moment = _moment(at)
    return Backup(moment, file) if moment else None


async def responds(db: Database) -> bool:
    """Whether the database answers a query (for the health check)."""
    return await db.fetch_one("SELECT 1") is not None


def _text(moment: datetime) -> str:
    """As the bot stores times (``utc_now``): ISO 8601, UTC, whole seconds."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
