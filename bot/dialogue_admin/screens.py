"""The texts of /dialogen, as Replies."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from bot.answering import presenter
from bot.dialogue_admin.actions import (
    Activate,
    Card,
    Overview,
    SendFile,
    SendQr,
    SetStatus,
    TryUpload,
)
from bot.dialogue_admin.store import RunCounts, Upload
from bot.dialogue_admin.upload_check import Verdict
from bot.dialogues.answers import AnswerValue
from bot.dialogues.model import Dialogue, Question
from bot.dialogues.problems import Problem
from bot.dialogues.status import Status
from bot.i18n import Translator
from bot.messaging.reply import Button, Document, Reply, rows
from bot.screens.problem_list import problem_lines


def _escape(text: str) -> str:
    """Text for an HTML message (quotes need no escaping there)."""
    return escape(text, quote=False)


"""Problems listed in one message; the rest is counted (a message holds 4096 characters)."""

ICONS = {Status.ACTIVE: "🟢", Status.PAUSED: "⏸", Status.ARCHIVED: "🗄"}


def status_word(t: Translator, status: Status) -> str:
    return {
        Status.ACTIVE: t.gettext("active"),
        Status.PAUSED: t.gettext("paused"),
        Status.ARCHIVED: t.gettext("archived"),
    }[status]


def _runs(t: Translator, counts: RunCounts) -> str:
    return t.ngettext(
        "{n} started, {finished} finished",
        "{n} started, {finished} finished",
        counts.started,
        finished=counts.finished,
    )


def overview(
    t: Translator,
    items: Sequence[tuple[Dialogue, Status, RunCounts]],
    folder_problems: Sequence[Problem] = (),
    *,
    replace: bool = False,
) -> Reply:
    lines = [t.gettext("<b>Conversations</b>"), ""]
    for dialogue, status, counts in items:
        lines.append(
            f"{ICONS[status]} <b>{_escape(dialogue.title.get(t.locale))}</b>\n"
            + t.gettext(
                "{id}, version {version}, {status}: {runs}",
                id=dialogue.id,
                version=dialogue.version,
                status=status_word(t, status),
                runs=_runs(t, counts),
            )
        )
    if not items:
        lines.append(t.gettext("There are no conversations in the folder yet."))
    if folder_problems:
        lines += ["", *problem_lines(t, folder_problems, with_file=True, budget=1200)]
        lines.append(
            t.gettext("The bot goes on with the files as they were before these problems.")
        )
    lines += [
        "",
        t.gettext(
            "Tap a conversation to see its link, QR code and file, or to pause or archive it. "
            "To add a conversation or a new version, send its .yaml file here."
        ),
    ]
    buttons = [
        [Button(f"{ICONS[status]} {dialogue.title.get(t.locale)}", Card(dialogue.id))]
        for dialogue, status, _counts in items
    ]
    return Reply(text="\n".join(lines), buttons=rows(*buttons), replace=replace)


def card(
    t: Translator,
    dialogue: Dialogue,
    status: Status,
    counts: RunCounts,
    link: str,
    *,
    replace: bool = True,
) -> Reply:
    lines = [
        f"{ICONS[status]} <b>{_escape(dialogue.title.get(t.locale))}</b>",
        "",
        t.gettext(
            "Id: {id}\nVersion: {version} (file {file})\nStatus: {status}\nRuns: {runs}",
            id=dialogue.id,
            version=dialogue.version,
            file=_escape(dialogue.source.name),
            status=status_word(t, status),
            runs=_runs(t, counts),
        ),
        t.gettext("Link: {link}", link=_escape(link)),
        "",
    ]
    if status is Status.ACTIVE:
        lines.append(t.gettext("Residents find it in /gesprek and through its link."))
    elif status is Status.PAUSED:
        lines.append(
            t.gettext(
                "Paused: it is not in /gesprek and its link says it is paused. Whoever "
                "already started can finish it."
            )
        )
    else:
        lines.append(
            t.gettext(
                "Archived: it is not in /gesprek and its link says it has ended. Whoever "
                "already started can finish it. Its answers can still be exported with /export."
            )
        )
    change: list[Button] = []
    if status is not Status.ACTIVE:
        change.append(Button(t.gettext("▶️ Activate"), SetStatus(dialogue.id, Status.ACTIVE)))
    if status is Status.ACTIVE:
        change.append(Button(t.gettext("⏸ Pause"), SetStatus(dialogue.id, Status.PAUSED)))
    if status is not Status.ARCHIVED:
        change.append(Button(t.gettext("🗄 Archive"), SetStatus(dialogue.id, Status.ARCHIVED)))
    return Reply(
        text="\n".join(lines),
        buttons=rows(
            [
                Button(t.gettext("📄 File"), SendFile(dialogue.id)),
                Button(t.gettext("🔳 QR code"), SendQr(dialogue.id)),
            ],
            change,
            [Button(t.gettext("⬅️ All conversations"), Overview())],
        ),
        replace=replace,
    )


def status_changed(t: Translator, status: Status) -> str:
    return {
        Status.ACTIVE: t.gettext("Active: residents can start it again."),
        Status.PAUSED: t.gettext("Paused: no one can start it for now."),
        Status.ARCHIVED: t.gettext("Archived: no one can start it any more."),
    }[status]


def file_of(t: Translator, dialogue: Dialogue, content: bytes) -> Reply:
    return Reply(
        text=t.gettext(
            "The file of “{title}”, version {version}. To change the conversation, change this "
            "file, raise its 'version' and send it back to us.",
            title=_escape(dialogue.title.get(t.locale)),
            version=dialogue.version,
        ),
        document=Document(dialogue.source.name, content),
    )


def qr_code(t: Translator, dialogue: Dialogue, link: str, png: bytes) -> Reply:
    return Reply(
        text=t.gettext(
            "The QR code of “{title}”. Scanning it opens the conversation: {link}",
            title=_escape(dialogue.title.get(t.locale)),
            link=_escape(link),
        ),
        photo=png,
    )


def gone(t: Translator) -> Reply:
    return Reply(
        text=t.gettext("This conversation is no longer in the folder. Send /dialogen again."),
        replace=True,
    )


def refused(t: Translator, file_name: str, verdict: Verdict) -> Reply:
    """The file has problems: every one with its line; nothing was stored or changed."""
    name = _escape(Path(file_name).name)
    lines: list[str] = []
    if verdict.problems:
        lines.append(
            t.ngettext(
                "❌ <b>{file}</b> has {n} problem. We did not keep the file, and nothing "
                "changed for residents. Fix it and send the file again.",
                "❌ <b>{file}</b> has {n} problems. We did not keep the file, and nothing "
                "changed for residents. Fix them and send the file again.",
                len(verdict.problems),
                file=name,
            )
        )
        lines += ["", *problem_lines(t, verdict.problems, budget=2400)]
    if verdict.warnings:
        lines += ["", *problem_lines(t, verdict.warnings, budget=500)]
    if verdict.folder_problems:
        lines += [
            "",
            t.gettext(
                "❌ Other files in the folder have problems, so nothing can be activated now. "
                "Ask whoever manages the server to fix them:"
            ),
            *problem_lines(t, verdict.folder_problems, with_file=True, budget=500),
        ]
    return Reply(text="\n".join(lines))


def checked(t: Translator, verdict: Verdict, upload: Upload) -> Reply:
    """The file is fine: what activating it would do, a preview, and the one button."""
    dialogue = verdict.dialogue
    assert dialogue is not None
    title = _escape(dialogue.title.get(t.locale))
    questions = sum(1 for q in dialogue.questions if q.needs_answer)
    lines = [
        t.ngettext(
            "✅ <b>{title}</b> (version {version}, {n} question) has no problems.",
            "✅ <b>{title}</b> (version {version}, {n} questions) has no problems.",
            questions,
            title=title,
            version=dialogue.version,
        )
    ]
    if verdict.warnings:
        lines += ["", *problem_lines(t, verdict.warnings)]
    lines.append("")
    if verdict.replaces is not None:
        lines.append(
            t.gettext(
                "Activating it replaces version {old}. New conversations then start on version "
                "{new}; whoever is in the middle of version {old} finishes on it.",
                old=verdict.replaces.version,
                new=dialogue.version,
            )
        )
    else:
        lines.append(
            t.gettext(
                "It is a new conversation ({id}). Activating it puts it in /gesprek.",
                id=dialogue.id,
            )
        )
    lines.append(
        t.gettext(
            "Nothing has changed for residents yet. Try it first, then activate it. This "
            "file is kept for 7 days until then."
        )
    )
    return Reply(text="\n".join(lines), buttons=upload_buttons(t, upload))


def upload_buttons(t: Translator, upload: Upload) -> tuple[tuple[Button, ...], ...]:
    return rows(
        [Button(t.gettext("👀 Try it"), TryUpload(upload.id))],
        [
            Button(
                t.gettext("✅ Activate version {version}", version=upload.version),
                Activate(upload.id),
            )
        ],
    )


def upload_gone(t: Translator) -> str:
    return t.gettext(
        "This file is no longer waiting: it was activated already, or it is older than 7 days. "
        "Send it again if you need to."
    )


def activated(
    t: Translator, dialogue: Dialogue, replaced: Dialogue | None, kept: Path | None, link: str
) -> Reply:
    lines = [
        t.gettext(
            "✅ <b>{title}</b> version {version} is active now.",
            title=_escape(dialogue.title.get(t.locale)),
            version=dialogue.version,
        )
    ]
    if replaced is not None:
        lines.append(
            t.gettext(
                "New conversations start on version {new}; whoever is in the middle of version "
                "{old} finishes on it.",
                new=dialogue.version,
                old=replaced.version,
            )
        )
    if kept is not None:
        lines.append(
            t.gettext(
                "The old file is kept as {path}.", path=_escape(f"{kept.parent.name}/{kept.name}")
            )
        )
    lines.append(t.gettext("Link: {link}", link=_escape(link)))
    return Reply(
        text="\n".join(lines),
        buttons=rows([Button(t.gettext("⬅️ All conversations"), Overview())]),
        replace=True,
    )


def folder_not_writable(t: Translator, reason: str) -> Reply:
    return Reply(
        text=t.gettext(
            "❌ We could not write the file into the folder ({reason}). Nothing changed. Ask "
            "whoever manages the server to check DOETMEE_DIALOGUES.",
            reason=_escape(reason),
        )
    )


def not_downloaded(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "❌ We could not fetch this file from Telegram. Nothing changed. Try sending it again."
        )
    )


# The preview


def preview_mark(t: Translator) -> str:
    return t.gettext("👀 <i>Preview: your answers are not kept.</i>")


def preview_stop_label(t: Translator) -> str:
    return t.gettext("⏹ End preview")


def preview_end(
    t: Translator,
    dialogue: Dialogue,
    given: Sequence[tuple[Question, AnswerValue]],
    upload: Upload,
    *,
    finished: bool,
) -> Reply:
    """The end of a preview: what a citizen would have answered; nothing was stored."""
    lines = [preview_mark(t), ""]
    if finished:
        lines.append(
            t.gettext(
                "<b>End of “{title}”.</b> A resident now sees their answers and what they "
                "can do next.",
                title=_escape(dialogue.title.get(t.locale)),
            )
        )
        if dialogue.story_consent:
            lines.append(
                t.gettext(
                    "Residents of 16 and over who wrote an answer are then asked whether "
                    "we may quote it in the verhalenreeks."
                )
            )
    else:
        lines.append(t.gettext("<b>Preview ended.</b>"))
    if given:
        lines += ["", t.gettext("Your answers in the preview (not kept):")]
        for question, value in given:
            prompt = presenter.prompt_excerpt(question.prompt.get(t.locale), 60)
            answer = presenter.shorten(presenter.answer_text(t, question, value), 80)
            lines.append(f"• {_escape(prompt)} <i>{_escape(answer)}</i>")
    return Reply(text="\n".join(lines), buttons=upload_buttons(t, upload), replace=True)


def preview_over(t: Translator) -> str:
    return t.gettext("This preview has ended. Tap 👀 Try it to start it again.")
