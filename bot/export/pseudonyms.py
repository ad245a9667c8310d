"""Respondent labels in an export.

``analyse``: a keyed hash, ``"R-"`` + the first 10 base32 characters (50 bits) of
HMAC-SHA256(secret, respondent_key). The same citizen gets the same pseudonym in every
export made with the same ``DOETMEE_SECRET``, so analysts can follow answers across
exports, but nobody can go back from the pseudonym to the citizen without the key (and
guessing keys is useless: the respondent key is itself an opaque database id). With 50 bits,
the chance that two of 100,000 respondents share a pseudonym is about 1 in 200,000.

``verhalenreeks``: a fresh random label per export ("Inwoner 1", "Inwoner 2", …, numbered in a
random order). Quotes are published; a stable pseudonym would let readers link quotes of
one person across stories, and each quote adds detail that could identify them. Within one
export the label is stable, so editors still see which quotes come from the same person.
The numbering says nothing about who answered first.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Callable, Iterable

from bot.export.labels import RESPONDENT_LABEL
from bot.export.records import Language, Purpose

PSEUDONYM_PREFIX = "R-"
PSEUDONYM_LENGTH = 10
_RANDOM = secrets.SystemRandom()


def analysis_pseudonym(secret: bytes, respondent_key: str) -> str:
    """Stable keyed pseudonym of a respondent."""
    digest = hmac.new(secret, respondent_key.encode("utf-8"), hashlib.sha256).digest()
    return PSEUDONYM_PREFIX + base64.b32encode(digest).decode("ascii")[:PSEUDONYM_LENGTH]


def story_labels(
    respondent_keys: Iterable[str],
    language: Language,
    shuffle: Callable[[list[str]], None] = _RANDOM.shuffle,
) -> dict[str, str]:
    """Fresh labels "Inwoner 1…n" for the respondents of one export, in random order."""
    keys = list(dict.fromkeys(respondent_keys))
    shuffle(keys)
    prefix = RESPONDENT_LABEL[language]
    return {key: f"{prefix} {number}" for number, key in enumerate(keys, start=1)}


def labeller(
    purpose: Purpose, secret: bytes, respondent_keys: Iterable[str], language: Language
) -> Callable[[str], str]:
    """The respondent-key -> label function for one export."""
    if purpose == "verhalenreeks":
        labels = story_labels(respondent_keys, language)
        return labels.__getitem__
    cache: dict[str, str] = {}

    def pseudonym(key: str) -> str:
        if key not in cache:
            cache[key] = analysis_pseudonym(secret, key)
        return cache[key]

    return pseudonym
