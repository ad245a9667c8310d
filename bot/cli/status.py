"""``doetmee status``: the state of the bot, read from its database (and ``--check`` for a
container's health check)."""

from __future__ import annotations

import argparse
import asyncio
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.cli.arguments import Commands
from bot.config import Settings
from bot.storage.database import DatabaseError
from bot.storage.status import Status

STALLED_AFTER = timedelta(minutes=5)
"""``--check``: an update waiting longer than this means the inbox consumer does not move."""


def add(commands: Commands) -> None:
    status = commands.add_parser(
        "status", help="what waits in the inbox and outbox, the last update, export and backup"
    )
    status.add_argument(
        "--check",
        action="store_true",
        help="only say whether the bot is healthy (exit 0) or not (exit 1), in one line",
    )
    status.set_defaults(handler=_status)


def _status(args: argparse.Namespace, settings: Settings) -> int:
    from bot.runtime import run_lock
    from bot.storage import status
    from bot.storage.backup import known_schema
    from bot.storage.database import open_database

    if not settings.database.exists():
        if args.check:
            print(f"unhealthy: there is no database at {settings.database}")
            return 1
        raise DatabaseError(f"there is no database at {settings.database}")

    async def main() -> Status:
        db = await open_database(settings.database, migrate=False)
        try:
            return await status.read(db)
        finally:
            await db.close()

    running = run_lock.is_running(settings.database)
    try:
        found = asyncio.run(main())
    except DatabaseError as error:
        if args.check:
            print(f"unhealthy: the database does not answer ({error})")
            return 1
        raise
    if args.check:
        trouble = problem(settings, found, running)
        print(f"unhealthy: {trouble}" if trouble else "healthy")
        return 1 if trouble else 0
    for label, text in describe(settings, found, running, known_schema()):
        print(f"{label:<16}{text}")
    return 0


def describe(
    settings: Settings, found: Status, running: bool, known: int, now: datetime | None = None
) -> list[tuple[str, str]]:
    now = now or datetime.now(UTC)
    zone = settings.timezone
    mode = "webhook" if settings.webhook_url else "long polling"
    schema = f"schema {found.schema}"
    if found.schema != known:
        schema += f"; this version of the bot brings it to {known} when it starts"
    lines = [
        ("database", f"{settings.database} ({schema})"),
        ("bot", f"running ({mode})" if running else "not running on this machine"),
    ]
    inbox = f"{_count(found.inbox_waiting, 'update')} waiting"
    if found.oldest_waiting_at is not None:
        inbox += f", the oldest since {_when(found.oldest_waiting_at, zone, now)}"
    lines.append(("inbox", inbox))
    total = sum(w.due + w.later for w in found.outbox)
    parts = []
    for waiting in found.outbox:
        counts = [f"{waiting.due} now"] if waiting.due else []
        counts += [f"{waiting.later} later"] if waiting.later else []
        parts.append(f"{waiting.kind} {' + '.join(counts)}")
    lines.append(
        (
            "outbox",
            f"{_count(total, 'message')} waiting" + (f": {', '.join(parts)}" if parts else ""),
        )
    )
    if found.last_update_id is None or found.last_update_at is None:
        lines.append(("last update", "none received yet"))
    else:
        lines.append(
            (
                "last update",
                f"#{found.last_update_id}, received {_when(found.last_update_at, zone, now)}",
            )
        )
    lines.append(
        ("reminders", f"{_count(found.reminders_next_hour, 'reminder')} due in the next hour")
    )
    lines.append(
        (
            "last export",
            _when(found.last_export_at, zone, now) if found.last_export_at else "none yet",
        )
    )
    if found.last_backup is None:
        backup = "none yet"
    else:
        backup = f"{_when(found.last_backup.at, zone, now)}: {found.last_backup.file}"
    if settings.backup_dir is None:
        backup += " (daily backups are off: DOETMEE_BACKUP_DIR is not set)"
    lines.append(("last backup", backup))
    return lines


def problem(settings: Settings, found: Status, running: bool) -> str | None:
    """What makes the bot unhealthy, or None."""
    if not running:
        return f"no bot runs on {settings.database}"
    if settings.webhook_url:
        return _webhook_problem(settings)
    oldest = found.oldest_waiting_at
    if oldest is not None and datetime.now(UTC) - oldest > STALLED_AFTER:
        minutes = int(STALLED_AFTER.total_seconds() // 60)
        return f"an update has waited in the inbox for more than {minutes} minutes"
    return None


def _webhook_problem(settings: Settings) -> str | None:
    """Ask the running bot's ``/healthz`` (webhook mode)."""
    import urllib.error
    import urllib.request

    host = settings.webhook_listen
    if host in ("0.0.0.0", "::", ""):
        host = "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    url = f"http://{host}:{settings.webhook_port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            if answer.status == 200:
                return None
            return f"{url} answered {answer.status}"
    except urllib.error.HTTPError as error:
        return f"{url} answered {error.code}"
    except OSError as error:
        return f"{url} does not answer ({error})"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _when(moment: datetime, zone: ZoneInfo, now: datetime) -> str:
    local = moment.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S %Z")
    seconds = int((now - moment).total_seconds())
    if seconds < 0:
        return local
    if seconds < 120:
        ago = f"{seconds} s ago"
    elif seconds < 2 * 3600:
        ago = f"{seconds // 60} min ago"
    elif seconds < 2 * 86400:
        ago = f"{seconds // 3600} h ago"
    else:
        ago = f"{seconds // 86400} days ago"
    return f"{local} ({ago})"
