"""Dialogues: the files staff write, the checks on them, and stepping through them.

The domain layer only: no Telegram, no database, no configuration. Modules:

- :mod:`~bot.dialogues.model`, :mod:`~bot.dialogues.localtext`, :mod:`~bot.dialogues.answers` —
  the immutable data;
- :mod:`~bot.dialogues.loader` (with ``reader``, ``questions``, ``conditions``, ``fields``,
  ``yamlnodes``), :mod:`~bot.dialogues.problems` and :mod:`~bot.dialogues.hint_repeats` —
  reading and checking files (problems stop the bot, warnings do not);
- :mod:`~bot.dialogues.gemeenten` — the built-in list ``options_from: gemeenten``;
- :mod:`~bot.dialogues.engine` and :mod:`~bot.dialogues.answering` — running a dialogue;
- :mod:`~bot.dialogues.catalog` and :mod:`~bot.dialogues.serialize` — versions and JSON.
"""

from bot.dialogues.answering import (
    Accepted,
    Outcome,
    Rejected,
    RejectReason,
    confirm_selection,
    fits,
    parse_answer,
    skip,
    toggle,
)
from bot.dialogues.answers import SKIPPED, Answers, AnswerValue, is_skipped, with_answer
from bot.dialogues.catalog import DialogueCatalog
from bot.dialogues.engine import (
    applicable,
    cleanup,
    is_complete,
    next_question,
    previous_question,
    progress,
    quotable_answers,
    resume_question,
)
from bot.dialogues.gemeenten import BUITEN_OVERIJSSEL, GEMEENTEN, MUNICIPALITIES
from bot.dialogues.loader import check_path, load_dialogues
from bot.dialogues.localtext import LocalText
from bot.dialogues.model import (
    Condition,
    Dialogue,
    Option,
    OptionRequirement,
    Question,
    QuestionType,
    RangeRequirement,
)
from bot.dialogues.problems import DialogueFileError, Problem
from bot.dialogues.reader import read_dialogue
from bot.dialogues.serialize import (
    answers_from_json,
    answers_to_json,
    fingerprint,
    from_data,
    from_json,
    to_data,
    to_json,
)

__all__ = [
    "BUITEN_OVERIJSSEL",
    "GEMEENTEN",
    "MUNICIPALITIES",
    "SKIPPED",
    "Accepted",
    "AnswerValue",
    "Answers",
    "Condition",
    "Dialogue",
    "DialogueCatalog",
    "DialogueFileError",
    "LocalText",
    "Option",
    "OptionRequirement",
    "Outcome",
    "Problem",
    "Question",
    "QuestionType",
    "RangeRequirement",
    "RejectReason",
    "Rejected",
    "answers_from_json",
    "answers_to_json",
    "applicable",
    "check_path",
    "cleanup",
    "confirm_selection",
    "fingerprint",
    "fits",
    "from_data",
    "from_json",
    "is_complete",
    "is_skipped",
    "load_dialogues",
    "next_question",
    "parse_answer",
    "previous_question",
    "progress",
    "quotable_answers",
    "read_dialogue",
    "resume_question",
    "skip",
    "to_data",
    "to_json",
    "toggle",
    "with_answer",
]
