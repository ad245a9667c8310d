"""Stepping through a dialogue: conditions, back and skip, cleanup, "vraag N van M"."""

from __future__ import annotations

from itertools import pairwise

import pytest

from bot.dialogues.answering import Accepted, Rejected, RejectReason, skip
from bot.dialogues.answers import SKIPPED, AnswerValue
from bot.dialogues.engine import (
    Progress,
    applicable,
    cleanup,
    is_complete,
    next_question,
    previous_question,
    progress,
    quotable_answers,
    resume_question,
)
from bot.dialogues.model import Dialogue
from tests.dialogues.helpers import dialogue_from

PROEF = """
    id: proef
    version: 1
    title: {nl: Proef, en: Trial}
    story_consent: true
    questions:
      - id: welkom
        type: info
        prompt: {nl: Welkom}
      - id: kleur
        type: choice
        prompt: {nl: Welke kleur}
        options:
          - {id: rood, label: {nl: Rood, en: Red}}
          - {id: blauw, label: {nl: Blauw, en: Blue}}
          - {id: anders, label: {nl: Anders, en: Other}}
      - id: kleur-anders
        type: text
        when: {kleur: anders}
        prompt: {nl: Welke dan}
      - id: zeker
        type: choice
        when: {kleur: anders}
        prompt: {nl: Zeker}
        options: [{id: ja, label: Ja}, {id: nee, label: Nee}]
      - id: waarom-zeker
        type: text
        when: {zeker: ja}
        prompt: {nl: Waarom}
      - id: hobby
        type: multi
        max_choices: 2
        optional: true
        prompt: {nl: Hobby}
        options: [{id: lezen, label: Lezen}, {id: sport, label: Sport}, {id: muziek, label: Muziek}]
      - id: welke
        type: text
        when: {hobby: [sport, muziek]}
        prompt: {nl: Welke sport of muziek}
      - id: cijfer
        type: scale
        prompt: {nl: Cijfer}
      - id: laag
        type: text
        when: {cijfer: {max: 2}}
        prompt: {nl: Waarom laag}
      - id: combinatie
        type: info
        when: {kleur: rood, cijfer: 5}
        prompt: {nl: Rood en een 5}
      - id: leeftijd
        type: number
        min: 12
        max: 120
        optional: true
        prompt: {nl: Leeftijd}
      - id: einde
        type: info
        prompt: {nl: Bedankt}
    """


@pytest.fixture
def proef() -> Dialogue:
    return dialogue_from(PROEF)


def ids(questions: object) -> list[str]:
    assert isinstance(questions, tuple)
    return [q.id for q in questions]


def walk(dialogue: Dialogue, answers: dict[str, AnswerValue]) -> list[str]:
    """The ids shown by following next_question from the start."""
    shown: list[str] = []
    question = next_question(dialogue, answers)
    while question is not None:
        shown.append(question.id)
        question = next_question(dialogue, answers, question)
    return shown


def test_without_answers_only_unconditional_questions_apply(proef: Dialogue) -> None:
    assert ids(applicable(proef, {})) == ["welkom", "kleur", "hobby", "cijfer", "leeftijd", "einde"]


def test_a_choice_opens_its_follow_up_questions(proef: Dialogue) -> None:
    assert ids(applicable(proef, {"kleur": "anders"}))[:4] == [
        "welkom",
        "kleur",
        "kleur-anders",
        "zeker",
    ]
    assert "kleur-anders" not in ids(applicable(proef, {"kleur": "rood"}))


def test_conditions_chain(proef: Dialogue) -> None:
    asked = ids(applicable(proef, {"kleur": "anders", "zeker": "ja"}))
    assert "waarom-zeker" in asked
    asked = ids(applicable(proef, {"kleur": "anders", "zeker": "nee"}))
    assert "waarom-zeker" not in asked


def test_a_stale_answer_to_a_question_no_longer_asked_does_not_count(proef: Dialogue) -> None:
    # 'zeker' was answered 'ja' while kleur was 'anders'; kleur is now 'rood'
    asked = ids(applicable(proef, {"kleur": "rood", "zeker": "ja"}))
    assert "zeker" not in asked
    assert "waarom-zeker" not in asked


@pytest.mark.parametrize(
    ("hobby", "asked"),
    [
        (("lezen",), False),
        (("sport",), True),
        (("lezen", "muziek"), True),
        ((), False),
        (SKIPPED, False),
    ],
)
def test_a_multi_condition_is_met_when_any_option_is_included(
    proef: Dialogue, hobby: AnswerValue, asked: bool
) -> None:
    assert ("welke" in ids(applicable(proef, {"hobby": hobby}))) is asked


@pytest.mark.parametrize(("cijfer", "asked"), [(1, True), (2, True), (3, False), (5, False)])
def test_a_range_condition(proef: Dialogue, cijfer: int, asked: bool) -> None:
    assert ("laag" in ids(applicable(proef, {"cijfer": cijfer}))) is asked


def test_every_requirement_of_a_condition_must_hold(proef: Dialogue) -> None:
    assert "combinatie" in ids(applicable(proef, {"kleur": "rood", "cijfer": 5}))
    assert "combinatie" not in ids(applicable(proef, {"kleur": "blauw", "cijfer": 5}))
    assert "combinatie" not in ids(applicable(proef, {"kleur": "rood", "cijfer": 4}))
    assert "combinatie" not in ids(applicable(proef, {"kleur": "rood"}))


def test_a_skipped_question_does_not_meet_a_condition(proef: Dialogue) -> None:
    assert "welke" not in ids(applicable(proef, {"hobby": SKIPPED}))


def test_next_question_walks_forward_and_finishes(proef: Dialogue) -> None:
    answers: dict[str, AnswerValue] = {"kleur": "blauw", "hobby": ("sport",), "cijfer": 4}
    assert walk(proef, answers) == [
        "welkom",
        "kleur",
        "hobby",
        "welke",
        "cijfer",
        "leeftijd",
        "einde",
    ]
    last = proef.question("einde")
    assert next_question(proef, answers, last) is None


def test_next_question_follows_an_answer_given_just_now(proef: Dialogue) -> None:
    kleur = proef.question("kleur")
    after = next_question(proef, {"kleur": "anders"}, kleur)
    assert after is not None and after.id == "kleur-anders"
    after = next_question(proef, {"kleur": "rood"}, kleur)
    assert after is not None and after.id == "hobby"


def test_previous_question_goes_back_one_step(proef: Dialogue) -> None:
    answers: dict[str, AnswerValue] = {"kleur": "anders", "kleur-anders": "paars"}
    hobby = proef.question("hobby")
    back = previous_question(proef, answers, hobby)
    assert back is not None and back.id == "zeker"
    back = previous_question(proef, answers, proef.question("kleur"))
    assert back is not None and back.id == "welkom"  # info screens are steps too
    assert previous_question(proef, answers, proef.question("welkom")) is None


def test_previous_question_from_the_end(proef: Dialogue) -> None:
    back = previous_question(proef, {}, None)
    assert back is not None and back.id == "einde"


def test_back_then_change_then_cleanup(proef: Dialogue) -> None:
    answers: dict[str, AnswerValue] = {
        "kleur": "anders",
        "kleur-anders": "paars",
        "zeker": "ja",
        "waarom-zeker": "mooi",
        "hobby": ("sport",),
        "welke": "voetbal",
        "cijfer": 2,
        "laag": "saai",
    }
    # the citizen goes back to 'kleur' and picks 'rood', then to 'hobby' and picks 'lezen'
    changed = {**answers, "kleur": "rood", "hobby": ("lezen",), "cijfer": 4}
    kept = cleanup(proef, changed)
    assert kept == {"kleur": "rood", "hobby": ("lezen",), "cijfer": 4}
    assert cleanup(proef, answers) == answers  # nothing stale: nothing dropped


def test_cleanup_drops_unknown_ids_and_keeps_skips(proef: Dialogue) -> None:
    assert cleanup(proef, {"kleur": "rood", "weg": "x", "leeftijd": SKIPPED}) == {
        "kleur": "rood",
        "leeftijd": SKIPPED,
    }


def test_skip_only_optional_questions(proef: Dialogue) -> None:
    assert skip(proef.question("leeftijd")) == Accepted(SKIPPED)
    assert skip(proef.question("hobby")) == Accepted(SKIPPED)
    assert skip(proef.question("kleur")) == Rejected(RejectReason.NOT_OPTIONAL)
    assert skip(proef.question("welkom")) == Rejected(RejectReason.NOT_OPTIONAL)


def test_progress_counts_only_questions_that_take_an_answer(proef: Dialogue) -> None:
    # certainly asked: kleur, hobby, cijfer, leeftijd (info screens do not count);
    # maybe: kleur-anders, zeker, waarom-zeker (kleur), welke (hobby), laag (cijfer)
    assert progress(proef, {}, proef.question("kleur")) == Progress(1, 4, 9)
    assert progress(proef, {}, proef.question("hobby")) == Progress(2, 4, 9)
    assert progress(proef, {}, proef.question("leeftijd")) == Progress(4, 4, 9)


def test_an_answer_decides_follow_up_questions(proef: Dialogue) -> None:
    anders: dict[str, AnswerValue] = {"kleur": "anders"}
    # kleur-anders and zeker are now certain; waarom-zeker waits for zeker
    assert progress(proef, anders, proef.question("kleur-anders")) == Progress(2, 6, 9)
    assert progress(proef, anders, proef.question("hobby")) == Progress(4, 6, 9)
    rood: dict[str, AnswerValue] = {"kleur": "rood"}
    assert progress(proef, rood, proef.question("hobby")) == Progress(2, 4, 6)
    done: dict[str, AnswerValue] = {"kleur": "rood", "hobby": SKIPPED, "cijfer": 4}
    assert progress(proef, done, proef.question("leeftijd")) == Progress(4, 4, 4)


def test_the_count_never_goes_back_and_forth_while_going_forward(proef: Dialogue) -> None:
    """ "Vraag 1 van 6" → "3 van 7" → "4 van 6" must not happen: the least number only grows,
    the most only shrinks, and the question number goes up by one."""
    for answers in (
        {"kleur": "anders", "kleur-anders": "paars", "zeker": "ja", "waarom-zeker": "mooi"},
        {"kleur": "anders", "kleur-anders": "paars", "zeker": "nee"},
        {"kleur": "blauw", "hobby": ("sport",), "welke": "voetbal", "cijfer": 1, "laag": "x"},
        {"kleur": "rood", "hobby": SKIPPED, "cijfer": 5, "leeftijd": 40},
    ):
        full = {**answers}
        given: dict[str, AnswerValue] = {}
        seen: list[Progress] = []
        question = next_question(proef, given)
        while question is not None:
            if question.needs_answer:
                seen.append(progress(proef, given, question))
                given[question.id] = full.get(question.id, SKIPPED if question.optional else 3)
            question = next_question(proef, given, question)
        numbers = [p.number for p in seen]
        assert numbers == list(range(1, len(seen) + 1))
        assert all(a.at_least <= b.at_least for a, b in pairwise(seen))
        assert all(a.at_most >= b.at_most for a, b in pairwise(seen))
        assert seen[-1].number == seen[-1].at_least == seen[-1].at_most
        assert all(p.at_least <= len(seen) <= p.at_most for p in seen)


def test_progress_of_an_info_screen_is_that_of_the_next_question(proef: Dialogue) -> None:
    assert progress(proef, {}, proef.question("welkom")).number == 1


def test_resume_where_the_citizen_left_off(proef: Dialogue) -> None:
    resumed = resume_question(proef, {})
    assert resumed is not None and resumed.id == "welkom"  # the info screen before kleur
    resumed = resume_question(proef, {"kleur": "blauw"})
    assert resumed is not None and resumed.id == "hobby"
    resumed = resume_question(proef, {"kleur": "blauw", "hobby": SKIPPED})
    assert resumed is not None and resumed.id == "cijfer"
    everything: dict[str, AnswerValue] = {
        "kleur": "blauw",
        "hobby": SKIPPED,
        "cijfer": 3,
        "leeftijd": 40,
    }
    assert resume_question(proef, everything) is None
    assert is_complete(proef, everything)
    assert not is_complete(proef, {**everything, "kleur": "anders"})


def test_quotable_answers_are_the_text_answers(proef: Dialogue) -> None:
    answers: dict[str, AnswerValue] = {
        "kleur": "anders",
        "kleur-anders": "paars",
        "zeker": "nee",
        "waarom-zeker": "stale",  # no longer asked
        "hobby": SKIPPED,
        "cijfer": 1,
        "laag": "saai",
    }
    quotable = quotable_answers(proef, answers)
    assert [(q.id, text) for q, text in quotable] == [("kleur-anders", "paars"), ("laag", "saai")]


def test_no_quotes_without_story_consent() -> None:
    dialogue = dialogue_from(PROEF.replace("story_consent: true", "story_consent: false"))
    assert quotable_answers(dialogue, {"kleur": "anders", "kleur-anders": "paars"}) == ()


def test_an_unknown_question_is_an_error(proef: Dialogue) -> None:
    other = dialogue_from(PROEF.replace("id: welkom", "id: elders"))
    with pytest.raises(KeyError):
        next_question(proef, {}, other.question("elders"))
