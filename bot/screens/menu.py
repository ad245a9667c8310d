"""The main menu, the help text and the command list shown in Telegram's menu."""

from __future__ import annotations

from dataclasses import dataclass

from bot.events.actions import ShowAgenda
from bot.i18n import Translator
from bot.messaging.actions import Action, action
from bot.messaging.reply import Button, Reply, rows


@action("menu")
@dataclass(frozen=True)
class OpenMenu(Action):
    """A button of the main menu (and of a few other messages): it opens the command it
    names, as if typed (:data:`bot.application.MENU_COMMANDS`); any other name, the menu."""

    command: str


def citizen_commands(t: Translator) -> list[tuple[str, str]]:
    """(command, description) for Telegram's command menu, in the citizen's language."""
    return [
        ("start", t.gettext("Start or show the menu")),
        ("gesprek", t.gettext("Answer questions about good governance")),
        ("agenda", t.gettext("Events and reminders")),
        ("idee", t.gettext("Send an idea")),
        ("ideeen", t.gettext("Read and support ideas")),
        ("taal", t.gettext("Choose your language")),
        ("instellingen", t.gettext("Your settings and consent")),
        ("privacy", t.gettext("What we keep and why")),
        ("mijngegevens", t.gettext("Download everything we keep about you")),
        ("vergeetmij", t.gettext("Erase everything we keep about you")),
        ("stop", t.gettext("Pause the current conversation")),
        ("help", t.gettext("Help")),
    ]


def facilitator_commands(t: Translator) -> list[tuple[str, str]]:
    # audience: facilitator
    return [("sessie", t.gettext("Sessions for a group (facilitators)"))]


def staff_commands(t: Translator) -> list[tuple[str, str]]:
    return [
        # audience: staff
        ("moderatie", t.gettext("Review new ideas")),
        # audience: staff
        ("evenement", t.gettext("Manage events")),
        # audience: staff
        ("dialogen", t.gettext("Manage conversations")),
        # audience: staff
        ("export", t.gettext("Export anonymised answers")),
        # audience: staff
        ("bericht", t.gettext("Send news to residents who asked for it")),
        # audience: staff
        ("rol", t.gettext("Roles and invitations")),
    ]


def main_menu(t: Translator) -> Reply:
    return Reply(
        text=t.gettext("<b>What would you like to do?</b>"),
        buttons=rows(
            [Button(t.gettext("💬 Join a conversation"), OpenMenu("gesprek"))],
            [Button(t.gettext("📅 Events"), ShowAgenda())],
            [
                Button(t.gettext("💡 Send an idea"), OpenMenu("idee")),
                Button(t.gettext("👀 Ideas of others"), OpenMenu("ideeen")),
            ],
            [
                Button(t.gettext("🔒 My data"), OpenMenu("mijngegevens")),
                Button(t.gettext("⚙️ Settings"), OpenMenu("instellingen")),
            ],
            [
                Button(t.gettext("🌐 Language"), OpenMenu("taal")),
                Button(t.gettext("❓ Help"), OpenMenu("help")),
            ],
        ),
    )


def help_text(t: Translator) -> Reply:
    lines = [t.gettext("<b>How this bot works</b>"), ""]
    lines += [f"/{command} – {description}" for command, description in citizen_commands(t)]
    lines += [
        "",
        t.gettext(
            "Use the buttons under a message to answer. Your answers are saved right away, "
            "so you can pause at any moment and go on later."
        ),
        "",
        t.gettext(
            "Got a code from a facilitator (for example at a Statenspel)? Type the code here, "
            "or /sessie and the code, to join their session."
        ),
    ]
    return Reply(text="\n".join(lines))
