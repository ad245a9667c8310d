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


def confirm_erasure(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "<b>Do you want us to erase everything about you?</b>\n"
            "Your answers, ideas, events and settings will be gone for good. "
            "This cannot be undone."
        ),
        buttons=rows(
            [
                Button(t.gettext("🗑 Yes, erase everything"), "erase", ("yes",)),
                Button(t.gettext("No, keep it"), "erase", ("no",)),
            ]
        ),
    )


def erased(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "Done. We have erased everything we stored about you. "
            "If you send /start, you begin again as a new participant."
        ),
        replace=True,
    )


def erasure_cancelled(t: Translator) -> Reply:
    return Reply(text=t.gettext("Nothing was erased."), replace=True)
