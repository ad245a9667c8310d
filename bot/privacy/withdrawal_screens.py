"""Withdrawing consent in the chat: what will happen, and what happened
(:mod:`bot.privacy.withdrawal`)."""

from __future__ import annotations

from bot.i18n import Translator
from bot.messaging.reply import Button, Reply, rows
from bot.privacy.actions import Withdraw, WithdrawStep


def confirm_withdrawal(t: Translator) -> Reply:
    """Says beforehand exactly what withdrawing does."""
    text = "\n".join(
        [
            t.gettext("<b>Do you want to withdraw your consent?</b>"),
            t.gettext("Then we erase right away:"),
            t.gettext(
                "• your answers in conversations and sessions, and which sessions you joined"
            ),
            t.gettext("• your permissions to quote answers"),
            t.gettext("• your ideas and the ideas you support"),
            t.gettext("• your name"),
            t.gettext("And we stop your reminders and news."),
            "",
            t.gettext(
                "We keep the number of your Telegram account, your language and your age "
                "group. Do you want everything gone? Use /vergeetmij."
            ),
            t.gettext("This cannot be undone."),
        ]
    )
    return Reply(
        text=text,
        buttons=rows(
            [
                Button(t.gettext("Yes, withdraw and erase"), Withdraw(WithdrawStep.YES)),
                Button(t.gettext("No"), Withdraw(WithdrawStep.NO)),
            ]
        ),
        replace=True,
    )


def withdrawn(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "Your consent is withdrawn. We erased your answers, your ideas and your support, "
            "and your reminders and news have stopped. You can take part again at any time "
            "with /start."
        ),
        replace=True,
    )


def nothing_to_withdraw(t: Translator) -> Reply:
    """Withdrawing twice, or an old button after the consent was withdrawn."""
    return Reply(
        text=t.gettext(
            "You have not given consent (any more), so there is nothing to withdraw. Nothing "
            "has changed."
        ),
        replace=True,
    )


def kept(t: Translator) -> Reply:
    return Reply(text=t.gettext("Nothing has changed."), replace=True)
