"""Benchmark of the dialogue path: N simulated citizens walk ``goed-bestuur`` through the real
bot, and the same number and mix of actions go to a bare python-telegram-bot echo bot, both
against the Bot API stand-in, one after the other, in one process and one event loop.

    .venv/bin/python benchmarks/dialogue_benchmark.py [--citizens 200] [--think 1.0] [--quick]

Per bot a fresh stand-in on a loopback port and three phases: a short warm-up, a *saturated*
phase (every citizen acts as soon as the bot answered: the highest throughput) and a *paced*
phase (citizens wait a random 0.5-1.5 x ``--think`` seconds before each action, like fast
people: the latency under load). Citizens are closed loops: each waits for the bot's answer
before its next action. They act through the stand-in's own user actions
(:mod:`bot.sandbox.user_actions`, what ``/_control/send`` and ``/_control/press`` call), so
no HTTP client of the harness competes with the bot for the one event loop.

Latency comes from the stand-in's event log: every event carries ``time`` (``time.time()``,
taken inside the stand-in when it happens). Arrival is the ``update_queued`` event of the
citizen's action; the *first answer* is the first bot call for that chat after it
(``sendMessage``, ``editMessageText`` or ``answerCallbackQuery``); the *full answer* is the
call that shows what the citizen needs for the next action (the next question). The real bot
starts with consent already given (:func:`bot.storage.citizens.seen` and ``give_consent``), so
what is measured is the dialogue itself. Updates per second: answered actions divided by the
time from the first arrival to the last full answer.

Goal (issue 3, point 7): at 200 citizens on 2 cores, at least half the echo bot's throughput
and a p99 under 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update  # noqa: E402
from telegram.ext import (  # noqa: E402
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import runner  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.consent import TERMS_VERSION  # noqa: E402
from bot.sandbox import user_actions  # noqa: E402
from bot.sandbox.events import Event, EventLog  # noqa: E402
from bot.sandbox.standin import BotApiStandIn  # noqa: E402
from bot.sandbox.state import SandboxState  # noqa: E402
from bot.storage import citizens, runs  # noqa: E402
from bot.storage.database import Database  # noqa: E402

TOKEN = "123456:BENCHMARK-token"
ECHO_BUTTON = "👍 echo"
STEP_TIMEOUT = 60.0
ANSWERS = frozenset({"message_sent", "message_edited", "callback_answered"})
GOAL_THROUGHPUT_RATIO = 0.5
GOAL_P99_MS = 100.0


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
    Step("press", "Vertrouwen in elkaar", "✓ Vertrouwen in elkaar"),
    Step("press", "Klaar ✔️", "Vraag 4 van"),
    Step("press", "10", "Vraag 5 van"),
    Step("text", "De wijkavonden in Zwolle waar de wethouder echt luisterde", "Vraag 6 van"),
    Step("press", "Almelo", "26–40"),
    Step("press", "26–40", "Mogen we je citeren?"),
    Step("press", "Klaar ✔️", "We mogen"),
)
"""The walk through ``goed-bestuur``: typed text answers, choice, multi (one option, then
Klaar), scale, the municipality, the age question and the quoting question."""


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
        self._queue = events.subscribe()
        self._events = events
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
    kind: str
    queued: float
    first: float
    done: float


def act(state: SandboxState, user_id: int, step: Step) -> None:
    """What ``/_control/send/text`` and ``/_control/press`` do, without the HTTP."""
    user = user_actions.acting_user(state, user_id)
    if step.kind == "text":
        user_actions.send(state, user, user_actions.text_content(step.value))
    else:
        user_actions.press(state, user, text=step.value)


def _stuck(state: SandboxState, user_id: int, step: Step) -> str:
    shown = [
        (m.plain_text or "")[:60] for m in state.chats[user_id].messages[-3:] if m.from_bot
    ]
    return f"citizen {user_id}: no answer to {step} within {STEP_TIMEOUT:.0f} s; last: {shown}"


async def citizen(
    state: SandboxState,
    watch: AnswerWatch,
    user_id: int,
    steps: Sequence[Step],
    think: float,
    rng: random.Random,
) -> list[Sample]:
    """Walk ``steps``: act, wait for the answer, think, act again."""
    samples: list[Sample] = []
    if think:
        await asyncio.sleep(rng.uniform(0, think))
    for step in steps:
        waiting = watch.expect(user_id, step.done_when)
        act(state, user_id, step)
        try:
            await asyncio.wait_for(waiting.finished, STEP_TIMEOUT)
        except TimeoutError:
            raise RuntimeError(_stuck(state, user_id, step)) from None
        assert waiting.queued and waiting.first and waiting.done
        samples.append(Sample(step.kind, waiting.queued, waiting.first, waiting.done))
        if think:
            await asyncio.sleep(rng.uniform(0.5, 1.5) * think)
    return samples


# Phases and their numbers


@dataclass(frozen=True)
class Phase:
    name: str
    users: tuple[int, ...]
    think: float


@dataclass(frozen=True)
class PhaseResult:
    samples: list[Sample]

    @property
    def updates(self) -> int:
        return len(self.samples)

    @property
    def seconds(self) -> float:
        return max(s.done for s in self.samples) - min(s.queued for s in self.samples)

    @property
    def per_second(self) -> float:
        return self.updates / self.seconds

    def first_ms(self) -> list[float]:
        return [(s.first - s.queued) * 1000 for s in self.samples]

    def full_ms(self) -> list[float]:
        return [(s.done - s.queued) * 1000 for s in self.samples]


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (``share`` 0.5 for p50, 0.99 for p99)."""
    ordered = sorted(values)
    rank = max(1, round(share * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


async def run_phase(
    state: SandboxState, watch: AnswerWatch, phase: Phase, steps: Sequence[Step], seed: int
) -> PhaseResult:
    rng = random.Random(seed)
    walks = [
        citizen(state, watch, user_id, steps, phase.think, random.Random(rng.random()))
        for user_id in phase.users
    ]
    results = await asyncio.gather(*walks)
    return PhaseResult([sample for samples in results for sample in samples])


# The bots under test

Verify = Callable[[Sequence[int]], Awaitable[int]]
Serve = Callable[[BotApiStandIn, Sequence[int], Path], AbstractAsyncContextManager[Verify]]


async def seed_consent(db: Database, users: Sequence[int]) -> None:
    for user_id in users:
        await citizens.seen(db, user_id, "nl")
        await citizens.give_consent(db, user_id, TERMS_VERSION, f"Inwoner {user_id}", None)


async def unfinished_walks(db: Database, users: Sequence[int]) -> int:
    """Citizens whose goed-bestuur run did not end finished (0 when all is well)."""
    missing = 0
    for user_id in users:
        walked = [r for r in await runs.of_citizen(db, user_id) if r.dialogue_id == "goed-bestuur"]
        missing += not walked or walked[-1].status != "finished"
    return missing


@asynccontextmanager
async def serving_doetmee(
    standin: BotApiStandIn, users: Sequence[int], workdir: Path
) -> AsyncIterator[Verify]:
    """The real bot as ``doetmee run`` starts it: durable inbox, shipped dialogues."""
    settings = load_settings(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "DOETMEE_API_URL": standin.base_url,
            "DOETMEE_DATABASE": str(workdir / "doetmee.sqlite3"),
            "DOETMEE_STAFF": "9000",
            "DOETMEE_SECRET": "benchmark-secret",
        }
    )
    async with runner.running(settings, TOKEN) as bot:
        db = bot.services.db
        await seed_consent(db, users)
        stop = asyncio.Event()
        tasks = (
            asyncio.create_task(bot.inbox.consume(stop)),
            asyncio.create_task(bot.inbox.fetch(stop)),
        )
        try:

            async def verify(walked: Sequence[int]) -> int:
                return await unfinished_walks(db, walked)

            yield verify
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


@asynccontextmanager
async def serving_echo(
    standin: BotApiStandIn, users: Sequence[int], workdir: Path
) -> AsyncIterator[Verify]:
    """A bare PTB echo bot with the normal updater: texts echoed (with a button), presses
    answered."""
    application = build_echo(standin)
    async with application:
        assert application.updater is not None
        await application.updater.start_polling(allowed_updates=Update.ALL_TYPES)
        await application.start()
        try:

            async def verify(walked: Sequence[int]) -> int:
                return 0  # every action was answered, or a citizen raised

            yield verify
        finally:
            await application.updater.stop()
            await application.stop()


# Measuring one bot


@dataclass
class BotResult:
    name: str
    phases: dict[str, PhaseResult] = field(default_factory=dict)
    unfinished: int = 0


def plan(citizens_count: int, warmup: int, think: float) -> list[Phase]:
    """Separate citizens per phase: a finished walk cannot be walked again as new."""
    phases = [("warm-up", warmup, 0.0), ("saturated", citizens_count, 0.0)]
    if think:
        phases.append(("paced", citizens_count, think))
    planned, first = [], 100_001
    for name, count, pause in phases:
        planned.append(Phase(name, tuple(range(first, first + count)), pause))
        first += count
    return planned


async def measure(
    name: str, serve: Serve, steps: Sequence[Step], phases: Sequence[Phase], seed: int
) -> BotResult:
    result = BotResult(name)
    users = [user_id for phase in phases for user_id in phase.users]
    with tempfile.TemporaryDirectory(prefix="doetmee-bench-") as workdir:
        async with BotApiStandIn(token=TOKEN) as standin:
            for user_id in users:
                standin.state.ensure_user(user_id, first_name=f"Inwoner {user_id}")
            watch = AnswerWatch(standin.state.events)
            router = asyncio.create_task(watch.run())
            async with serve(standin, users, Path(workdir)) as verify:
                for number, phase in enumerate(phases):
                    started = time.perf_counter()
                    outcome = await run_phase(standin.state, watch, phase, steps, seed + number)
                    result.phases[phase.name] = outcome
                    print(
                        f"  {name:8} {phase.name:9} {outcome.updates:5} updates "
                        f"in {time.perf_counter() - started:5.1f} s",
                        file=sys.stderr,
                    )
                result.unfinished = await verify(users)
            router.cancel()
    return result


# Reporting


def _ms(value: float) -> str:
    return f"{value:.1f} ms"


def _mark(met: bool) -> str:
    return "met" if met else "NOT met"


def table(bot: BotResult, echo: BotResult, latency_phase: str) -> str:
    rows = [("updates/s (saturated)", lambda r: f"{r.phases['saturated'].per_second:.0f}")]
    for phase in dict.fromkeys(("saturated", latency_phase)):
        for label, share in (("p50", 0.5), ("p99", 0.99)):
            rows.append(
                (
                    f"{label} first answer ({phase})",
                    lambda r, p=phase, s=share: _ms(percentile(r.phases[p].first_ms(), s)),
                )
            )
        rows.append(
            (
                f"p99 full answer ({phase})",
                lambda r, p=phase: _ms(percentile(r.phases[p].full_ms(), 0.99)),
            )
        )
    lines = [f"| | {bot.name} | {echo.name} |", "|---|---:|---:|"]
    lines += [f"| {label} | {cell(bot)} | {cell(echo)} |" for label, cell in rows]
    return "\n".join(lines)


def verdict(bot: BotResult, echo: BotResult, latency_phase: str) -> list[str]:
    ratio = bot.phases["saturated"].per_second / echo.phases["saturated"].per_second
    p99 = percentile(bot.phases[latency_phase].first_ms(), 0.99)
    p99_full = percentile(bot.phases[latency_phase].full_ms(), 0.99)
    lines = [
        f"- throughput: {ratio:.2f} x the echo bot (goal >= {GOAL_THROUGHPUT_RATIO}): "
        f"{_mark(ratio >= GOAL_THROUGHPUT_RATIO)}",
        f"- p99 to the first answer ({latency_phase}): {_ms(p99)} (goal < {GOAL_P99_MS:.0f} ms): "
        f"{_mark(p99 < GOAL_P99_MS)}; to the full answer: {_ms(p99_full)}",
    ]
    if bot.unfinished:
        lines.append(f"- WARNING: {bot.unfinished} walk(s) did not end finished in the database")
    return lines


def report(bot: BotResult, echo: BotResult, options: argparse.Namespace) -> str:
    latency_phase = "paced" if options.think else "saturated"
    steps = GOED_BESTUUR
    texts = sum(step.kind == "text" for step in steps)
    header = [
        f"## Dialogue benchmark: {options.citizens} citizens, goed-bestuur",
        "",
        f"{len(steps)} actions per citizen ({texts} texts, {len(steps) - texts} presses); "
        f"paced think time {options.think:g} s x U(0.5, 1.5); Python "
        f"{platform.python_version()}, {os.cpu_count()} CPU(s).",
        "",
    ]
    return "\n".join(
        [*header, table(bot, echo, latency_phase), "", *verdict(bot, echo, latency_phase)]
    )


def options_from(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--citizens", type=int, default=200, help="citizens per phase (200)")
    parser.add_argument(
        "--think",
        type=float,
        default=1.0,
        help="mean think time in seconds in the paced phase (1.0; 0: no paced phase)",
    )
    parser.add_argument("--warmup", type=int, default=10, help="warm-up citizens (10)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--quick", action="store_true", help="50 citizens and 0.5 s think time: a smoke test"
    )
    options = parser.parse_args(argv)
    if options.quick:
        options.citizens, options.think = 50, 0.5
    return options


async def run(options: argparse.Namespace) -> str:
    phases = plan(options.citizens, options.warmup, options.think)
    bot = await measure("doetmee", serving_doetmee, GOED_BESTUUR, phases, options.seed)
    echo = await measure("echo", serving_echo, echo_steps(GOED_BESTUUR), phases, options.seed)
    return report(bot, echo, options)


def main(argv: Sequence[str] | None = None) -> None:
    print(asyncio.run(run(options_from(argv))))


if __name__ == "__main__":
    main()
