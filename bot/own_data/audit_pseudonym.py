"""The pseudonym that replaces a staff member's or facilitator's Telegram id in the audit
log once they erased their data: the actions of a government body stay accountable, the
person is no longer named.

A keyed HMAC with a key of its own (:mod:`bot.runtime.keys`), so it cannot
be turned back into the Telegram id without the key, but the same person gets the same
pseudonym in every row (and after a second erasure, if they came back)."""

from __future__ import annotations

from bot.export.pseudonyms import analysis_pseudonym
from bot.services import Services

PREFIX = "M-"
AUDIT_ACTORS = "audit-actors"
"""The label of the key these pseudonyms are made with."""


def actor_pseudonym(services: Services, user_id: int) -> str:
    """``M-`` and 10 characters of HMAC-SHA256(audit key, ``audit-actor:<id>``)."""
    key = services.keys.for_purpose(AUDIT_ACTORS)
    return PREFIX + analysis_pseudonym(key, f"audit-actor:{user_id}").removeprefix("R-")
