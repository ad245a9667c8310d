"""The dialogues in ``dialogen/`` pass the checker and can be walked to the end."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogues.answering import Accepted, confirm_selection, parse_answer, toggle
from bot.dialogues.answers import AnswerValue
from bot.dialogues.engine import (
    applicable,
    cleanup,
    is_complete,
    next_question,
    previous_question,
    progress,
)
from bot.dialogues.loader import check_path, load_dialogues
from bot.dialogues.model import Dialogue, Question

SHIPPED = Path(__file__).resolve().parents[2] / "dialogen"
DIALOGUES = load_dialogues(SHIPPED)


def test_the_shipped_dialogues_pass_the_checker() -> None:
    assert [p.describe() for p in check_path(SHIPPED)] == []
    assert sorted(DIALOGUES) == ["goed-bestuur", "meedoen-provincie", "statenspel-jongeren"]


@pytest.mark.parametrize("dialogue", DIALOGUES.values(), ids=lambda d: d.id)
def test_everything_has_english_text(dialogue: Dialogue) -> None:
    texts = [dialogue.title, *([dialogue.intro] if dialogue.intro else [])]
    for question in dialogue.questions:
        texts.append(question.prompt)
        texts.extend(option.label for option in question.options if question.options_from is None)
    for text in texts:
        assert text.languages == ("nl", "en"), text
        assert text.get("en") != text.get("nl") or len(text.get("nl")) < 12, text


def answer_for(question: Question, pick: int) -> AnswerValue:
    """An answer chosen by ``pick``: a different option or number for each walk."""
    if question.type == "text":
        outcome = parse_answer(question, "Een antwoord van een inwoner.")
    elif question.type == "number":
        low = question.min_value or 0
        outcome = parse_answer(question, str(low + pick))
    elif question.type == "scale":
        values = question.scale_values
        outcome = parse_answer(question, str(values[pick % len(values)]))
    elif question.type == "choice":
        outcome = parse_answer(question, question.options[-pick % len(question.options)].id)
    else:
        selected: tuple[str, ...] = ()
        options = question.options if pick < 2 else question.options[::-1]
        for option in options[pick % 2 :: 2]:
            toggled = toggle(question, selected, option.id)
            if isinstance(toggled, tuple):
                selected = toggled
        outcome = confirm_selection(question, selected)
    assert isinstance(outcome, Accepted), outcome
    return outcome.value


def walk(dialogue: Dialogue, pick: int) -> tuple[list[str], dict[str, AnswerValue]]:
    answers: dict[str, AnswerValue] = {}
    shown: list[str] = []
    question = next_question(dialogue, answers)
    while question is not None:
        assert len(shown) <= len(dialogue.questions), "the walk does not end"
        shown.append(question.id)
        if question.needs_answer:
            count = progress(dialogue, answers, question)
            assert 1 <= count.number <= count.at_least <= count.at_most
            answers = {**answers, question.id: answer_for(question, pick)}
        question = next_question(dialogue, answers, question)
    return shown, answers


@pytest.mark.parametrize("pick", [0, 1, 2])
@pytest.mark.parametrize("dialogue", DIALOGUES.values(), ids=lambda d: d.id)
def test_a_walk_through_each_shipped_dialogue_finishes(dialogue: Dialogue, pick: int) -> None:
    shown, answers = walk(dialogue, pick)
    assert shown == [q.id for q in applicable(dialogue, answers)]
    assert is_complete(dialogue, answers)
    assert cleanup(dialogue, answers) == answers
    last_answered = [q for q in applicable(dialogue, answers) if q.needs_answer][-1]
    count = progress(dialogue, answers, last_answered)
    assert count.number == count.at_least == count.at_most
    back = previous_question(dialogue, answers, None)
    assert back is not None and back.id == shown[-1]


def test_the_follow_up_questions_of_the_shipped_dialogues_can_be_reached() -> None:
    reached = {
        question_id
        for dialogue in DIALOGUES.values()
        for pick in range(3)
        for question_id in walk(dialogue, pick)[0]
    }
    conditional = {
        q.id for dialogue in DIALOGUES.values() for q in dialogue.questions if q.when is not None
    }
    assert conditional and conditional <= reached


def prompt_of(dialogue: Dialogue, question_id: str, language: str = "nl") -> str:
    return dialogue.question(question_id).prompt.get(language)


def test_goed_bestuur_asks_both_questions_of_the_programme_openly() -> None:
    """Both questions of the programme ("Wat betekent goed bestuur voor jou? En wat hebben we
    daarvoor van elkaar nodig?") are typed in the citizen's own words; the closed question on
    the second one comes after them."""
    dialogue = DIALOGUES["goed-bestuur"]
    assert dialogue.story_consent
    assert "goed bestuur" in dialogue.title.get("nl")
    first = dialogue.questions[0]
    assert first.type == "text" and "Wat betekent goed bestuur voor jou?" in first.prompt.get("nl")
    for question_id in ("nodig-van-provincie", "zelf-doen"):
        assert dialogue.question(question_id).type == "text"
        assert not dialogue.question(question_id).optional
    assert "wat hebben we daarvoor van elkaar nodig?" in prompt_of(dialogue, "nodig-van-provincie")
    assert "nodig van de provincie en de Statenleden" in prompt_of(dialogue, "nodig-van-provincie")
    assert "zelf doen" in prompt_of(dialogue, "zelf-doen")
    assert dialogue.index_of("zelf-doen") < dialogue.index_of("van-elkaar")
    assert dialogue.question("van-elkaar").type == "multi"
    gemeente = dialogue.question("gemeente")
    assert gemeente.optional and gemeente.options_from == "gemeenten"
    answerable = [q for q in dialogue.questions if q.needs_answer]
    assert len(answerable) == 10
    assert "8 tot 10 korte vragen" in (dialogue.intro.get("nl") if dialogue.intro else "")


def test_statenspel_jongeren_starts_with_both_questions_and_asks_no_story_consent() -> None:
    dialogue = DIALOGUES["statenspel-jongeren"]
    assert not dialogue.story_consent
    opening = [q.id for q in dialogue.questions[:3]]
    assert opening == ["goed-bestuur", "nodig-van-provincie", "zelf-doen"]
    assert all(dialogue.question(q).type == "text" for q in opening)
    assert "Wat betekent goed bestuur voor jou?" in prompt_of(dialogue, "goed-bestuur")
    assert "van elkaar nodig?" in prompt_of(dialogue, "nodig-van-provincie")
    answerable = [q for q in dialogue.questions if q.needs_answer]
    assert len(answerable) == 7
    assert "7 korte vragen" in (dialogue.intro.get("nl") if dialogue.intro else "")


def follow_up(dialogue: Dialogue, answers: dict[str, AnswerValue], after: str) -> Question | None:
    return next_question(dialogue, answers, dialogue.question(after))


def test_answers_that_ask_for_something_are_followed_by_it() -> None:
    """Every answer that promises something gets it at once, and only that answer."""
    jongeren = DIALOGUES["statenspel-jongeren"]
    told = follow_up(jongeren, {"jongerenraad": "ja"}, "jongerenraad")
    assert told is not None and told.id == "jongerenraad-uitleg" and told.type == "info"
    for language in ("nl", "en"):
        text = told.prompt.get(language)
        assert "Jongerenraad" in text and "overijssel.nl" in text
    assert "gespreksleider" in told.prompt.get("nl")
    assert follow_up(jongeren, {"jongerenraad": "nee"}, "jongerenraad") is None

    goed = DIALOGUES["goed-bestuur"]
    wish = {"van-elkaar": ("open", "terugkoppeling")}
    told = follow_up(goed, wish, "van-elkaar")
    assert told is not None and told.id == "wat-we-doen" and told.type == "info"
    assert "/instellingen" in told.prompt.get("nl") and "/instellingen" in told.prompt.get("en")
    assert "verhalenreeks" in told.prompt.get("nl")
    untold = follow_up(goed, {"van-elkaar": ("open",)}, "van-elkaar")
    assert untold is not None and untold.id == "vertrouwen"

    meedoen = DIALOGUES["meedoen-provincie"]
    told = follow_up(meedoen, {"eerder": "nee", "moment": "op-de-hoogte"}, "moment")
    assert told is not None and told.id == "op-de-hoogte-uitleg"
    assert "/instellingen" in told.prompt.get("nl") and "/agenda" in told.prompt.get("nl")
    untold = follow_up(meedoen, {"eerder": "nee", "moment": "begin"}, "moment")
    assert untold is not None and untold.id == "manier"


def test_nothing_goes_alone_among_the_obstacles() -> None:
    drempels = DIALOGUES["meedoen-provincie"].question("drempels")
    assert drempels.exclusive_ids == {"niets"}
    selected = toggle(drempels, (), "tijd")
    assert isinstance(selected, tuple)
    selected = toggle(drempels, selected, "afstand")
    assert selected == ("tijd", "afstand")
    assert toggle(drempels, selected, "niets") == ("niets",)


def test_meedoen_has_a_number_and_a_limited_multi() -> None:
    dialogue = DIALOGUES["meedoen-provincie"]
    assert dialogue.story_consent
    assert any(q.type == "number" for q in dialogue.questions)
    assert any(q.type == "multi" and q.max_choices for q in dialogue.questions)


@pytest.mark.parametrize("dialogue", DIALOGUES.values(), ids=lambda d: d.id)
def test_option_labels_fit_a_phone_button(dialogue: Dialogue) -> None:
    too_long = [
        text
        for question in dialogue.questions
        for option in question.options
        for text in option.label.values()
        if len(text) > 40
    ]
    assert too_long == []
