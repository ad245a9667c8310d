"""Parsing and validating answers of every question type."""

from __future__ import annotations

import pytest

from bot.dialogues.answering import (
    Accepted,
    Rejected,
    RejectReason,
    confirm_selection,
    fits,
    parse_answer,
    toggle,
)
from bot.dialogues.answers import SKIPPED
from bot.dialogues.model import Question
from tests.dialogues.helpers import dialogue_from

QUESTIONS = dialogue_from(
    """
    id: soorten
    version: 1
    title: {nl: Soorten}
    questions:
      - {id: tekst, type: text, prompt: W, min_length: 3, max_length: 10}
      - {id: vrij, type: text, prompt: W}
      - {id: getal, type: number, prompt: W, min: 0, max: 40}
      - {id: los, type: number, prompt: W}
      - {id: uren, type: number, prompt: W, min: 0, max: 40, decimals: true}
      - {id: gemeente, type: choice, prompt: W, options_from: gemeenten}
      - {id: schaal, type: scale, prompt: W, min: 0, max: 10}
      - id: keuze
        type: choice
        prompt: W
        options:
          - {id: ja, label: {nl: Ja, en: "Yes"}}
          - {id: nee, label: {nl: Nee, en: "No"}}
          - {id: weet-niet, label: {nl: Weet ik niet, en: Don't know}}
      - id: meer
        type: multi
        max_choices: 2
        prompt: W
        options: [{id: a, label: A}, {id: b, label: B}, {id: c, label: C}]
      - id: meer-vrij
        type: multi
        optional: true
        prompt: W
        options: [{id: a, label: A}, {id: b, label: B}]
      - id: drempels
        type: multi
        max_choices: 2
        prompt: W
        options:
          - {id: tijd, label: Tijd}
          - {id: ver, label: Ver weg}
          - {id: moeilijk, label: Moeilijk}
          - {id: niets, label: Niets, exclusive: true}
          - {id: weet-niet, label: Weet ik niet, exclusive: true}
      - {id: uitleg, type: info, prompt: W}
    """
)


def q(question_id: str) -> Question:
    return QUESTIONS.question(question_id)


@pytest.mark.parametrize(
    ("raw", "outcome"),
    [
        ("  goed  ", Accepted("goed")),
        ("ab\r\ncd", Accepted("ab\ncd")),
        ("a\x00b\x07c", Accepted("abc")),
        ("", Rejected(RejectReason.EMPTY)),
        (" \n\t ", Rejected(RejectReason.EMPTY)),
        ("ok", Rejected(RejectReason.TOO_SHORT, {"min_length": 3, "length": 2})),
        ("precies 10", Accepted("precies 10")),
        ("elf tekens!", Rejected(RejectReason.TOO_LONG, {"max_length": 10, "length": 11})),
    ],
)
def test_text(raw: str, outcome: object) -> None:
    assert parse_answer(q("tekst"), raw) == outcome


def test_text_default_limits() -> None:
    assert parse_answer(q("vrij"), "x") == Accepted("x")
    assert parse_answer(q("vrij"), "x" * 1000) == Accepted("x" * 1000)
    assert parse_answer(q("vrij"), "x" * 1001) == Rejected(
        RejectReason.TOO_LONG, {"max_length": 1000, "length": 1001}
    )


@pytest.mark.parametrize(
    ("raw", "outcome"),
    [
        ("7", Accepted(7)),
        (" 12 ", Accepted(12)),
        ("+3", Accepted(3)),
        ("0", Accepted(0)),
        ("40", Accepted(40)),
        ("41", Rejected(RejectReason.TOO_LARGE, {"max": 40})),
        ("-1", Rejected(RejectReason.TOO_SMALL, {"min": 0})),
        ("7,5", Rejected(RejectReason.NOT_WHOLE)),
        ("7.5", Rejected(RejectReason.NOT_WHOLE)),
        (",5", Rejected(RejectReason.NOT_WHOLE)),
        ("zeven", Rejected(RejectReason.NOT_A_NUMBER)),
        ("7 uur", Rejected(RejectReason.NOT_A_NUMBER)),
        ("٧", Rejected(RejectReason.NOT_A_NUMBER)),
        ("", Rejected(RejectReason.EMPTY)),
    ],
)
def test_number(raw: str, outcome: object) -> None:
    assert parse_answer(q("getal"), raw) == outcome


@pytest.mark.parametrize(
    ("raw", "outcome"),
    [
        ("1.000", Accepted(1000)),
        ("12.500", Accepted(12500)),
        ("1.000.000", Accepted(1_000_000)),
        ("1 000", Accepted(1000)),
        ("1\u00a0000", Accepted(1000)),
        ("-250", Accepted(-250)),
        ("\u2212250", Accepted(-250)),
        ("1.00", Rejected(RejectReason.NOT_WHOLE)),
        ("1,000", Rejected(RejectReason.NOT_WHOLE)),
        ("10.0000", Rejected(RejectReason.NOT_WHOLE)),
        ("99999999999", Rejected(RejectReason.TOO_LARGE, {"max": 1_000_000_000})),
        ("-99999999999", Rejected(RejectReason.TOO_SMALL, {"min": -1_000_000_000})),
    ],
)
def test_number_without_bounds_and_dutch_thousands(raw: str, outcome: object) -> None:
    assert parse_answer(q("los"), raw) == outcome


@pytest.mark.parametrize(
    ("raw", "outcome"),
    [
        ("2,5", Accepted(2.5)),
        ("2.5", Accepted(2.5)),
        (" 0,75 ", Accepted(0.75)),
        (",5", Accepted(0.5)),
        ("2,0", Accepted(2)),
        ("12", Accepted(12)),
        ("40,5", Rejected(RejectReason.TOO_LARGE, {"max": 40})),
        ("-0,5", Rejected(RejectReason.TOO_SMALL, {"min": 0})),
        ("2,5 uur", Rejected(RejectReason.NOT_A_NUMBER)),
        ("2,5,5", Rejected(RejectReason.NOT_A_NUMBER)),
        ("", Rejected(RejectReason.EMPTY)),
    ],
)
def test_number_with_decimals(raw: str, outcome: object) -> None:
    assert parse_answer(q("uren"), raw) == outcome


def test_decimals_keep_dutch_thousands() -> None:
    unbounded = Question(id="veel", type="number", prompt=q("uren").prompt, decimals=True)
    assert parse_answer(unbounded, "1.234,5") == Accepted(1234.5)
    assert parse_answer(unbounded, "1.000") == Accepted(1000)  # a point and three digits
    assert parse_answer(unbounded, "1,000") == Accepted(1)  # a comma is a decimal comma


@pytest.mark.parametrize(
    ("raw", "outcome"),
    [
        ("Zwolle", Accepted("zwolle")),
        ("  hof van twente ", Accepted("hof-van-twente")),
        ("Gemeente Olst Wijhe", Accepted("olst-wijhe")),
        ("buiten overijssel", Accepted("buiten-overijssel")),
        ("Outside Overijssel", Accepted("buiten-overijssel")),
        (
            "Nijverdal",
            Rejected(
                RejectReason.UNKNOWN_MUNICIPALITY, suggestions=("hellendoorn",), town="Nijverdal"
            ),
        ),
        (
            "Welsum",
            Rejected(
                RejectReason.UNKNOWN_MUNICIPALITY,
                suggestions=("dalfsen", "olst-wijhe"),
                town="Welsum",
            ),
        ),
        ("zwole", Rejected(RejectReason.UNKNOWN_MUNICIPALITY, suggestions=("zwolle",))),
        (
            "Rijssen",
            Rejected(
                RejectReason.UNKNOWN_MUNICIPALITY, suggestions=("rijssen-holten",), town="Rijssen"
            ),
        ),
        ("Amsterdam", Rejected(RejectReason.UNKNOWN_MUNICIPALITY)),
    ],
)
def test_a_municipality_is_typed_and_found_loosely(raw: str, outcome: object) -> None:
    assert parse_answer(q("gemeente"), raw) == outcome


def test_a_municipality_prefix_suggests_the_names_it_starts() -> None:
    outcome = parse_answer(q("gemeente"), "heng")
    assert isinstance(outcome, Rejected)
    assert outcome.suggestions[:2] == ("hengelo", "hof-van-twente")  # Hengevelde lies in Hof


@pytest.mark.parametrize(
    ("raw", "outcome"),
    [
        ("0", Accepted(0)),
        ("10", Accepted(10)),
        ("7", Accepted(7)),
        ("11", Rejected(RejectReason.NOT_ON_SCALE, {"min": 0, "max": 10})),
        ("veel", Rejected(RejectReason.NOT_ON_SCALE, {"min": 0, "max": 10})),
        ("7,5", Rejected(RejectReason.NOT_ON_SCALE, {"min": 0, "max": 10})),
    ],
)
def test_scale(raw: str, outcome: object) -> None:
    assert parse_answer(q("schaal"), raw) == outcome


def test_scale_values() -> None:
    assert q("schaal").scale_values == tuple(range(11))
    assert q("getal").scale_values == ()


@pytest.mark.parametrize(
    ("raw", "outcome"),
    [
        ("ja", Accepted("ja")),
        ("weet-niet", Accepted("weet-niet")),
        ("Nee", Accepted("nee")),
        ("  weet  ik   NIET ", Accepted("weet-niet")),
        ("no", Accepted("nee")),
        ("misschien", Rejected(RejectReason.UNKNOWN_OPTION)),
        ("", Rejected(RejectReason.UNKNOWN_OPTION)),
    ],
)
def test_choice_from_a_button_or_a_typed_label(raw: str, outcome: object) -> None:
    assert parse_answer(q("keuze"), raw) == outcome


def test_multi_and_info_need_buttons() -> None:
    assert parse_answer(q("meer"), "a") == Rejected(RejectReason.USE_BUTTONS)
    assert parse_answer(q("uitleg"), "ok") == Rejected(RejectReason.USE_BUTTONS)


def test_toggle_adds_and_removes_in_option_order() -> None:
    question = q("meer")
    assert toggle(question, (), "b") == ("b",)
    assert toggle(question, ("b",), "a") == ("a", "b")
    assert toggle(question, ("a", "b"), "a") == ("b",)


def test_toggle_respects_max_choices() -> None:
    question = q("meer")
    assert toggle(question, ("a", "b"), "c") == Rejected(
        RejectReason.TOO_MANY_CHOICES, {"max_choices": 2}
    )
    assert toggle(question, ("a", "b"), "b") == ("a",)  # removing is always possible


def test_toggle_refuses_an_unknown_option() -> None:
    assert toggle(q("meer"), ("a",), "z") == Rejected(RejectReason.UNKNOWN_OPTION)


def test_toggle_on_another_type_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="not a multi"):
        toggle(q("keuze"), (), "ja")


def test_confirm_selection() -> None:
    assert confirm_selection(q("meer"), ("b", "a")) == Accepted(("a", "b"))
    assert confirm_selection(q("meer"), ()) == Rejected(RejectReason.NOTHING_CHOSEN)
    assert confirm_selection(q("meer-vrij"), ()) == Accepted(SKIPPED)
    assert confirm_selection(q("meer"), ("a", "b", "c")) == Rejected(
        RejectReason.TOO_MANY_CHOICES, {"max_choices": 2}
    )
    assert confirm_selection(q("meer"), ("a", "x")) == Rejected(RejectReason.UNKNOWN_OPTION)


def test_an_exclusive_option_unticks_the_others() -> None:
    drempels = q("drempels")
    assert toggle(drempels, ("tijd", "ver"), "niets") == ("niets",)
    # also when the limit is reached: it replaces, it does not add
    assert toggle(drempels, ("tijd", "moeilijk"), "weet-niet") == ("weet-niet",)


def test_another_option_unticks_an_exclusive_one() -> None:
    drempels = q("drempels")
    assert toggle(drempels, ("niets",), "tijd") == ("tijd",)
    assert toggle(drempels, ("niets",), "weet-niet") == ("weet-niet",)  # one exclusive at a time
    assert toggle(drempels, ("niets",), "niets") == ()  # and it can be unticked
    assert toggle(q("meer"), ("a",), "b") == ("a", "b")  # without exclusive options: unchanged


def test_an_exclusive_option_is_only_confirmed_alone() -> None:
    drempels = q("drempels")
    assert confirm_selection(drempels, ("niets",)) == Accepted(("niets",))
    assert confirm_selection(drempels, ("tijd", "niets")) == Rejected(RejectReason.NOT_ALONE)
    assert confirm_selection(drempels, ("niets", "weet-niet")) == Rejected(RejectReason.NOT_ALONE)
    assert fits(drempels, ("niets",)) and not fits(drempels, ("tijd", "niets"))


def test_fits_checks_stored_values() -> None:
    assert fits(q("tekst"), "goed")
    assert not fits(q("tekst"), "x" * 11)
    assert fits(q("getal"), 40) and not fits(q("getal"), 41) and not fits(q("getal"), True)
    assert not fits(q("getal"), 2.5)  # decimals only where the question allows them
    assert fits(q("uren"), 2.5) and fits(q("uren"), 3) and not fits(q("uren"), 40.5)
    assert fits(q("schaal"), 0) and not fits(q("schaal"), "0")
    assert fits(q("keuze"), "ja") and not fits(q("keuze"), "Ja")
    assert fits(q("meer"), ("a",)) and not fits(q("meer"), ["a"])  # type: ignore[arg-type]
    assert not fits(q("meer"), ("a", "b", "c"))
    assert fits(q("meer-vrij"), SKIPPED) and not fits(q("meer"), SKIPPED)
    assert not fits(q("uitleg"), "x") and not fits(q("uitleg"), SKIPPED)


def test_every_reason_has_a_sentence() -> None:
    params = {"min_length": 3, "max_length": 10, "length": 11, "min": 1, "max": 5, "max_choices": 2}
    for reason in RejectReason:
        sentence = Rejected(reason, params).sentence()
        assert sentence and "{" not in sentence
    assert Rejected(RejectReason.TOO_LARGE, {"max": 40}).sentence() == (
        "The number must be 40 or less."
    )
    dutch = {"The number must be {max} or less.": "Het getal mag hoogstens {max} zijn."}
    assert Rejected(RejectReason.TOO_LARGE, {"max": 40}).sentence(
        lambda msgid: dutch.get(msgid, msgid)
    ) == ("Het getal mag hoogstens 40 zijn.")
