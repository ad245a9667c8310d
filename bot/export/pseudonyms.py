"""Respondent labels in an export: keyed pseudonyms (HMAC-SHA256).

The key of one export (``secret``) is fresh and random by default (:func:`fresh_key`), used
for that export only and then forgotten: the same citizen gets another pseudonym in every
file, so no two exports can be joined on the pseudonym (each export suppresses small cells on
its own; joined files could show a combination only one citizen has). With
``--stable-pseudonyms`` the key is the bot's pseudonym key
(:data:`bot.runtime.keys.PSEUDONYMS`), the same for every export, for longitudinal work; such an
export is marked in the audit log.

``analyse``: ``"R-"`` + the first 10 base32 characters (50 bits) of HMAC(secret,
respondent_key). Nobody can go back from the pseudonym to the citizen without the key (and
guessing is useless: the respondent key is itself an opaque database id). With 50 bits, the
chance that two of 100,000 respondents share a pseudonym is about 1 in 200,000.

``verhalenreeks``: "Inwoner " + 6 base32 characters (30 bits) of HMAC(secret,
``verhalenreeks:<dialogue>:`` + respondent_key). Quotes are published, so even with a stable
key these labels are keyed per dialogue: different for the same person in another dialogue's
stories and unrelated to the analysis pseudonyms, so readers cannot link one person's quotes
across the series or to the analysis files. Within one export the label is the same for all
quotes of one person.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Callable

from bot.export.labels import RESPONDENT_LABEL
from bot.export.records import Language, Purpose

PSEUDONYM_PREFIX = "R-"
PSEUDONYM_LENGTH = 10
STORY_LABEL_LENGTH = 6


def fresh_key() -> bytes:
    """A random key for one export's pseudonyms (never stored)."""
    return secrets.token_bytes(32)


def _keyed(secret: bytes, text: str, length: int) -> str:
    digest = hmac.new(secret, text.encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:length]


def analysis_pseudonym(secret: bytes, respondent_key: str) -> str:
    """Keyed pseudonym of a respondent in analysis exports."""
    return PSEUDONYM_PREFIX + _keyed(secret, respondent_key, PSEUDONYM_LENGTH)


def story_label(secret: bytes, dialogue_id: str, respondent_key: str, language: Language) -> str:
    """Keyed label of a respondent in the verhalenreeks of one dialogue ("Inwoner K7Q2MD")."""
    code = _keyed(secret, f"verhalenreeks:{dialogue_id}:{respondent_key}", STORY_LABEL_LENGTH)
    return f"{RESPONDENT_LABEL[language]} {code}"


def labeller(
    purpose: Purpose, secret: bytes, dialogue_id: str, language: Language
) -> Callable[[str], str]:
    """The respondent-key -> label function for one export."""
    cache: dict[str, str] = {}

    def label(key: str) -> str:
        if key not in cache:
            if purpose == "verhalenreeks":
                cache[key] = story_label(secret, dialogue_id, key, language)
            else:
                cache[key] = analysis_pseudonym(secret, key)
        return cache[key]

    return label
