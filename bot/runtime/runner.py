"""Starting and stopping the bot: database, services, Application, durable inbox."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from telegram import BotCommandScopeChat, BotCommandScopeDefault
from telegram.error import TelegramError
from telegram.ext import Application

from bot import application as application_module
from bot.config import Settings
from bot.dialogue_admin import flow as dialogue_admin
from bot.dialogues.catalog import DialogueCatalog
from bot.dialogues.loader import load_checked
from bot.events import reminders
from bot.export.scrub import deduce_cache
from bot.i18n import SUPPORTED_LOCALES, load_translations
from bot.messaging import broadcasts, outbox
from bot.messaging.callback_codec import CallbackCodec
from bot.people import language
from bot.privacy import retention
from bot.roles import command_menu
from bot.runtime import daily_backup, key_file, keys, logging_setup, run_lock, webhook
from bot.runtime.inbox import DurableInbox
from bot.runtime.telegram_http import AiohttpRequest
from bot.screens import menu
from bot.services import Services
from bot.storage import citizens
from bot.storage import roles as role_store
from bot.storage.database import open_database

log = logging.getLogger("bot.runner")


@dataclass
class RunningBot:
    services: Services
    application: Application[Any, Any, Any, Any, Any, Any]
    inbox: DurableInbox


async def build_services(settings: Settings, *, with_dialogues: bool = True) -> Services:
    """Everything the handlers need. Invalid dialogue files stop start-up before the database
    is touched (:class:`~bot.dialogues.problems.DialogueFileError`); their warnings are logged
    once (as ``doetmee dialogues check`` shows them). The command line's
    administration (roles) goes ``with_dialogues=False``: it needs no dialogue files."""
    dialogues = DialogueCatalog()
    if with_dialogues:
        checked = load_checked(settings.dialogues)  # the files are read once
        dialogues.set_current(checked.dialogues.values())
        for warning in checked.warnings:  # the bot starts; worth fixing
            log.warning("%s", warning.describe())
    db = await open_database(settings.database)
    try:
        bot_keys = await key_file.load(settings, db)
    except BaseException:
        await db.close()
        raise
    catalogs = load_translations(settings.locale)
    services = Services(
        settings=settings,
        db=db,
        catalogs=catalogs,
        codec=CallbackCodec(
            bot_keys.for_purpose(keys.BUTTONS), earlier=bot_keys.earlier(keys.BUTTONS)
        ),
        keys=bot_keys,
        dialogues=dialogues,
    )
    await dialogue_admin.restore_statuses(services)  # paused and archived survive a restart
    return services


async def publish_commands(
    application: Application[Any, Any, Any, Any, Any, Any], services: Services
) -> None:
    """The command menu in every language we speak (setMyCommands per language code)."""
    bot = application.bot
    default = services.catalogs.get(services.settings.locale)
    await bot.set_my_commands(menu.citizen_commands(default), scope=BotCommandScopeDefault())
    for locale in SUPPORTED_LOCALES:
        t = services.catalogs.get(locale)
        await bot.set_my_commands(menu.citizen_commands(t), language_code=locale)
    staff = set(services.settings.staff) | set(await role_store.members(services.db, "staff"))
    facilitators = set(await role_store.members(services.db, "facilitator")) - staff
    for user_id in sorted(staff | facilitators):
        citizen = await citizens.get(services.db, user_id)
        t = language.of_citizen(services.catalogs, citizen)
        commands = await command_menu.commands_for(services, user_id, t)
        try:
            await bot.set_my_commands(commands, scope=BotCommandScopeChat(user_id))
        except TelegramError as error:  # e.g. they never wrote to the bot yet
            log.info("no command menu for %s: %s", user_id, error)


RETENTION_INTERVAL = 6 * 60 * 60


def settle_memory() -> None:
    """Move everything loaded at start-up out of the garbage collector's sight.

    The libraries, catalogs and dialogues live as long as the process; scanning them again
    in every full collection caused pauses of 60 ms under load (benchmarks/).
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 100)


def schedule_retention(
    application: Application[Any, Any, Any, Any, Any, Any], services: Services
) -> None:
    """Remove what is past its retention period, now and every few hours."""

    async def job(_context: object) -> None:
        await retention.apply(services)

    assert application.job_queue is not None
    application.job_queue.run_repeating(job, interval=RETENTION_INTERVAL, first=1, name="retention")


def schedule_outbox(
    application: Application[Any, Any, Any, Any, Any, Any], services: Services
) -> None:
    """Deliver queued messages (the queue is in the database, so a restart resumes it)."""

    async def job(_context: object) -> None:
        await outbox.deliver_due(services.db, application.bot, services.codec)

    assert application.job_queue is not None
    application.job_queue.run_repeating(
        job,
        interval=outbox.INTERVAL_SECONDS,
        first=0.5,
        name="outbox",
        job_kwargs={"max_instances": 1, "coalesce": True},
    )


def schedule_broadcast_progress(
    application: Application[Any, Any, Any, Any, Any, Any], services: Services
) -> None:
    """Show staff how their broadcasts go, and each one's final count once."""

    async def job(_context: object) -> None:
        db, catalogs = services.db, services.catalogs
        await broadcasts.report(db, application.bot, services.codec, catalogs)

    assert application.job_queue is not None
    application.job_queue.run_repeating(
        job,
        interval=broadcasts.REPORT_INTERVAL,
        first=1,
        name="broadcast-progress",
        job_kwargs={"max_instances": 1, "coalesce": True},
    )


REMINDER_INTERVAL = 10 * 60


def schedule_reminders(
    application: Application[Any, Any, Any, Any, Any, Any], services: Services
) -> None:
    """Repair the reminders of every event (:func:`bot.events.reminders.sync_all`) shortly
    after start and then every :data:`REMINDER_INTERVAL` seconds."""

    async def job(_context: object) -> None:
        await reminders.sync_all(services.db, services.catalogs, services.settings.timezone)

    assert application.job_queue is not None
    application.job_queue.run_repeating(
        job,
        interval=REMINDER_INTERVAL,
        first=2,
        name="reminders",
        job_kwargs={"max_instances": 1, "coalesce": True},
    )


@asynccontextmanager
async def running(settings: Settings, token: str) -> AsyncIterator[RunningBot]:
    """The Application initialised and started, with its services; stopped cleanly after."""
    logging_setup.protect(token)
    with run_lock.running(settings.database):
        async with _running(settings, token) as bot:
            yield bot


@asynccontextmanager
async def _running(settings: Settings, token: str) -> AsyncIterator[RunningBot]:
    services = await build_services(settings)
    try:
        calls, updates = AiohttpRequest(connection_pool_size=256), AiohttpRequest(1)
        application = application_module.build(services, token, calls=calls, updates=updates)
        try:
            await application.initialize()
        except BaseException:
            # PTB closes its connections only after a successful start (getMe answered).
            await asyncio.gather(calls.shutdown(), updates.shutdown())
            raise
        services.me.username = application.bot.username  # the one place links read it
        try:
            await publish_commands(application, services)
            await application.start()
            deduce_cache.warm_up_in_background()  # its own process; never deduce in ours
            settle_memory()
            schedule_retention(application, services)
            schedule_outbox(application, services)
            schedule_broadcast_progress(application, services)
            schedule_reminders(application, services)
            daily_backup.schedule(application, settings, services.db)
            try:
                yield RunningBot(services, application, DurableInbox(services.db, application))
            finally:
                await application.stop()
        finally:
            await application.shutdown()
    finally:
        await services.db.close()


async def serve(settings: Settings, token: str, stop: asyncio.Event) -> None:
    """Long polling (or the webhook, when configured) until ``stop`` is set."""
    async with running(settings, token) as bot:
        warn_about_privacy_contacts(settings)
        if settings.webhook_url:
            await webhook.serve(
                bot.application.bot,
                bot.inbox,
                bot.services.db,
                bot.services.keys,
                settings.webhook_url,
                settings.webhook_listen,
                settings.webhook_port,
                stop,
            )
            return
        me = bot.application.bot
        log.info("bot @%s is running (long polling); stop with Ctrl-C", me.username)
        consumer = asyncio.create_task(bot.inbox.consume(stop), name="inbox-consumer")
        fetcher = asyncio.create_task(bot.inbox.fetch(stop), name="inbox-fetcher")
        done, _ = await asyncio.wait({consumer, fetcher}, return_when=asyncio.FIRST_EXCEPTION)
        stop.set()
        for task in (fetcher, consumer):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        for task in done:
            if task.exception() is not None:
                raise task.exception()  # type: ignore[misc]


def warn_about_privacy_contacts(settings: Settings) -> None:
    """Once at start-up: /privacy names these contacts, and says when they are missing."""
    unset = settings.contacts.unset()
    if unset:
        log.warning(
            "privacy contacts not set: %s; /privacy tells citizens they are not filled in yet "
            "(see the README, Configuration)",
            ", ".join(unset),
        )


def stop_on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
