"""The facilitator's confirmation that the school arranged parents' permission."""

from __future__ import annotations

from html import escape

from bot.i18n import Translator
from bot.messaging.reply import Button, Reply, rows
from bot.sessions.actions import SchoolPermission
from bot.sessions.store import Session


def question(t: Translator, session: Session) -> Reply:
    return Reply(
        text=t.gettext(
            "<b>Are there participants younger than 16?</b>\n"
            "They may only take part with permission of a parent or guardian. Has the school "
            "arranged that permission for this session? Then they can take part right away.\n"
            "If not, we ask each of them to confirm that a parent or guardian agrees."
        ),
        buttons=rows(
            [
                Button(
                    t.gettext("✅ Yes, the school arranged it"),
                    SchoolPermission(session.id, arranged=True),
                )
            ],
            [Button(t.gettext("No, or not needed"), SchoolPermission(session.id, arranged=False))],
        ),
    )


def confirmed(t: Translator, session: Session) -> Reply:
    return Reply(
        text=t.gettext(
            "Noted for “{name}”: the school arranged the permission of the parents. "
            "Participants younger than 16 can take part in this session.",
            name=escape(session.name),
        ),
        replace=True,
    )


def not_arranged(t: Translator, session: Session) -> Reply:
    return Reply(
        text=t.gettext(
            "Fine. In “{name}”, participants younger than 16 first confirm that a parent or "
            "guardian agrees. Without that, they cannot answer.",
            name=escape(session.name),
        ),
        replace=True,
    )
