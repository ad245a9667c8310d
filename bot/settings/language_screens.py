"""Choosing the language (/taal)."""

from __future__ import annotations

from bot.i18n import Translator
from bot.messaging.reply import Button, Reply, rows
from bot.settings.actions import ChooseLanguage

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


def choose_language(t: Translator) -> Reply:
    return Reply(
        text=t.gettext("Which language do you want us to use?"),
        buttons=rows(
            [
                Button(("✓ " if code == t.locale else "") + name, ChooseLanguage(code))
                for code, name in LANGUAGE_NAMES.items()
            ]
        ),
    )


def language_chosen(t: Translator, commands: tuple[tuple[str, str], ...]) -> Reply:
    return Reply(
        text=t.gettext("From now on we speak English with you."),
        replace=True,
        commands=commands,
    )
