"""What facilitators and participants of a session see (the results and the summary:
:mod:`bot.sessions.results_screens`)."""

from __future__ import annotations

from html import escape
from textwrap import shorten

from bot.answering.actions import ChooseDialogue, StartAgain
from bot.dialogues.model import Dialogue
from bot.i18n import Translator
from bot.messaging.reply import Button, Reply, rows
from bot.sessions.actions import (
    AnswerPrompt,
    AskClose,
    AskQuestion,
    ChooseDialogueToSend,
    CloseSession,
    MySessions,
    NewSession,
    OpenSession,
    Results,
    SendDialogue,
    ShowQr,
    StartPushed,
    UseDefaultName,
)
from bot.sessions.store import Push, Session

QUOTE_LENGTH = 200
"""A quote in a hint to a participant."""


def session_name(session: Session) -> str:
    return escape(session.name)


def participants_line(t: Translator, count: int) -> str:
    # audience: facilitator
    return t.ngettext("{n} participant", "{n} participants", count)


# facilitator: sessions and one session


def overview(t: Translator, sessions: list[tuple[Session, str]]) -> Reply:
    """The open sessions, each with its join code."""
    # audience: facilitator
    lines = [t.gettext("<b>Sessions</b>")]
    if sessions:
        # audience: facilitator
        lines.append(t.gettext("Your open sessions:"))
    else:
        # audience: facilitator
        lines.append(t.gettext("You have no open sessions. Start a new one for your group."))
    return Reply(
        text="\n".join(lines),
        buttons=rows(
            # audience: facilitator
            [Button(t.gettext("➕ New session"), NewSession())],
            *[[Button(f"📋 {s.name} ({code})", OpenSession(s.id))] for s, code in sessions],
        ),
    )


def ask_name(t: Translator, default_name: str) -> Reply:
    return Reply(
        # audience: facilitator
        text=t.gettext(
            "<b>New session</b>\nType a name for the session and send it, or use “{name}”.",
            name=escape(default_name),
        ),
        # audience: facilitator
        buttons=rows([Button(t.gettext("Use “{name}”", name=default_name), UseDefaultName())]),
    )


def bad_name(t: Translator, limit: int) -> Reply:
    return Reply(
        # audience: facilitator
        text=t.gettext("Please use a shorter name: at most {n} characters. Type it again.", n=limit)
    )


def _panel_buttons(t: Translator, session: Session) -> tuple[tuple[Button, ...], ...]:
    sid = session.id
    return rows(
        [
            # audience: facilitator
            Button(t.gettext("💬 Send a conversation"), ChooseDialogueToSend(sid)),
            # audience: facilitator
            Button(t.gettext("✍️ Ask a question"), AskQuestion(sid)),
        ],
        [
            # audience: facilitator
            Button(t.gettext("📊 Results so far"), Results(sid)),
            # audience: facilitator
            Button(t.gettext("🔳 QR code"), ShowQr(sid)),
        ],
        # audience: facilitator
        [Button(t.gettext("⏹ Close session"), AskClose(sid))],
        # audience: facilitator
        [Button(t.gettext("⬅️ My sessions"), MySessions())],
    )


def _join_lines(t: Translator, code: str, link: str) -> list[str]:
    return [
        # audience: facilitator
        t.gettext("Join code: <code>{code}</code>", code=code),
        # audience: facilitator
        t.gettext("Link to join: {link}", link=link),
    ]


def created(t: Translator, session: Session, code: str, link: str, qr_png: bytes) -> Reply:
    lines = [
        # audience: facilitator
        t.gettext("<b>Your session “{name}” is open.</b>", name=session_name(session)),
        "",
        *_join_lines(t, code, link),
        "",
        # audience: facilitator
        t.gettext(
            "Show the QR code below to your group, or share the link. They can also send "
            "the code to this bot. Whoever joins gets what you send here."
        ),
    ]
    return Reply(text="\n".join(lines), buttons=_panel_buttons(t, session), photo=qr_png)


def panel(
    t: Translator, session: Session, code: str, link: str, participants: int, pushed: int
) -> Reply:
    lines = [
        f"<b>{session_name(session)}</b>",
        *_join_lines(t, code, link),
        "",
        participants_line(t, participants),
        # audience: facilitator
        t.ngettext("{n} item sent", "{n} items sent", pushed),
    ]
    return Reply(text="\n".join(lines), buttons=_panel_buttons(t, session))


def qr_code(t: Translator, session: Session, code: str, link: str, qr_png: bytes) -> Reply:
    return Reply(
        text="\n".join(
            [
                # audience: facilitator
                t.gettext("Scan this code to join “{name}”.", name=session_name(session)),
                *_join_lines(t, code, link),
            ]
        ),
        photo=qr_png,
    )


def choose_dialogue(
    t: Translator, session: Session, dialogues: tuple[Dialogue, ...], number: int
) -> Reply:
    if not dialogues:
        # audience: facilitator
        return Reply(text=t.gettext("There are no conversations to send."))
    return Reply(
        # audience: facilitator
        text=t.gettext(
            "<b>Which conversation do you want to send to everyone in “{name}”?</b>",
            name=session_name(session),
        ),
        buttons=rows(
            *[
                [Button(d.title.get(t.locale), SendDialogue(session.id, number, d.id))]
                for d in dialogues
            ],
            # audience: facilitator
            [Button(t.gettext("⬅️ Back"), OpenSession(session.id))],
        ),
    )


def ask_prompt(t: Translator, session: Session, limit: int) -> Reply:
    return Reply(
        # audience: facilitator
        text=t.gettext(
            "Type the question for everyone in “{name}” and send it (at most {n} characters). "
            "Their next message is their answer.",
            name=session_name(session),
            n=limit,
        ),
        # audience: facilitator
        buttons=rows([Button(t.gettext("Cancel"), OpenSession(session.id))]),
    )


def prompt_too_long(t: Translator, limit: int) -> Reply:
    return Reply(
        # audience: facilitator
        text=t.gettext("That question is too long: at most {n} characters. Try again.", n=limit)
    )


def command_help(t: Translator) -> Reply:
    return Reply(
        # audience: facilitator
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
    # audience: facilitator
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
        # audience: facilitator
        text=t.gettext("There is no conversation “{name}”. Choose one:", name=escape(name[:60]))
    )


def no_open_session(t: Translator) -> Reply:
    return Reply(
        # audience: facilitator
        text=t.gettext("You have no open session. Open one with /sessie new or the button.")
    )


def nobody_joined(t: Translator) -> Reply:
    return Reply(
        # audience: facilitator
        text=t.gettext(
            "Nobody has joined yet, so nothing was sent. Share the link or show the QR code "
            "first; then send it again."
        )
    )


def already_sent(t: Translator) -> str:
    # audience: facilitator
    return t.gettext("This was sent already.")


def session_closed(t: Translator) -> Reply:
    # audience: facilitator
    return Reply(text=t.gettext("This session is closed. Start a new one with /sessie."))


def not_found(t: Translator) -> Reply:
    # audience: facilitator
    return Reply(text=t.gettext("We can't find this session (or it is not yours). Send /sessie."))


def confirm_close(t: Translator, session: Session) -> Reply:
    return Reply(
        # audience: facilitator
        text=t.gettext(
            "<b>Close “{name}”?</b> Nobody can join or answer any more. You get a summary, "
            "and the participants get a message that the session has ended.",
            name=session_name(session),
        ),
        buttons=rows(
            [
                # audience: facilitator
                Button(t.gettext("⏹ Yes, close it"), CloseSession(session.id)),
                # audience: facilitator
                Button(t.gettext("No, keep it open"), OpenSession(session.id)),
            ]
        ),
    )


# participants


def _from_session(t: Translator, session: Session) -> str:
    # audience: facilitator
    return t.gettext("<b>Session “{name}”</b>", name=session_name(session))


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
        buttons=rows([Button(t.gettext("▶️ Start"), StartPushed(push.id))]),
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
        buttons=rows([Button(t.gettext("✍️ Answer"), AnswerPrompt(push.id))]),
    )


def joined(t: Translator, session: Session) -> Reply:
    return Reply(
        text=t.gettext(
            "You joined the session “{name}”. The facilitator will send you questions here. "
            "Nobody in the group sees your name with your answers.",
            name=session_name(session),
        )
    )


def already_joined(t: Translator, session: Session) -> Reply:
    return Reply(
        text=t.gettext("You are already in the session “{name}”.", name=session_name(session))
    )


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
            name=session_name(session),
        )
    )


def run_after_close(t: Translator, session: Session, title: str, dialogue_id: str) -> Reply:
    """A participant answers (or goes on with) a conversation of a session that has ended."""
    return Reply(
        text=t.gettext(
            "The session “{name}” has ended, so we did not save this answer to “{title}”. "
            "Your answers from the session are kept. Do you want to go through the "
            "conversation on your own?",
            name=session_name(session),
            title=escape(title),
        ),
        buttons=rows([Button(t.gettext("▶️ Start on my own"), StartAgain(dialogue_id))]),
    )


def run_ended_with_session(t: Translator, session: Session, title: str, dialogue_id: str) -> Reply:
    """A participant goes back to a conversation of a session that has ended."""
    return Reply(
        text=t.gettext(
            "You started “{title}” in the session “{name}”, which has ended, so we no longer "
            "save answers to it. Your answers from the session are kept. Do you want to go "
            "through the conversation on your own?",
            name=session_name(session),
            title=escape(title),
        ),
        buttons=rows([Button(t.gettext("▶️ Start on my own"), StartAgain(dialogue_id))]),
    )


def closed_notice(t: Translator) -> str:
    return t.gettext("The session has ended: this answer was not saved.")


def start_after_close(t: Translator, session: Session, title: str, dialogue_id: str) -> Reply:
    """The Start button of a session's conversation, pressed after the session ended."""
    return Reply(
        text=t.gettext(
            "The session “{name}” has ended, so answers to “{title}” are no longer saved for "
            "it. You can go through the conversation on your own.",
            name=session_name(session),
            title=escape(title),
        ),
        buttons=rows([Button(t.gettext("▶️ Start on my own"), ChooseDialogue(dialogue_id))]),
    )


def done_in_session(t: Translator, session: Session) -> Reply:
    return Reply(
        text=t.gettext(
            "You already finished this conversation in the session “{name}”. Thank you!",
            name=session_name(session),
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
                    "Is this your answer to the facilitator's question? Tap ✍️ Answer "
                    "first, then send it again."
                ),
                "",
                f"<i>{escape(shorten(push.prompt_text or '', QUOTE_LENGTH, placeholder='…'))}</i>",
            ]
        ),
        buttons=rows([Button(t.gettext("✍️ Answer"), AnswerPrompt(push.id))]),
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
            name=session_name(session),
        )
    )
