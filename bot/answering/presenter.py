"""How a dialogue looks in the chat: questions, answers, the summary, the quoting question.

Rendering returns a :class:`~bot.messaging.reply.Reply`; button data are (run id, question
index, kind, value) — indexes, not ids, so they always fit Telegram's 64 bytes.
"""

from __future__ import annotations

import re
from html import escape

from babel.lists import format_list
from babel.numbers import format_decimal

from bot.answering.actions import (
    Answer,
    ChooseDialogue,
    QuotesDone,
    StartAgain,
    Step,
    ToggleQuote,
)
from bot.dialogues import municipality_search
from bot.dialogues.answering import Rejected
from bot.dialogues.answers import SKIPPED, AnswerValue
from bot.dialogues.engine import Progress
from bot.dialogues.gemeenten import BUITEN_OVERIJSSEL
from bot.dialogues.model import Dialogue, Question
from bot.dialogues.status import Status
from bot.events.actions import ShowAgenda
from bot.i18n import Translator
from bot.messaging.reply import Button, Reply, rows
from bot.screens.menu import OpenMenu

SUMMARY_ANSWER_LENGTH = 120
RECAP_PROMPT_LENGTH = 90
RECAP_ANSWER_LENGTH = 120
QUOTE_EXCERPT_LENGTH = 300
SCALE_ROW = 6
LIST_BUDGET = 3200
"""Characters for the listed answers in the summary and the quoting question, so each stays
one Telegram message (4096) however many questions a dialogue has."""
SHORTEST_ITEM = 60


QUOTING_ROOM = 700
"""Characters of the list given up when the summary also asks about quoting (its paragraph
and a number per text answer)."""


def _share(items: int, longest: int, budget: int = LIST_BUDGET) -> int:
    """Characters one of ``items`` listed answers may take (at least a readable bit)."""
    return max(SHORTEST_ITEM, min(longest, budget // max(items, 1)))


# Kinds of button press on a question (bot/answering/actions.py).
CHOOSE, SCALE, TOGGLE, DONE, SKIP = Step.CHOOSE, Step.SCALE, Step.TOGGLE, Step.DONE, Step.SKIP
BACK, NEXT, PAUSE = Step.BACK, Step.NEXT, Step.PAUSE
KEEP = Step.KEEP
"""Keep the earlier typed answer (after going back), instead of typing it again."""
RESUME = Step.RESUME
"""Go on with a paused run (the button under the notice that it is paused)."""

_SENTENCE_END = re.compile(r"[?.!](?=\s|$)")


def shorten(text: str, length: int) -> str:
    """At most ``length`` characters, cut between words (with "…"), never inside a word
    unless a single word is longer than that."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if " " in cut and not text[length - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–") + "…"


def prompt_excerpt(prompt: str, length: int) -> str:
    """The question itself: the first sentence of a prompt when that is a question that fits
    ("Hoeveel vertrouwen …? Kies een cijfer: …" → "Hoeveel vertrouwen …?"), else the prompt
    cut between words."""
    text = " ".join(prompt.split())
    for end in _SENTENCE_END.finditer(text):
        if end.group() == "?" and end.end() <= length:
            return text[: end.end()]
    return shorten(text, length)


def answer_parts(t: Translator, question: Question, value: AnswerValue) -> list[str]:
    """An answer as the citizen would say it (option labels, not ids); one part per chosen
    option of a ``multi``, so a label with a comma in it stays readable."""
    if value is SKIPPED:
        return [t.gettext("(skipped)")]
    if question.type == "choice" and isinstance(value, str):
        option = question.option(value)
        return [option.label.get(t.locale) if option else value]
    if question.type == "multi" and isinstance(value, tuple):
        return [o.label.get(t.locale) for o in question.options if o.id in value]
    if question.type == "number" and isinstance(value, int | float):
        return [format_decimal(value, locale=t.locale)]
    return [str(value)]


def answer_text(t: Translator, question: Question, value: AnswerValue) -> str:
    """An answer on one line; the options of a ``multi`` separated by semicolons."""
    return "; ".join(answer_parts(t, question, value))


def count_line(t: Translator, progress: Progress) -> str:
    """ "Vraag 3 van 7", or "Vraag 3 van 6 tot 8" while follow-up questions are undecided."""
    if progress.at_least == progress.at_most:
        return t.gettext("Question {n} of {m}", n=progress.number, m=progress.at_least)
    return t.gettext(
        "Question {n} of {low} to {high}",
        n=progress.number,
        low=progress.at_least,
        high=progress.at_most,
    )


def _recap_lines(t: Translator, recap: tuple[Question, AnswerValue] | None) -> list[str]:
    """The question before and its answer, so the chat keeps a record of what was answered
    when a pressed answer turns the question into the next one."""
    if recap is None:
        return []
    question, value = recap
    prompt = prompt_excerpt(question.prompt.get(t.locale), RECAP_PROMPT_LENGTH)
    answer = shorten(answer_text(t, question, value), RECAP_ANSWER_LENGTH)
    return [f"<i>{escape(prompt)}</i>", f"✔️ {escape(answer)}", ""]


def question_message(
    t: Translator,
    dialogue: Dialogue,
    question: Question,
    run_id: int,
    progress: Progress,
    *,
    selection: tuple[str, ...] = (),
    earlier: AnswerValue | None = None,
    has_earlier: bool = False,
    can_go_back: bool = True,
    replace: bool = False,
    recap: tuple[Question, AnswerValue] | None = None,
    resumed: bool = False,
) -> Reply:
    """One question. ``recap``: the question before and its answer, shown above; ``resumed``:
    the citizen comes back to it, so the dialogue's title is shown too."""
    index = dialogue.index_of(question)
    typed_choice = municipality_search.is_typed(question)
    lines: list[str] = []
    if resumed:
        lines += [f"▶️ <i>{escape(dialogue.title.get(t.locale))}</i>", ""]
    lines += _recap_lines(t, recap)
    if question.needs_answer:
        lines.append(f"<b>{count_line(t, progress)}</b>")
    lines.append(escape(question.prompt.get(t.locale)))
    hint = _hint(t, question)
    if hint:
        lines += ["", f"<i>{hint}</i>"]
    keeps_earlier = question.type in ("text", "number") or typed_choice
    if has_earlier and keeps_earlier and earlier is not None:
        lines += [
            "",
            t.gettext(
                "Your earlier answer: {answer}",
                answer=escape(shorten(answer_text(t, question, earlier), SUMMARY_ANSWER_LENGTH)),
            ),
        ]

    def press(label: str, kind: Step, value: str | int = "") -> Button:
        return Button(label, Answer(run_id, index, kind, str(value)))

    buttons: list[list[Button]] = []
    if typed_choice:
        buttons += [
            [press(o.label.get(t.locale), CHOOSE, i)]
            for i, o in enumerate(question.options)
            if o.id == BUITEN_OVERIJSSEL
        ]
    elif question.type == "choice":
        buttons += [
            [press(_marked(o.label.get(t.locale), has_earlier and earlier == o.id), CHOOSE, i)]
            for i, o in enumerate(question.options)
        ]
    elif question.type == "multi":
        ticks = [
            press(("✓ " if o.id in selection else "") + o.label.get(t.locale), TOGGLE, i)
            for i, o in enumerate(question.options)
        ]
        width = 2 if question.options_from else 1  # a built-in list of short names
        buttons += [ticks[i : i + width] for i in range(0, len(ticks), width)]
        buttons.append([press(t.gettext("Done ✔️"), DONE)])
    elif question.type == "scale":
        values = [
            press(_marked(str(v), has_earlier and earlier == v), SCALE, v)
            for v in question.scale_values
        ]
        buttons += [values[i : i + SCALE_ROW] for i in range(0, len(values), SCALE_ROW)]
    elif question.type == "info":
        buttons.append([press(t.gettext("Next ➡️"), NEXT)])
    if has_earlier and earlier is not None and keeps_earlier:
        buttons.append([press(t.gettext("↩️ Keep my earlier answer"), KEEP)])
    navigation = []
    if can_go_back:
        navigation.append(press(t.gettext("⬅️ Back"), BACK))
    if question.optional and question.needs_answer:
        navigation.append(press(t.gettext("Skip ⏭"), SKIP))
    navigation.append(press(t.gettext("⏸ Pause"), PAUSE))
    buttons.append(navigation)
    return Reply(text="\n".join(lines), buttons=rows(*buttons), replace=replace)


def suggestions(t: Translator, question: Question, run_id: int, index: int, why: Rejected) -> Reply:
    """A typed municipality we did not recognise at once: the ones it may be, as buttons."""
    names = [
        (i, option.label.get(t.locale))
        for option_id in why.suggestions
        for i, option in enumerate(question.options)
        if option.id == option_id
    ]
    if why.town and names:
        text = t.gettext(
            "{town} is in the municipality of {municipality}. Is that where you live? "
            "Then tap it below.",
            town=escape(why.town),
            municipality=escape(
                format_list([name for _i, name in names], style="or", locale=t.locale)
            ),
        )
    elif names:
        text = t.gettext(
            "We do not know a municipality in Overijssel by that name. Did you mean one of these?"
        )
    else:
        text = t.gettext(
            "We do not know a municipality in Overijssel by that name. Check how it is "
            "spelled and type it again."
        )
    chosen = [Button(name, Answer(run_id, index, CHOOSE, str(i))) for i, name in names]
    outside = [
        Button(option.label.get(t.locale), Answer(run_id, index, CHOOSE, str(i)))
        for i, option in enumerate(question.options)
        if option.id == BUITEN_OVERIJSSEL and option.id not in why.suggestions
    ]
    if outside:
        text += "\n" + t.gettext(
            "Do you live outside Overijssel? Then tap “{outside}”.", outside=outside[0].label
        )
    return Reply(
        text="⚠️ " + text,
        buttons=rows(*[chosen[i : i + 2] for i in range(0, len(chosen), 2)], outside),
    )


def _marked(label: str, chosen: bool) -> str:
    return f"• {label} •" if chosen else label


def _hint(t: Translator, question: Question) -> str | None:
    if question.type == "text":
        return t.gettext("Type your answer and send it.")
    if municipality_search.is_typed(question):
        return t.gettext(
            "Type the name of your municipality or of your town or village, for example "
            "Zwolle or Nijverdal."
        )
    if question.type == "number" and question.decimals:
        if question.min_value is not None and question.max_value is not None:
            return t.gettext(
                "Type a number from {min} to {max}. A number with a comma, like 2,5, is fine.",
                min=question.min_value,
                max=question.max_value,
            )
        return t.gettext("Type a number. A number with a comma, like 2,5, is fine.")
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
            return t.gettext("Choose up to {n} answers, then tap Done.", n=question.max_choices)
        return t.gettext("Choose one or more answers, then tap Done.")
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
    next_steps: tuple[tuple[Button, ...], ...] = (),
    quoting: tuple[int, dict[str, bool]] | None = None,
    quoted: int | None = None,
) -> Reply:
    """Every answer under its question, cut between words where space runs out; the options
    of a ``multi`` answer each on a line of their own.

    ``quoting``: (run id, allowed per quotable question id) — the summary also asks, per text
    answer, whether we may quote it (☐/☑ with a numbered button each, then Klaar), so the end
    of a dialogue is one message. ``quoted``: that was answered; say how many we may quote.
    """
    lines = [
        t.gettext(
            "<b>Thank you!</b> Your answers to “{title}” are saved.",
            title=escape(dialogue.title.get(t.locale)),
        ),
        "",
    ]
    marks = quoting[1] if quoting is not None else {}
    budget = LIST_BUDGET - (QUOTING_ROOM if quoting is not None else 0)
    shown = answered_questions[: budget // SHORTEST_ITEM]
    listed = [question.id for question, _value in shown if question.id in marks]
    numbers = {question_id: n for n, question_id in enumerate(listed, start=1)}
    share = _share(len(shown), 80 + SUMMARY_ANSWER_LENGTH, budget)
    for question, value in shown:
        prompt = prompt_excerpt(question.prompt.get(t.locale), share * 2 // 5)
        parts = answer_parts(t, question, value)
        each = max(SHORTEST_ITEM // 2, share * 3 // 5 // len(parts))
        mark = ""
        if question.id in numbers:
            mark = f"{'☑' if marks[question.id] else '☐'} <b>{numbers[question.id]}.</b> "
        lines.append(f"• {escape(prompt)}")
        lines += [f"  {mark}<i>{escape(shorten(part, each))}</i>" for part in parts]
    if len(answered_questions) > len(shown):
        hidden = len(answered_questions) - len(shown)
        lines.append(t.ngettext("… and {n} more answer.", "… and {n} more answers.", hidden))
    buttons = next_steps
    if quoting is not None and quoted is None:
        lines += ["", _may_we_quote(t)]
        run_id = quoting[0]
        index = {q.id: dialogue.index_of(q) for q, _value in answered_questions}
        ticks = [
            Button(
                f"{'☑' if allowed else '☐'} {numbers[question_id]}",
                ToggleQuote(run_id, index[question_id], in_summary=True),
            )
            for question_id, allowed in marks.items()
            if question_id in numbers
        ]
        buttons = rows(
            *[ticks[i : i + 4] for i in range(0, len(ticks), 4)],
            [Button(t.gettext("Done ✔️"), QuotesDone(run_id, in_summary=True))],
        )
    elif quoted is not None:
        lines += ["", _quoted(t, quoted)]
    return Reply(text="\n".join(lines), buttons=buttons, replace=replace)


def _may_we_quote(t: Translator) -> str:
    return t.gettext(
        "<b>May we quote you?</b> The province tells the story of this programme in the "
        "verhalenreeks, a series of stories. We would like to quote some answers there. "
        "Without your name, and with personal details removed. Tap an answer to allow it "
        "(☑) or not (☐), then tap Done."
    )


def _quoted(t: Translator, allowed: int) -> str:
    return t.ngettext(
        "Thank you. We may quote {n} answer. You can change this at any time in /mijngegevens.",
        "Thank you. We may quote {n} answers. You can change this at any time in /mijngegevens.",
        allowed,
    )


def next_steps(t: Translator, *, more_conversations: bool) -> tuple[tuple[Button, ...], ...]:
    """What a citizen can do after a dialogue (each button sends a new message)."""
    return rows(
        [Button(t.gettext("💬 Another conversation"), OpenMenu("gesprek"))]
        if more_conversations
        else [],
        [
            Button(t.gettext("💡 Send an idea"), OpenMenu("idee")),
            Button(t.gettext("📅 Events"), ShowAgenda()),
        ],
    )


def quoting_question(
    t: Translator,
    run_id: int,
    quotable: list[tuple[int, Question, str, bool]],
    *,
    replace: bool,
    title: str = "",
) -> Reply:
    """Per text answer: may we quote it, anonymously, in the verhalenreeks?"""
    lines = [*([f"<i>{escape(title)}</i>"] if title else []), _may_we_quote(t), ""]
    buttons: list[Button] = []
    excerpt = _share(len(quotable), QUOTE_EXCERPT_LENGTH)
    for number, (index, _question, text, allowed) in enumerate(quotable, start=1):
        mark = "☑" if allowed else "☐"
        lines.append(f"{mark} <b>{number}.</b> “{escape(shorten(text, excerpt))}”")
        buttons.append(Button(f"{mark} {number}", ToggleQuote(run_id, index)))
    return Reply(
        text="\n".join(lines),
        buttons=rows(
            *[buttons[i : i + 4] for i in range(0, len(buttons), 4)],
            [Button(t.gettext("Done ✔️"), QuotesDone(run_id))],
        ),
        replace=replace,
    )


def quoting_done(
    t: Translator, allowed: int, next_steps: tuple[tuple[Button, ...], ...] = ()
) -> Reply:
    return Reply(text=_quoted(t, allowed), buttons=next_steps, replace=True)


def paused(
    t: Translator, dialogue: Dialogue, run_id: int, index: int, *, replace: bool = False
) -> Reply:
    """The run is paused; one tap on its button goes on with the question it stopped at."""
    return Reply(
        text=t.gettext(
            "⏸ <b>{title}</b> is paused. Your answers so far are saved. Go on whenever you "
            "like: here, or later with /gesprek.",
            title=escape(dialogue.title.get(t.locale)),
        ),
        buttons=rows([Button(t.gettext("▶️ Go on"), Answer(run_id, index, RESUME))]),
        replace=replace,
    )


def paused_button(t: Translator) -> str:
    """The notice on a button of a paused question: it does nothing until the citizen goes on."""
    return t.gettext(
        "This conversation is paused, so this button does nothing. Tap ▶️ Go on, or send /gesprek."
    )


def dialogue_list(t: Translator, items: list[tuple[Dialogue, str]]) -> Reply:
    """The open dialogues, each with its state: new, paused or done."""
    if not items:
        return Reply(text=t.gettext("There are no conversations open at the moment."))
    states = {
        "new": "",
        "open": t.gettext(" (go on)"),
        "finished": t.gettext(" (done ✔️)"),
    }
    return Reply(
        text=t.gettext("<b>Which conversation do you want to join?</b>"),
        buttons=rows(
            *[
                [
                    Button(
                        dialogue.title.get(t.locale) + states[state],
                        ChooseDialogue(dialogue.id, listed=True),
                    )
                ]
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
        buttons=rows([Button(t.gettext("Start again"), StartAgain(dialogue.id))]),
    )


def unknown_dialogue(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "This conversation does not exist (any more). Send /gesprek to see the open ones."
        )
    )


def closed_dialogue(t: Translator, status: Status) -> Reply | None:
    """The link of a dialogue staff paused or archived; None for an active one."""
    if status is Status.PAUSED:
        return Reply(
            text=t.gettext(
                "This conversation is paused for a while, so you cannot start it now. "
                "Try again later, or send /gesprek to see the open ones."
            )
        )
    if status is Status.ARCHIVED:
        return Reply(
            text=t.gettext(
                "This conversation has ended. Thank you for your interest! "
                "Send /gesprek to see the conversations that are open now."
            )
        )
    return None


def nothing_to_stop(t: Translator) -> Reply:
    return Reply(
        text=t.gettext("You are not in a conversation right now. Send /gesprek to start one.")
    )


def rejected(t: Translator, sentence: str, question: Question | None = None) -> Reply:
    """What to change in a typed answer; the question it was for in a short line below it
    (the question itself, with its buttons, stays where it is)."""
    lines = ["⚠️ " + sentence]
    if question is not None:
        lines.append(
            f"<i>{escape(prompt_excerpt(question.prompt.get(t.locale), RECAP_PROMPT_LENGTH))}</i>"
        )
    return Reply(text="\n".join(lines))
