"""From the database to the export's input records (:class:`bot.export.records.AnswerRecord`).

The consent, erasure and date filters are applied in the query; answer values are turned
into what the citizen saw (option labels in the export language) using the dialogue version
each answer was given under.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from bot.dialogues.model import Dialogue, Question
from bot.dialogues.serialize import from_json
from bot.export import store as export_rows
from bot.export.records import AnswerRecord
from bot.storage.database import Database

MUNICIPALITY_LIST = "gemeenten"


def _day_start(day: date | None, timezone: ZoneInfo) -> str | None:
    if day is None:
        return None
    return datetime.combine(day, time.min, timezone).astimezone(UTC).isoformat(timespec="seconds")


def _shown(question: Question, value: object, language: str) -> str:
    if question.type == "choice" and isinstance(value, str):
        option = question.option(value)
        return option.label.get(language) if option else value
    if question.type == "multi" and isinstance(value, list):
        return "; ".join(o.label.get(language) for o in question.options if o.id in value)
    return str(value)


async def records(
    db: Database,
    dialogue_id: str,
    since: date | None,
    until: date | None,
    timezone: ZoneInfo,
    language: str,
) -> list[AnswerRecord]:
    """Every exportable answer, in question order; ``until`` is inclusive (the whole day)."""
    definitions = {
        (dialogue, version): from_json(text)
        for dialogue, version, text in await export_rows.definitions(db)
    }
    municipality_questions = [
        (d.id, q.id)
        for d in definitions.values()
        for q in d.questions
        if q.options_from == MUNICIPALITY_LIST
    ]
    municipalities = await export_rows.latest_answers_to(db, municipality_questions)
    labels = _municipality_labels(definitions.values(), language)
    end = until.toordinal() + 1 if until else None
    rows = await export_rows.answers(
        db,
        dialogue_id,
        _day_start(since, timezone),
        _day_start(date.fromordinal(end), timezone) if end else None,
    )
    result: list[tuple[int, AnswerRecord]] = []
    for row in rows:
        dialogue = definitions.get((row.dialogue_id, row.version))
        if dialogue is None or not dialogue.has_question(row.question_id) or row.value is None:
            continue
        question = dialogue.question(row.question_id)
        if question.type == "info" or question.options_from == MUNICIPALITY_LIST:
            # The municipality is the demographic column, k-suppressed there; as an answer
            # row of its own it would show what the column hides.
            continue
        municipality = municipalities.get(row.user_id)
        record = AnswerRecord(
            respondent_key=f"citizen:{row.user_id}",
            first_name=row.first_name,
            last_name=row.last_name,
            username=None,
            age_band=row.age_band,
            municipality=labels.get(municipality) if isinstance(municipality, str) else None,
            dialogue_id=row.dialogue_id,
            dialogue_version=row.version,
            question_id=row.question_id,
            question_type=question.type,
            question_prompt=question.prompt.get(language),
            value=_shown(question, row.value, language),
            answered_at=datetime.fromisoformat(row.answered_at),
            quote_allowed=row.quote_allowed,
        )
        result.append((dialogue.index_of(question), record))
    # In the order of the questions (then of answering), so every format reads like the dialogue.
    result.sort(key=lambda item: (item[0], item[1].answered_at))
    return [record for _, record in result]


def _municipality_labels(dialogues: Iterable[Dialogue], language: str) -> dict[str, str]:
    labels: dict[str, str] = {}
    for dialogue in dialogues:
        for question in dialogue.questions:
            if question.options_from == MUNICIPALITY_LIST:
                labels.update({o.id: o.label.get(language) for o in question.options})
    return labels
