"""/mijngegevens and /vergeetmij."""

from __future__ import annotations

from bot.i18n import Translator
from bot.reply import Button, Document, Reply, rows


def data_file(t: Translator, content: bytes, user_id: int) -> Reply:
    return Reply(
        text=t.gettext("Here is everything we store about you, as a file (JSON)."),
        document=Document(
            filename=f"mijngegevens-{user_id}.json",
            content=content,
            caption=t.gettext("Your data at Overijssel doet mee!"),
        ),
    )


def _staff_actions_kept(t: Translator) -> str:
    return t.gettext(
        "You worked with the bot as staff or as a facilitator. What you did in that role "
        "(for example an export or a decision about an idea) stays in our log, with a code "
        "instead of your name and Telegram number. The province must be able to account "
        "for its work."
    )


def confirm_erasure(t: Translator, keeps_staff_actions: bool = False) -> Reply:
    lines = [
        t.gettext(
            "<b>Do you want us to erase everything about you?</b>\n"
            "Your answers, ideas, events and settings will be gone for good. "
            "This cannot be undone."
        )
    ]
    if keeps_staff_actions:
        lines.append(_staff_actions_kept(t))
    return Reply(
        text="\n\n".join(lines),
        buttons=rows(
            [
                Button(t.gettext("🗑 Yes, erase everything"), "erase", ("yes",)),
                Button(t.gettext("No, keep it"), "erase", ("no",)),
            ]
        ),
    )


def erased(t: Translator, kept_staff_actions: bool = False) -> Reply:
    if kept_staff_actions:
        text = "\n\n".join(
            [
                t.gettext(
                    "Done. We have erased everything we stored about you, except the log of "
                    "what you did as staff or facilitator."
                ),
                _staff_actions_kept(t),
                t.gettext("If you send /start, you begin again as a new participant."),
            ]
        )
    else:
        text = t.gettext(
            "Done. We have erased everything we stored about you. "
            "If you send /start, you begin again as a new participant."
        )
    return Reply(text=text, replace=True)


def erasure_cancelled(t: Translator) -> Reply:
    return Reply(text=t.gettext("Nothing was erased."), replace=True)
