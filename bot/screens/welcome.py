"""First contact: the greeting, the short privacy summary, and the consent question."""

from __future__ import annotations

from bot.i18n import Translator
from bot.reply import Button, Reply, rows


def consent_question(t: Translator, retention_days: int) -> Reply:
    text = "\n".join(
        [
            t.gettext("<b>Welcome to Overijssel doet mee!</b>"),
            "",
            t.gettext(
                "Here you can talk about good government in Overijssel. You answer short "
                "questions and tell us what you think. The province listens."
            ),
            "",
            t.gettext(
                "<b>What do we keep?</b> Your answers, your language, your age group if you "
                "give it, your Telegram number and name."
            ),
            t.gettext(
                "<b>Why?</b> So the province knows what you think and can improve how it works."
            ),
            t.gettext(
                "<b>Who sees it?</b> Only staff of the province. What we share with others is "
                "always without your name."
            ),
            t.gettext(
                "<b>How long?</b> At most {days} days. You can erase everything yourself at "
                "any time with /vergeetmij.",
                days=retention_days,
            ),
            "",
            t.gettext("Do you want to take part?"),
        ]
    )
    return Reply(
        text=text,
        buttons=rows(
            [
                Button(t.gettext("✅ Yes, I'll take part"), "consent", ("yes",)),
                Button(t.gettext("No, thank you"), "consent", ("no",)),
            ],
            [Button(t.gettext("📄 Read the privacy statement"), "menu", ("privacy",))],
        ),
    )


def consent_given(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "Thank you! You are taking part. You can withdraw your consent at any time "
            "in /instellingen."
        ),
        replace=True,
    )


def consent_refused(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "That's fine. We don't store your answers. You can still read /privacy and "
            "/help. Changed your mind? Send /start."
        ),
        replace=True,
    )


def consent_needed(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "To do this, I first need your consent. Read what we store and why, and then choose."
        ),
        buttons=rows(
            [Button(t.gettext("✅ Yes, I'll take part"), "consent", ("yes",))],
            [Button(t.gettext("📄 Read the privacy statement"), "menu", ("privacy",))],
        ),
    )
