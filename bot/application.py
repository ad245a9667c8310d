"""Building the python-telegram-bot Application: the one place where every feature is
registered, and where what each step needs is checked — at the root because it is the one
place that knows every feature.

Every feature declares in one object (``FEATURE`` in ``bot/handlers/<feature>.py``) its
commands, buttons, deep links and typed input, and what each needs (:mod:`bot.handlers.feature`).
Here :data:`FEATURES` lists them, and:

- :func:`register` gives python-telegram-bot a ``CommandHandler`` per declared command, one
  handler for every pressed button and one for typed text, plus the few handlers for what no
  feature handles (groups, edited messages, stickers, unknown commands) and the one error
  handler;
- :func:`admitted` checks consent and roles once, for commands, buttons and typed input
  alike: without consent the consent question (and, for a button, where to go on once it is
  given); without the role a polite refusal and an audit-log row;
- :func:`run_command`, :func:`press` and :func:`typed` are what happens for a command, a
  pressed button and a typed message, without Telegram (the tests use them too).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.config import DEFAULT_SEND_RATE
from bot.handlers import (
    announcements,
    dialogue_admin,
    dialogues,
    errors,
    events,
    export,
    fallback,
    ideas,
    membership,
    menu,
    onboarding,
    own_data,
    privacy,
    roles,
    sessions,
    settings,
)
from bot.handlers.common import deliver, send_all, visitor
from bot.handlers.feature import (
    Button,
    Command,
    DocumentInput,
    Feature,
    HintStep,
    Needs,
    Role,
    Said,
    TextInput,
    TypedText,
    pressed,
)
from bot.messaging import delivery
from bot.messaging.actions import Action
from bot.messaging.callback_codec import CallbackDataError
from bot.messaging.incoming_file import FileUnavailable, IncomingFile
from bot.messaging.reply import Outcome, Reply
from bot.onboarding import flow as onboarding_flow
from bot.onboarding.flow import DeepLinkHandler, DeepLinks
from bot.people import access
from bot.people.consent import is_current
from bot.people.participation import only_in_school_sessions
from bot.people.visitor import Visitor
from bot.runtime.context import BotContext, attach
from bot.screens import notices
from bot.screens.menu import OpenMenu
from bot.services import Services
from bot.storage import audit, citizens
from bot.storage import roles as role_store

PRIVATE = filters.ChatType.PRIVATE

FEATURES: tuple[Feature, ...] = (
    ideas.FEATURE,
    sessions.FEATURE,
    dialogue_admin.FEATURE,
    dialogues.FEATURE,
    events.FEATURE,
    announcements.FEATURE,
    roles.FEATURE,
    export.FEATURE,
    own_data.FEATURE,
    privacy.FEATURE,
    settings.FEATURE,
    menu.FEATURE,
)
"""Every feature but first contact (which follows their links, below). Their order is the
order in which a typed message nobody took is matched to what the citizen was probably
doing: an idea without a theme, a session's question, a paused dialogue."""


def said(result: Said) -> Outcome:
    if isinstance(result, Outcome):
        return result
    return Outcome([result] if isinstance(result, Reply) else result)


def _once(found: dict[Any, Any], key: Any, value: Any, kind: str) -> None:
    if key in found:
        raise ValueError(f"{kind} {key!r} is declared by two features")
    found[key] = value


def _resumed(command: Command) -> DeepLinkHandler:
    """A command that waited for consent, run once it is given (``/gesprek`` stored as
    ``pending_start``)."""

    async def run(services: Services, visitor: Visitor, argument: str) -> list[Reply]:
        return said(await command.step(services, visitor, argument.split())).replies

    return run


def _links(features: Iterable[Feature]) -> DeepLinks:
    prefixes: dict[str, DeepLinkHandler] = {}
    waiting: dict[str, DeepLinkHandler] = {}
    for feature in features:
        for prefix, step in feature.deep_links.items():
            _once(prefixes, prefix, step, "deep link")
        for name, command in feature.commands.items():
            if command.needs.consent:
                waiting[name] = _resumed(command)
    return DeepLinks(prefixes, waiting)


LINKS = _links(FEATURES)
"""What can wait for consent: every feature's deep links, and its commands that need it."""

MENU_COMMANDS = (
    "privacy",
    "help",
    "taal",
    "instellingen",
    "mijngegevens",
    "gesprek",
    "idee",
    "ideeen",
)
"""The main menu's buttons (``menu:<command>``) open these commands, with their needs, as if
typed; any other opens the main menu."""


async def _open_menu(services: Services, visitor: Visitor, action: OpenMenu) -> Outcome:
    if action.command in MENU_COMMANDS:
        return await run_command(services, visitor, action.command)
    return said(await menu.main_menu(services, visitor, action))


@dataclass(frozen=True)
class Index:
    """Every declared entry point, by name; built once from the features."""

    commands: dict[str, Command]
    buttons: dict[type[Action], Button[Any]]
    text_inputs: dict[str, TextInput]
    typed_text: tuple[TypedText, ...]
    unfinished: tuple[HintStep, ...]
    documents: tuple[DocumentInput, ...]

    @classmethod
    def of(cls, features: Sequence[Feature]) -> Index:
        commands: dict[str, Command] = {}
        buttons: dict[type[Action], Button[Any]] = {}
        inputs: dict[str, TextInput] = {}
        for feature in features:
            for name, command in feature.commands.items():
                _once(commands, name, command, "command")
            for button in feature.buttons:
                _once(buttons, button.action, button, "button action")
            for kind, text_input in feature.text_inputs.items():
                _once(inputs, kind, text_input, "text input")
        typed = [f.typed_text for f in features if f.typed_text is not None]
        return cls(
            commands,
            buttons,
            inputs,
            tuple(sorted(typed, key=lambda t: not t.first)),
            tuple(f.unfinished for f in features if f.unfinished is not None),
            tuple(f.documents for f in features if f.documents is not None),
        )


INDEX = Index.of(
    (
        onboarding.feature(LINKS),
        *FEATURES,
        Feature("main menu", buttons=(pressed(OpenMenu, _open_menu),)),
    )
)


# What a step needs: checked here, once, for commands, buttons and typed input.


async def admitted(
    services: Services, visitor: Visitor, needs: Needs, resume: str | None = None
) -> Outcome | None:
    """None when ``visitor`` may take the step; else what to say instead: without the role a
    polite refusal (and an audit-log row), without consent the consent question (``resume``:
    the deep-link payload to go on with once consent is given), with only the school's
    permission (under 16) for a step outside a session the question for a parent's."""
    db, t = services.db, visitor.t
    if needs.role is not None:
        if not await holds_role(services, visitor, needs.role):
            await audit.record(db, visitor.user_id, "refused", needs.command)
            refusal = notices.staff_only if needs.role is Role.STAFF else notices.facilitator_only
            return Outcome([refusal(t)])
        name = " ".join(filter(None, (visitor.first_name, visitor.last_name)))
        await role_store.remember_name(db, visitor.user_id, name)
    citizen = visitor.citizen
    if needs.consent and not is_current(citizen.consent_version):
        if resume is not None:
            await citizens.set_pending_start(db, visitor.user_id, resume)
        return Outcome([notices.consent_needed(t)])
    if (
        needs.consent
        and not needs.in_school_session
        and only_in_school_sessions(citizen.consent_version, citizen.permission)
    ):
        return Outcome([notices.school_sessions_only(t)])
    return None


async def holds_role(services: Services, visitor: Visitor, role: Role) -> bool:
    if role is Role.STAFF:
        return await access.is_staff(services.db, services.settings, visitor.user_id)
    return await access.is_facilitator(services.db, services.settings, visitor.user_id)


async def received(services: Services, visitor: Visitor, incoming: IncomingFile) -> Outcome:
    """A file sent as a document: to the feature that asked for it, else to the one that
    claims it or whose role the sender has (with the role checked as for a command); else
    "we only read text"."""
    kind = (visitor.citizen.awaiting or "").partition(":")[0]
    asked = [taker for taker in INDEX.documents if taker.awaiting == kind]
    unasked = [taker for taker in INDEX.documents if taker.awaiting is None]
    for taker in (*asked, *unasked):
        role = taker.needs.role
        mine = role is not None and await holds_role(services, visitor, role)
        if taker in asked or taker.claims(incoming) or mine:
            refused = await admitted(services, visitor, taker.needs)
            if refused is not None:
                return refused
            return said(await taker.step(services, visitor, incoming))
    return Outcome([notices.only_text(visitor.t)])


async def run_command(
    services: Services, visitor: Visitor, name: str, words: Sequence[str] = ()
) -> Outcome:
    """A command (typed, or opened from the main menu)."""
    command = INDEX.commands[name]
    refused = await admitted(services, visitor, command.needs)
    if refused is not None:
        return refused
    return said(await command.step(services, visitor, words))


async def press(services: Services, visitor: Visitor, action: Action) -> Outcome:
    """A pressed button, decoded; one we do not (or no longer) know gets a short notice."""
    button = INDEX.buttons.get(type(action))
    if button is None:
        return Outcome(notice=notices.stale_button(visitor.t))
    needs = button.needs_for(action)
    resume = button.resume(action) if button.resume is not None else None
    refused = await admitted(services, visitor, needs, resume)
    if refused is not None:
        return refused
    return said(await button.step(services, visitor, action))


async def typed(services: Services, visitor: Visitor, text: str) -> list[Reply]:
    """A typed message: a join code (like a command, before anything else), else what a
    feature asked for (``citizens.awaiting``), else an answer in the current dialogue, else a
    pointer to what the citizen was probably doing, else "not understood"."""
    first = [t for t in INDEX.typed_text if t.first]
    later = [t for t in INDEX.typed_text if not t.first]
    for reader in first:
        taken = await reader.step(services, visitor, text)
        if taken is not None:
            return taken
    awaiting = visitor.citizen.awaiting
    if awaiting:
        kind, _, argument = awaiting.partition(":")
        wanted = INDEX.text_inputs.get(kind)
        if wanted is not None:
            refused = await admitted(services, visitor, wanted.needs)
            if refused is not None:
                await citizens.set_awaiting(services.db, visitor.user_id, None)
                return refused.replies
            return await wanted.step(services, visitor, argument, text)
    for reader in later:
        taken = await reader.step(services, visitor, text)
        if taken is not None:
            return taken
    for hint in INDEX.unfinished:
        pointer = await hint(services, visitor)
        if pointer is not None:
            return pointer
    return [notices.not_understood(visitor.t)]


# The Telegram side.


class ButtonOutsidePrivateChat(CallbackQueryHandler[Any, Any]):
    """Matches a pressed button that is not in a private chat with the bot (a group, a
    channel, an inline message); our callback data is signed but not tied to a chat."""

    def check_update(self, update: object) -> bool:
        if not isinstance(update, Update) or update.callback_query is None:
            return False
        chat = update.effective_chat
        return chat is None or chat.type != ChatType.PRIVATE


def _command(name: str) -> Any:
    async def handle(update: Update, context: BotContext) -> None:
        who = await visitor(update, context)
        words = tuple(context.args or ())
        await deliver(update, context, await run_command(context.services, who, name, words))

    return handle


async def _pressed(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    try:
        action = context.services.codec.decode(query.data)
    except CallbackDataError:  # not made by us, altered, or of an older layout
        await fallback.stale_button(update, context)
        return
    who = await visitor(update, context)
    await deliver(update, context, await press(context.services, who, action))


async def _typed(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None and message.text is not None
    who = await visitor(update, context)
    await send_all(update, context, await typed(context.services, who, message.text))


async def _document(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None and message.document is not None
    document = message.document
    bot = context.bot

    async def fetch() -> bytes:
        try:
            telegram_file = await bot.get_file(document.file_id)
            return bytes(await telegram_file.download_as_bytearray())
        except TelegramError as error:
            raise FileUnavailable(str(error)) from error

    incoming = IncomingFile(document.file_name or "", document.file_size, document.mime_type, fetch)
    who = await visitor(update, context)
    await deliver(update, context, await received(context.services, who, incoming))


async def _gate(update: Update, context: BotContext) -> None:
    """Before anything else handles a message: someone who may not take part yet gets the
    consent question instead (a command that needs consent waits for it)."""
    message = update.effective_message
    if message is None or message.text is None or update.effective_user is None:
        return
    who = await visitor(update, context)
    replies = await onboarding_flow.before_message(context.services, who, message.text, LINKS)
    if replies is None:
        return
    await send_all(update, context, replies)
    raise ApplicationHandlerStop


async def _clear_awaiting(update: Update, context: BotContext) -> None:
    """A command means the citizen moved on: forget what a feature was waiting for."""
    user = update.effective_user
    if user is not None:
        citizen = await citizens.get(context.services.db, user.id)
        if citizen is not None and citizen.awaiting is not None:
            await citizens.set_awaiting(context.services.db, user.id, None)


def build(
    services: Services, token: str, *, calls: BaseRequest, updates: BaseRequest
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The Application with every handler; ``calls`` carries the Bot API calls, ``updates``
    the long polls (the caller closes them if ``initialize`` fails)."""
    settings = services.settings
    delivery.expect_untyped_calls()
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.api_url)
        .base_file_url(settings.file_api_url)
        .updater(None)
        .request(calls)
        .get_updates_request(updates)
        .rate_limiter(rate_limiter(settings.send_rate))
        .context_types(ContextTypes(context=BotContext))
        .build()
    )
    attach(application, services)
    register(application)
    return application


def rate_limiter(send_rate: int | None) -> AIORateLimiter:
    """``DOETMEE_SEND_RATE``: at most ``send_rate`` calls per second for the whole bot (and
    Telegram's 20 a minute per group); ``None`` switches both limits off. Either way a call
    answered with "retry after" waits and is tried again (up to 3 times)."""
    if send_rate is None:
        return AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=3)
    if send_rate == DEFAULT_SEND_RATE:
        # python-telegram-bot's own default, Telegram's 30/s (left to it, so a benchmark that
        # replaces AIORateLimiter with one of other defaults gets its own)
        return AIORateLimiter(max_retries=3)
    return AIORateLimiter(overall_max_rate=send_rate, max_retries=3)


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    application.add_handlers(
        [
            ChatMemberHandler(membership.changed, ChatMemberHandler.MY_CHAT_MEMBER),
            # Buttons work only in a private chat: staff and facilitator actions above all.
            ButtonOutsidePrivateChat(fallback.button_outside_private_chat),
            # Outside a private chat: only point people to the private chat.
            MessageHandler(~PRIVATE & filters.COMMAND, fallback.group_command),
            MessageHandler(~PRIVATE, fallback.ignore),
            MessageHandler(filters.UpdateType.EDITED, fallback.edited),
            *[CommandHandler(name, _command(name), PRIVATE) for name in INDEX.commands],
            MessageHandler(filters.COMMAND, fallback.unknown_command),
            MessageHandler(filters.TEXT, _typed),
            MessageHandler(filters.Document.ALL, _document),
            MessageHandler(filters.ALL, fallback.not_text),
            CallbackQueryHandler(_pressed),
        ]
    )
    # Before everything else: someone who may not take part yet is asked for consent first.
    application.add_handler(
        MessageHandler(filters.UpdateType.MESSAGE & PRIVATE & filters.TEXT, _gate), group=-2
    )
    # Then: a command clears what a feature was waiting for.
    application.add_handler(MessageHandler(filters.COMMAND, _clear_awaiting), group=-1)
    application.add_error_handler(errors.on_error)
