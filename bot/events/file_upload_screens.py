"""What staff see when they add or change events by sending a file (/evenement)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from bot.events.actions import StaffEvents, StopEventFile
from bot.events.file_import import ImportResult
from bot.i18n import Translator
from bot.messaging.reply import Button, Reply, rows
from bot.screens.problem_list import problem_lines

EXAMPLE = """- id: statenspel-zwolle-2027-03
  kind: statenspel
  title: {nl: "Statenspel in Zwolle"}
  starts_at: "2027-03-11 19:30"
  ends_at: "21:30"
  place: "Provinciehuis, Luttenbergstraat 2, Zwolle\""""


def _back(t: Translator) -> tuple[Button, ...]:
    return (Button(t.gettext("⬅️ Back"), StopEventFile()),)


def ask_for_file(t: Translator) -> Reply:
    text = "\n".join(
        [
            t.gettext("📤 <b>Add or change events</b>"),
            t.gettext(
                "Send a file with events as an attachment: .yaml or .csv. An event whose id "
                "is already known is changed; subscribers hear about a new time. A file with "
                "a problem changes nothing. One event looks like this:"
            ),
            f"<pre>{escape(EXAMPLE, quote=False)}</pre>",
            t.gettext(
                "Kinds: democratiespel, statenspel, debat, bijeenkomst. Times are local time."
            ),
        ]
    )
    return Reply(text=text, buttons=rows(_back(t)), replace=True)


def file_expected(t: Translator) -> Reply:
    return Reply(
        text=t.gettext("Send the events as a file (an attachment), not as a message."),
        buttons=rows(_back(t)),
    )


def too_large(t: Translator, limit_kb: int) -> Reply:
    return Reply(
        text=t.gettext(
            "This file is larger than {limit} KB; an events file is much smaller. Nothing changed.",
            limit=limit_kb,
        ),
        buttons=rows(_back(t)),
    )


def not_downloaded(t: Translator) -> Reply:
    return Reply(
        text=t.gettext("We could not fetch the file. Nothing changed. Please send it again."),
        buttons=rows(_back(t)),
    )


def imported(t: Translator, result: ImportResult) -> Reply:
    """What the import did, or every problem with its line (then nothing changed)."""
    name = escape(Path(result.file).name, quote=False)
    if result.problems:
        lines = [
            t.ngettext(
                "❌ <b>{file}</b> has {n} problem. No event was added or changed. Fix it and "
                "send the file again.",
                "❌ <b>{file}</b> has {n} problems. No event was added or changed. Fix them "
                "and send the file again.",
                len(result.problems),
                file=name,
            ),
            "",
            *problem_lines(t, result.problems),
        ]
        return Reply(text="\n".join(lines), buttons=rows(_back(t)))
    lines = [
        t.gettext("✅ <b>{file}</b> is read.", file=name),
        t.gettext(
            "New: {added}. Changed: {updated}. With a new time: {moved}. Unchanged: {unchanged}.",
            **result.counts,
        ),
    ]
    if result.notified:
        lines.append(
            t.ngettext(
                "We tell {n} subscriber about the new time.",
                "We tell {n} subscribers about the new time.",
                result.notified,
            )
        )
    return Reply(
        text="\n".join(lines),
        buttons=rows((Button(t.gettext("📅 To the events"), StaffEvents()),)),
    )
