"""What staff see of a broadcast: its progress while it goes out, and the final count."""

from __future__ import annotations

from babel.numbers import format_decimal

from bot.i18n import Translator
from bot.messaging.reply import Reply
from bot.storage.broadcasts import Broadcast

ANNOUNCEMENT = "announcement"
SESSION_PUSH = "session_push"


def _number(t: Translator, n: int) -> str:
    return format_decimal(n, locale=t.locale)


def _heading(t: Translator, broadcast: Broadcast, done: bool) -> str:
    n = broadcast.total
    if broadcast.kind == ANNOUNCEMENT:
        if done:
            return t.ngettext(
                "📣 <b>The announcement has gone out</b> to {n} resident.",
                "📣 <b>The announcement has gone out</b> to {n} residents.",
                n,
            )
        return t.ngettext(
            "📣 <b>Sending the announcement</b> to {n} resident…",
            "📣 <b>Sending the announcement</b> to {n} residents…",
            n,
        )
    if done:
        return t.ngettext("✅ Sent to {n} participant.", "✅ Sent to {n} participants.", n)
    return t.ngettext("📤 Sending to {n} participant…", "📤 Sending to {n} participants…", n)


def _counts(t: Translator, broadcast: Broadcast, done: bool) -> list[str]:
    counts = broadcast.counts
    lines = [
        t.gettext("Received: {n}", n=_number(t, counts.reached)),
        t.gettext("Blocked the bot: {n}", n=_number(t, counts.blocked)),
        t.gettext(
            "Failed (Telegram refused it, or kept giving errors): {n}", n=_number(t, counts.failed)
        ),
    ]
    if counts.dropped:
        lines.append(
            t.gettext(
                "Not sent, because they withdrew their consent or erased their data first: {n}",
                n=_number(t, counts.dropped),
            )
        )
    if not done:
        settled = counts.reached + counts.blocked + counts.failed + counts.dropped
        lines.append(t.gettext("Still to send: {n}", n=_number(t, broadcast.total - settled)))
    return lines


def progress(t: Translator, broadcast: Broadcast, *, replace: bool = False) -> Reply:
    """While it goes out (edited every few seconds)."""
    text = "\n".join([_heading(t, broadcast, False), "", *_counts(t, broadcast, False)])
    return Reply(text=text, replace=replace)


def final(t: Translator, broadcast: Broadcast) -> Reply:
    """When nothing is left to send: the progress message becomes this, and it also comes as
    a message of its own (so the staff member is notified)."""
    return Reply(text="\n".join([_heading(t, broadcast, True), "", *_counts(t, broadcast, True)]))
