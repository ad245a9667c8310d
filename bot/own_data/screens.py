"""/mijngegevens and /vergeetmij.

The overview says in plain sentences and lists, in the citizen's language, what the file
next to it holds (:func:`bot.own_data.flow.collect`): it is rendered from that same data, so the
two never tell a different story. The file keeps stable English keys, for portability.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from html import escape
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date

from bot.answering.presenter import prompt_excerpt, shorten
from bot.i18n import N_, Translator
from bot.ideas.screens import status_of, theme_label
from bot.messaging.dates import readable
from bot.messaging.reply import Button, Document, Reply, rows
from bot.own_data.actions import Erase
from bot.people.consent import AGE_BANDS, age_label
from bot.settings.language_screens import LANGUAGE_NAMES

MESSAGE_BUDGET = 3500
"""Characters per overview message; a longer overview is split between its parts."""
ANSWER_LENGTH = 100
QUESTION_LENGTH = 80
ROLES: dict[str, str] = {"facilitator": N_("facilitator"), "staff": N_("staff member")}


def overview(t: Translator, data: Mapping[str, Any], timezone: ZoneInfo) -> list[Reply]:
    """What we keep about the citizen, readable in the chat (one or more messages)."""
    citizen = data.get("citizen")
    if not isinstance(citizen, Mapping):
        return [Reply(text=t.gettext("We keep nothing about you."))]
    heading = "\n".join(
        [
            t.gettext("🔒 <b>What we keep about you</b>"),
            t.gettext(
                "This is everything Overijssel doet mee! keeps about you, on {moment}. The "
                "file below holds the same, to keep or to take elsewhere.",
                moment=readable(data["made_at"], timezone, t.locale),
            ),
        ]
    )
    parts = [
        heading,
        _about_you(t, citizen, data, timezone),
        *_dialogues(t, data.get("dialogues", []), timezone),
        _ideas(t, data),
        _events(t, data.get("events", {}).get("subscriptions", []), timezone),
        _sessions(t, data.get("sessions", {}), timezone),
        _waiting(t, data.get("messages_waiting_to_be_sent", []), timezone),
        t.gettext("Erase everything with /vergeetmij. Withdraw your consent in /instellingen."),
    ]
    return [Reply(text=text) for text in _packed([part for part in parts if part])]


def _packed(parts: list[str]) -> list[str]:
    """The parts joined into as few messages as fit :data:`MESSAGE_BUDGET`; a part longer
    than that is split between its lines (each line is whole HTML: tags never span lines)."""
    pieces: list[tuple[str, str]] = []  # (text, what joins it to the piece before)
    for part in parts:
        if len(part) <= MESSAGE_BUDGET:
            pieces.append((part, "\n\n"))
            continue
        for number, line in enumerate(part.split("\n")):
            pieces.append((line, "\n" if number else "\n\n"))
    messages: list[str] = []
    for text, joint in pieces:
        if messages and len(messages[-1]) + len(joint) + len(text) <= MESSAGE_BUDGET:
            messages[-1] += joint + text
        else:
            messages.append(text)
    return messages


def _day(stamp: object, timezone: ZoneInfo, t: Translator) -> str:
    moment = datetime.fromisoformat(str(stamp)).astimezone(timezone)
    return format_date(moment, format="long", locale=t.locale)


def _about_you(
    t: Translator, citizen: Mapping[str, Any], data: Mapping[str, Any], timezone: ZoneInfo
) -> str:
    lines = [t.gettext("👤 <b>About you</b>")]
    name = " ".join(part for part in (citizen.get("first_name"), citizen.get("last_name")) if part)
    lines.append(
        t.gettext("• Your name in Telegram: {name}", name=escape(name))
        if name
        else t.gettext("• Your name: not kept")
    )
    language = LANGUAGE_NAMES.get(citizen.get("language") or "", LANGUAGE_NAMES.get(t.locale, ""))
    lines.append(t.gettext("• Language: {language}", language=language))
    if citizen.get("consent_at"):
        lines.append(
            t.gettext(
                "• Consent given on {moment} (terms version {version})",
                moment=readable(citizen["consent_at"], timezone, t.locale),
                version=citizen.get("consent_version"),
            )
        )
    else:
        lines.append(t.gettext("• Consent: not given (or withdrawn)"))
    history = data.get("consent_history", [])
    if len(history) > 1:
        lines.append(
            t.ngettext(
                "• Consent given or withdrawn {n} time (dates in the file)",
                "• Consent given or withdrawn {n} times (dates in the file)",
                len(history),
            )
        )
    band = citizen.get("age_band")
    lines.append(
        t.gettext("• Age group: {group}", group=age_label(t, band))
        if band in AGE_BANDS
        else t.gettext("• Age group: not given")
    )
    lines.append(
        t.gettext("• News from the programme: on")
        if citizen.get("wants_announcements")
        else t.gettext("• News from the programme: off")
    )
    for role in data.get("roles", []):
        lines.append(
            t.gettext(
                "• Role: {role}, since {day}",
                role=t.gettext(ROLES.get(role.get("role"), role.get("role", ""))),
                day=_day(role.get("added_at"), timezone, t),
            )
        )
    actions = len(data.get("audit_log", []))
    if actions:
        lines.append(
            t.ngettext(
                "• {n} action of yours as staff or facilitator is in our log",
                "• {n} actions of yours as staff or facilitator are in our log",
                actions,
            )
        )
    return "\n".join(lines)


def _dialogues(t: Translator, runs: Sequence[Mapping[str, Any]], timezone: ZoneInfo) -> list[str]:
    if not runs:
        return [t.gettext("💬 <b>Conversations</b>\nYou have not answered any questions yet.")]
    parts = [t.gettext("💬 <b>Your conversations</b> ({n})", n=len(runs))]
    for run in runs:
        answers = run.get("answers", [])
        if run.get("status") == "finished" and run.get("finished_at"):
            state = t.gettext("finished on {day}", day=_day(run["finished_at"], timezone, t))
        elif run.get("status") == "paused":
            state = t.gettext("paused")
        else:
            state = t.gettext("not finished yet")
        lines = [
            f"<b>{escape(str(run.get('title', '')))}</b> — {state}",
            t.ngettext("{n} answer:", "{n} answers:", len(answers)),
        ]
        for answer in answers:
            question = prompt_excerpt(str(answer.get("question", "")), QUESTION_LENGTH)
            shown = shorten(str(answer.get("answer_shown", answer.get("value"))), ANSWER_LENGTH)
            lines.append(f"• {escape(question)}\n  <i>{escape(shown)}</i>")
        if any(answer.get("quote_allowed") for answer in answers):
            quoted = sum(1 for answer in answers if answer.get("quote_allowed"))
            lines.append(
                t.ngettext(
                    "We may quote {n} of these answers, without your name.",
                    "We may quote {n} of these answers, without your name.",
                    quoted,
                )
            )
        parts.append("\n".join(lines))
    return parts


def _ideas(t: Translator, data: Mapping[str, Any]) -> str:
    own, supported = data.get("ideas", []), data.get("supported_ideas", [])
    draft = data.get("idea_draft")
    if not own and not supported and not draft:
        return ""
    lines = [t.gettext("💡 <b>Ideas</b>")]
    for item in own:
        label = theme_label(t, item.get("theme"))
        about = f" · {escape(label)}" if label else ""
        lines.append(f"• “{escape(shorten(str(item.get('text', '')), ANSWER_LENGTH))}”{about}")
        lines.append(f"  {status_of(t, str(item.get('status')), item.get('reason'))}")
    if supported:
        lines.append(
            t.ngettext(
                "You support {n} idea of someone else.",
                "You support {n} ideas of others.",
                len(supported),
            )
        )
    if draft:
        lines.append(t.gettext("An idea you started but did not send yet:"))
        lines.append(f"• “{escape(shorten(str(draft.get('text', '')), ANSWER_LENGTH))}”")
    return "\n".join(lines)


def _events(t: Translator, subscriptions: Sequence[Mapping[str, Any]], timezone: ZoneInfo) -> str:
    if not subscriptions:
        return ""
    lines = [t.gettext("🔔 <b>Reminders you asked for</b>")]
    for item in subscriptions:
        lines.append(
            f"• {escape(str(item.get('title', '')))} — "
            f"{readable(item['starts_at'], timezone, t.locale)}"
        )
    return "\n".join(lines)


def _sessions(t: Translator, sessions: Mapping[str, Any], timezone: ZoneInfo) -> str:
    joined, led = sessions.get("joined", []), sessions.get("led", [])
    if not joined and not led:
        return ""
    lines = [t.gettext("👥 <b>Group sessions</b>")]
    for item in joined:
        written = len(item.get("prompt_answers", []))
        lines.append(
            t.ngettext(
                "• Joined “{name}” on {day}; you wrote {n} answer there",
                "• Joined “{name}” on {day}; you wrote {n} answers there",
                written,
                name=escape(str(item.get("session", ""))),
                day=_day(item.get("joined_at"), timezone, t),
            )
        )
    for item in led:
        lines.append(
            t.gettext(
                "• You led “{name}”, opened on {day}",
                name=escape(str(item.get("session", ""))),
                day=_day(item.get("created_at"), timezone, t),
            )
        )
    return "\n".join(lines)


def _waiting(t: Translator, waiting: Sequence[Mapping[str, Any]], timezone: ZoneInfo) -> str:
    if not waiting:
        return ""
    lines = [t.gettext("✉️ <b>Messages we will still send you</b>")]
    for item in waiting:
        text = shorten(str(item.get("text", "")).replace("\n", " "), ANSWER_LENGTH)
        lines.append(f"• {readable(item['not_before'], timezone, t.locale)}: {escape(text)}")
    return "\n".join(lines)


def data_file(t: Translator, content: bytes, user_id: int) -> Reply:
    return Reply(
        text=t.gettext("Here is everything we keep about you, as a file."),
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
        "instead of your name and the number of your Telegram account. The province must "
        "be able to account for its work."
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
                Button(t.gettext("🗑 Yes, erase everything"), Erase(now=True)),
                Button(t.gettext("No, keep it"), Erase(now=False)),
            ]
        ),
    )


def erased(t: Translator, kept_staff_actions: bool = False) -> Reply:
    if kept_staff_actions:
        text = "\n\n".join(
            [
                t.gettext(
                    "Done. We have erased everything we kept about you, except the log of "
                    "what you did as staff or facilitator."
                ),
                _staff_actions_kept(t),
                t.gettext("If you send /start, you begin again as a new participant."),
            ]
        )
    else:
        text = t.gettext(
            "Done. We have erased everything we kept about you. If you send /start, you "
            "begin again as a new participant."
        )
    return Reply(text=text, replace=True)


def erasure_cancelled(t: Translator) -> Reply:
    return Reply(text=t.gettext("Nothing was erased."), replace=True)
