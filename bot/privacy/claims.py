"""A sentence of the bot about data, with the key of the promise it makes.

The privacy statement and the consent screen are lists of claims; each key has a test that
fails when the bot stops doing what the sentence says (``tests/privacy/test_claims.py``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Claim:
    key: str
    text: str


def texts(claims: list[Claim]) -> list[str]:
    return [claim.text for claim in claims]
