"""The checker: one small broken file per kind of problem, with its line and message."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogues.localtext import LocalText
from bot.dialogues.reader import read_dialogue
from tests.dialogues.helpers import HEAD, dedent, dialogue_from, found, problems_of

# (name, file text, every expected (line, msgid), a few expected params of the first)
CASES: list[tuple[str, str, list[tuple[int | None, str]], dict[str, object]]] = [
    (
        "top level is a list",
        "- id: proef\n- version: 1\n",
        [(1, "A dialogue file must be a mapping with id, version, title and questions.")],
        {},
    ),
    (
        "top level is text",
        "goed bestuur\n",
        [(1, "A dialogue file must be a mapping with id, version, title and questions.")],
        {},
    ),
    (
        "missing id",
        "version: 1\ntitle: {nl: Proef}\nquestions:\n  - {id: a, type: text, prompt: W}\n",
        [(1, "The dialogue has no 'id'.")],
        {},
    ),
    (
        "id with capitals and underscore",
        "id: Goed_Bestuur\nversion: 1\ntitle: {nl: P}\nquestions:\n"
        "  - {id: a, type: text, prompt: W}\n",
        [
            (
                1,
                "'{key}' must be lowercase letters, digits and dashes (like goed-bestuur), "
                "at most {limit} characters; found '{value}'.",
            )
        ],
        {"key": "id", "value": "Goed_Bestuur"},
    ),
    (
        "id too long",
        "id: " + "a" * 33 + "\nversion: 1\ntitle: {nl: P}\nquestions:\n"
        "  - {id: a, type: text, prompt: W}\n",
        [
            (
                1,
                "'{key}' must be lowercase letters, digits and dashes (like goed-bestuur), "
                "at most {limit} characters; found '{value}'.",
            )
        ],
        {"limit": 32},
    ),
    (
        "missing version",
        "id: proef\ntitle: {nl: P}\nquestions:\n  - {id: a, type: text, prompt: W}\n",
        [(1, "The dialogue has no 'version' (a whole number, 1 or higher).")],
        {},
    ),
    (
        "version zero",
        "id: proef\nversion: 0\ntitle: {nl: P}\nquestions:\n  - {id: a, type: text, prompt: W}\n",
        [(2, "'{key}' must be at least {minimum}; found {value}.")],
        {"key": "version", "value": 0},
    ),
    (
        "version negative",
        "id: proef\nversion: -2\ntitle: {nl: P}\nquestions:\n  - {id: a, type: text, prompt: W}\n",
        [(2, "'{key}' must be at least {minimum}; found {value}.")],
        {"value": -2},
    ),
    (
        "version not whole",
        "id: proef\nversion: 1.5\ntitle: {nl: P}\nquestions:\n  - {id: a, type: text, prompt: W}\n",
        [(2, "'{key}' must be a whole number; found '{value}'.")],
        {"key": "version", "value": "1.5"},
    ),
    (
        "version quoted",
        'id: proef\nversion: "1"\ntitle: {nl: P}\nquestions:\n  - {id: a, type: text, prompt: W}\n',
        [(2, "'{key}' must be a whole number; found '{value}'.")],
        {"value": "1"},
    ),
    (
        "version true",
        "id: proef\nversion: true\ntitle: {nl: P}\nquestions:\n"
        "  - {id: a, type: text, prompt: W}\n",
        [(2, "'{key}' must be a whole number; found '{value}'.")],
        {},
    ),
    (
        "missing title",
        "id: proef\nversion: 1\nquestions:\n  - {id: a, type: text, prompt: W}\n",
        [(1, "The dialogue has no 'title'.")],
        {},
    ),
    (
        "title without Dutch",
        "id: proef\nversion: 1\ntitle:\n  en: Trial\nquestions:\n"
        "  - {id: a, type: text, prompt: W}\n",
        [(3, "'{key}' has no Dutch text (nl).")],
        {"key": "title"},
    ),
    (
        "title with empty Dutch",
        'id: proef\nversion: 1\ntitle: {nl: "  ", en: Trial}\nquestions:\n'
        "  - {id: a, type: text, prompt: W}\n",
        [(3, "'{key}' has no Dutch text (nl).")],
        {"key": "title"},
    ),
    (
        "title is a list",
        "id: proef\nversion: 1\ntitle: [a, b]\nquestions:\n  - {id: a, type: text, prompt: W}\n",
        [(3, '\'{key}\' must be a text per language, like {{nl: "…", en: "…"}}.')],
        {"key": "title"},
    ),
    (
        "language text is not a string",
        "id: proef\nversion: 1\ntitle:\n  nl: Proef\n  en: [Trial]\nquestions:\n"
        "  - {id: a, type: text, prompt: W}\n",
        [(5, "The '{language}' text of '{key}' must be plain text.")],
        {"language": "en", "key": "title"},
    ),
    (
        "language text is empty",
        "id: proef\nversion: 1\ntitle:\n  nl: Proef\n  en:\nquestions:\n"
        "  - {id: a, type: text, prompt: W}\n",
        [(5, "The '{language}' text of '{key}' is empty.")],
        {"language": "en"},
    ),
    (
        "language key is not a language code",
        "id: proef\nversion: 1\ntitle:\n  nl: Proef\n  Engels: Trial\nquestions:\n"
        "  - {id: a, type: text, prompt: W}\n",
        [(5, "'{language}' in '{key}' is not a language code (use codes like nl or en).")],
        {"language": "Engels"},
    ),
    (
        "language twice",
        "id: proef\nversion: 1\ntitle:\n  nl: Proef\n  NL: Nog eens\nquestions:\n"
        "  - {id: a, type: text, prompt: W}\n",
        [(5, "The language '{language}' appears twice in '{key}'.")],
        {"language": "nl"},
    ),
    (
        "unknown top-level key close to a known one",
        HEAD.replace("title:", "titel: {nl: x}\ntitle:") + "  - {id: a, type: text, prompt: W}\n",
        [(3, "Unknown key '{key}'. Did you mean '{suggestion}'?")],
        {"key": "titel", "suggestion": "title"},
    ),
    (
        "unknown top-level key far from any",
        HEAD + "  - {id: a, type: text, prompt: W}\nzzz: 1\n",
        [(6, "Unknown key '{key}'. Allowed here: {allowed}.")],
        {"key": "zzz"},
    ),
    (
        "key twice",
        "id: proef\nversion: 1\nversion: 2\ntitle: {nl: P}\nquestions:\n"
        "  - {id: a, type: text, prompt: W}\n",
        [(3, "The key '{key}' appears twice here.")],
        {"key": "version"},
    ),
    (
        "key that is not a word",
        HEAD + "  - {id: a, type: text, prompt: W}\n[een, lijst]: 1\n",
        [(6, "This key is not a plain word.")],
        {},
    ),
    (
        "story_consent not a boolean",
        HEAD.replace("questions:", "story_consent: ja\nquestions:")
        + "  - {id: a, type: text, prompt: W}\n",
        [(4, "'{key}' must be true or false; found '{value}'.")],
        {"key": "story_consent", "value": "ja"},
    ),
    (
        "no questions key",
        "id: proef\nversion: 1\ntitle: {nl: P}\n",
        [(1, "The dialogue has no questions.")],
        {},
    ),
    (
        "empty questions",
        HEAD.replace("questions:", "questions: []"),
        [(4, "The dialogue has no questions.")],
        {},
    ),
    (
        "questions is not a list",
        HEAD + "  id: a\n",
        [(5, "'questions' must be a list of questions.")],
        {},
    ),
    (
        "only info screens",
        HEAD + "  - {id: a, type: info, prompt: Hallo}\n  - {id: b, type: info, prompt: Doei}\n",
        [(4, "The dialogue has only info screens; it needs at least one question to answer.")],
        {},
    ),
    (
        "question is not a mapping",
        HEAD + "  - Wat vind je?\n",
        [(5, "Each question must be a mapping with at least an id, a type and a prompt.")],
        {},
    ),
    (
        "question without id",
        HEAD + "  - type: text\n    prompt: Wat?\n",
        [(5, "This question has no 'id'.")],
        {},
    ),
    (
        "question with a bad id",
        HEAD + "  - id: Vraag 1\n    type: text\n    prompt: Wat?\n",
        [
            (
                5,
                "'{key}' must be lowercase letters, digits and dashes (like goed-bestuur), "
                "at most {limit} characters; found '{value}'.",
            )
        ],
        {"value": "Vraag 1"},
    ),
    (
        "question without type",
        HEAD + "  - id: a\n    prompt: Wat?\n",
        [(5, "This question has no 'type'. Use one of: {types}.")],
        {"types": "text, choice, multi, scale, number, info"},
    ),
    (
        "unknown question type",
        HEAD + "  - id: a\n    type: txt\n    prompt: Wat?\n",
        [(6, "Unknown question type '{type}'. Use one of: {types}.")],
        {"type": "txt"},
    ),
    (
        "typo promt",
        HEAD + "  - id: a\n    type: text\n    promt: {nl: Wat}\n",
        [
            (5, "This question has no 'prompt'."),
            (7, "Unknown key '{key}'. Did you mean '{suggestion}'?"),
        ],
        {},
    ),
    (
        "prompt without Dutch",
        HEAD + "  - id: a\n    type: text\n    prompt: {en: What}\n",
        [(7, "'{key}' has no Dutch text (nl).")],
        {"key": "prompt"},
    ),
    (
        "duplicate question id",
        HEAD + "  - {id: a, type: text, prompt: W}\n  - {id: b, type: text, prompt: W}\n"
        "  - {id: a, type: text, prompt: W}\n",
        [(7, "The question id '{id}' is already used on line {line}.")],
        {"id": "a", "line": 5},
    ),
    (
        "a prompt too long for one Telegram message",
        HEAD + "  - id: a\n    type: text\n    prompt: {nl: Kort, en: " + "x" * 3001 + "}\n",
        [
            (
                7,
                "The '{language}' text of '{key}' is too long: {length} characters, "
                "at most {limit}.",
            )
        ],
        {"language": "en", "key": "prompt", "length": 3001, "limit": 3000},
    ),
    (
        "a Dutch title too long",
        "id: proef\nversion: 1\ntitle: " + "t" * 201 + "\nquestions:\n"
        "  - {id: a, type: text, prompt: W}\n",
        [
            (
                3,
                "The '{language}' text of '{key}' is too long: {length} characters, "
                "at most {limit}.",
            )
        ],
        {"language": "nl", "key": "title", "length": 201, "limit": 200},
    ),
    (
        "key that does not apply to the type",
        HEAD + "  - id: a\n    type: text\n    prompt: W\n    max_choices: 2\n",
        [(8, "'{key}' does not apply to a question of type '{type}'.")],
        {"key": "max_choices", "type": "text"},
    ),
    (
        "decimals on a scale",
        HEAD + "  - id: a\n    type: scale\n    prompt: W\n    decimals: true\n",
        [(8, "'{key}' does not apply to a question of type '{type}'.")],
        {"key": "decimals", "type": "scale"},
    ),
    (
        "decimals not a boolean",
        HEAD + "  - {id: a, type: number, prompt: W, decimals: komma}\n",
        [(5, "'{key}' must be true or false; found '{value}'.")],
        {"key": "decimals", "value": "komma"},
    ),
    (
        "optional not a boolean",
        HEAD + "  - {id: a, type: text, prompt: W, optional: misschien}\n",
        [(5, "'{key}' must be true or false; found '{value}'.")],
        {"key": "optional", "value": "misschien"},
    ),
    (
        "choice without options",
        HEAD + "  - id: a\n    type: choice\n    prompt: W\n",
        [(5, "A question of type '{type}' needs 'options' or 'options_from'.")],
        {"type": "choice"},
    ),
    (
        "multi with an empty option list",
        HEAD + "  - id: a\n    type: multi\n    prompt: W\n    options: []\n",
        [(8, "A question of type '{type}' needs at least two options.")],
        {"type": "multi"},
    ),
    (
        "choice with one option",
        HEAD + "  - id: a\n    type: choice\n    prompt: W\n    options:\n"
        "      - {id: ja, label: Ja}\n",
        [(8, "A question of type '{type}' needs at least two options.")],
        {"type": "choice"},
    ),
    (
        "options and options_from",
        HEAD + "  - id: a\n    type: choice\n    prompt: W\n    options_from: gemeenten\n"
        "    options: [{id: x, label: X}, {id: y, label: Y}]\n",
        [(8, "Use either 'options' or 'options_from', not both.")],
        {},
    ),
    (
        "unknown options_from",
        HEAD + "  - id: a\n    type: choice\n    prompt: W\n    options_from: provincies\n",
        [(8, "Unknown list '{name}' in 'options_from'. Known lists: {known}.")],
        {"name": "provincies", "known": "gemeenten"},
    ),
    (
        "options is not a list",
        HEAD + "  - id: a\n    type: choice\n    prompt: W\n    options: {ja: Ja}\n",
        [(8, "'options' must be a list of options, each with an id and a label.")],
        {},
    ),
    (
        "option is not a mapping",
        HEAD + "  - id: a\n    type: choice\n    prompt: W\n    options:\n      - Ja\n"
        "      - {id: nee, label: Nee}\n",
        [
            (9, "Each option must be a mapping with an id and a label."),
        ],
        {},
    ),
    (
        "option without id or label",
        HEAD + "  - id: a\n    type: choice\n    prompt: W\n    options:\n"
        "      - {label: Ja}\n      - {id: nee}\n",
        [(9, "This option has no 'id'."), (10, "This option has no 'label'.")],
        {},
    ),
    (
        "option label without Dutch",
        HEAD + "  - id: a\n    type: choice\n    prompt: W\n    options:\n"
        "      - {id: ja, label: {en: Yes}}\n      - {id: nee, label: {nl: Nee, en: No}}\n",
        [(9, "'{key}' has no Dutch text (nl).")],
        {"key": "label"},
    ),
    (
        "option with an unknown key",
        HEAD + "  - id: a\n    type: choice\n    prompt: W\n    options:\n"
        "      - {id: ja, label: Ja, lable: Ja}\n      - {id: nee, label: Nee}\n",
        [(9, "Unknown key '{key}'. Did you mean '{suggestion}'?")],
        {"suggestion": "label"},
    ),
    (
        "duplicate option id",
        HEAD + "  - id: a\n    type: choice\n    prompt: W\n    options:\n"
        "      - {id: ja, label: Ja}\n      - {id: nee, label: Nee}\n"
        "      - {id: ja, label: Jazeker}\n",
        [(11, "The option id '{id}' appears twice in this question.")],
        {"id": "ja"},
    ),
    (
        "max_choices zero",
        HEAD + "  - id: a\n    type: multi\n    prompt: W\n    max_choices: 0\n"
        "    options: [{id: x, label: X}, {id: y, label: Y}]\n",
        [(8, "'{key}' must be at least {minimum}; found {value}.")],
        {"key": "max_choices", "value": 0},
    ),
    (
        "max_choices above the number of options",
        HEAD + "  - id: a\n    type: multi\n    prompt: W\n    max_choices: 3\n"
        "    options: [{id: x, label: X}, {id: y, label: Y}]\n",
        [(8, "'max_choices' is {value}, but the question has only {count} options.")],
        {"value": 3, "count": 2},
    ),
    (
        "exclusive on a choice option",
        HEAD + "  - id: a\n    type: choice\n    prompt: W\n    options:\n"
        "      - {id: x, label: X}\n      - {id: niets, label: Niets, exclusive: true}\n",
        [
            (
                10,
                "'exclusive' only applies to an option of a multi question; in a '{type}' "
                "question only one answer can be chosen anyway.",
            )
        ],
        {"type": "choice"},
    ),
    (
        "exclusive not true or false",
        HEAD + "  - id: a\n    type: multi\n    prompt: W\n    options:\n"
        "      - {id: x, label: X}\n      - {id: y, label: Y}\n"
        "      - {id: niets, label: Niets, exclusive: ja}\n",
        [(11, "'{key}' must be true or false; found '{value}'.")],
        {"key": "exclusive", "value": "ja"},
    ),
    (
        "exclusive leaves fewer than two options to combine",
        HEAD + "  - id: a\n    type: multi\n    prompt: W\n    options:\n"
        "      - {id: x, label: X}\n      - {id: niets, label: Niets, exclusive: true}\n"
        "      - {id: weet-niet, label: Weet ik niet, exclusive: true}\n",
        [
            (
                8,
                "A multi question needs at least two options that are not exclusive; "
                "otherwise use a question of type 'choice'.",
            )
        ],
        {},
    ),
    (
        "max_choices above the options that go together",
        HEAD + "  - id: a\n    type: multi\n    prompt: W\n    max_choices: 3\n    options:\n"
        "      - {id: x, label: X}\n      - {id: y, label: Y}\n"
        "      - {id: niets, label: Niets, exclusive: true}\n",
        [
            (
                8,
                "'max_choices' is {value}, but only {count} options can be chosen "
                "together (an exclusive option goes alone).",
            )
        ],
        {"value": 3, "count": 2},
    ),
    (
        "number min above max",
        HEAD + "  - id: a\n    type: number\n    prompt: W\n    min: 10\n    max: 5\n",
        [(8, "'min' ({min}) is greater than 'max' ({max}).")],
        {"min": 10, "max": 5},
    ),
    (
        "scale min above the default max",
        HEAD + "  - id: a\n    type: scale\n    prompt: W\n    min: 7\n",
        [(8, "'min' ({min}) is greater than 'max' ({max}).")],
        {"min": 7, "max": 5},
    ),
    (
        "scale with one step",
        HEAD + "  - id: a\n    type: scale\n    prompt: W\n    min: 3\n    max: 3\n",
        [(8, "A scale needs at least two steps, but 'min' and 'max' are both {value}.")],
        {"value": 3},
    ),
    (
        "scale with too many steps",
        HEAD + "  - id: a\n    type: scale\n    prompt: W\n    min: 1\n    max: 100\n",
        [(8, "A scale may have at most {limit} steps; {min} to {max} has {steps}.")],
        {"limit": 11, "steps": 100},
    ),
    (
        "number bound beyond the limit",
        HEAD + "  - id: a\n    type: number\n    prompt: W\n    max: 99999999999\n",
        [(8, "'{key}' must lie between -{limit} and {limit}; found {value}.")],
        {"key": "max"},
    ),
    (
        "min_length above max_length",
        HEAD + "  - id: a\n    type: text\n    prompt: W\n    min_length: 50\n    max_length: 10\n",
        [(8, "'min_length' ({min_length}) is greater than 'max_length' ({max_length}).")],
        {"min_length": 50, "max_length": 10},
    ),
    (
        "min_length above the default max_length",
        HEAD + "  - id: a\n    type: text\n    prompt: W\n    min_length: 2000\n",
        [(8, "'min_length' ({min_length}) is greater than 'max_length' ({max_length}).")],
        {"max_length": 1000},
    ),
    (
        "max_length above the limit",
        HEAD + "  - id: a\n    type: text\n    prompt: W\n    max_length: 5000\n",
        [(8, "'max_length' may be at most {limit}; found {value}.")],
        {"limit": 4000, "value": 5000},
    ),
    (
        "min_length zero",
        HEAD + "  - id: a\n    type: text\n    prompt: W\n    min_length: 0\n",
        [(8, "'{key}' must be at least {minimum}; found {value}.")],
        {"key": "min_length"},
    ),
]

CHOICE = (
    "  - id: kleur\n    type: choice\n    prompt: W\n"
    "    options: [{id: rood, label: Rood}, {id: blauw, label: Blauw}]\n"
)  # lines 5–8
WHEN_CASES: list[tuple[str, str, list[tuple[int | None, str]], dict[str, object]]] = [
    (
        "when names an unknown question",
        HEAD + CHOICE + "  - id: b\n    type: text\n    prompt: W\n    when: {kluer: rood}\n",
        [(12, "'when' refers to the question '{question}', which does not exist.")],
        {"question": "kluer"},
    ),
    (
        "when names a later question",
        HEAD + "  - id: b\n    type: text\n    prompt: W\n    when: {kleur: rood}\n" + CHOICE,
        [
            (
                8,
                "'when' refers to the question '{question}', which comes later. "
                "A question can only depend on an earlier one.",
            )
        ],
        {"question": "kleur"},
    ),
    (
        "when names the question itself",
        HEAD + CHOICE.replace("    prompt: W\n", "    prompt: W\n    when: {kleur: rood}\n"),
        [(8, "A question cannot depend on itself in 'when'.")],
        {},
    ),
    (
        "when names a text question",
        HEAD + "  - {id: naam, type: text, prompt: W}\n"
        "  - id: b\n    type: text\n    prompt: W\n    when: {naam: Piet}\n",
        [
            (
                9,
                "'when' refers to the question '{question}' of type '{type}'; a condition can "
                "only use a choice, multi, scale or number question.",
            )
        ],
        {"question": "naam", "type": "text"},
    ),
    (
        "when names an option the question does not have",
        HEAD + CHOICE + "  - id: b\n    type: text\n    prompt: W\n    when: {kleur: groen}\n",
        [
            (
                12,
                "'when' uses the option '{option}', but the question '{question}' "
                "has no such option.",
            )
        ],
        {"option": "groen", "question": "kleur"},
    ),
    (
        "when lists an unknown option among known ones",
        HEAD + CHOICE + "  - id: b\n    type: text\n    prompt: W\n    when:\n"
        "      kleur:\n        - rood\n        - paars\n",
        [
            (
                15,
                "'when' uses the option '{option}', but the question '{question}' "
                "has no such option.",
            )
        ],
        {"option": "paars"},
    ),
    (
        "when is not a mapping",
        HEAD + CHOICE + "  - id: b\n    type: text\n    prompt: W\n    when: kleur\n",
        [
            (
                12,
                "'when' must name an earlier question and the answer it needs, "
                "like {{belangrijkst: anders}}.",
            )
        ],
        {},
    ),
    (
        "when gives a range for a choice",
        HEAD + CHOICE + "  - id: b\n    type: text\n    prompt: W\n    when: {kleur: {min: 1}}\n",
        [
            (
                12,
                "In 'when', give the option id of '{question}' that is needed, "
                "or a list of option ids.",
            )
        ],
        {"question": "kleur"},
    ),
    (
        "when gives an option for a scale",
        HEAD + "  - {id: cijfer, type: scale, prompt: W}\n"
        "  - id: b\n    type: text\n    prompt: W\n    when: {cijfer: laag}\n",
        [
            (
                9,
                "In 'when', the answer to '{question}' is a number: give a range like "
                "{{min: 1, max: 4}} or one number.",
            )
        ],
        {"question": "cijfer"},
    ),
    (
        "when range with min above max",
        HEAD + "  - {id: cijfer, type: scale, prompt: W}\n"
        "  - id: b\n    type: text\n    prompt: W\n    when: {cijfer: {min: 4, max: 2}}\n",
        [(9, "'min' ({min}) is greater than 'max' ({max}).")],
        {"min": 4, "max": 2},
    ),
    (
        "when range with an unknown key",
        HEAD + "  - {id: cijfer, type: scale, prompt: W}\n"
        "  - id: b\n    type: text\n    prompt: W\n    when: {cijfer: {maximum: 2}}\n",
        [(9, "Unknown key '{key}'. Did you mean '{suggestion}'?")],
        {"suggestion": "max"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "params"),
    [pytest.param(text, expected, params, id=name) for name, text, expected, params in CASES],
)
def test_each_problem_kind_is_reported_with_its_line(
    text: str, expected: list[tuple[int | None, str]], params: dict[str, object]
) -> None:
    problems = problems_of(text)
    assert found(problems) == sorted(expected, key=lambda pair: (pair[0] or 0, pair[1]))
    first = next(p for p in problems if (p.line, p.message) == expected[0])
    assert params.items() <= dict(first.params).items()
    first.describe()  # every placeholder has a value


@pytest.mark.parametrize(
    ("text", "expected", "params"),
    [pytest.param(text, expected, params, id=name) for name, text, expected, params in WHEN_CASES],
)
def test_each_condition_problem_is_reported_with_its_line(
    text: str, expected: list[tuple[int | None, str]], params: dict[str, object]
) -> None:
    problems = problems_of(text)
    assert found(problems) == expected
    assert params.items() <= dict(problems[0].params).items()


@pytest.mark.parametrize(
    ("text", "line", "sentence"),
    [
        pytest.param(
            "id: proef\ntitle: {nl: P\nquestions: []\n",
            2,
            "A {{ … }} is opened here but not closed with }}, or a comma is missing in it.",
            id="flow",
        ),
        pytest.param(
            "id: proef\ntitle:\n  nl: a\n en: b\n",
            4,
            "This line is not indented like the lines around it, or a colon (:) is missing "
            "or one too many. Text with a colon in it must be between quotes.",
            id="indent",
        ),
        pytest.param(
            'id: "proef\n', 1, "A quote (\" or ') is opened here but not closed.", id="open quote"
        ),
    ],
)
def test_bad_yaml_is_said_in_a_plain_sentence(text: str, line: int, sentence: str) -> None:
    assert found(problems_of(text)) == [(line, sentence)]


def test_other_bad_yaml_gives_the_parser_detail() -> None:
    problems = problems_of("id: a\n---\nid: b\n")
    assert len(problems) == 1 and problems[0].line == 2
    assert problems[0].message == "This is not valid YAML: {detail}."
    assert "single document" in str(problems[0].params["detail"])


def test_a_tab_gets_its_own_message() -> None:
    problems = problems_of("id: proef\nversion: 1\n\ttitle: P\n")
    assert found(problems) == [(3, "A tab is used for indenting; YAML only allows spaces.")]


def test_an_empty_file() -> None:
    assert found(problems_of("")) == [(None, "The file is empty.")]
    assert found(problems_of("# alleen commentaar\n")) == [(None, "The file is empty.")]


def test_python_tags_are_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = (
        f"id: proef\nversion: 1\ntitle: !!python/object/apply:os.system ['touch {marker}']\n"
        "questions:\n  - {id: a, type: text, prompt: !custom W}\n"
    )
    problems = [p for p in problems_of(text) if "tag" in p.params]
    assert [(p.line, p.message, p.params["tag"]) for p in problems] == [
        (
            3,
            "The tag '{tag}' is not allowed in a dialogue file.",
            "tag:yaml.org,2002:python/object/apply:os.system",
        ),
        (5, "The tag '{tag}' is not allowed in a dialogue file.", "!custom"),
    ]
    assert not marker.exists()


def test_all_problems_of_a_file_are_found_at_once() -> None:
    text = """\
        id: Proef
        version: 0
        titel: {nl: Proef}
        story_consent: ja
        questions:
          - id: a
            type: txt
            promt: {nl: Wat}
          - id: a
            type: choice
            prompt: Kies
            options: [{id: x, label: {en: X}}, {id: x, label: Y}]
          - id: c
            type: text
            prompt: W
            when: {onbekend: x}
            max_length: 5000
        """
    lines = [line for line, _ in found(problems_of(text))]
    assert lines == [1, 1, 2, 3, 4, 6, 7, 8, 9, 12, 12, 16, 17]


def test_norway_words_stay_words() -> None:
    """``no``, ``yes`` and ``on`` are booleans in YAML 1.1; as ids and texts they stay words."""
    dialogue = dialogue_from(
        HEAD + "  - id: yes\n    type: choice\n    prompt: {nl: Ja of nee, en: Yes or no}\n"
        "    options:\n      - {id: yes, label: {nl: Ja, en: Yes}}\n"
        "      - {id: no, label: {nl: Nee, en: No}}\n"
        "      - {id: on, label: {nl: Aan, en: On}}\n"
    )
    question = dialogue.questions[0]
    assert question.id == "yes"
    assert [o.id for o in question.options] == ["yes", "no", "on"]
    assert question.options[1].label == LocalText.of("Nee", en="No")


def test_a_plain_text_means_dutch_only() -> None:
    dialogue = dialogue_from(HEAD + "  - {id: a, type: text, prompt: Wat vind jij}\n")
    assert dialogue.questions[0].prompt == LocalText.of("Wat vind jij")
    assert dialogue.questions[0].prompt.get("en") == "Wat vind jij"


def test_other_languages_are_allowed() -> None:
    dialogue = dialogue_from(
        HEAD + "  - id: a\n    type: text\n    prompt: {nl: Wat, fy: Wat, de: Was}\n"
    )
    assert dialogue.questions[0].prompt.get("de") == "Was"


def test_an_optional_info_screen_is_accepted_and_has_nothing_to_skip() -> None:
    dialogue = dialogue_from(
        HEAD + "  - {id: a, type: info, prompt: Hallo, optional: true}\n"
        "  - {id: b, type: text, prompt: W}\n"
    )
    info = dialogue.questions[0]
    assert info.optional and not info.needs_answer


def test_defaults_of_a_valid_file() -> None:
    dialogue = dialogue_from(
        HEAD + "  - {id: a, type: text, prompt: W}\n  - {id: b, type: scale, prompt: W}\n"
        "  - {id: c, type: number, prompt: W}\n"
    )
    text, scale, number = dialogue.questions
    assert (text.min_length, text.max_length) == (1, 1000)
    assert (scale.min_value, scale.max_value) == (1, 5)
    assert (number.min_value, number.max_value) == (None, None)
    assert number.decimals is False
    assert dialogue.story_consent is False and dialogue.intro is None
    assert not any(q.optional for q in dialogue.questions)


def test_options_from_gemeenten_expands_to_the_list() -> None:
    dialogue = dialogue_from(
        HEAD + "  - {id: g, type: choice, prompt: W, options_from: gemeenten, optional: true}\n"
    )
    question = dialogue.questions[0]
    assert question.options_from == "gemeenten"
    assert len(question.options) == 26
    assert question.option("zwolle") is not None


def test_decimals_on_a_number_question() -> None:
    dialogue = dialogue_from(
        HEAD + "  - {id: uren, type: number, prompt: W, min: 0, max: 40, decimals: true}\n"
    )
    assert dialogue.questions[0].decimals is True


def test_an_exclusive_option_is_read() -> None:
    dialogue = dialogue_from(
        HEAD + "  - id: drempels\n    type: multi\n    prompt: Wat houdt je tegen?\n"
        "    options:\n      - {id: tijd, label: Tijd}\n      - {id: ver, label: Ver weg}\n"
        "      - {id: niets, label: Niets, exclusive: true}\n"
        "      - {id: ook, label: Ook, exclusive: false}\n"
    )
    question = dialogue.questions[0]
    assert [option.exclusive for option in question.options] == [False, False, True, False]
    assert question.exclusive_ids == {"niets"}


REPEATS_HINT = (
    "The '{language}' prompt says “{found}”, and the bot already says that below the "
    "question. Leave it out, so it is not read twice."
)
OPTIONS = "options: [{id: x, label: X}, {id: y, label: Y}, {id: z, label: Z}]"


@pytest.mark.parametrize(
    ("question", "found"),
    [
        pytest.param(
            f"{{id: a, type: multi, max_choices: 2, prompt: 'Wat past? Kies er hooguit 2.',"
            f" {OPTIONS}}}",
            [("nl", "Kies er hooguit 2")],
            id="multi limit",
        ),
        pytest.param(
            "{id: a, type: multi, prompt: {nl: 'Wat past? Kies alles wat past.', en: 'What fits?"
            f" Choose all that apply.'}}, {OPTIONS}}}",
            [("nl", "Kies alles"), ("en", "Choose all")],
            id="multi any",
        ),
        pytest.param(
            f"{{id: a, type: multi, prompt: 'Wat past? Tik daarna op Klaar.', {OPTIONS}}}",
            [("nl", "Tik daarna op Klaar")],
            id="multi done",
        ),
        pytest.param(
            "{id: a, type: scale, max: 10, prompt: {nl: 'Hoeveel? Kies een cijfer: 1 is weinig.',"
            " en: 'How much? Choose a number: 1 is little.'}}",
            [("nl", "Kies een cijfer"), ("en", "Choose a number")],
            id="scale",
        ),
        pytest.param(
            "{id: a, type: number, decimals: true, prompt: 'Hoeveel uur? Typ een getal.'}",
            [("nl", "Typ een getal")],
            id="number",
        ),
        pytest.param(
            "{id: a, type: number, decimals: true, prompt: 'Hoeveel uur? 1,5 met een komma"
            " mag ook.'}",
            [("nl", "met een komma")],
            id="decimals",
        ),
        pytest.param(
            "{id: a, type: text, prompt: {nl: 'Wat vind je?', en: 'What do you think? Type your"
            " answer below.'}}",
            [("en", "Type your answer")],
            id="text",
        ),
        pytest.param(
            "{id: a, type: choice, options_from: gemeenten, prompt: 'Waar woon je? Typ de naam"
            " van je gemeente.'}",
            [("nl", "Typ de naam")],
            id="municipality",
        ),
    ],
)
def test_a_prompt_that_repeats_the_bots_hint_gets_a_warning(
    question: str, found: list[tuple[str, str]]
) -> None:
    result = read_dialogue(dedent(HEAD + f"  - {question}\n"), Path("proef.yaml"))
    assert result.problems == () and result.dialogue is not None  # a warning is no error
    assert [(w.line, w.message) for w in result.warnings] == [(5, REPEATS_HINT)] * len(found)
    assert [(w.params["language"], w.params["found"]) for w in result.warnings] == found
    assert all(w.warning for w in result.warnings)
    assert result.warnings[0].describe().startswith("proef.yaml:5: warning: The '")


def test_the_warning_points_at_the_line_of_its_language() -> None:
    text = HEAD + (
        "  - id: a\n    type: scale\n    prompt:\n      nl: Hoeveel vertrouwen?\n"
        "      en: How much trust? Pick a number.\n"
    )
    result = read_dialogue(dedent(text), Path("proef.yaml"))
    assert [(w.line, w.params["language"]) for w in result.warnings] == [(9, "en")]


@pytest.mark.parametrize(
    "question",
    [
        "{id: a, type: scale, max: 10, prompt: 'Hoeveel? 1 is heel weinig, 10 is heel veel.'}",
        "{id: a, type: text, prompt: 'Wat betekent het? Schrijf het in je eigen woorden.'}",
        f"{{id: a, type: choice, prompt: 'Kies er één.', {OPTIONS}}}",
        f"{{id: a, type: multi, prompt: 'Wat houdt je tegen?', {OPTIONS}}}",
        "{id: a, type: number, prompt: 'Hoeveel uur per maand?'}",
        "{id: a, type: info, prompt: 'Typ je antwoord straks. Kies er hooguit 3.'}",
    ],
)
def test_a_prompt_that_adds_something_of_its_own_gets_no_warning(question: str) -> None:
    text = HEAD + f"  - {question}\n  - {{id: b, type: text, prompt: Verder}}\n"
    result = read_dialogue(dedent(text), Path("proef.yaml"))
    assert result.problems == () and result.warnings == ()
