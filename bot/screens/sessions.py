"""What facilitators and participants of a session see."""

from __future__ import annotations

from html import escape
from textwrap import shorten

from bot.dialogues.model import Dialogue
from bot.i18n import Translator
from bot.reply import Button, Document, Reply, rows
from bot.session_results import MIN_ANSWERS, ItemResult, QuestionResult, SessionResults
from bot.storage.sessions import PromptAnswer, Push, Session

QUOTE_LENGTH = 200
"""A quote in a hint to a participant."""
QUOTE_SHOWN = 600
"""Characters of one quote on a results page (HTML-escaped); the PDF has it whole."""
ITEMS_SHOWN = 12
"""Pushed items listed in a message; the PDF summary has them all."""
QUESTION_BUTTONS = 24
PROMPT_LENGTH = 60
BUTTON_PROMPT = 32


def _s(verb: str, *args: str | int) -> tuple[str | int, ...]:
    return (verb, *args)


def _name(session: Session) -> str:
    return escape(session.name)


def participants_line(t: Translator, count: int) -> str:
    return t.ngettext("{n} participant", "{n} participants", count)


def clip(text: str, limit: int) -> str:
    """``text`` HTML-escaped, cut to at most ``limit`` characters of escaped text ("…" at
    the end when cut), never inside an entity."""
    flat = " ".join(text.split())
    out: list[str] = []
    used = 0
    for char in flat:
        piece = escape(char)
        if used + len(piece) > limit - 1:
            return "".join(out).rstrip() + "…"
        out.append(piece)
        used += len(piece)
    return "".join(out)


# facilitator: sessions and one session


def overview(t: Translator, sessions: list[tuple[Session, str]]) -> Reply:
    """The open sessions, each with its join code."""
    lines = [t.gettext("<b>Sessions</b>")]
    if sessions:
        lines.append(t.gettext("Your open sessions:"))
    else:
        lines.append(t.gettext("You have no open sessions. Start a new one for your group."))
    return Reply(
        text="\n".join(lines),
        buttons=rows(
            [Button(t.gettext("➕ New session"), "sess", _s("new"))],
            *[[Button(f"📋 {s.name} ({code})", "sess", _s("open", s.id))] for s, code in sessions],
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


def _join_lines(t: Translator, code: str, link: str) -> list[str]:
    return [
        t.gettext("Join code: <code>{code}</code>", code=code),
        t.gettext("Link to join: {link}", link=link),
    ]


def created(t: Translator, session: Session, code: str, link: str, qr_png: bytes) -> Reply:
    lines = [
        t.gettext("<b>Your session “{name}” is open.</b>", name=_name(session)),
        "",
        *_join_lines(t, code, link),
        "",
        t.gettext(
            "Show the QR code below to your group, or share the link. They can also type "
            "the code in this chat. Whoever joins gets what you send here."
        ),
    ]
    return Reply(text="\n".join(lines), buttons=_panel_buttons(t, session), photo=qr_png)


def panel(
    t: Translator, session: Session, code: str, link: str, participants: int, pushed: int
) -> Reply:
    lines = [
        f"<b>{_name(session)}</b>",
        *_join_lines(t, code, link),
        "",
        participants_line(t, participants),
        t.ngettext("{n} item sent", "{n} items sent", pushed),
    ]
    return Reply(text="\n".join(lines), buttons=_panel_buttons(t, session))


def qr_code(t: Translator, session: Session, code: str, link: str, qr_png: bytes) -> Reply:
    return Reply(
        text="\n".join(
            [
                t.gettext("Scan this code to join “{name}”.", name=_name(session)),
                *_join_lines(t, code, link),
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


def how_to_start(t: Translator) -> str:
    """For a new facilitator: how to open a first session (one paragraph)."""
    return t.gettext(
        "Open a session for your group with /sessie: you get a join code, a link and a QR "
        "code. Then send the group a conversation or a question, and follow their answers "
        "with 📊 Results so far. When you close the session you get a summary, also as a PDF."
    )


def join_how(t: Translator) -> Reply:
    """/sessie from someone who may not open sessions."""
    return Reply(
        text=t.gettext(
            "Only facilitators can open sessions. Do you want to join one? Type the code you "
            "got from the facilitator, for example <code>/sessie ABC234</code>, or just the code."
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
    return Reply(text=t.gettext("We can't find this session (or it is not yours). Send /sessie."))


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


# facilitator: results (open) and summary (closed)


def _item_line(t: Translator, item: ItemResult, *, html: bool = True) -> str:
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


def item_line(t: Translator, item: ItemResult) -> str:
    """One pushed item and how far the participants are with it, as plain text."""
    return _item_line(t, item, html=False)


def _item_lines(t: Translator, items: tuple[ItemResult, ...]) -> list[str]:
    """The newest items, so the message stays within Telegram's length limit."""
    lines = [_item_line(t, item) for item in items[-ITEMS_SHOWN:]]
    hidden = len(items) - ITEMS_SHOWN
    if hidden > 0:
        lines.insert(0, t.ngettext("(and {n} earlier one)", "(and {n} earlier ones)", hidden))
    return lines


def _question_button(question: QuestionResult, session: Session) -> Button:
    prompt = shorten(question.prompt, BUTTON_PROMPT, placeholder="…")
    label = f"{question.position} {prompt} · {question.answered}"
    args = _s("q", session.id, question.push_number, question.index, 0)
    return Button(label, "sess", args)


def without_names(t: Translator) -> str:
    return t.gettext(
        "Answers are shown without names. Read them before you show them to the group."
    )


def minimum_rule(t: Translator) -> str:
    return t.gettext(
        "A question's answers are shown once at least {n} people answered it.", n=MIN_ANSWERS
    )


def results(
    t: Translator,
    found: SessionResults,
    closed_when: str | None = None,
    *,
    replace: bool = False,
    as_of: str = "",
) -> Reply:
    """Open: the results so far (``as_of``: the time now). Closed (``closed_when``): the
    session's summary, only answers given while it was open."""
    session = found.session
    if closed_when is None:
        lines = [
            t.gettext("<b>Results so far: {name}</b>", name=_name(session)),
            t.gettext("(at {time})", time=as_of),
        ]
    else:
        lines = [
            t.gettext("<b>“{name}” is closed</b> ({when}).", name=_name(session), when=closed_when),
            t.gettext("This is its summary: only answers given while it was open."),
        ]
    lines += [participants_line(t, found.participants), ""]
    if not found.items:
        lines.append(t.gettext("Nothing was sent in this session."))
    lines += _item_lines(t, found.items)
    questions = found.questions()
    if questions:
        lines += [
            "",
            t.gettext("Choose a question to see what was answered."),
            without_names(t),
            minimum_rule(t),
        ]
    shown = questions[-QUESTION_BUTTONS:]
    buttons = [[_question_button(q, session)] for q in shown]
    if closed_when is None:
        buttons.append(
            [
                Button(t.gettext("🔄 Refresh"), "sess", _s("refresh", session.id)),
                Button(t.gettext("⬅️ Back"), "sess", _s("open", session.id)),
            ]
        )
    else:
        buttons.append([Button(t.gettext("📄 Summary as PDF"), "sess", _s("pdf", session.id))])
    return Reply(text="\n".join(lines), buttons=rows(*buttons), replace=replace)


def _answers_line(t: Translator, question: QuestionResult) -> str:
    return t.ngettext("{n} answer", "{n} answers", question.answered)


def _count_lines(question: QuestionResult) -> list[str]:
    tally = question.tally
    if tally is None:
        return []
    total = tally.respondents or 1
    return [f"{escape(label)}: <b>{n}</b> ({round(100 * n / total)}%)" for label, n in tally.counts]


def _number_lines(t: Translator, question: QuestionResult) -> list[str]:
    low, middle, high = question.number_summary()
    return [
        t.gettext(
            "Median {median} · lowest {low} · highest {high}",
            median=_number(middle),
            low=_number(low),
            high=_number(high),
        )
    ]


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def question_view(
    t: Translator,
    found: SessionResults,
    question: QuestionResult,
    *,
    page: int = 0,
    quotes: list[PromptAnswer] = (),  # type: ignore[assignment]
    chart: bytes | None = None,
    replace: bool = False,
) -> Reply:
    """One question: counts (and its chart) or a page of quotes, newest first."""
    session = found.session
    where = (
        t.gettext("{name} · results so far", name=_name(session))
        if session.is_open
        else t.gettext("{name} · summary (closed)", name=_name(session))
    )
    lines = [
        f"<i>{where}</i>",
        f"<b>{escape(question.position)} {escape(question.prompt)}</b>",
    ]
    page_buttons: list[Button] = []
    if not question.shown:
        lines += [
            "",
            t.ngettext(
                "{n} answer so far: too few to show.",
                "{n} answers so far: too few to show.",
                question.answered,
            )
            if session.is_open
            else t.ngettext(
                "{n} answer: too few to show.", "{n} answers: too few to show.", question.answered
            ),
            t.gettext(
                "We show a question's answers once at least {n} people answered it, so nobody "
                "can be recognised by their answer.",
                n=MIN_ANSWERS,
            ),
        ]
    elif question.kind == "text":
        pages = question.pages
        lines += [
            t.ngettext(
                "{n} answer, newest first · page {page} of {pages}",
                "{n} answers, newest first · page {page} of {pages}",
                question.answered,
                page=page + 1,
                pages=pages,
            ),
            without_names(t),
            "",
        ]
        lines += [f"“{clip(quote.text, QUOTE_SHOWN)}”\n" for quote in quotes]
        where_args = (session.id, question.push_number, question.index)
        if page > 0:
            page_buttons.append(
                Button(t.gettext("◀️ Newer"), "sess", _s("q", *where_args, page - 1))
            )
        if page + 1 < pages:
            page_buttons.append(
                Button(t.gettext("Older ▶️"), "sess", _s("q", *where_args, page + 1))
            )
    elif question.kind == "number":
        lines += [_answers_line(t, question), "", *_number_lines(t, question)]
    else:
        lines += [_answers_line(t, question), "", *_count_lines(question)]
    before, after = found.neighbours(question)
    moves = []
    if before is not None:
        moves.append(
            Button(
                t.gettext("⬅️ Question {position}", position=before.position),
                "sess",
                _s("q", session.id, before.push_number, before.index, 0),
            )
        )
    if after is not None:
        moves.append(
            Button(
                t.gettext("Question {position} ➡️", position=after.position),
                "sess",
                _s("q", session.id, after.push_number, after.index, 0),
            )
        )
    overview = Button(t.gettext("📊 All questions"), "sess", _s("stand", session.id))
    return Reply(
        text="\n".join(lines).rstrip(),
        buttons=rows(page_buttons, moves, [overview]),
        photo=chart if question.shown else None,
        replace=replace,
    )


def question_gone(t: Translator) -> str:
    return t.gettext("This question has no answers in this session.")


def summary_pdf(t: Translator, session: Session, content: bytes, day: str) -> Reply:
    return Reply(
        text=t.gettext(
            "📄 The summary of “{name}” as a PDF, to keep or forward. Answers are without "
            "names; read them before you share the file.",
            name=_name(session),
        ),
        document=Document(
            filename=pdf_filename(session, day),
            content=content,
            caption=t.gettext("Summary of “{name}”", name=session.name),
        ),
    )


def pdf_filename(session: Session, day: str) -> str:
    safe = "".join(ch if ch.isalnum() else "-" for ch in session.name.lower()).strip("-")
    return f"sessie-{'-'.join(filter(None, safe.split('-')))[:40] or session.id}-{day}.pdf"


# participants


def _from_session(t: Translator, session: Session) -> str:
    return t.gettext("<b>Session “{name}”</b>", name=_name(session))


def pushed_dialogue(t: Translator, session: Session, dialogue: Dialogue, push: Push) -> Reply:
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
        buttons=rows([Button(t.gettext("▶️ Start"), "sdlg", (push.id,))]),
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
        text=t.gettext(
            "We don't know this session code. Check the code or the link, or ask the facilitator."
        )
    )


def ended(t: Translator, session: Session) -> Reply:
    return Reply(
        text=t.gettext(
            "The session “{name}” has ended: answers to its questions are no longer saved. "
            "Thank you for taking part!",
            name=_name(session),
        )
    )


def run_after_close(t: Translator, session: Session, title: str, dialogue_id: str) -> Reply:
    """A participant answers (or goes on with) a conversation of a session that has ended."""
    return Reply(
        text=t.gettext(
            "The session “{name}” has ended, so we did not save this answer to “{title}”. "
            "Your answers from the session are kept. Do you want to go through the "
            "conversation on your own?",
            name=_name(session),
            title=escape(title),
        ),
        buttons=rows([Button(t.gettext("▶️ Start on my own"), "again", (dialogue_id,))]),
    )


def run_ended_with_session(t: Translator, session: Session, title: str, dialogue_id: str) -> Reply:
    """A participant goes back to a conversation of a session that has ended."""
    return Reply(
        text=t.gettext(
            "You started “{title}” in the session “{name}”, which has ended, so we no longer "
            "save answers to it. Your answers from the session are kept. Do you want to go "
            "through the conversation on your own?",
            name=_name(session),
            title=escape(title),
        ),
        buttons=rows([Button(t.gettext("▶️ Start on my own"), "again", (dialogue_id,))]),
    )


def closed_notice(t: Translator) -> str:
    return t.gettext("The session has ended: this answer was not saved.")


def start_after_close(t: Translator, session: Session, title: str, dialogue_id: str) -> Reply:
    """The Start button of a session's conversation, pressed after the session ended."""
    return Reply(
        text=t.gettext(
            "The session “{name}” has ended, so answers to “{title}” are no longer saved for "
            "it. You can go through the conversation on your own.",
            name=_name(session),
            title=escape(title),
        ),
        buttons=rows([Button(t.gettext("▶️ Start on my own"), "dlg", (dialogue_id,))]),
    )


def done_in_session(t: Translator, session: Session) -> Reply:
    return Reply(
        text=t.gettext(
            "You already finished this conversation in the session “{name}”. Thank you!",
            name=_name(session),
        )
    )


def not_a_participant(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "You are not in this session (any more), so we did not save anything. To join, "
            "type the code you got from the facilitator."
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


def answer_after_close(t: Translator, session: Session) -> Reply:
    return Reply(
        text=t.gettext(
            "The session “{name}” has ended, so we did not save your answer.",
            name=_name(session),
        )
    )
