"""`doetmee events import`: checking files with file:line problems, upserting by id."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.events import reminders, store
from bot.events.file_import import import_events, read_events, report_lines
from bot.storage.database import Database
from tests.events.conftest import AMSTERDAM, CATALOGS, NOW, SAMPLE, citizen, outbox_rows

EVENT = """\
- id: statenspel-zwolle
  kind: statenspel
  title: {{nl: "Statenspel in Zwolle", en: "Provincial council game in Zwolle"}}
  starts_at: "{start}"
  ends_at: "21:30"
  place: "Provinciehuis, Zwolle"
  description: {{nl: "Speel een avond Statenlid.", en: "Be a council member."}}
"""


def write(tmp_path: Path, text: str, name: str = "events.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def problems_of(path: Path) -> list[tuple[int | None, str]]:
    events, problems = read_events(path, AMSTERDAM)
    assert not events, "a file with problems must give no events"
    return [(p.line, p.sentence()) for p in problems]


def test_the_sample_file_is_valid() -> None:
    events, problems = read_events(SAMPLE, AMSTERDAM)
    assert problems == []
    assert len(events) >= 6
    assert {e.kind for e in events} == {"democratiespel", "statenspel", "debat", "bijeenkomst"}
    first = next(e for e in events if e.id == "statenspel-zwolle-2026-12")
    # 19:30 in Amsterdam in December (UTC+1) is 18:30 UTC; "22:00" is on the same day.
    assert first.starts_at == "2026-12-03T18:30:00+00:00"
    assert first.ends_at == "2026-12-03T21:00:00+00:00"
    plain = next(e for e in events if e.id == "democratiespel-deventer-2027")
    assert plain.title_en is None and plain.title("en") == "Democratiespel in Deventer"


def test_summer_time_is_converted(tmp_path: Path) -> None:
    events, problems = read_events(
        write(tmp_path, EVENT.format(start="2030-06-01 19:30")), AMSTERDAM
    )
    assert problems == []
    assert events[0].starts_at == "2030-06-01T17:30:00+00:00"
    assert events[0].ends_at == "2030-06-01T19:30:00+00:00"


def test_every_problem_has_its_line(tmp_path: Path) -> None:
    text = """\
events:
  - id: Statenspel Zwolle
    kind: statenspel
    title: {nl: "Statenspel"}
    starts_at: "2030-06-01 19:30"
    place: Zwolle
  - id: debat-a
    kind: debate
    titel: {nl: "Debat"}
    starts_at: "1 juni 2030"
    place: Zwolle
  - id: debat-a
    kind: debat
    title: {nl: "Debat", de: "Debatte"}
    starts_at: "2030-02-30 19:00"
    place: Zwolle
  - id: bijeenkomst-b
    kind: bijeenkomst
    title: {en: "Meeting"}
    starts_at: "2030-10-27 02:30"
    place: ""
  - id: democratiespel-c
    kind: democratiespel
    title: Democratiespel
    starts_at: "2030-06-01 19:30"
    ends_at: "18:00"
    place: Deventer
  - just text
  - id: statenspel-d
    kind: statenspel
    title: {nl: "Statenspel"}
    starts_at: "2030-06-01 19:30"
    place: [Zwolle]
"""
    found = problems_of(write(tmp_path, text))
    expected = [
        (2, "'id' must be lowercase letters"),
        (7, "The event has no 'title'."),
        (8, "The kind 'debate' is unknown. Use one of: democratiespel, statenspel, debat, "),
        (9, "Unknown key 'titel'. Did you mean 'title'?"),
        (10, "'starts_at' must be a date and time like 2026-12-03 19:30; found '1 juni 2030'."),
        (12, "The event id 'debat-a' is already used on line 7."),
        (14, "'title' may only have Dutch (nl) and English (en) texts."),
        (15, "'starts_at': 2030-02-30 19:00 is not a real date or time."),
        (21, "The event has no 'place'."),
        (19, "'title' has no Dutch text (nl)."),
        (20, "'starts_at': 2030-10-27 02:30 does not exist or happens twice in Europe/Amsterdam"),
        (26, "'ends_at' must be later than 'starts_at'."),
        (28, "Each event must be a mapping"),
        (33, "'place' must be plain text."),
    ]
    for line, start in expected:
        assert any(where == line and sentence.startswith(start) for where, sentence in found), (
            f"no problem on line {line} starting {start!r}; found:\n{found}"
        )
    assert len(found) == len(expected), found


def test_duplicate_ids_point_to_the_first(tmp_path: Path) -> None:
    text = EVENT.format(start="2030-06-01 19:30") + EVENT.format(start="2030-06-02 19:30")
    assert problems_of(write(tmp_path, text)) == [
        (8, "The event id 'statenspel-zwolle' is already used on line 1.")
    ]


def test_spring_forward_gap_is_refused(tmp_path: Path) -> None:
    found = problems_of(write(tmp_path, EVENT.format(start="2030-03-31 02:30")))
    assert found and found[0][0] == 4 and "clocks change" in found[0][1]


def test_whole_file_problems(tmp_path: Path) -> None:
    assert problems_of(write(tmp_path, "")) == [(None, "The file has no events.")]
    assert problems_of(write(tmp_path, "- id: a\n  kind: [debat\n"))[0] == (
        2,
        "A [ … ] is opened here but not closed with ], or a comma is missing in it.",
    )
    assert sorted(problems_of(write(tmp_path, "id: a\n"))) == [
        (1, "An events file must be a list of events (each starting with '- id:')."),
        (1, "Unknown key 'id'. Allowed here: events."),
    ]
    assert (
        1,
        "The tag 'tag:yaml.org,2002:python/object:os.system' is not allowed in an events file.",
    ) in problems_of(write(tmp_path, "- !!python/object:os.system {}\n"))
    assert problems_of(write(tmp_path, "x", "events.txt")) == [
        (None, "Use a .yaml, .yml or .csv file for events.")
    ]
    latin = tmp_path / "latin.csv"
    latin.write_bytes("id;kind\ncafé;debat\n".encode("latin-1"))
    assert problems_of(latin) == [(None, "The file is not UTF-8 text.")]
    assert problems_of(tmp_path / "missing.yaml")[0][1].startswith("The file cannot be read")


def test_csv_with_semicolons(tmp_path: Path) -> None:
    text = (
        "id;kind;title_nl;title_en;starts_at;ends_at;place;description_nl\n"
        "debat-hengelo;debat;Debat in Hengelo;Debate in Hengelo;2030-06-01 19:00;21:00;Hengelo;"
        '"Jongeren debatteren.\nDoe mee!"\n'
        "\n"
        "bijeenkomst-zwolle;bijeenkomst;Samen voor goed bestuur;;2030-06-02 15:00;;Zwolle;\n"
    )
    events, problems = read_events(write(tmp_path, text, "events.csv"), AMSTERDAM)
    assert problems == []
    assert [e.id for e in events] == ["debat-hengelo", "bijeenkomst-zwolle"]
    assert events[0].description_nl == "Jongeren debatteren.\nDoe mee!"
    assert events[1].title_en is None and events[1].ends_at is None


def test_csv_problems_have_lines(tmp_path: Path) -> None:
    header = "id,kind,titel_nl,starts_at,place,colour\n"
    assert set(problems_of(write(tmp_path, header, "a.csv"))) == {
        (1, "Unknown column 'titel_nl'. Did you mean 'title_nl'?"),
        (
            1,
            "Unknown column 'colour'. Allowed columns: id, kind, title_nl, title_en, starts_at, "
            "ends_at, place, description_nl, description_en.",
        ),
        (1, "Required columns are missing: title_nl."),
    }
    text = (
        "id,kind,title_nl,starts_at,place,description_nl\n"
        'debat-a,debat,Debat,2030-06-01 19:00,Almelo,"twee\nregels"\n'
        "debat-b,debat,Debat,2030-06-01 19:00\n"
        "debat-c,feest,Debat,2030-06-01 19:00,Almelo,\n"
        "debat-a,debat,,2030-06-01 19:00,Almelo,\n"
    )
    assert problems_of(write(tmp_path, text, "b.csv")) == [
        (4, "This row has 4 fields; the header has 6."),
        (
            5,
            "The kind 'feest' is unknown. Use one of: democratiespel, statenspel, debat, "
            "bijeenkomst.",
        ),
        (6, "The event has no 'title'."),
        (6, "The event id 'debat-a' is already used on line 2."),
    ]


async def test_import_and_reimport_changes_nothing(db: Database) -> None:
    first = await import_events(db, SAMPLE, AMSTERDAM, catalogs=CATALOGS, now=NOW)
    assert first.ok and len(first.added) >= 6 and not first.unchanged
    before = [dict(r) for r in await db.fetch_all("SELECT * FROM events ORDER BY id")]
    again = await import_events(db, SAMPLE, AMSTERDAM, catalogs=CATALOGS, now=NOW)
    assert again.ok and again.unchanged == first.added
    assert not (again.added or again.updated or again.moved)
    after = [dict(r) for r in await db.fetch_all("SELECT * FROM events ORDER BY id")]
    assert after == before
    assert report_lines(again, CATALOGS.get("en")) == [
        f"{SAMPLE}: 0 new, 0 changed, 0 with a new time, {len(first.added)} unchanged."
    ]


async def test_a_file_with_a_problem_imports_nothing(db: Database, tmp_path: Path) -> None:
    text = EVENT.format(start="2030-06-01 19:30") + EVENT.format(start="later").replace(
        "statenspel-zwolle", "statenspel-kampen"
    )
    result = await import_events(db, write(tmp_path, text), AMSTERDAM, now=NOW)
    assert not result.ok
    assert await store.get(db, "statenspel-zwolle") is None
    lines = report_lines(result, CATALOGS.get("en"))
    assert lines[0].startswith(f"{tmp_path / 'events.yaml'}:11: 'starts_at' must be")
    assert lines[-2:] == ["1 problem found.", "Nothing was imported."]


async def test_changed_time_requeues_reminders_and_tells_once(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, EVENT.format(start="2030-06-01 19:30"))
    assert (await import_events(db, path, AMSTERDAM, now=NOW)).added == ("statenspel-zwolle",)
    await citizen(db, 501, "en")
    await store.subscribe(db, "statenspel-zwolle", 501)
    event = await store.get(db, "statenspel-zwolle")
    assert event is not None
    assert await reminders.sync_event(db, CATALOGS, AMSTERDAM, event, now=NOW) == 2
    old_keys = {r["dedupe_key"] for r in await outbox_rows(db)}

    # Only the description changes: same reminders, nobody is told.
    write(tmp_path, EVENT.format(start="2030-06-01 19:30").replace("Be a council member", "Play"))
    changed = await import_events(db, path, AMSTERDAM, now=NOW)
    assert changed.updated == ("statenspel-zwolle",) and changed.notified == 0
    assert {r["dedupe_key"] for r in await outbox_rows(db)} == old_keys

    # A week later, at 20:00: new reminders instead of the old ones, one notice.
    moved_text = EVENT.format(start="2030-06-08 20:00")
    write(tmp_path, moved_text)
    moved = await import_events(db, path, AMSTERDAM, catalogs=CATALOGS, now=NOW)
    assert moved.moved == ("statenspel-zwolle",) and moved.notified == 1
    rows = await outbox_rows(db)
    reminder_rows = {
        r["dedupe_key"]: r["not_before"] for r in rows if "reminder:" in r["dedupe_key"]
    }
    assert reminder_rows == {
        "reminder:statenspel-zwolle:501:24h:20300608T1800Z": "2030-06-07T18:00:00+00:00",
        "reminder:statenspel-zwolle:501:1h:20300608T1800Z": "2030-06-08T17:00:00+00:00",
    }
    notices = [r for r in rows if r["dedupe_key"].startswith("event-moved:")]
    assert len(notices) == 1 and "new time" in notices[0]["reply"]
    assert "20:00" in notices[0]["reply"] or "8:00" in notices[0]["reply"]

    again = await import_events(db, path, AMSTERDAM, catalogs=CATALOGS, now=NOW)
    assert again.unchanged == ("statenspel-zwolle",) and again.notified == 0
    assert await outbox_rows(db) == rows


async def test_import_does_not_undo_a_cancellation(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, EVENT.format(start="2030-06-01 19:30"))
    await import_events(db, path, AMSTERDAM, now=NOW)
    assert await store.cancel(db, "statenspel-zwolle")
    write(tmp_path, EVENT.format(start="2030-06-01 20:30"))
    result = await import_events(db, path, AMSTERDAM, now=NOW - timedelta(days=1))
    assert result.moved == ("statenspel-zwolle",) and result.notified == 0
    event = await store.get(db, "statenspel-zwolle")
    assert event is not None and event.cancelled
