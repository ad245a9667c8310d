"""How announcements look: to staff while writing one (/bericht), and to the citizens who
asked for news."""

from __future__ import annotations

from html import escape

from bot.announcements.actions import SendAnnouncement
from bot.announcements.store import Announcement
from bot.i18n import Translator
from bot.messaging.reply import Button, Reply, rows


def ask(t: Translator, audience: int) -> Reply:
    return Reply(
        # audience: staff
        text=t.ngettext(
            "Type the announcement and send it. It goes to {n} resident who asked for "
            "news. You will see it once more before it is sent.",
            "Type the announcement and send it. It goes to {n} residents who asked for "
            "news. You will see it once more before it is sent.",
            audience,
        )
    )


def wrong_length(t: Translator, minimum: int, maximum: int, length: int) -> Reply:
    return Reply(
        # audience: staff
        text=t.gettext(
            "An announcement has {min} to {max} characters; this one has {length}. "
            "Please type it again.",
            min=minimum,
            max=maximum,
            length=length,
        )
    )


def preview(t: Translator, draft: Announcement, audience: int) -> Reply:
    return Reply(
        # audience: staff
        text=t.ngettext(
            "<b>Check the announcement</b>\n\n{text}\n\nSend it to {n} resident?",
            "<b>Check the announcement</b>\n\n{text}\n\nSend it to {n} residents?",
            audience,
            text=escape(draft.text),
        ),
        buttons=rows(
            [
                # audience: staff
                Button(t.gettext("📣 Send"), SendAnnouncement(draft.id, send=True)),
                # audience: staff
                Button(t.gettext("Cancel"), SendAnnouncement(draft.id, send=False)),
            ]
        ),
    )


def not_sent(t: Translator) -> Reply:
    # audience: staff
    return Reply(text=t.gettext("Not sent."), replace=True)


def already_sent(t: Translator) -> str:
    # audience: staff
    return t.gettext("This announcement was sent already.")


def news(t: Translator, text: str) -> Reply:
    """The announcement as a citizen receives it."""
    return Reply(
        text=t.gettext("📣 <b>News from Overijssel doet mee!</b>")
        + "\n\n"
        + escape(text)
        + "\n\n"
        + t.gettext("<i>No more news? Turn it off in /instellingen.</i>")
    )


def news_switched(t: Translator, wanted: bool) -> str:
    if wanted:
        return t.gettext("You will get news from the programme now and then.")
    return t.gettext("You will get no more news.")
