"""The pseudonym that replaces a staff member's or facilitator's Telegram id in the audit
log once they erased their data: the actions of a government body stay accountable, the
person is no longer named.

A keyed HMAC (the export pseudonyms' machinery, :mod:`bot.export.pseudonyms`), so it cannot
be turned back into the Telegram id without the key, but the same person gets the same
pseudonym in every row (and after a second erasure, if they came back)."""

from __future__ import annotations

from bot.export.pseudonyms import analysis_pseudonym
from bot.services import Services

PREFIX = "M-"


def actor_pseudonym(services: Services, user_id: int) -> str:
    """``M-`` and 10 characters of HMAC-SHA256(pseudonym key, ``audit-actor:<id>``)."""
    # The key as the exports derive it (bot/export_runs.py): one place to change when keys
    # get their own derivation. The distinct input keeps it apart from export pseudonyms.
    key = ("export:" + services.secret).encode()
    return PREFIX + analysis_pseudonym(key, f"audit-actor:{user_id}").removeprefix("R-")
