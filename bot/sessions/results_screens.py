"""What a facilitator sees of a session's answers: the results so far or, once closed, its
summary; one question (counts, or written answers a page at a time); the PDF message."""

from __future__ import annotations

from html import escape
from textwrap import shorten

from bot.i18n import Translator
from bot.messaging.reply import Button, Document, Reply, rows
from bot.sessions.actions import (
    OpenSession,
    RefreshResults,
    Results,
    ShowQuestion,
    SummaryPdf,
    TurnPage,
)
from bot.sessions.results import MIN_ANSWERS, ItemResult, QuestionResult, SessionResults
from bot.sessions.screens import participants_line, session_name
from bot.sessions.store import PromptAnswer, Session

QUOTE_SHOWN = 600
"""Characters of one quote on a results page (HTML-escaped); the PDF has it whole."""
ITEMS_SHOWN = 12
"""Pushed items listed in a message; the PDF summary has them all."""
QUESTION_BUTTONS = 24
PROMPT_LENGTH = 60
BUTTON_PROMPT = 32


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
    return Button(label, ShowQuestion(session.id, question.push_number, question.index, 0))


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
            t.gettext("<b>Results so far: {name}</b>", name=session_name(session)),
            t.gettext("(at {time})", time=as_of),
        ]
    else:
        lines = [
            t.gettext(
                "<b>“{name}” is closed</b> ({when}).", name=session_name(session), when=closed_when
            ),
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
                Button(t.gettext("🔄 Refresh"), RefreshResults(session.id)),
                Button(t.gettext("⬅️ Back"), OpenSession(session.id)),
            ]
        )
    else:
        buttons.append([Button(t.gettext("📄 Summary as PDF"), SummaryPdf(session.id))])
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
        t.gettext("{name} · results so far", name=session_name(session))
        if session.is_open
        else t.gettext("{name} · summary (closed)", name=session_name(session))
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
            page_buttons.append(Button(t.gettext("⬅️ Newer"), TurnPage(*where_args, page - 1)))
        if page + 1 < pages:
            page_buttons.append(Button(t.gettext("Older ➡️"), TurnPage(*where_args, page + 1)))
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
                ShowQuestion(session.id, before.push_number, before.index, 0),
            )
        )
    if after is not None:
        moves.append(
            Button(
                t.gettext("Question {position} ➡️", position=after.position),
                ShowQuestion(session.id, after.push_number, after.index, 0),
            )
        )
    overview = Button(t.gettext("📊 All questions"), Results(session.id))
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
            name=session_name(session),
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
