"""Sizing: the bot on a database of a whole province — 100,000 citizens, a million answers.

    .venv/bin/python benchmarks/sizing_benchmark.py [--citizens 100000] [--answers-per-citizen 10]
        [--samples 20] [--keep PATH]

1. **Fill.** A fresh database through the real migrations (:func:`open_database`), then bulk
   ``INSERT``s in one transaction: citizens with consent (and its record), two finished
   dialogue runs each (``goed-bestuur``: 7 answers, ``meedoen-provincie``: 3), open answers
   taken from the scrubbing corpus, answer times spread over the last ``RETENTION_DAYS + 1``
   days (so retention finds about a day's worth to delete), 10,000 processed inbox rows (what
   the inbox keeps). Reports the time and the disk per 10,000 citizens.
2. **The bot** (a fresh process, as ``doetmee run`` starts it, against the Bot API stand-in in
   the same process): start-up until it answers, then (after the jobs that run right after
   start-up) ``/mijngegevens`` (until the file
   arrives) and ``/vergeetmij`` (from the press on "Yes, erase everything" until it says it is
   done) for ``--samples`` random citizens each, and a retention run (twice: with a day's worth
   to delete, and right after with nothing). Reports the process's memory (peak and at the end).
3. **An export** (a fresh process, as ``doetmee export`` runs it): one month of
   ``goed-bestuur`` for analysis as CSV — worker start, deduce, scrubbing, writing — and then,
   for the database side only, reading all two years of records. Reports the memory of the
   export's own process and of its worker processes.

Prints a Markdown table; progress to stderr. The numbers in ``docs/operations.md`` come from it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import Settings, load_settings  # noqa: E402
from bot.dialogues.loader import load_dialogues  # noqa: E402
from bot.dialogues.serialize import to_json  # noqa: E402
from bot.people.consent import TERMS_VERSION  # noqa: E402
from bot.storage.database import open_database  # noqa: E402

TOKEN = "123456:SIZING-token"
SECRET = "sizing-benchmark-secret-xxxxxxxxxxxxxxx"
FIRST_ID = 100_000_000
RETENTION_DAYS = 730
CORPUS = ROOT / "tests" / "export" / "corpus"
MARK = re.compile(r"\{\{\w+:(.+?)\}\}")
FIRST = ["Jan", "Anouk", "Henk", "Fatima", "Mehmet", "Sanne", "Gerrit", "Lotte", "Daan", "Emma"]
LAST = ["de Vries", "Nijhuis", "Kamphuis", "Brinkman", "Yilmaz", "ter Horst", "Assink", None]
BANDS = ["16-17", "18-25", "26-40", "41-65", "65+"]
GOED_BESTUUR = "goed-bestuur"
MEEDOEN = "meedoen-provincie"
SPECIMENS = 20
SETTLE_SECONDS = 8.0
SAMPLE_SEED = 5
PAUSE_SECONDS = 1.0
"""Between two samples: the send limiter (30 messages/s, Telegram's limit) is full again, so
the time is the bot's own and not the wait for the limiter (about 33 ms per message once a
second's 30 are used up)."""
FIRST_UPDATE_ID = 500_000_000
"""The stand-in numbers its updates from here: after the 10,000 the inbox keeps."""


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def corpus_texts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                texts.append(MARK.sub(r"\1", json.loads(line)["text"]))
    return texts


def settings_for(database: Path, api_url: str = "http://127.0.0.1:9/bot") -> Settings:
    return load_settings(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "DOETMEE_API_URL": api_url,
            "DOETMEE_DATABASE": str(database),
            "DOETMEE_SECRET": SECRET,
            "DOETMEE_RETENTION_DAYS": str(RETENTION_DAYS),
        }
    )


# 1. Fill -------------------------------------------------------------------------------


def fill(database: Path, citizens: int, seed: int = 11) -> dict[str, Any]:
    """The database of a province; returns what was made and how long it took."""
    started = time.perf_counter()

    async def migrate() -> None:
        db = await open_database(database)
        await db.close()

    asyncio.run(migrate())
    dialogues = load_dialogues(ROOT / "dialogen")
    rng = random.Random(seed)
    texts = corpus_texts()
    now = datetime.now(UTC).replace(microsecond=0)
    span = (RETENTION_DAYS + 1) * 86_400
    gemeenten = ["zwolle", "enschede", "deventer", "hengelo", "almelo", "kampen", "raalte"]
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")
    answers = runs = 0
    with connection:
        for dialogue_id in (GOED_BESTUUR, MEEDOEN):
            dialogue = dialogues[dialogue_id]
            connection.execute(
                "INSERT INTO dialogue_definitions VALUES (?, ?, ?, ?)",
                (dialogue.id, dialogue.version, to_json(dialogue), stamp(now)),
            )
        versions = {d: dialogues[d].version for d in (GOED_BESTUUR, MEEDOEN)}
        citizen_rows, consent_rows, run_rows, answer_rows = [], [], [], []
        for i in range(citizens):
            user_id = FIRST_ID + i
            first_seen = now - timedelta(seconds=rng.randrange(span))
            second = first_seen + timedelta(seconds=rng.randrange(3600, 30 * 86_400))
            last_seen = min(second, now)
            citizen_rows.append(
                (
                    user_id,
                    rng.choice(FIRST),
                    rng.choice(LAST),
                    "nl",
                    "nl" if rng.random() < 0.9 else "en",
                    TERMS_VERSION,
                    stamp(first_seen),
                    rng.choice(BANDS),
                    int(rng.random() < 0.3),
                    stamp(first_seen),
                    stamp(last_seen),
                    stamp(last_seen),
                )
            )
            consent_rows.append((user_id, TERMS_VERSION, 1, stamp(first_seen), "26-40"))
            for dialogue_id, at in ((GOED_BESTUUR, first_seen), (MEEDOEN, last_seen)):
                runs += 1
                run_rows.append(
                    (runs, user_id, dialogue_id, versions[dialogue_id], stamp(at), stamp(at))
                )
                if dialogue_id == GOED_BESTUUR:
                    values = [
                        ("betekenis", json.dumps(rng.choice(texts), ensure_ascii=False)),
                        ("belangrijkst", json.dumps(rng.choice(["luisteren", "eerlijk"]))),
                        ("nodig-van-provincie", json.dumps(rng.choice(texts), ensure_ascii=False)),
                        ("zelf-doen", json.dumps(rng.choice(texts), ensure_ascii=False)),
                        ("van-elkaar", json.dumps(["vertrouwen", "open"])),
                        ("vertrouwen", json.dumps(rng.randint(1, 10))),
                        ("gemeente", json.dumps(rng.choice(gemeenten))),
                    ]
                else:
                    values = [
                        ("eerder", json.dumps("nee")),
                        ("onderwerpen", json.dumps(["natuur", "verkeer"])),
                        ("moment", json.dumps("avond")),
                    ]
                for question_id, value in values:
                    quote = int(rng.random() < 0.3)
                    answer_rows.append((runs, question_id, value, stamp(at), quote))
                answers += len(values)
            if len(answer_rows) >= 200_000 or i == citizens - 1:
                _insert(connection, citizen_rows, consent_rows, run_rows, answer_rows)
                citizen_rows, consent_rows, run_rows, answer_rows = [], [], [], []
                log(f"  filled {i + 1:,} citizens")
        base = FIRST_UPDATE_ID - 10_000
        connection.executemany(
            "INSERT INTO inbox (update_id, chat_id, payload, received_at, done_at, attempts) "
            "VALUES (?, NULL, NULL, ?, ?, 1)",
            [(base + n, stamp(now), stamp(now)) for n in range(10_000)],
        )
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("ANALYZE")
    connection.close()
    seconds = time.perf_counter() - started
    size = database.stat().st_size
    return {
        "citizens": citizens,
        "runs": runs,
        "answers": answers,
        "fill_seconds": seconds,
        "database_bytes": size,
    }


def _insert(
    connection: sqlite3.Connection,
    citizen_rows: list[tuple[Any, ...]],
    consent_rows: list[tuple[Any, ...]],
    run_rows: list[tuple[Any, ...]],
    answer_rows: list[tuple[Any, ...]],
) -> None:
    connection.executemany(
        "INSERT INTO citizens (user_id, first_name, last_name, telegram_language, language, "
        "consent_version, consent_at, age_band, wants_announcements, created_at, updated_at, "
        "last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        citizen_rows,
    )
    connection.executemany(
        "INSERT INTO consent_events (user_id, version, given, at, age_band) VALUES (?, ?, ?, ?, ?)",
        consent_rows,
    )
    connection.executemany(
        "INSERT INTO dialogue_runs (id, user_id, dialogue_id, version, status, started_at, "
        "updated_at, finished_at) VALUES (?, ?, ?, ?, 'finished', ?, ?, ?)",
        [(*row, row[-1]) for row in run_rows],
    )
    connection.executemany(
        "INSERT INTO answers (run_id, question_id, value, answered_at, quote_allowed) "
        "VALUES (?, ?, ?, ?, ?)",
        answer_rows,
    )


# 2. The bot ----------------------------------------------------------------------------


def memory_mb() -> tuple[float, float]:
    """(now, peak) resident memory of this process in MB."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


async def measure_bot(database: Path, citizens: int, samples: int) -> dict[str, Any]:
    from bot.runtime import runner
    from bot.sandbox.client import StandInClient
    from bot.sandbox.standin import BotApiStandIn

    imported = time.perf_counter()
    result: dict[str, Any] = await measure_retention(database)
    server = BotApiStandIn(token=TOKEN)
    with sqlite3.connect(database) as connection:  # after what the inbox holds (a rerun)
        (top,) = connection.execute("SELECT MAX(update_id) FROM inbox").fetchone()
    server.state.next_update_id = max(FIRST_UPDATE_ID, (top or 0) + 1)
    await server.start()
    settings = settings_for(database, server.base_url)
    stop = asyncio.Event()
    started = time.perf_counter()
    context = runner.running(settings, TOKEN)
    bot = await context.__aenter__()
    tasks = (
        asyncio.create_task(bot.inbox.consume(stop)),
        asyncio.create_task(bot.inbox.fetch(stop)),
    )
    rng = random.Random(SAMPLE_SEED + int(os.environ.get("SIZING_SEED", "0")))
    with sqlite3.connect(database) as connection:  # still there after retention; in Dutch
        dutch = "SELECT user_id FROM citizens WHERE language = 'nl'"
        present = [row[0] for row in connection.execute(dutch)]
    chosen = rng.sample(present, 2 * samples)
    async with StandInClient(server.url) as client:
        probe = chosen[0]
        await client.send_text(probe, "/help", first_name="Test")
        await client.wait_for_bot_message(probe, timeout=60)
        result["startup_seconds"] = time.perf_counter() - started
        result["imports_seconds"] = imported - PROCESS_START
        log(f"  start-up {result['startup_seconds']:.2f} s")
        # The jobs that run right after start (retention, reminders; deduce's cache checked in
        # a process of its own) are done before the sampling begins.
        await asyncio.sleep(SETTLE_SECONDS)

        own_data, shown = [], []
        for user in chosen[:samples]:
            await asyncio.sleep(PAUSE_SECONDS)
            began = time.perf_counter()
            await client.send_text(user, "/mijngegevens", language_code="nl")
            await _document_in(client, user)
            own_data.append(time.perf_counter() - began)
            shown.append(len(await client.bot_messages(user)))
        result["own_data_ms"] = sorted(1000 * s for s in own_data)
        result["own_data_pairs"] = sorted(
            zip(shown, (round(1000 * s) for s in own_data), strict=True)
        )
        log(f"  /mijngegevens median {_median(result['own_data_ms']):.0f} ms")

        erase = []
        for user in chosen[samples:]:
            await client.send_text(user, "/vergeetmij", language_code="nl")
            await client.wait_for_bot_message(user, contains="wis", timeout=30)
            await asyncio.sleep(PAUSE_SECONDS)
            began = time.perf_counter()
            await client.press(user, "🗑 Ja, wis alles")
            await client.wait_for_bot_message(user, contains="gewist", timeout=60)
            erase.append(time.perf_counter() - began)
        result["erase_ms"] = sorted(1000 * s for s in erase)
        log(f"  /vergeetmij median {_median(result['erase_ms']):.0f} ms")
        await client.wait_until_idle(timeout=30)

    result["bot_rss_mb"], result["bot_peak_mb"] = memory_mb()

    stop.set()
    await asyncio.gather(*tasks)
    await context.__aexit__(None, None, None)
    await server.stop()
    return result


async def _document_in(client: Any, user: int) -> None:
    """Until the file of /mijngegevens is in the chat (polled every 5 ms)."""
    for _ in range(12_000):
        if any("document" in m for m in await client.bot_messages(user)):
            return
        await asyncio.sleep(0.005)
    raise AssertionError(f"no file for {user}")


async def measure_retention(database: Path) -> dict[str, Any]:
    """Retention on the full database, before the bot starts (its own job runs a second after
    start-up): once with a day's worth due, once right after with nothing due."""
    from bot.privacy import retention
    from bot.runtime import runner

    services = await runner.build_services(settings_for(database))
    db = services.db
    try:
        result: dict[str, Any] = {}
        before = await db.fetch_one("SELECT COUNT(*) AS n FROM answers")
        began = time.perf_counter()
        await retention.apply(services)
        result["retention_seconds"] = time.perf_counter() - began
        after = await db.fetch_one("SELECT COUNT(*) AS n FROM answers")
        assert before is not None and after is not None
        result["retention_deleted_answers"] = before["n"] - after["n"]
        began = time.perf_counter()
        await retention.apply(services)
        result["retention_again_seconds"] = time.perf_counter() - began
    finally:
        await db.close()
    log(
        f"  retention {result['retention_seconds']:.2f} s "
        f"({result['retention_deleted_answers']:,} answers), "
        f"again {result['retention_again_seconds']:.2f} s"
    )
    return result


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


# 3. An export --------------------------------------------------------------------------


def measure_export(database: Path, folder: Path) -> dict[str, Any]:
    from bot.export import runs as export_runs
    from bot.export import source as export_source

    settings = settings_for(database)
    result: dict[str, Any] = {}

    async def read_all() -> int:
        db = await open_database(database)
        try:
            records = await export_source.records(
                db, GOED_BESTUUR, None, None, settings.timezone, "nl"
            )
            return len(records)
        finally:
            await db.close()

    until = datetime.now(UTC).date() - timedelta(days=1)
    since = until - timedelta(days=29)
    order = export_runs.ExportOrder(
        dialogue_id=GOED_BESTUUR,
        purpose="analyse",
        format="csv",
        out=folder / "month.csv",
        since=since,
        until=until,
    )
    began = time.perf_counter()
    summary = export_runs.run_blocking(settings, order, None)
    result["export_seconds"] = time.perf_counter() - began
    result["export_answers"] = summary.answers
    result["export_respondents"] = summary.respondents
    result["export_own_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["worker_peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    log(f"  export of {summary.answers:,} answers in {result['export_seconds']:.1f} s")
    # After the export, so that its process's peak is the export's own.
    began = time.perf_counter()
    result["records_all"] = asyncio.run(read_all())
    result["read_all_seconds"] = time.perf_counter() - began
    result["read_all_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    log(f"  read {result['records_all']:,} records in {result['read_all_seconds']:.1f} s")

    return result


def in_child(mode: str, *args: str) -> dict[str, Any]:
    """Run a measurement in a fresh interpreter (its memory is its own)."""
    done = subprocess.run(
        [sys.executable, __file__, mode, *args], check=True, stdout=subprocess.PIPE, text=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


PROCESS_START = time.perf_counter()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--citizens", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=SPECIMENS)
    parser.add_argument("--keep", type=Path, help="fill this database (kept), not a temporary one")
    parser.add_argument("--skip-export", action="store_true")
    parser.add_argument("--child", choices=("bot", "export"), help=argparse.SUPPRESS)
    parser.add_argument("--database", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "bot":
        print(json.dumps(asyncio.run(measure_bot(args.database, args.citizens, args.samples))))
        return
    if args.child == "export":
        print(json.dumps(measure_export(args.database, args.database.parent)))
        return

    with tempfile.TemporaryDirectory() as scratch:
        database = args.keep or Path(scratch) / "province.sqlite3"
        if database.exists():
            sys.exit(f"{database} exists already")
        log(f"filling {database} with {args.citizens:,} citizens")
        filled = fill(database, args.citizens)
        log(f"  {filled['answers']:,} answers in {filled['fill_seconds']:.0f} s")
        common = ["--database", str(database), "--citizens", str(args.citizens)]
        log("export (before the bot erases and retains anything)")
        exported = {} if args.skip_export else in_child("--child", "export", *common)
        log("the bot")
        measured = in_child("--child", "bot", *common, "--samples", str(args.samples))
        report(filled, measured, exported, database)


def report(
    filled: dict[str, Any], bot: dict[str, Any], exported: dict[str, Any], database: Path
) -> None:
    per_10k = filled["database_bytes"] / filled["citizens"] * 10_000 / 1e6
    made = f"{filled['citizens']:,} / {filled['runs']:,} / {filled['answers']:,}"
    size = f"{filled['database_bytes'] / 1e6:,.0f} MB ({per_10k:.1f} MB per 10,000 citizens)"
    start = bot["imports_seconds"] + bot["startup_seconds"]
    own, erase = bot["own_data_ms"], bot["erase_ms"]
    deleted = bot["retention_deleted_answers"]
    rows = [
        ("citizens / dialogue runs / answers", made),
        ("filling (bulk SQL through the migrations)", f"{filled['fill_seconds']:.0f} s"),
        ("database file", size),
        (
            "start-up (process start to first answer)",
            f"{start:.1f} s (imports {bot['imports_seconds']:.1f} s)",
        ),
        (
            "/mijngegevens until the file arrives (median / max)",
            f"{_median(own):.0f} / {max(own):.0f} ms",
        ),
        (
            '/vergeetmij from the press to "erased" (median / max)',
            f"{_median(erase):.0f} / {max(erase):.0f} ms",
        ),
        (
            "retention, a day's worth due",
            f"{bot['retention_seconds']:.2f} s ({deleted:,} answers deleted)",
        ),
        ("retention, nothing due", f"{bot['retention_again_seconds']:.2f} s"),
        (
            "memory of the bot (end / peak)",
            f"{bot['bot_rss_mb']:.0f} / {bot['bot_peak_mb']:.0f} MB",
        ),
    ]
    if exported:
        read = (
            f"{exported['read_all_seconds']:.1f} s ({exported['records_all']:,} records; "
            f"its process then at {exported['read_all_peak_mb']:,.0f} MB)"
        )
        month = (
            f"{exported['export_seconds']:.1f} s ({exported['export_answers']:,} answers, "
            f"{exported['export_respondents']:,} respondents)"
        )
        peaks = f"{exported['export_own_peak_mb']:.0f} / {exported['worker_peak_mb']:.0f} MB"
        rows += [
            ("export: reading all goed-bestuur records (database side)", read),
            ("export: one month, analyse, CSV (worker, deduce, scrub, write)", month),
            ("memory of the export (its process / a worker, peak)", peaks),
        ]
    print("| measured | value |")
    print("|---|---:|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    print()
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, {date.today()}")


if __name__ == "__main__":
    main()
