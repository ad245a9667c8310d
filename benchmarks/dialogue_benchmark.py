"""Benchmark of the dialogue path: N simulated citizens walk ``goed-bestuur`` through the real
bot, and the same number and mix of actions go to a bare python-telegram-bot echo bot, both
against the Bot API stand-in, one after the other, in one process and one event loop.

    .venv/bin/python benchmarks/dialogue_benchmark.py [--citizens 200] [--think 2] [--quick]

Citizens are closed loops: each acts, waits for the bot's answer, and acts again. They act
through the stand-in's own user actions (:mod:`bot.sandbox.user_actions`, what
``/_control/send/text`` and ``/_control/press`` call), so no HTTP client of the harness
competes with the bot for the event loop. Per bot a fresh stand-in and three phases, each
with its own citizens: a short warm-up; *saturated* (all start at once, no think time: the
highest throughput, where latency is only queueing, ``citizens / throughput``); *paced*
(citizens join within ``--ramp`` seconds and think U(0.5, 1.5) x ``--think`` seconds before
each action, like fast people: the latency under load). Before each phase the garbage
collector freezes what exists, so the stand-in's record of earlier phases does not lengthen
the bot's collections.

Timing comes from the stand-in: each event of its log carries ``time`` (``time.time()``,
taken inside the stand-in as it happens). Arrival is the ``update_queued`` event of the
action; the *first answer* is the bot's first ``sendMessage``, ``editMessageText`` or
``answerCallbackQuery`` for that chat after it; the *full answer* is the call that shows what
the citizen needs next (the next question). Updates per second: answered actions divided by
the time from the first arrival to the last full answer of the phase.

The real bot is measured twice: as shipped, with its ``AIORateLimiter`` (at most 30 requests
per second that name a chat, Telegram's broadcast limit, so a ceiling whatever the code does;
saturated phase only, cut off after ``--shipped-seconds``), and with the limiter's limits set
to 0 (off), which is what the goals are checked on: the stand-in does not limit, and the
echo bot has no limiter either. Consent is given beforehand in the database
(:func:`bot.storage.citizens.seen` and ``give_consent``), so the dialogue itself is measured.

Goals: at 200 citizens on 2 cores, at least 0.8 x the echo bot's throughput (issue 11, point 7;
half in issue 3) and a p99 under 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import math
import os
import platform
import random
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from contextlib import (
    AbstractAsyncContextManager,
    AbstractContextManager,
    asynccontextmanager,
    contextmanager,
    nullcontext,
)
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update  # noqa: E402
from telegram.ext import (  # noqa: E402
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import application as application_module  # noqa: E402
from bot.answering import store as runs  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.people.consent import TERMS_VERSION  # noqa: E402
from bot.runtime import runner  # noqa: E402
from bot.sandbox import user_actions  # noqa: E402
from bot.sandbox.events import Event, EventLog  # noqa: E402
from bot.sandbox.standin import BotApiStandIn  # noqa: E402
from bot.sandbox.state import SandboxState  # noqa: E402
from bot.storage import citizens  # noqa: E402
from bot.storage.database import Database  # noqa: E402

TOKEN = "123456:BENCHMARK-token"
ECHO_BUTTON = "👍 echo"
STEP_TIMEOUT = 60.0
ANSWERS = frozenset({"message_sent", "message_edited", "callback_answered"})
GOAL_THROUGHPUT_RATIO = 0.8  # issue 11, point 7 (0.5 in issue 3)
GOAL_P99_MS = 100.0
FIRST_USER_ID = 100_001


@dataclass(frozen=True)
class Step:
    """One action of a citizen, and what in the bot's answer lets them go on (``None``: any
    answering call)."""

    kind: Literal["text", "press"]
    value: str
    done_when: str | None = None


GOED_BESTUUR: tuple[Step, ...] = (
    Step("text", "/start d_goed-bestuur", "Vraag 1 van"),
    Step("text", "Eerlijk zijn, goed luisteren en uitleggen wat je doet", "Vraag 2 van"),
    Step("press", "Goed luisteren naar inwoners", "Vraag 3 van"),
    Step("text", "Dat ze uitleggen wat ze besluiten, in gewone woorden", "Vraag 4 van"),
    Step("text", "Zelf naar de inloopavond in mijn dorp gaan", "Vraag 5 van"),
    Step("press", "Vertrouwen in elkaar", "✓ Vertrouwen in elkaar"),
    Step("press", "Klaar ✔️", "Vraag 6 van"),
    Step("press", "10", "Vraag 7 van"),
    Step("text", "De wijkavonden in Zwolle waar de wethouder echt luisterde", "Vraag 8 van"),
    Step("text", "Almelo", "Mogen we je citeren?"),
    Step("press", "Klaar ✔️", "We mogen"),
)
"""The walk through ``goed-bestuur``: typed text answers (the two questions of the programme
in the citizen's own words), a choice, a multi (one option, then Klaar), the scale, the
municipality (typed) and the quoting question (the age band was given with consent)."""


def echo_steps(steps: Sequence[Step]) -> tuple[Step, ...]:
    """The same number and mix of texts and presses, for the echo bot (one answer each)."""
    return tuple(
        Step(step.kind, step.value if step.kind == "text" else ECHO_BUTTON) for step in steps
    )


# Watching the stand-in


@dataclass
class Waiting:
    """A citizen waiting for the answer to their action; times from the stand-in's events."""

    done_when: str | None
    finished: asyncio.Future[None]
    queued: float | None = None
    first: float | None = None
    done: float | None = None


def _shows(event: Event, fragment: str) -> bool:
    """Whether a sent or edited bot message shows ``fragment`` in its text or its buttons."""
    message = event.get("message")
    if message is None:
        return False
    if fragment in (message.get("text") or "") or fragment in (message.get("plain_text") or ""):
        return True
    return any(fragment in (label or "") for row in message.get("buttons", []) for label in row)


def _is_answer(event: Event) -> bool:
    if event["type"] not in ANSWERS:
        return False
    return event["type"] != "message_sent" or bool(event["message"]["from_bot"])


class AnswerWatch:
    """Follows the stand-in's event log and completes each citizen's :class:`Waiting`."""

    def __init__(self, events: EventLog) -> None:
        self._events = events
        self._queue = events.subscribe()
        self._waiting: dict[int, Waiting] = {}

    def expect(self, chat_id: int, done_when: str | None) -> Waiting:
        waiting = Waiting(done_when, asyncio.get_running_loop().create_future())
        self._waiting[chat_id] = waiting
        return waiting

    async def run(self) -> None:
        try:
            while (event := await self._queue.get()) is not None:
                self._route(event)
        finally:
            self._events.unsubscribe(self._queue)

    def _route(self, event: Event) -> None:
        chat_id = event["chat_id"]
        waiting = self._waiting.get(chat_id) if chat_id is not None else None
        if waiting is None:
            return
        if event["type"] == "update_queued":
            waiting.queued = event["time"]
            return
        if waiting.queued is None or not _is_answer(event):
            return
        if waiting.first is None:
            waiting.first = event["time"]
        if waiting.done_when is None or _shows(event, waiting.done_when):
            waiting.done = event["time"]
            del self._waiting[chat_id]
            waiting.finished.set_result(None)


# Citizens


@dataclass(frozen=True)
class Sample:
    queued: float
    first: float
    done: float


@dataclass(frozen=True)
class Phase:
    name: str
    citizens: int
    think: float = 0.0
    """Mean think time before each action (0: none)."""
    ramp: float = 0.0
    """Citizens join at a random moment in the first ``ramp`` seconds."""
    limit: float = math.inf
    """Seconds after which citizens stop starting actions."""
    first_user: int = FIRST_USER_ID

    @property
    def users(self) -> range:
        return range(self.first_user, self.first_user + self.citizens)


def act(state: SandboxState, user_id: int, step: Step) -> None:
    """What ``/_control/send/text`` and ``/_control/press`` do, without the HTTP."""
    user = user_actions.acting_user(state, user_id)
    if step.kind == "text":
        user_actions.send(state, user, user_actions.text_content(step.value))
    else:
        user_actions.press(state, user, text=step.value)


def _stuck(state: SandboxState, user_id: int, step: Step) -> str:
    shown = [(m.plain_text or "")[:60] for m in state.chats[user_id].messages[-3:]]
    return f"citizen {user_id}: no answer to {step} within {STEP_TIMEOUT:.0f} s; last: {shown}"


async def citizen(
    state: SandboxState,
    watch: AnswerWatch,
    user_id: int,
    steps: Sequence[Step],
    phase: Phase,
    deadline: float,
    rng: random.Random,
) -> list[Sample]:
    """Walk ``steps`` (act, wait for the answer, think) until done or past ``deadline``."""
    samples: list[Sample] = []
    think = phase.think
    if phase.ramp:
        await asyncio.sleep(rng.uniform(0, phase.ramp))
    for step in steps:
        if time.monotonic() >= deadline:
            break
        waiting = watch.expect(user_id, step.done_when)
        act(state, user_id, step)
        try:
            await asyncio.wait_for(waiting.finished, STEP_TIMEOUT)
        except TimeoutError:
            raise RuntimeError(_stuck(state, user_id, step)) from None
        assert waiting.queued and waiting.first and waiting.done
        samples.append(Sample(waiting.queued, waiting.first, waiting.done))
        if think:
            await asyncio.sleep(rng.uniform(0.5, 1.5) * think)
    return samples


# Phases and their numbers


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile: ``share`` 0.5 for p50, 0.99 for p99."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(share * len(ordered))) - 1]


@dataclass(frozen=True)
class PhaseResult:
    samples: list[Sample]
    walked: tuple[int, ...]
    """Citizens who finished their walk."""
    cpu_seconds: float
    longest_gc_ms: float

    @property
    def updates(self) -> int:
        return len(self.samples)

    @property
    def per_second(self) -> float:
        span = max(s.done for s in self.samples) - min(s.queued for s in self.samples)
        return self.updates / span

    @property
    def cpu_ms_per_update(self) -> float:
        return self.cpu_seconds * 1000 / self.updates

    def first_ms(self, share: float) -> float:
        return percentile([(s.first - s.queued) * 1000 for s in self.samples], share)

    def full_ms(self, share: float) -> float:
        return percentile([(s.done - s.queued) * 1000 for s in self.samples], share)


class GcPauses:
    """The longest garbage collection while installed (``gc.callbacks``)."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.longest = max(self.longest, time.perf_counter() - self._started)


@contextmanager
def watching_gc() -> Iterator[GcPauses]:
    gc.collect()
    gc.freeze()  # what earlier phases left is not scanned again in this one
    pauses = GcPauses()
    gc.callbacks.append(pauses)
    try:
        yield pauses
    finally:
        gc.callbacks.remove(pauses)


async def run_phase(
    state: SandboxState, watch: AnswerWatch, phase: Phase, steps: Sequence[Step], seed: int
) -> PhaseResult:
    rng = random.Random(seed)
    deadline = time.monotonic() + phase.limit
    with watching_gc() as pauses:
        cpu = time.process_time()
        walks = [
            citizen(state, watch, user, steps, phase, deadline, random.Random(rng.random()))
            for user in phase.users
        ]
        results = await asyncio.gather(*walks)
        cpu = time.process_time() - cpu
    walked = tuple(u for u, r in zip(phase.users, results, strict=True) if len(r) == len(steps))
    samples = [sample for result in results for sample in result]
    return PhaseResult(samples, walked, cpu, pauses.longest * 1000)


# The bots under test

Verify = Callable[[Sequence[int]], Awaitable[int]]
Serve = Callable[[BotApiStandIn, Sequence[int], Path], AbstractAsyncContextManager[Verify]]


async def seed_consent(db: Database, users: Sequence[int]) -> None:
    for user_id in users:
        await citizens.seen(db, user_id, "nl")
        await citizens.give_consent(
            db, user_id, TERMS_VERSION, f"Inwoner {user_id}", None, age_band="26-40"
        )


async def unfinished_walks(db: Database, users: Sequence[int]) -> int:
    """Citizens whose goed-bestuur run did not end finished (0 when all is well)."""
    missing = 0
    for user_id in users:
        walked = [r for r in await runs.of_citizen(db, user_id) if r.dialogue_id == "goed-bestuur"]
        missing += not walked or walked[-1].status != "finished"
    return missing


def flood_limits(shipped: bool) -> AbstractContextManager[object]:
    """The bot's ``AIORateLimiter`` as shipped, or with its limits set to 0 (off) while the
    Application is built; the limiter itself stays in the path."""
    if shipped:
        return nullcontext()
    unlimited = functools.partial(AIORateLimiter, overall_max_rate=0, group_max_rate=0)
    return mock.patch.object(application_module, "AIORateLimiter", unlimited)


@asynccontextmanager
async def serving_doetmee(
    standin: BotApiStandIn, users: Sequence[int], workdir: Path, *, shipped_limits: bool
) -> AsyncIterator[Verify]:
    """The real bot as ``doetmee run`` starts it: durable inbox, shipped dialogues."""
    settings = load_settings(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "DOETMEE_API_URL": standin.base_url,
            "DOETMEE_DATABASE": str(workdir / "doetmee.sqlite3"),
            "DOETMEE_STAFF": "9000",
            "DOETMEE_SECRET": "benchmark-secret-xxxxxxxxxxxxxxxxx",
        }
    )
    with flood_limits(shipped_limits):  # read once, when the Application is built
        async with runner.running(settings, TOKEN) as bot:
            await seed_consent(bot.services.db, users)
            stop = asyncio.Event()
            tasks = (
                asyncio.create_task(bot.inbox.consume(stop)),
                asyncio.create_task(bot.inbox.fetch(stop)),
            )
            try:
                yield functools.partial(unfinished_walks, bot.services.db)
            finally:
                stop.set()
                await asyncio.gather(*tasks)


async def echo_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message is not None and message.text is not None
    button = InlineKeyboardButton(ECHO_BUTTON, callback_data="echo")
    await message.reply_text(message.text, reply_markup=InlineKeyboardMarkup([[button]]))


async def echo_press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.callback_query is not None
    await update.callback_query.answer()


def build_echo(standin: BotApiStandIn) -> Application[Any, Any, Any, Any, Any, Any]:
    application = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(standin.base_url)
        .base_file_url(standin.base_file_url)
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, echo_text))
    application.add_handler(CallbackQueryHandler(echo_press))
    return application


async def _nothing_to_verify(walked: Sequence[int]) -> int:
    return 0  # every action was answered, or a citizen raised


@asynccontextmanager
async def serving_echo(
    standin: BotApiStandIn, users: Sequence[int], workdir: Path
) -> AsyncIterator[Verify]:
    """A bare PTB echo bot with the normal updater (PTB's defaults): texts echoed with a
    button, presses answered."""
    application = build_echo(standin)
    async with application:
        assert application.updater is not None
        await application.updater.start_polling(allowed_updates=Update.ALL_TYPES)
        await application.start()
        try:
            yield _nothing_to_verify
        finally:
            await application.updater.stop()
            await application.stop()


# Measuring one bot


@dataclass(frozen=True)
class Target:
    name: str
    serve: Serve
    steps: tuple[Step, ...]
    phases: tuple[Phase, ...]
    checked: bool = True
    """Whether the goals apply (not to the run capped by Telegram's flood limit)."""


@dataclass
class BotResult:
    name: str
    checked: bool = True
    phases: dict[str, PhaseResult] = field(default_factory=dict)
    unfinished: int = 0


def plan(phases: Sequence[Phase]) -> tuple[Phase, ...]:
    """The phases with citizens of their own: a finished walk cannot be walked again as new."""
    planned, first_user = [], FIRST_USER_ID
    for phase in phases:
        planned.append(replace(phase, first_user=first_user))
        first_user += phase.citizens
    return tuple(planned)


async def measure(target: Target, seed: int) -> BotResult:
    result = BotResult(target.name, target.checked)
    users = [user for phase in target.phases for user in phase.users]
    with tempfile.TemporaryDirectory(prefix="doetmee-bench-") as workdir:
        async with BotApiStandIn(token=TOKEN) as standin:
            for user in users:
                standin.state.ensure_user(user, first_name=f"Inwoner {user}")
            watch = AnswerWatch(standin.state.events)
            router = asyncio.create_task(watch.run())
            async with target.serve(standin, users, Path(workdir)) as verify:
                for number, phase in enumerate(target.phases):
                    outcome = await run_phase(
                        standin.state, watch, phase, target.steps, seed + number
                    )
                    result.phases[phase.name] = outcome
                    _progress(target.name, phase.name, outcome)
                walked = [u for outcome in result.phases.values() for u in outcome.walked]
                result.unfinished = await verify(walked)
            router.cancel()
    return result


def _progress(bot: str, phase: str, outcome: PhaseResult) -> None:
    print(
        f"  {bot:22} {phase:9} {outcome.updates:5} updates, {outcome.per_second:5.0f}/s, "
        f"p99 first answer {outcome.first_ms(0.99):7.1f} ms",
        file=sys.stderr,
        flush=True,
    )


def targets(options: argparse.Namespace) -> list[Target]:
    n, think = options.citizens, options.think
    full = [Phase("warm-up", options.warmup), Phase("saturated", n)]
    if think:
        full.append(Phase("paced", n, think, options.ramp))
    chosen = [
        Target(
            "doetmee (no flood limit)",
            functools.partial(serving_doetmee, shipped_limits=False),
            GOED_BESTUUR,
            plan(full),
        ),
        Target("echo (bare PTB)", serving_echo, echo_steps(GOED_BESTUUR), plan(full)),
    ]
    if options.no_echo:  # e.g. to profile the real bot alone
        chosen.pop()
    if options.shipped_seconds:
        capped = [
            Phase("warm-up", 3),
            Phase("saturated", n, limit=options.shipped_seconds),
        ]
        shipped = functools.partial(serving_doetmee, shipped_limits=True)
        chosen.insert(
            1, Target("doetmee (as shipped)", shipped, GOED_BESTUUR, plan(capped), checked=False)
        )
    return chosen


# Reporting

Cell = Callable[[PhaseResult], str]


def _ms(value: float) -> str:
    return f"{value:.1f} ms"


def _rows(latency_phase: str) -> list[tuple[str, str, Cell]]:
    rows: list[tuple[str, str, Cell]] = [
        ("updates/s", "saturated", lambda r: f"{r.per_second:.0f}"),
        ("CPU per update", "saturated", lambda r: _ms(r.cpu_ms_per_update)),
        ("p50 first answer", "saturated", lambda r: _ms(r.first_ms(0.5))),
    ]
    if latency_phase != "saturated":
        rows += [
            ("updates/s", latency_phase, lambda r: f"{r.per_second:.0f}"),
            ("p50 first answer", latency_phase, lambda r: _ms(r.first_ms(0.5))),
        ]
    rows += [
        ("p99 first answer", latency_phase, lambda r: _ms(r.first_ms(0.99))),
        ("p99 full answer", latency_phase, lambda r: _ms(r.full_ms(0.99))),
        ("longest GC pause", latency_phase, lambda r: _ms(r.longest_gc_ms)),
    ]
    return rows


def table(results: Sequence[BotResult], latency_phase: str) -> str:
    lines = [
        "| | " + " | ".join(r.name for r in results) + " |",
        "|---|" + "---:|" * len(results),
    ]
    for label, phase, cell in _rows(latency_phase):
        cells = [cell(r.phases[phase]) if phase in r.phases else "–" for r in results]
        lines.append(f"| {label} ({phase}) | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _met(met: bool) -> str:
    return "met" if met else "NOT met"


def verdict(bot: BotResult, echo: BotResult, latency_phase: str) -> list[str]:
    saturated = bot.phases["saturated"].per_second
    if bot.checked:
        ratio = saturated / echo.phases["saturated"].per_second
        lines = [
            f"- {bot.name}: throughput {ratio:.2f} x the echo bot "
            f"(goal >= {GOAL_THROUGHPUT_RATIO}): {_met(ratio >= GOAL_THROUGHPUT_RATIO)}"
        ]
    else:
        lines = [f"- {bot.name}: {saturated:.0f} updates/s, under Telegram's flood limit (no goal)"]
    if bot.checked and latency_phase in bot.phases:
        p99 = bot.phases[latency_phase].first_ms(0.99)
        lines.append(
            f"- {bot.name}: p99 first answer ({latency_phase}) {_ms(p99)} "
            f"(goal < {GOAL_P99_MS:.0f} ms): {_met(p99 < GOAL_P99_MS)}"
        )
    if bot.unfinished:
        lines.append(f"- WARNING: {bot.unfinished} walk(s) did not end finished in the database")
    return lines


def _conditions(options: argparse.Namespace) -> str:
    texts = sum(step.kind == "text" for step in GOED_BESTUUR)
    walk = f"{len(GOED_BESTUUR)} actions per citizen ({texts} texts, "
    walk += f"{len(GOED_BESTUUR) - texts} presses)."
    if options.think:
        walk += (
            f" Paced: joining within {options.ramp:g} s, thinking {options.think:g} s x "
            f"U(0.5, 1.5) before each action (at most {options.citizens / options.think:.0f} "
            "updates/s offered)."
        )
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{walk} Python {platform.python_version()}, {os.cpu_count()} CPUs, load {load}."


def report(results: Sequence[BotResult], options: argparse.Namespace) -> str:
    latency_phase = "paced" if options.think else "saturated"
    lines = [
        f"## Dialogue benchmark: {options.citizens} citizens through goed-bestuur",
        "",
        _conditions(options),
        "",
        table(results, latency_phase),
        "",
    ]
    if options.no_echo:
        return "\n".join(lines)
    echo = results[-1]
    for bot in results[:-1]:
        lines += verdict(bot, echo, latency_phase)
    return "\n".join(lines)


def options_from(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="N citizens through goed-bestuur, the real bot beside a bare PTB echo bot."
    )
    parser.add_argument("--citizens", type=int, default=200, help="citizens per phase (200)")
    parser.add_argument(
        "--think",
        type=float,
        default=2.0,
        help="mean think time in seconds in the paced phase (2; 0: no paced phase)",
    )
    parser.add_argument(
        "--ramp",
        type=float,
        default=5.0,
        help="paced citizens join at random in the first RAMP seconds (5)",
    )
    parser.add_argument("--warmup", type=int, default=10, help="warm-up citizens (10)")
    parser.add_argument(
        "--shipped-seconds",
        type=float,
        default=10.0,
        help="how long to run the bot with its shipped flood limits (10; 0: skip it)",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--no-echo", action="store_true", help="leave the echo bot out (to profile the bot)"
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a smoke test: 50 citizens, think 1 s, ramp 2 s, shipped 5 s",
    )
    options = parser.parse_args(argv)
    if options.quick:
        options.citizens, options.think, options.ramp, options.shipped_seconds = 50, 1, 2, 5
    return options


async def run(options: argparse.Namespace) -> str:
    results = [await measure(target, options.seed) for target in targets(options)]
    return report(results, options)


def main(argv: Sequence[str] | None = None) -> None:
    print(asyncio.run(run(options_from(argv))))


if __name__ == "__main__":
    main()
