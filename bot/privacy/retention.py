"""Keeping each kind of personal data no longer than the privacy statement says
(:mod:`bot.privacy.legal_basis`): run every few hours, and safe to run any number of times."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.answering import store as runs
from bot.dialogue_admin import store as dialogue_uploads
from bot.own_data import erasure
from bot.privacy import retention_store as store
from bot.privacy.legal_basis import Periods, periods
from bot.services import Services
from bot.sessions import store as session_store
from bot.storage import inbox

log = logging.getLogger("bot.retention")


@dataclass(frozen=True)
class Removed:
    answers: int = 0
    sessions: int = 0
    ideas: int = 0
    subscriptions: int = 0
    silent_citizens: int = 0
    consent_records: int = 0
    audit_rows: int = 0

    @property
    def total(self) -> int:
        return sum(vars(self).values())


def _before(moment: datetime, days: int) -> str:
    return (moment - timedelta(days=days)).isoformat(timespec="seconds")


async def apply(services: Services, now: datetime | None = None) -> Removed:
    """Delete what is older than its period (``now``: a controlled clock in tests)."""
    moment = now or datetime.now(UTC)
    db = services.db
    p: Periods = periods(services.settings.retention_days)
    silent = await store.silent_since(db, _before(moment, p.inactive))
    for user_id in silent:  # first: their sessions are closed and participants told
        await erasure.erase(services, user_id)
    answers_cutoff = _before(moment, p.answers)
    removed = Removed(
        answers=await runs.delete_before(db, answers_cutoff)
        + await session_store.delete_answers_before(db, answers_cutoff),
        sessions=await store.delete_sessions_before(db, answers_cutoff),
        ideas=await store.delete_ideas_before(db, _before(moment, p.ideas)),
        subscriptions=await store.delete_subscriptions_of_events_before(
            db, _before(moment, p.subscriptions_after_event)
        ),
        silent_citizens=len(silent),
        consent_records=await store.delete_uncovered_consent_records(db),
        audit_rows=await store.delete_audit_before(db, _before(moment, p.audit_log)),
    )
    await inbox.prune(db)
    await dialogue_uploads.delete_before(db, _before(moment, dialogue_uploads.UPLOAD_DAYS))
    await db.forget_deleted()
    if removed.total:
        log.info("retention: removed %s", removed)
    return removed
