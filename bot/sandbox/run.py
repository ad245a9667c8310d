"""``doetmee sandbox``: the real bot against the local Bot API stand-in, with a chat page.

One aiohttp server on loopback serves three things:

- the Bot API stand-in (``/bot<token>/<method>``, ``/file/bot<token>/…``) that the real
  python-telegram-bot Application talks to, exactly as it would talk to Telegram;
- its control interface (``/_control/…``), with which the page plays people;
- the chat page (``/``, ``/static/…``, ``/_sandbox/…``, see :mod:`bot.sandbox.chat_page`).

The people the page can play are :data:`PEOPLE`: three citizens (two Dutch, one English), a
facilitator and a staff member, each with their own private chat with the bot. An empty
agenda gets sample events (:mod:`bot.sandbox.sample_events`), so reminders can be tried.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from bot.config import Settings
from bot.runtime import runner
from bot.sandbox import sample_events
from bot.sandbox.chat_page import ChatPage
from bot.sandbox.standin import BotApiStandIn
from bot.storage import app_state
from bot.storage import inbox as inbox_store
from bot.storage import roles as role_store
from bot.storage.database import open_database

log = logging.getLogger("bot.sandbox")

SANDBOX_TOKEN = "1000000:SANDBOX"
SANDBOX_BOT_USERNAME = "doetmee_sandbox_bot"
SANDBOX_BOT_NAME = "Overijssel doet mee!"


@dataclass(frozen=True)
class Person:
    """Someone the page can play: a Telegram user with a private chat with the bot."""

    key: str
    user_id: int
    first_name: str
    language_code: str
    role: str  # citizen | facilitator | staff

    def view(self) -> dict[str, object]:
        return {
            "key": self.key,
            "user_id": self.user_id,
            "first_name": self.first_name,
            "language_code": self.language_code,
            "role": self.role,
        }


FIRST_UNISSUED_ID = 2**52
"""Telegram's user ids have at most 52 significant bits, so no real account has an id from here
on; the chat page's JavaScript still counts them exactly (below 2**53). The sandbox's people
have such ids: a role the sandbox grants can never belong to a real person."""

CITIZENS = (
    Person("anne", FIRST_UNISSUED_ID + 101, "Anne", "nl", "citizen"),
    Person("bram", FIRST_UNISSUED_ID + 102, "Bram", "nl", "citizen"),
    Person("chris", FIRST_UNISSUED_ID + 103, "Chris", "en", "citizen"),
)
FACILITATOR = Person("femke", FIRST_UNISSUED_ID + 201, "Femke", "nl", "facilitator")
STAFF = Person("sam", FIRST_UNISSUED_ID + 301, "Sam", "nl", "staff")
PEOPLE = (*CITIZENS, FACILITATOR, STAFF)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


SANDBOX_MARK = "made_by_sandbox"
"""The ``app_state`` key a database made by the sandbox carries."""


async def made_by_sandbox(database: Path) -> bool:
    """True for a database the sandbox makes now (marking it) or made before; False for any
    other database (``--database`` pointed at the bot's real one): nobody gets a role there."""
    new = _is_new(database)
    db = await open_database(database)
    try:
        if new:
            await app_state.put(db, SANDBOX_MARK, "yes")
        return await app_state.get(db, SANDBOX_MARK) == "yes"
    finally:
        await db.close()


def _is_new(database: Path) -> bool:
    return not database.exists() or database.stat().st_size == 0


def sandbox_settings(settings: Settings, standin: BotApiStandIn, *, roles: bool = True) -> Settings:
    """The bot's settings in the sandbox: the stand-in's address and token, and (``roles``) the
    sandbox's staff member added to the staff. Staff come from DOETMEE_STAFF
    (``settings.staff``) or from a role in the database; putting the id into ``settings.staff``
    is what ``DOETMEE_STAFF`` would do, so Sam is staff from the first message on, also with a
    fresh database, without writing anything to it."""
    return replace(
        settings,
        token=SANDBOX_TOKEN,
        api_url=standin.base_url,
        staff=settings.staff | {STAFF.user_id} if roles else settings.staff,
        webhook_url=None,
        contacts=settings.contacts.or_samples(),
    )


async def run_sandbox(
    settings: Settings,
    *,
    port: int = 8080,
    host: str = "127.0.0.1",
    ready: Callable[[str], None] | None = None,
    stop: asyncio.Event | None = None,
) -> None:
    """Serve the stand-in and the chat page on ``host:port`` (loopback only; 0 picks a free
    port), run the real bot against it, call ``ready(url)`` with the page's address once the
    bot is up, and run until ``stop`` is set (forever when None); then stop everything.

    ``settings`` carry the database and dialogues to use; the token and API URL are replaced.
    Errors while starting (an invalid dialogue file, a database problem, the port in use)
    are raised as they are.
    """
    if not _is_loopback(host):
        raise ValueError(f"the sandbox serves on loopback only, not on {host!r}")
    stop = stop or asyncio.Event()
    standin = BotApiStandIn(
        token=SANDBOX_TOKEN, bot_username=SANDBOX_BOT_USERNAME, bot_first_name=SANDBOX_BOT_NAME
    )
    page = ChatPage(standin, PEOPLE)
    app = standin.make_app()
    page.mount(app)
    await standin.start(host, port, app=app)
    try:
        for person in PEOPLE:
            standin.state.ensure_user(
                person.user_id, first_name=person.first_name, language_code=person.language_code
            )
        ours = await made_by_sandbox(settings.database)
        if not ours:
            log.warning(
                "%s was not made by the sandbox: Femke and Sam get no role in it",
                settings.database,
            )
        bot_settings = sandbox_settings(settings, standin, roles=ours)
        async with runner.running(bot_settings, SANDBOX_TOKEN) as bot:
            db = bot.services.db
            if ours:  # Facilitators have no setting of their own: the role is in the database.
                assert FACILITATOR.user_id >= FIRST_UNISSUED_ID
                await role_store.grant(db, FACILITATOR.user_id, "facilitator", "sandbox")
            # Something to try in /agenda and with reminders (only on an empty agenda).
            await sample_events.add_when_the_agenda_is_empty(db, bot_settings.timezone)
            # A kept database (--database) remembers the update ids it has seen; the stand-in
            # must go on above them, or the bot would take new updates for old ones.
            highest = await inbox_store.highest_update_id(db)
            standin.state.next_update_id = max(standin.state.next_update_id, highest + 1)
            page.attach(bot)
            await _serve(bot, stop, ready, standin.url + "/")
    finally:
        page.detach()
        await standin.stop()


async def _serve(
    bot: runner.RunningBot,
    stop: asyncio.Event,
    ready: Callable[[str], None] | None,
    url: str,
) -> None:
    """Poll and process updates until ``stop`` is set or a task fails (re-raised)."""
    inner = asyncio.Event()
    tasks = {
        asyncio.create_task(bot.inbox.consume(inner), name="sandbox-consumer"),
        asyncio.create_task(bot.inbox.fetch(inner), name="sandbox-fetcher"),
    }
    stopping = asyncio.create_task(stop.wait(), name="sandbox-stop")
    try:
        if ready is not None:
            ready(url)
        log.info("sandbox running at %s", url)
        await asyncio.wait({*tasks, stopping}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        inner.set()
        stopping.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await stopping
        results = await asyncio.gather(*tasks, return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException) and not isinstance(result, asyncio.CancelledError):
            raise result
