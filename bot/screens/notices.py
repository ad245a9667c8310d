"""Short answers to things the bot cannot use, and to failures."""

from __future__ import annotations

from bot.answering.actions import ChooseDialogue
from bot.i18n import Translator
from bot.messaging.reply import Button, Reply, rows
from bot.onboarding.actions import Consent, ConsentChoice, Guardian, GuardianAnswer
from bot.screens.menu import OpenMenu


def only_text(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "We can only read text. Type your answer, or use the buttons. Send /help to "
            "see what you can do here."
        )
    )


def not_understood(t: Translator) -> Reply:
    return Reply(
        text=t.gettext("We did not understand that. Choose something from the menu, or send /help.")
    )


def paused_conversation(t: Translator, dialogue_id: str) -> Reply:
    """Text typed while the conversation is paused; one tap goes on with it."""
    return Reply(
        text=t.gettext(
            "Your conversation is paused, so we did not save this. Tap ▶️ Go on to continue "
            "where you left off, then send your answer again."
        ),
        buttons=rows([Button(t.gettext("▶️ Go on"), ChooseDialogue(dialogue_id))]),
    )


def edited_message(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "You changed a message. We keep the first version. Want to change an answer in "
            "a conversation? Tap ⬅️ Back until you see that question again."
        )
    )


def stale_button(t: Translator) -> str:
    return t.gettext("This button no longer works. Please use the newest message.")


def buttons_private_only(t: Translator) -> str:
    return t.gettext("Sorry, buttons work only in your private chat with us.")


def staff_only(t: Translator) -> Reply:
    return Reply(text=t.gettext("Sorry, only staff of the province can do this."))


def private_chat_only(t: Translator, bot_username: str) -> Reply:
    return Reply(
        text=t.gettext(
            "We only talk in a private chat. Write to us at https://t.me/{username}",
            username=bot_username,
        )
    )


def something_went_wrong(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "Sorry, something went wrong on our side. Nothing you sent is lost. "
            "Please try again in a moment."
        )
    )


def facilitator_only(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "Sorry, only facilitators can do this. Ask staff of the province for an invitation."
        )
    )


def school_sessions_only(t: Translator) -> Reply:
    """Someone under 16 who takes part on the school's permission, asking for something
    outside the school's sessions (:func:`bot.people.participation.only_in_school_sessions`)."""
    return Reply(
        text="\n\n".join(
            (
                t.gettext(
                    "Your school arranged permission for its sessions only. For this, your "
                    "parent or guardian must agree too."
                ),
                t.gettext(
                    "Show them this message and /privacy. Do they agree? Then tap the button."
                ),
            )
        ),
        buttons=rows(
            [Button(t.gettext("👍 My parent or guardian agrees"), Guardian(GuardianAnswer.YES))],
            [Button(t.gettext("📄 Read the privacy statement"), OpenMenu("privacy"))],
        ),
    )


def consent_needed(t: Translator) -> Reply:
    """When something needs consent that is not (or no longer) given: the short statement
    comes with the next tap, so nobody agrees without having seen it."""
    return Reply(
        text=t.gettext("For this we first need your consent."),
        buttons=rows(
            [Button(t.gettext("✅ Read and choose"), Consent(ConsentChoice.SHOW))],
            [Button(t.gettext("📄 Read the privacy statement"), OpenMenu("privacy"))],
        ),
    )
