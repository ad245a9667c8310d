"""How a dialogue looks in the chat: questions, answers, the summary, the quoting question.

Rendering returns a :class:`~bot.reply.Reply`; button data are (run id, question index, kind,
value) — indexes, not ids, so they always fit Telegram's 64 bytes.
"""

from __future__ import annotations

from html import escape

from bot.dialogues.answers import AnswerValue
from bot.dialogues.model import Dialogue, Question
from bot.i18n import Translator
from bot.reply import Button, Reply, rows

SUMMARY_ANSWER_LENGTH = 120
QUOTE_EXCERPT_LENGTH = 300
SCALE_ROW = 6
LIST_BUDGET = 3200
"""Characters for the listed answers in the summary and the quoting question, so each stays
one Telegram message (4096) however many questions a dialogue has."""
SHORTEST_ITEM = 60


def _share(items: int, longest: int) -> int:
    """Characters one of ``items`` listed answers may take (at least a readable bit)."""
    return max(SHORTEST_ITEM, min(longest, LIST_BUDGET // max(items, 1)))


# Kinds of button press on a question.
CHOOSE, SCALE, TOGGLE, DONE, SKIP, BACK, NEXT, PAUSE = "c", "s", "m", "d", "k", "b", "n", "p"
KEEP = "h"
"""Keep the earlier typed answer (after going back), instead of typing it again."""


def shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def answer_text(t: Translator, question: Question, value: AnswerValue) -> str:
    """An answer as the citizen would say it (option labels, not ids)."""
    if value is None:
        return t.gettext("(skipped)")
    if question.type == "choice" and isinstance(value, str):
        option = question.option(value)
        return option.label.get(t.locale) if option else value
    if question.type == "multi" and isinstance(value, tuple):
        labels = [o.label.get(t.locale) for o in question.options if o.id in value]
        return ", ".join(labels)
    return str(value)


def question_message(
    t: Translator,
    dialogue: Dialogue,
    question: Question,
    run_id: int,
    position: tuple[int, int],
    *,
    selection: tuple[str, ...] = (),
    earlier: AnswerValue | None = None,
    has_earlier: bool = False,
    can_go_back: bool = True,
    replace: bool = False,
) -> Reply:
    index = dialogue.index_of(question)
    number, total = position
    lines = [f"<b>{escape(dialogue.title.get(t.locale))}</b>"]
    if question.needs_answer:
        lines.append(t.gettext("Question {n} of {m}", n=number, m=total))
    lines += ["", escape(question.prompt.get(t.locale))]
    hint = _hint(t, question)
    if hint:
        lines += ["", f"<i>{hint}</i>"]
    if has_earlier and question.type in ("text", "number"):
        lines += [
            "",
            t.gettext(
                "Your earlier answer: {answer}",
                answer=escape(shorten(answer_text(t, question, earlier), SUMMARY_ANSWER_LENGTH)),
            ),
        ]

    def press(label: str, kind: str, value: str | int = "") -> Button:
        return Button(label, "q", (run_id, index, kind, value))

    buttons: list[list[Button]] = []
    if question.type == "choice":
        buttons += [
            [press(_marked(o.label.get(t.locale), has_earlier and earlier == o.id), CHOOSE, i)]
            for i, o in enumerate(question.options)
        ]
    elif question.type == "multi":
        buttons += [
            [press(("✓ " if o.id in selection else "") + o.label.get(t.locale), TOGGLE, i)]
            for i, o in enumerate(question.options)
        ]
        buttons.append([press(t.gettext("Done ✔️"), DONE)])
    elif question.type == "scale":
        values = [
            press(_marked(str(v), has_earlier and earlier == v), SCALE, v)
            for v in question.scale_values
        ]
        buttons += [values[i : i + SCALE_ROW] for i in range(0, len(values), SCALE_ROW)]
    elif question.type == "info":
        buttons.append([press(t.gettext("Next ➡️"), NEXT)])
    if has_earlier and earlier is not None and question.type in ("text", "number"):
        buttons.append([press(t.gettext("↩️ Keep my earlier answer"), KEEP)])
    navigation = []
    if can_go_back:
        navigation.append(press(t.gettext("⬅️ Back"), BACK))
    if question.optional and question.needs_answer:
        navigation.append(press(t.gettext("Skip ⏭"), SKIP))
    navigation.append(press(t.gettext("⏸ Pause"), PAUSE))
    buttons.append(navigation)
    return Reply(text="\n".join(lines), buttons=rows(*buttons), replace=replace)


def _marked(label: str, chosen: bool) -> str:
    return f"• {label} •" if chosen else label


def _hint(t: Translator, question: Question) -> str | None:
    if question.type == "text":
        return t.gettext("Type your answer and send it.")
    if question.type == "number":
        if question.min_value is not None and question.max_value is not None:
            return t.gettext(
                "Type a number from {min} to {max}.", min=question.min_value, max=question.max_value
            )
        return t.gettext("Type a number.")
    if question.type == "scale":
        return t.gettext(
            "Choose a number: {min} is the lowest, {max} the highest.",
            min=question.min_value,
            max=question.max_value,
        )
    if question.type == "multi":
        if question.max_choices is not None:
            return t.gettext("Choose up to {n} answers, then press Done.", n=question.max_choices)
        return t.gettext("Choose one or more answers, then press Done.")
    return None


def intro(t: Translator, dialogue: Dialogue) -> Reply:
    lines = [f"<b>{escape(dialogue.title.get(t.locale))}</b>"]
    if dialogue.intro is not None:
        lines += ["", escape(dialogue.intro.get(t.locale))]
    lines += [
        "",
        t.gettext("You can pause at any time with /stop and go on later."),
    ]
    return Reply(text="\n".join(lines))


def summary(
    t: Translator,
    dialogue: Dialogue,
    answered_questions: list[tuple[Question, AnswerValue]],
    *,
    replace: bool = False,
) -> Reply:
    lines = [
        t.gettext(
            "<b>Thank you!</b> Your answers to “{title}” are saved.",
            title=escape(dialogue.title.get(t.locale)),
        ),
        "",
    ]
    shown = answered_questions[: LIST_BUDGET // SHORTEST_ITEM]
    share = _share(len(shown), 80 + SUMMARY_ANSWER_LENGTH)
    for question, value in shown:
        prompt = shorten(question.prompt.get(t.locale), share * 2 // 5)
        answer = shorten(answer_text(t, question, value), share * 3 // 5)
        lines.append(f"• {escape(prompt)}\n  <i>{escape(answer)}</i>")
    if len(answered_questions) > len(shown):
        hidden = len(answered_questions) - len(shown)
        lines.append(t.ngettext("… and {n} more answer.", "… and {n} more answers.", hidden))
    return Reply(text="\n".join(lines), replace=replace)


def quoting_question(
    t: Translator,
    run_id: int,
    quotable: list[tuple[int, Question, str, bool]],
    *,
    replace: bool,
    title: str = "",
) -> Reply:
    """Per text answer: may we quote it, anonymously, in the verhalenreeks?"""
    lines = [
        *([f"<i>{escape(title)}</i>"] if title else []),
        t.gettext(
            "<b>May we quote you?</b> The province tells the story of this programme in the "
            "verhalenreeks. We would like to quote some answers there, without your name and "
            "with personal details removed. Tap an answer to allow it (☑) or not (☐), "
            "then tap Done."
        ),
        "",
    ]
    buttons: list[Button] = []
    excerpt = _share(len(quotable), QUOTE_EXCERPT_LENGTH)
    for number, (index, _question, text, allowed) in enumerate(quotable, start=1):
        mark = "☑" if allowed else "☐"
        lines.append(f"{mark} <b>{number}.</b> “{escape(shorten(text, excerpt))}”")
        buttons.append(Button(f"{mark} {number}", "quote", (run_id, index)))
    return Reply(
        text="\n".join(lines),
        buttons=rows(
            *[buttons[i : i + 4] for i in range(0, len(buttons), 4)],
            [Button(t.gettext("Done ✔️"), "quotes_done", (run_id,))],
        ),
        replace=replace,
    )


def quoting_done(t: Translator, allowed: int) -> Reply:
    return Reply(
        text=t.ngettext(
            "Thank you. We may quote {n} answer. You can change this at any time in /mijngegevens.",
            "Thank you. We may quote {n} answers. You can change this at any time in "
            "/mijngegevens.",
            allowed,
        ),
        replace=True,
    )


def paused(t: Translator, dialogue: Dialogue) -> Reply:
    return Reply(
        text=t.gettext(
            "Paused. Your answers so far are saved. Send /gesprek to go on with “{title}”.",
            title=escape(dialogue.title.get(t.locale)),
        )
    )


def dialogue_list(t: Translator, items: list[tuple[Dialogue, str]]) -> Reply:
    """The open dialogues, each with its state: new, paused or done."""
    if not items:
        return Reply(text=t.gettext("There are no conversations open at the moment."))
    states = {
        "new": "",
        "open": t.gettext(" (go on)"),
        "finished": t.gettext(" (done ✓)"),
    }
    return Reply(
        text=t.gettext("<b>Which conversation do you want to join?</b>"),
        buttons=rows(
            *[
                [Button(dialogue.title.get(t.locale) + states[state], "dlg", (dialogue.id,))]
                for dialogue, state in items
            ]
        ),
    )


def already_done(t: Translator, dialogue: Dialogue) -> Reply:
    return Reply(
        text=t.gettext(
            "You already finished “{title}”. Do you want to answer the questions again?",
            title=escape(dialogue.title.get(t.locale)),
        ),
        buttons=rows([Button(t.gettext("Start again"), "again", (dialogue.id,))]),
    )


def unknown_dialogue(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "This conversation does not exist (any more). Send /gesprek to see the open ones."
        )
    )


def nothing_to_stop(t: Translator) -> Reply:
    return Reply(
        text=t.gettext("You are not in a conversation right now. Send /gesprek to start one.")
    )


def rejected(t: Translator, sentence: str) -> Reply:
    return Reply(text="⚠️ " + sentence)
