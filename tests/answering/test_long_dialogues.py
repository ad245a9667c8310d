"""However many questions a dialogue has, its summary and its quoting question stay one
Telegram message (4096 characters of text)."""

from __future__ import annotations

import re

from bot.answering import presenter
from bot.answering.actions import ToggleQuote
from bot.i18n import load_translations
from bot.sandbox.formatting import MESSAGE_LIMIT, format_text
from tests.dialogues.helpers import HEAD, dialogue_from

T = load_translations("nl").get("nl")


def long_dialogue(questions: int):
    lines = [
        f"  - {{id: v{i}, type: text, prompt: Vraag {i} " + "over goed bestuur " * 6 + "}"
        for i in range(questions)
    ]
    return dialogue_from(HEAD + "\n".join(lines) + "\n")


def fits(text: str) -> bool:
    plain, _entities = format_text(text, "HTML", None)  # raises when too long
    return len(plain) <= MESSAGE_LIMIT


def test_the_summary_of_sixty_long_answers_fits_and_says_what_it_left_out() -> None:
    dialogue = long_dialogue(60)
    answered = [(q, "Een lang antwoord over de provincie. " * 12) for q in dialogue.questions]
    summary = presenter.summary(T, dialogue, answered)
    assert fits(summary.text)
    assert "Vraag 0 over" in summary.text
    assert re.search(r"… en \d+ antwoorden meer\.", summary.text)


def test_the_quoting_question_of_twenty_long_answers_fits() -> None:
    dialogue = long_dialogue(20)
    quotable = [
        (i, q, "Mijn verhaal over de wijkavond in Zwolle. " * 10, False)
        for i, q in enumerate(dialogue.questions)
    ]
    question = presenter.quoting_question(T, 1, quotable, replace=False)
    assert fits(question.text)
    assert question.text.count("☐ <b>") == 20


def test_a_summary_that_asks_about_quoting_sixty_long_answers_fits() -> None:
    dialogue = long_dialogue(60)
    answered = [(q, "Een lang antwoord over de provincie. " * 12) for q in dialogue.questions]
    marks = {q.id: i % 2 == 0 for i, q in enumerate(dialogue.questions)}
    summary = presenter.summary(T, dialogue, answered, quoting=(1, marks))
    assert fits(summary.text)
    numbered = summary.text.count("☐ <b>") + summary.text.count("☑ <b>")
    buttons = [b for row in summary.buttons for b in row if isinstance(b.action, ToggleQuote)]
    assert numbered == len(buttons) > 20  # a button for every answer shown, no more
