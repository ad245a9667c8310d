"""``doetmee events import FILE``: events from a YAML or CSV file, checked, then upserted by id.

Every problem is reported with file and line (as ``doetmee dialogues check`` does), and a file
with a problem imports nothing. Importing the same file again changes nothing; an event whose
start time changed gets its reminders re-queued and its subscribers are told once. Events
missing from the file are left as they are, and a cancelled event stays cancelled.

YAML: a list of events (or ``events:`` with that list)::

    - id: statenspel-zwolle-2026-12        # lowercase letters, digits, dashes
      kind: statenspel                     # democratiespel | statenspel | debat | bijeenkomst
      title: {nl: "Statenspel in Zwolle", en: "Statenspel in Zwolle"}
      starts_at: "2026-12-03 19:30"        # local time (DOETMEE_TIMEZONE)
      ends_at: "21:30"                     # optional: a time on the same day, or date and time
      place: "Provinciehuis, Luttenbergstraat 2, Zwolle"
      description: {nl: "…", en: "…"}     # optional

CSV (comma or semicolon, a header row first): ``id, kind, title_nl, title_en, starts_at,
ends_at, place, description_nl, description_en``; only ``id, kind, title_nl, starts_at,
place`` are required.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo

from yaml.nodes import Node

from bot.dialogues.fields import FileReport, compose_reported, mapping_of, read_local_text
from bot.dialogues.model import ID_MAX_LENGTH
from bot.dialogues.problems import Problem
from bot.dialogues.yamlnodes import (
    foreign_tags,
    is_mapping,
    is_null,
    is_sequence,
    items_of,
    line_of,
    text_of,
)
from bot.events import reminders, store
from bot.events.store import EventData
from bot.i18n import N_, Catalogs, Translator, load_translations
from bot.storage.database import Database

KINDS: Final = ("democratiespel", "statenspel", "debat", "bijeenkomst")
YAML_KEYS: Final = frozenset(
    {"id", "kind", "title", "starts_at", "ends_at", "place", "description"}
)
CSV_COLUMNS: Final = (
    "id",
    "kind",
    "title_nl",
    "title_en",
    "starts_at",
    "ends_at",
    "place",
    "description_nl",
    "description_en",
)
CSV_REQUIRED: Final = ("id", "kind", "title_nl", "starts_at", "place")
LANGUAGES: Final = ("nl", "en")
LIMITS: Final = {"title": 120, "place": 200, "description": 1000}
ID_PATTERN: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
DATE_TIME: Final = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::00)?")
TIME_ONLY: Final = re.compile(r"(\d{1,2}):(\d{2})(?::00)?")


@dataclass(frozen=True)
class ImportResult:
    file: Path
    problems: tuple[Problem, ...] = ()
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    moved: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    notified: int = 0
    """Subscribers told about a new start time."""

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def counts(self) -> dict[str, int]:
        """How many events were added, updated, moved and unchanged (for the reports)."""
        return {
            "added": len(self.added),
            "updated": len(self.updated),
            "moved": len(self.moved),
            "unchanged": len(self.unchanged),
        }


@dataclass
class RawEvent:
    """The texts of one event as found in the file: field → (text, line)."""

    line: int
    values: dict[str, tuple[str, int]] = field(default_factory=dict)

    def get(self, name: str) -> tuple[str, int] | None:
        found = self.values.get(name)
        return found if found is not None and found[0].strip() else None


# Reading the file.


SUFFIXES: Final = (".yaml", ".yml", ".csv")


def read_events(path: Path, timezone: ZoneInfo) -> tuple[list[EventData], list[Problem]]:
    """Every event of the file, or the problems (then the events are not to be used)."""
    report = FileReport(path)
    if _refused_by_name(report, path):
        return [], report.problems
    try:
        data = path.read_bytes()
    except OSError as error:
        report.add(None, N_("The file cannot be read: {detail}."), detail=str(error.strerror))
        return [], report.problems
    return _events_in(report, path, data, timezone)


def read_event_bytes(
    name: Path, data: bytes, timezone: ZoneInfo
) -> tuple[list[EventData], list[Problem]]:
    """As :func:`read_events`, for a file that arrived as ``data`` (sent to the bot)."""
    report = FileReport(name)
    if _refused_by_name(report, name):
        return [], report.problems
    return _events_in(report, name, data, timezone)


def _refused_by_name(report: FileReport, name: Path) -> bool:
    if name.suffix.lower() in SUFFIXES:
        return False
    report.add(None, N_("Use a .yaml, .yml or .csv file for events."))
    return True


def _events_in(
    report: FileReport, name: Path, data: bytes, timezone: ZoneInfo
) -> tuple[list[EventData], list[Problem]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        report.add(None, N_("The file is not UTF-8 text."))
        return [], report.problems
    csv_file = name.suffix.lower() == ".csv"
    raws = _read_csv(report, text) if csv_file else _read_yaml(report, text)
    events: list[EventData] = []
    seen: dict[str, int] = {}
    for raw in raws:
        checked = _check(report, raw, timezone)
        event_id, id_line = raw.get("id") or ("", 0)
        if event_id in seen:
            report.add(
                id_line,
                N_("The event id '{id}' is already used on line {line}."),
                id=event_id,
                line=seen[event_id],
            )
        elif event_id:
            seen[event_id] = id_line
        if checked is not None:
            events.append(checked)
    if not raws and not report.problems:
        report.add(None, N_("The file has no events."))
    problems = sorted(report.problems, key=Problem.sort_key)
    return ([] if problems else events), problems


def _read_yaml(report: FileReport, text: str) -> list[RawEvent]:
    root = compose_reported(report, text, N_("The file has no events."))
    if root is None:
        return []
    for node in foreign_tags(root):
        report.add(node, N_("The tag '{tag}' is not allowed in an events file."), tag=str(node.tag))
    if is_mapping(root):
        entries = mapping_of(report, root, {"events"})
        root = entries["events"].value if "events" in entries else root
    if not is_sequence(root):
        report.add(
            root, N_("An events file must be a list of events (each starting with '- id:').")
        )
        return []
    return [raw for node in items_of(root) if (raw := _yaml_event(report, node))]


def _yaml_event(report: FileReport, node: Node) -> RawEvent | None:
    if not is_mapping(node):
        report.add(node, N_("Each event must be a mapping with id, kind, title, starts_at, place."))
        return None
    raw = RawEvent(line_of(node))
    for key, entry in mapping_of(report, node, YAML_KEYS).items():
        if key in ("title", "description"):
            if is_null(entry.value):
                continue
            texts = read_local_text(report, entry)
            if texts is None:  # the problem is reported; do not also say it is missing
                raw.values[f"{key}_nl"] = ("?", line_of(entry.value))
                continue
            for language in texts.languages:
                if language not in LANGUAGES:
                    report.add(
                        entry.value,
                        N_("'{key}' may only have Dutch (nl) and English (en) texts."),
                        key=key,
                    )
                    continue
                raw.values[f"{key}_{language}"] = (texts.get(language), line_of(entry.value))
            continue
        value = text_of(entry.value)
        if value is None and not is_null(entry.value):
            report.add(entry.value, N_("'{key}' must be plain text."), key=key)
            value = "?"
        if value is not None:
            raw.values[key] = (value.strip(), line_of(entry.value))
    return raw


def _read_csv(report: FileReport, text: str) -> list[RawEvent]:
    first = text.split("\n", 1)[0]
    delimiter = ";" if ";" in first and "," not in first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name.strip().lower() for name in next(reader)]
    except StopIteration:
        return []
    except csv.Error as error:
        report.add(1, N_("This is not valid CSV: {detail}."), detail=str(error))
        return []
    for name in header:
        if name not in CSV_COLUMNS:
            close = difflib.get_close_matches(name, CSV_COLUMNS, n=1, cutoff=0.6)
            if close:
                report.add(
                    1,
                    N_("Unknown column '{column}'. Did you mean '{suggestion}'?"),
                    column=name,
                    suggestion=close[0],
                )
            else:
                report.add(
                    1,
                    N_("Unknown column '{column}'. Allowed columns: {allowed}."),
                    column=name,
                    allowed=", ".join(CSV_COLUMNS),
                )
        elif header.count(name) > 1:
            report.add(1, N_("The column '{column}' appears twice."), column=name)
    missing = [name for name in CSV_REQUIRED if name not in header]
    if missing:
        report.add(1, N_("Required columns are missing: {columns}."), columns=", ".join(missing))
    if report.problems:
        return []
    raws: list[RawEvent] = []
    line = reader.line_num
    try:
        for row in reader:
            start, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                report.add(
                    start,
                    N_("This row has {found} fields; the header has {expected}."),
                    found=len(row),
                    expected=len(header),
                )
                continue
            values = {name: (cell.strip(), start) for name, cell in zip(header, row, strict=True)}
            raws.append(RawEvent(start, values))
    except csv.Error as error:
        report.add(line + 1, N_("This is not valid CSV: {detail}."), detail=str(error))
    return raws


# Checking one event, whatever file it came from.


def _check(report: FileReport, raw: RawEvent, timezone: ZoneInfo) -> EventData | None:
    before = len(report.problems)
    for name in ("id", "kind", "title_nl", "starts_at", "place"):
        if raw.get(name) is None:
            report.add(
                raw.values.get(name, ("", raw.line))[1],
                N_("The event has no '{key}'."),
                key=name.removesuffix("_nl"),
            )
    event_id = _event_id(report, raw.get("id"))
    kind = raw.get("kind")
    if kind is not None and kind[0] not in KINDS:
        report.add(
            kind[1],
            N_("The kind '{kind}' is unknown. Use one of: {kinds}."),
            kind=kind[0],
            kinds=", ".join(KINDS),
        )
    for name, limit in (
        ("title_nl", LIMITS["title"]),
        ("title_en", LIMITS["title"]),
        ("place", LIMITS["place"]),
        ("description_nl", LIMITS["description"]),
        ("description_en", LIMITS["description"]),
    ):
        found = raw.get(name)
        if found is not None and len(found[0]) > limit:
            report.add(
                found[1],
                N_("'{key}' is {length} characters long; at most {limit} fit."),
                key=name,
                length=len(found[0]),
                limit=limit,
            )
    start = _moment(report, raw.get("starts_at"), "starts_at", timezone, None)
    end = _moment(report, raw.get("ends_at"), "ends_at", timezone, start)
    if start is not None and end is not None and end <= start:
        report.add(raw.values["ends_at"][1], N_("'ends_at' must be later than 'starts_at'."))
    if len(report.problems) > before:
        return None
    assert event_id is not None and kind is not None and start is not None

    def text(name: str) -> str | None:
        found = raw.get(name)
        return found[0] if found is not None else None

    return EventData(
        id=event_id,
        kind=kind[0],
        title_nl=text("title_nl") or "",
        title_en=text("title_en"),
        description_nl=text("description_nl") or "",
        description_en=text("description_en"),
        place=text("place") or "",
        starts_at=start.astimezone(UTC).isoformat(timespec="seconds"),
        ends_at=end.astimezone(UTC).isoformat(timespec="seconds") if end else None,
    )


def _event_id(report: FileReport, found: tuple[str, int] | None) -> str | None:
    if found is None:
        return None
    value, line = found
    if not ID_PATTERN.fullmatch(value) or len(value) > ID_MAX_LENGTH:
        report.add(
            line,
            N_(
                "'id' must be lowercase letters, digits and dashes (like "
                "statenspel-zwolle-2026), at most {limit} characters; found '{value}'."
            ),
            limit=ID_MAX_LENGTH,
            value=value,
        )
        return None
    return value


def _moment(
    report: FileReport,
    found: tuple[str, int] | None,
    key: str,
    timezone: ZoneInfo,
    day_of: datetime | None,
) -> datetime | None:
    """A local date and time (``2026-12-03 19:30``) in ``timezone``; for ``ends_at`` also a
    time alone (``21:30``), on the day of ``day_of``."""
    if found is None:
        return None
    value, line = found
    parts: tuple[int, ...] | None = None
    if match := DATE_TIME.fullmatch(value):
        parts = tuple(int(p) for p in match.groups())
    elif (match := TIME_ONLY.fullmatch(value)) and key == "ends_at":
        if day_of is None:
            return None  # the start has a problem, which is reported
        date = day_of.astimezone(timezone)
        parts = (date.year, date.month, date.day, *(int(p) for p in match.groups()))
    if parts is None:
        report.add(
            line,
            N_("'{key}' must be a date and time like 2026-12-03 19:30; found '{value}'."),
            key=key,
            value=value,
        )
        return None
    year, month, day, hour, minute = parts
    try:
        naive = datetime(year, month, day, hour, minute)
    except ValueError:
        report.add(line, N_("'{key}': {value} is not a real date or time."), key=key, value=value)
        return None
    local = naive.replace(tzinfo=timezone)
    if naive.replace(tzinfo=timezone, fold=1).utcoffset() != local.utcoffset():
        report.add(
            line,
            N_(
                "'{key}': {value} does not exist or happens twice in {timezone}, because the "
                "clocks change that night. Choose another time."
            ),
            key=key,
            value=value,
            timezone=str(timezone),
        )
        return None
    return local


# Importing.


async def import_events(
    db: Database,
    path: Path,
    timezone: ZoneInfo,
    *,
    catalogs: Catalogs | None = None,
    now: datetime | None = None,
) -> ImportResult:
    """Check ``path`` and, when it has no problems, upsert every event in it by id.

    ``catalogs`` are for the messages to subscribers (a new time; reminders get a new text);
    by default the shipped ones with Dutch as the default language.
    """
    events, problems = read_events(path, timezone)
    return await _upsert_all(db, path, events, problems, timezone, catalogs, now)


async def import_event_bytes(
    db: Database,
    name: Path,
    data: bytes,
    timezone: ZoneInfo,
    *,
    catalogs: Catalogs | None = None,
    now: datetime | None = None,
) -> ImportResult:
    """As :func:`import_events`, for a file that arrived as ``data`` (sent to the bot)."""
    events, problems = read_event_bytes(name, data, timezone)
    return await _upsert_all(db, name, events, problems, timezone, catalogs, now)


async def _upsert_all(
    db: Database,
    file: Path,
    events: list[EventData],
    problems: list[Problem],
    timezone: ZoneInfo,
    catalogs: Catalogs | None,
    now: datetime | None,
) -> ImportResult:
    if problems:
        return ImportResult(file, tuple(problems))
    catalogs = catalogs or load_translations("nl")
    changes: dict[str, list[str]] = {"added": [], "updated": [], "moved": [], "unchanged": []}
    notified = 0
    for data in events:
        change = await store.upsert(db, data)
        changes[change].append(data.id)
        event = await store.get(db, data.id)
        assert event is not None
        if change in ("updated", "moved"):
            notified += await reminders.event_changed(
                db, catalogs, timezone, event, moved=change == "moved", now=now
            )
        else:  # nothing changed: only repair what a crash during an earlier import left
            await reminders.sync_event(db, catalogs, timezone, event, now=now)
    return ImportResult(
        file,
        added=tuple(changes["added"]),
        updated=tuple(changes["updated"]),
        moved=tuple(changes["moved"]),
        unchanged=tuple(changes["unchanged"]),
        notified=notified,
    )


def report_lines(result: ImportResult, t: Translator) -> list[str]:
    """What ``doetmee events import`` prints, in the configured language."""
    if result.problems:
        return [
            *(problem.describe(t.gettext) for problem in result.problems),
            t.ngettext("{n} problem found.", "{n} problems found.", len(result.problems)),
            t.gettext("Nothing was imported."),
        ]
    lines = [
        t.gettext(
            "{file}: {added} new, {updated} changed, {moved} with a new time, "
            "{unchanged} unchanged.",
            file=str(result.file),
            **result.counts,
        )
    ]
    if result.notified:
        lines.append(
            t.ngettext(
                "{n} subscriber will be told about a new time.",
                "{n} subscribers will be told about a new time.",
                result.notified,
            )
        )
    return lines
