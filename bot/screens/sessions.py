"""What facilitators and participants of a session see."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from textwrap import shorten

from bot.dialogues.model import Dialogue
from bot.i18n import Translator
from bot.reply import Button, Document, Reply, rows
from bot.session_charts import Tally
from bot.storage.sessions import PromptAnswer, Push, Session

QUOTE_LENGTH = 200
ITEMS_SHOWN = 12
"""Pushed items listed in a message; the summary document has them all."""
PROMPT_LENGTH = 60


@dataclass(frozen=True)
class ItemStatus:
    """One pushed item and how far the participants are with it."""

    push: Push
    title: str
    started: int = 0
    finished: int = 0
    answers: int = 0
    tallies: tuple[Tally, ...] = ()


def _s(verb: str, *args: str | int) -> tuple[str | int, ...]:
    return (verb, *args)


def _name(session: Session) -> str:
    return escape(session.name)


def participants_line(t: Translator, count: int) -> str:
    return t.ngettext("{n} participant", "{n} participants", count)


# facilitator


def overview(t: Translator, sessions: list[Session]) -> Reply:
    lines = [t.gettext("<b>Sessions</b>")]
    if sessions:
        lines.append(t.gettext("Your open sessions:"))
    else:
        lines.append(t.gettext("You have no open sessions. Start a new one for your group."))
    return Reply(
        text="\n".join(lines),
        buttons=rows(
            [Button(t.gettext("➕ New session"), "sess", _s("new"))],
            *[[Button(f"📋 {s.name} ({s.code})", "sess", _s("open", s.id))] for s in sessions],
        ),
    )


def ask_name(t: Translator, default_name: str) -> Reply:
    return Reply(
        text=t.gettext(
            "<b>New session</b>\nType a name for the session and send it, or use “{name}”.",
            name=escape(default_name),
        ),
        buttons=rows([Button(t.gettext("Use “{name}”", name=default_name), "sess", _s("def"))]),
    )


def bad_name(t: Translator, limit: int) -> Reply:
    return Reply(
        text=t.gettext("Please use a shorter name: at most {n} characters. Type it again.", n=limit)
    )


def _panel_buttons(t: Translator, session: Session) -> tuple[tuple[Button, ...], ...]:
    sid = session.id
    return rows(
        [
            Button(t.gettext("💬 Send a conversation"), "sess", _s("dlgs", sid)),
            Button(t.gettext("✍️ Ask a question"), "sess", _s("ask", sid)),
        ],
        [
            Button(t.gettext("📊 Results so far"), "sess", _s("stand", sid)),
            Button(t.gettext("🔳 QR code"), "sess", _s("qr", sid)),
        ],
        [Button(t.gettext("🔒 Close session"), "sess", _s("close", sid))],
        [Button(t.gettext("⬅️ My sessions"), "sess", _s("list"))],
    )


def _join_lines(t: Translator, session: Session, link: str) -> list[str]:
    return [
        t.gettext("Join code: <code>{code}</code>", code=session.code),
        t.gettext("Link to join: {link}", link=link),
    ]


def created(t: Translator, session: Session, link: str, qr_png: bytes) -> Reply:
    lines = [
        t.gettext("<b>Your session “{name}” is open.</b>", name=_name(session)),
        "",
        *_join_lines(t, session, link),
        "",
        t.gettext(
            "Show the QR code below to your group, or share the link. Whoever joins gets "
            "what you send here."
        ),
    ]
    return Reply(text="\n".join(lines), buttons=_panel_buttons(t, session), photo=qr_png)


def panel(t: Translator, session: Session, link: str, participants: int, pushed: int) -> Reply:
    lines = [
        f"<b>{_name(session)}</b>",
        *_join_lines(t, session, link),
        "",
        participants_line(t, participants),
        t.ngettext("{n} item sent", "{n} items sent", pushed),
    ]
    return Reply(text="\n".join(lines), buttons=_panel_buttons(t, session))


def qr_code(t: Translator, session: Session, link: str, qr_png: bytes) -> Reply:
    return Reply(
        text="\n".join(
            [
                t.gettext("Scan this code to join “{name}”.", name=_name(session)),
                *_join_lines(t, session, link),
            ]
        ),
        photo=qr_png,
    )


def choose_dialogue(
    t: Translator, session: Session, dialogues: tuple[Dialogue, ...], number: int
) -> Reply:
    if not dialogues:
        return Reply(text=t.gettext("There are no conversations to send."))
    return Reply(
        text=t.gettext(
            "<b>Which conversation do you want to send to everyone in “{name}”?</b>",
            name=_name(session),
        ),
        buttons=rows(
            *[
                [Button(d.title.get(t.locale), "sess", _s("pd", session.id, number, d.id))]
                for d in dialogues
            ],
            [Button(t.gettext("⬅️ Back"), "sess", _s("open", session.id))],
        ),
    )


def ask_prompt(t: Translator, session: Session, limit: int) -> Reply:
    return Reply(
        text=t.gettext(
            "Type the question for everyone in “{name}” and send it (at most {n} characters). "
            "Their next message is their answer.",
            name=_name(session),
            n=limit,
        ),
        buttons=rows([Button(t.gettext("Cancel"), "sess", _s("open", session.id))]),
    )


def prompt_too_long(t: Translator, limit: int) -> Reply:
    return Reply(
        text=t.gettext("That question is too long: at most {n} characters. Try again.", n=limit)
    )


def sent(t: Translator, count: int) -> Reply:
    return Reply(
        text=t.ngettext("✅ Sent to {n} participant.", "✅ Sent to {n} participants.", count)
    )


def command_help(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "<b>/sessie</b> on its own shows your sessions. You can also type:\n"
            "/sessie new <i>name</i> – open a new session\n"
            "/sessie start <i>conversation</i> – send a conversation to your newest session\n"
            "/sessie stand – the results so far\n"
            "/sessie sluit – close your newest session"
        )
    )


def unknown_dialogue(t: Translator, name: str) -> Reply:
    return Reply(
        text=t.gettext("There is no conversation “{name}”. Choose one:", name=escape(name[:60]))
    )


def no_open_session(t: Translator) -> Reply:
    return Reply(
        text=t.gettext("You have no open session. Open one with /sessie new or the button.")
    )


def nobody_joined(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "Nobody has joined yet, so nothing was sent. Share the link or show the QR code "
            "first; then send it again."
        )
    )


def already_sent(t: Translator) -> str:
    return t.gettext("This was sent already.")


def session_closed(t: Translator) -> Reply:
    return Reply(text=t.gettext("This session is closed. Start a new one with /sessie."))


def not_found(t: Translator) -> Reply:
    return Reply(text=t.gettext("I can't find this session (or it is not yours). Send /sessie."))


def stand(
    t: Translator,
    session: Session,
    participants: int,
    items: list[ItemStatus],
    recent: list[PromptAnswer],
    chart: bytes | None,
) -> Reply:
    lines = [
        t.gettext("<b>Results so far: {name}</b>", name=_name(session)),
        participants_line(t, participants),
        "",
    ]
    if not items:
        lines.append(t.gettext("You have not sent anything yet."))
    lines += _item_lines(t, items)
    if recent:
        lines += [
            "",
            t.gettext(
                "<b>Latest answers</b> (without names; read them first before you show "
                "them to the group):"
            ),
        ]
        lines += [f"• “{escape(shorten(a.text, QUOTE_LENGTH, placeholder='…'))}”" for a in recent]
    if chart is not None:
        lines += ["", t.gettext("The chart below shows the answers to the closed questions.")]
    return Reply(
        text="\n".join(lines),
        buttons=rows(
            [
                Button(t.gettext("🔄 Refresh"), "sess", _s("stand", session.id)),
                Button(t.gettext("⬅️ Back"), "sess", _s("open", session.id)),
            ]
        ),
        photo=chart,
    )


def _item_line(t: Translator, item: ItemStatus, *, html: bool = True) -> str:
    title = shorten(item.title, PROMPT_LENGTH, placeholder="…")
    title = escape(title) if html else title
    if item.push.kind == "dialogue":
        return t.gettext(
            "{number}. 💬 “{title}”: {started} started, {finished} finished",
            number=item.push.number,
            title=title,
            started=item.started,
            finished=item.finished,
        )
    return t.ngettext(
        "{number}. ✍️ “{title}”: {n} answer",
        "{number}. ✍️ “{title}”: {n} answers",
        item.answers,
        number=item.push.number,
        title=title,
    )


def _item_lines(t: Translator, items: list[ItemStatus]) -> list[str]:
    """The newest items, so the message stays within Telegram's length limit."""
    lines = [_item_line(t, item) for item in items[-ITEMS_SHOWN:]]
    hidden = len(items) - ITEMS_SHOWN
    if hidden > 0:
        lines.insert(0, t.ngettext("(and {n} earlier one)", "(and {n} earlier ones)", hidden))
    return lines


def confirm_close(t: Translator, session: Session) -> Reply:
    return Reply(
        text=t.gettext(
            "<b>Close “{name}”?</b> Nobody can join or answer any more. You get a summary, "
            "and the participants get a message that the session has ended.",
            name=_name(session),
        ),
        buttons=rows(
            [
                Button(t.gettext("🔒 Yes, close it"), "sess", _s("shut", session.id)),
                Button(t.gettext("No, keep it open"), "sess", _s("open", session.id)),
            ]
        ),
    )


def summary(
    t: Translator, session: Session, participants: int, items: list[ItemStatus], markdown: str
) -> Reply:
    lines = [
        t.gettext("<b>“{name}” is closed.</b> Here is the summary.", name=_name(session)),
        participants_line(t, participants),
        *_item_lines(t, items),
    ]
    return Reply(
        replace=True,
        text="\n".join(lines),
        document=Document(
            filename=f"sessie-{session.code}.md",
            content=markdown.encode("utf-8"),
            caption=t.gettext("Summary of “{name}” (answers without names)", name=session.name),
        ),
    )


def summary_markdown(
    t: Translator,
    session: Session,
    participants: int,
    items: list[ItemStatus],
    answers: list[PromptAnswer],
    closed_at: str,
) -> str:
    """The summary document: counts per item, closed questions and prompt answers."""
    lines = [
        f"# {_md(session.name)}",
        "",
        t.gettext("Closed: {when}", when=closed_at),
        participants_line(t, participants),
        "",
        t.gettext("Answers are shown without names. Read them before you share them."),
    ]
    for item in items:
        lines += ["", f"## {_md(_item_line(t, item, html=False))}"]
        for tally in item.tallies:
            lines += ["", f"**{_md(tally.prompt)}**", ""]
            lines += [f"- {_md(label)}: {count}" for label, count in tally.counts]
        if item.push.kind == "prompt":
            own = [a for a in answers if a.push_number == item.push.number]
            lines += ["", f"*{_md(item.push.prompt_text or '')}*", ""]
            lines += [f"> {_md(a.text)}\n" for a in own]
    return "\n".join(lines).rstrip() + "\n"


def _md(text: str) -> str:
    """Free text on one Markdown line, without HTML or heading effects."""
    flat = " ".join(text.split())
    return flat.replace("<", "&lt;").replace(">", "&gt;").lstrip("#")


# participants


def _from_session(t: Translator, session: Session) -> str:
    return t.gettext("<b>Session “{name}”</b>", name=_name(session))


def pushed_dialogue(t: Translator, session: Session, dialogue: Dialogue) -> Reply:
    title = dialogue.title.get(t.locale)
    return Reply(
        text="\n".join(
            [
                _from_session(t, session),
                t.gettext(
                    "The facilitator asks you to answer “{title}”. Tap the button to start.",
                    title=escape(title),
                ),
            ]
        ),
        buttons=rows([Button(t.gettext("▶️ Start"), "dlg", (dialogue.id,))]),
    )


def pushed_prompt(t: Translator, session: Session, push: Push) -> Reply:
    return Reply(
        text="\n".join(
            [
                _from_session(t, session),
                t.gettext("A question from the facilitator:"),
                "",
                f"<i>{escape(push.prompt_text or '')}</i>",
                "",
                t.gettext("Type your answer and send it."),
            ]
        ),
        buttons=rows([Button(t.gettext("✍️ Answer"), "sanswer", (push.id,))]),
    )


def joined(t: Translator, session: Session) -> Reply:
    return Reply(
        text=t.gettext(
            "You joined the session “{name}”. The facilitator will send you questions here. "
            "Nobody in the group sees your name with your answers.",
            name=_name(session),
        )
    )


def already_joined(t: Translator, session: Session) -> Reply:
    return Reply(text=t.gettext("You are already in the session “{name}”.", name=_name(session)))


def unknown_code(t: Translator) -> Reply:
    return Reply(
        text=t.gettext("I don't know this session. Check the link or ask the facilitator.")
    )


def ended(t: Translator, session: Session) -> Reply:
    return Reply(
        text=t.gettext(
            "The session “{name}” has ended. Thank you for taking part!", name=_name(session)
        )
    )


def answer_hint(t: Translator, push: Push) -> Reply:
    """A message typed while the facilitator's question was not being waited for."""
    return Reply(
        text="\n".join(
            [
                t.gettext(
                    "Is this your answer to the facilitator's question? Press ✍️ Answer "
                    "first, then send it again."
                ),
                "",
                f"<i>{escape(shorten(push.prompt_text or '', QUOTE_LENGTH, placeholder='…'))}</i>",
            ]
        ),
        buttons=rows([Button(t.gettext("✍️ Answer"), "sanswer", (push.id,))]),
    )


def type_answer(t: Translator) -> Reply:
    return Reply(text=t.gettext("Type your answer and send it."))


def answer_saved(t: Translator) -> Reply:
    return Reply(text=t.gettext("Thank you! Your answer is saved."))


def already_answered(t: Translator) -> Reply:
    return Reply(text=t.gettext("You already answered this question. Thank you!"))


def answer_too_long(t: Translator, limit: int) -> Reply:
    return Reply(
        text=t.gettext("Your answer is too long: at most {n} characters. Try again.", n=limit)
    )


def answer_not_saved(t: Translator) -> Reply:
    return Reply(text=t.gettext("This question is closed. Your answer was not saved."))
