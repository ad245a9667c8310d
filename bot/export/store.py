"""The rows an export is made from: answers of citizens who (still) consent."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from bot.storage.database import Database


@dataclass(frozen=True)
class AnswerRow:
    user_id: int
    first_name: str | None
    last_name: str | None
    age_band: str | None
    dialogue_id: str
    version: int
    question_id: str
    value: Any
    answered_at: str
    quote_allowed: bool


async def answers(
    db: Database, dialogue_id: str, since: str | None, until: str | None
) -> list[AnswerRow]:
    """Answers to ``dialogue_id`` given in [since, until), only of citizens with consent.

    Erased citizens have no rows left; citizens who withdrew consent are filtered here.
    """
    rows = await db.fetch_all(
        """
        SELECT c.user_id, c.first_name, c.last_name, c.age_band, r.dialogue_id, r.version,
               a.question_id, a.value, a.answered_at, a.quote_allowed
        FROM answers a
        JOIN dialogue_runs r ON r.id = a.run_id
        JOIN citizens c ON c.user_id = r.user_id
        WHERE r.dialogue_id = ? AND c.consent_version IS NOT NULL
          AND (? IS NULL OR a.answered_at >= ?) AND (? IS NULL OR a.answered_at < ?)
        ORDER BY a.answered_at, r.id, a.question_id
        """,
        (dialogue_id, since, since, until, until),
        in_background=True,  # a whole dialogue's answers: not on the bot's loop
    )
    return [
        AnswerRow(
            user_id=r["user_id"],
            first_name=r["first_name"],
            last_name=r["last_name"],
            age_band=r["age_band"],
            dialogue_id=r["dialogue_id"],
            version=r["version"],
            question_id=r["question_id"],
            value=json.loads(r["value"]),
            answered_at=r["answered_at"],
            quote_allowed=bool(r["quote_allowed"]),
        )
        for r in rows
    ]


async def definitions(db: Database) -> list[tuple[str, int, str]]:
    rows = await db.fetch_all("SELECT dialogue_id, version, definition FROM dialogue_definitions")
    return [(r["dialogue_id"], r["version"], r["definition"]) for r in rows]


async def latest_answers_to(db: Database, questions: list[tuple[str, str]]) -> dict[int, Any]:
    """Per citizen, their most recent answer to any of (dialogue_id, question_id)."""
    found: dict[int, Any] = {}
    for dialogue_id, question_id in questions:
        rows = await db.fetch_all(
            """
            SELECT r.user_id, a.value, a.answered_at FROM answers a
            JOIN dialogue_runs r ON r.id = a.run_id
            WHERE r.dialogue_id = ? AND a.question_id = ? ORDER BY a.answered_at
            """,
            (dialogue_id, question_id),
            in_background=True,
        )
        for row in rows:
            value = json.loads(row["value"])
            if value is not None:
                found[row["user_id"]] = value
    return found


async def known_dialogue(db: Database, dialogue_id: str) -> bool:
    row = await db.fetch_one(
        "SELECT 1 FROM dialogue_definitions WHERE dialogue_id = ? LIMIT 1", (dialogue_id,)
    )
    return row is not None
