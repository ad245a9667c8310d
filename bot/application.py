"""Building the python-telegram-bot Application: the one place where handlers are registered."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.announcements import flow as announcement_flow
from bot.answering import flow
from bot.handlers import (
    announcements,
    dialogues,
    errors,
    events,
    export,
    fallback,
    ideas,
    info,
    language,
    membership,
    own_data,
    preferences,
    roles,
    school_permission,
    sessions,
    start,
)
from bot.handlers.common import acknowledge, decoded
from bot.ideas import flow as idea_flow
from bot.messaging import delivery
from bot.messaging.text_inputs import TextInputs
from bot.onboarding.flow import DeepLinks
from bot.roles import invites as role_invites
from bot.runtime.context import BotContext, attach
from bot.services import Services

PRIVATE = filters.ChatType.PRIVATE


class ButtonOutsidePrivateChat(CallbackQueryHandler[Any, Any]):
    """Matches a pressed button that is not in a private chat with the bot (a group, a
    channel, an inline message); our callback data is signed but not tied to a chat."""

    def check_update(self, update: object) -> bool:
        if not isinstance(update, Update) or update.callback_query is None:
            return False
        chat = update.effective_chat
        return chat is None or chat.type != ChatType.PRIVATE


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
        .rate_limiter(AIORateLimiter(max_retries=3))
        .context_types(ContextTypes(context=BotContext))
        .build()
    )
    attach(application, services)
    register(application, services)
    return application


def register(application: Application[Any, Any, Any, Any, Any, Any], services: Services) -> None:
    codec = services.codec
    links = DeepLinks()
    links.register("d", flow.start)
    links.register("r", role_invites.redeem)
    # Commands that need consent wait for it, and run once it is given.
    links.register_command(
        "gesprek", lambda services, who, _arg: flow.list_dialogues(services, who)
    )
    links.register_command("idee", lambda services, who, _arg: idea_flow.ask(services, who))
    inputs = TextInputs()
    inputs.register(announcement_flow.AWAITING, announcement_flow.on_text)
    features = (ideas, events, sessions)
    for feature in features:
        for prefix, link in feature.DEEP_LINKS.items():
            links.register(prefix, link)
        for kind, handler in feature.TEXT_INPUTS.items():
            inputs.register(kind, handler)

    def button(action: str, callback: Any) -> CallbackQueryHandler[Any, Any]:
        return CallbackQueryHandler(callback, pattern=codec.matches(action))

    menu_screens = {
        "privacy": info.privacy,
        "help": info.help_command,
        "taal": language.choose,
        "instellingen": preferences.show,
        "mijngegevens": own_data.download,
        "gesprek": dialogues.list_dialogues,
        "idee": ideas.new_idea,
        "ideeen": ideas.browse,
    }

    async def menu_button(update: Update, context: BotContext) -> None:
        await acknowledge(update)
        (screen,) = decoded(update, codec).args or ("",)
        await menu_screens.get(screen, info.main_menu)(update, context)

    application.add_handlers(
        [
            ChatMemberHandler(membership.changed, ChatMemberHandler.MY_CHAT_MEMBER),
            # Buttons work only in a private chat: staff and facilitator actions above all.
            ButtonOutsidePrivateChat(fallback.button_outside_private_chat),
            # Outside a private chat: only point people to the private chat.
            MessageHandler(~PRIVATE & filters.COMMAND, fallback.group_command),
            MessageHandler(~PRIVATE, fallback.ignore),
            MessageHandler(filters.UpdateType.EDITED, fallback.edited),
            CommandHandler("start", start.make_start(links), PRIVATE),
            CommandHandler("privacy", info.privacy, PRIVATE),
            CommandHandler("help", info.help_command, PRIVATE),
            CommandHandler("taal", language.choose, PRIVATE),
            CommandHandler("instellingen", preferences.show, PRIVATE),
            CommandHandler("mijngegevens", own_data.download, PRIVATE),
            CommandHandler("vergeetmij", own_data.ask_erasure, PRIVATE),
            CommandHandler("gesprek", dialogues.list_dialogues, PRIVATE),
            CommandHandler("stop", dialogues.stop, PRIVATE),
            CommandHandler("rol", roles.overview, PRIVATE),
            CommandHandler("export", export.start, PRIVATE),
            CommandHandler("bericht", announcements.ask, PRIVATE),
            button("consent", start.make_consent(links)),
            button("ageband", start.make_age(links)),
            button("guardian", start.make_guardian(links)),
            button("school", school_permission.answered),
            button("lang", language.chosen),
            button("erase", own_data.erasure_answer),
            button("withdraw", preferences.withdraw),
            button("menu", menu_button),
            button("invite", roles.invite),
            button("role", roles.change),
            button("exp", export.step),
            button("ann", announcements.decide),
            button("news", announcements.news),
            *[handler for feature in features for handler in feature.handlers(codec)],
            button("dlg", dialogues.chosen),
            button("again", dialogues.chosen),
            button("q", dialogues.pressed),
            button("quote", dialogues.quote),
            button("quotes_done", dialogues.quotes_done),
            MessageHandler(filters.COMMAND, fallback.unknown_command),
            MessageHandler(filters.TEXT, dialogues.make_text(inputs)),
            MessageHandler(filters.ALL, fallback.not_text),
            CallbackQueryHandler(fallback.stale_button),
        ]
    )
    # Before everything else: someone who may not take part yet is asked for consent first.
    application.add_handler(
        MessageHandler(filters.UpdateType.MESSAGE & PRIVATE & filters.TEXT, start.make_gate(links)),
        group=-2,
    )
    # Then: a command clears what a feature was waiting for.
    application.add_handler(MessageHandler(filters.COMMAND, dialogues.clear_awaiting), group=-1)
    application.add_error_handler(errors.on_error)
