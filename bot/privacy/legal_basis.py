"""Why we may keep each kind of personal data, what withdrawing consent and erasure do to
it, and for how long it is kept: the model that the privacy statement is written from and
that the retention job (:mod:`bot.privacy.retention`) and withdrawal
(:mod:`bot.privacy.withdrawal`) enforce.

- The programme is a public task of the province (GDPR art. 6(1)(e)).
- Answers to dialogues and sessions, ideas and support for ideas are political opinions:
  they need explicit consent (art. 9(2)(a)); withdrawing it erases them.
- Quoting in the verhalenreeks needs consent per answer, 16 and older only.
- Consent records are kept to prove consent (art. 7(1)) as long as the data they cover.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Basis(StrEnum):
    PUBLIC_TASK = "public_task"
    """GDPR art. 6(1)(e): a task in the public interest (the programme of the province)."""
    EXPLICIT_CONSENT = "explicit_consent"
    """GDPR art. 6(1)(a) with art. 9(2)(a): political opinions, explicit consent."""
    CONSENT = "consent"
    """GDPR art. 6(1)(a): consent."""
    QUOTE_CONSENT = "quote_consent"
    """GDPR art. 6(1)(a) with art. 9(2)(a), per answer; 16 and older (UAVG art. 5)."""
    PROOF_OF_CONSENT = "proof_of_consent"
    """GDPR art. 6(1)(c) with art. 7(1): we must be able to show consent was given."""


class OnWithdrawal(StrEnum):
    ERASED = "erased"
    STOPPED = "stopped"
    """Reminders and news stop; the choice itself is removed."""
    KEPT = "kept"


class Kind(StrEnum):
    ACCOUNT = "account"
    """Telegram number, language, age band, settings."""
    NAMES = "names"
    """First and last name on Telegram: only to remove them from answers in exports."""
    ANSWERS = "answers"
    """Answers in dialogues and sessions, and which sessions one joined."""
    QUOTE_PERMISSIONS = "quote_permissions"
    IDEAS = "ideas"
    """Ideas (also unsent drafts) and support for ideas."""
    SUBSCRIPTIONS = "subscriptions"
    """Reminders for events, and news from the programme."""
    CONSENT_RECORDS = "consent_records"
    AUDIT_LOG = "audit_log"
    """Actions of staff and facilitators, and refused attempts to use their commands."""


SUBSCRIPTION_DAYS_AFTER_EVENT = 30
AUDIT_LOG_DAYS = 730


@dataclass(frozen=True)
class DataKind:
    kind: Kind
    basis: Basis
    on_withdrawal: OnWithdrawal
    days: int | None
    """How many days it is kept (counted as :attr:`counted_from` says); None: as long as
    the data it belongs to (names, quote permissions, consent records)."""
    counted_from: str
    pseudonymised_on_erasure: bool = False
    """/vergeetmij removes everything, except what is pseudonymised instead."""


@dataclass(frozen=True)
class Periods:
    """The retention periods in days, from the configuration."""

    answers: int
    ideas: int
    inactive: int
    subscriptions_after_event: int = SUBSCRIPTION_DAYS_AFTER_EVENT
    audit_log: int = AUDIT_LOG_DAYS


def periods(retention_days: int) -> Periods:
    """``DOETMEE_RETENTION_DAYS`` sets how long what people said is kept, and how long an
    account may be silent; the others are fixed."""
    return Periods(answers=retention_days, ideas=retention_days, inactive=retention_days)


def kinds(retention_days: int) -> tuple[DataKind, ...]:
    p = periods(retention_days)
    return (
        DataKind(Kind.ACCOUNT, Basis.PUBLIC_TASK, OnWithdrawal.KEPT, p.inactive, "last_message"),
        DataKind(Kind.NAMES, Basis.CONSENT, OnWithdrawal.ERASED, None, "with_account"),
        DataKind(Kind.ANSWERS, Basis.EXPLICIT_CONSENT, OnWithdrawal.ERASED, p.answers, "answer"),
        DataKind(
            Kind.QUOTE_PERMISSIONS, Basis.QUOTE_CONSENT, OnWithdrawal.ERASED, None, "with_answer"
        ),
        DataKind(Kind.IDEAS, Basis.EXPLICIT_CONSENT, OnWithdrawal.ERASED, p.ideas, "sent"),
        DataKind(
            Kind.SUBSCRIPTIONS,
            Basis.PUBLIC_TASK,
            OnWithdrawal.STOPPED,
            p.subscriptions_after_event,
            "event",
        ),
        DataKind(
            Kind.CONSENT_RECORDS, Basis.PROOF_OF_CONSENT, OnWithdrawal.KEPT, None, "covered_data"
        ),
        DataKind(
            Kind.AUDIT_LOG,
            Basis.PUBLIC_TASK,
            OnWithdrawal.KEPT,
            p.audit_log,
            "action",
            pseudonymised_on_erasure=True,
        ),
    )


def kind(retention_days: int, wanted: Kind) -> DataKind:
    return next(k for k in kinds(retention_days) if k.kind == wanted)


def erased_on_withdrawal(retention_days: int) -> frozenset[Kind]:
    return frozenset(
        k.kind for k in kinds(retention_days) if k.on_withdrawal == OnWithdrawal.ERASED
    )
