"""A citizen's own data: everything we store about them (/mijngegevens); erasing it is
:mod:`bot.own_data.erasure`.

Every feature that stores something about a citizen adds a section to :func:`collect`
and makes sure :func:`bot.storage.citizens.erase` removes it (normally through
``ON DELETE CASCADE`` on ``citizens``).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from bot.answering import flow, presenter
from bot.answering import store as runs
from bot.dialogues.serialize import from_json
from bot.events import flow as events
from bot.i18n import Translator
from bot.ideas import flow as ideas
from bot.messaging import plain_text, reply_json
from bot.messaging.reply import Reply
from bot.own_data import screens
from bot.people.visitor import Visitor
from bot.services import Services
from bot.sessions import participants
from bot.storage import audit, citizens, outbox, roles
from bot.storage.database import Database, utc_now


async def _answers(db: Database, run: runs.Run, t: Translator) -> list[dict[str, Any]]:
    """The stored answers of a run, each also as the citizen saw it (question and option
    texts, not only ids)."""
    stored = await runs.stored_answers(db, run.id)
    definition = await runs.definition(db, run.dialogue_id, run.version)
    dialogue = from_json(definition) if definition else None
    shown = []
    for answer in stored:
        item = asdict(answer)
        if dialogue is not None and dialogue.has_question(answer.question_id):
            question = dialogue.question(answer.question_id)
            item["question"] = question.prompt.get(t.locale)
            item["answer_shown"] = presenter.answer_text(t, question, answer.value)
        shown.append(item)
    return shown


async def _title(db: Database, run: runs.Run, t: Translator) -> str:
    definition = await runs.definition(db, run.dialogue_id, run.version)
    return from_json(definition).title.get(t.locale) if definition else run.dialogue_id


async def collect(db: Database, user_id: int, t: Translator) -> dict[str, Any]:
    """Everything stored about the citizen; ``t``: the language of the readable texts."""
    citizen = await citizens.get(db, user_id)
    if citizen is None:
        return {"telegram_user_id": user_id, "stored": "nothing"}
    return {
        "made_at": utc_now(),
        "citizen": asdict(citizen),
        "consent_history": await citizens.consent_events(db, user_id),
        "roles": await roles.of_user(db, user_id),
        "audit_log": await audit.entries(db, user_id),
        "dialogues": [
            {
                **asdict(run),
                "title": await _title(db, run, t),
                "answers": await _answers(db, run, t),
            }
            for run in await runs.of_citizen(db, user_id)
        ],
        **await ideas.own_data(db, user_id),
        "sessions": await participants.own_data(db, user_id),
        "events": await events.own_data(db, user_id),
        "messages_waiting_to_be_sent": [
            {"not_before": not_before, "text": plain_text.from_html(reply_json.loads(reply).text)}
            for not_before, reply in await outbox.waiting_for(db, user_id)
        ],
    }


def as_json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


async def download(services: Services, visitor: Visitor) -> list[Reply]:
    """/mijngegevens: the overview to read, the file to keep, and the quoting permissions."""
    data = await collect(services.db, visitor.user_id, visitor.t)
    return [
        *screens.overview(visitor.t, data, services.settings.timezone),
        screens.data_file(visitor.t, as_json(data), visitor.user_id),
        *await flow.quote_reviews(services, visitor),
    ]
