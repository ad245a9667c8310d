"""The privacy terms a citizen agrees to, and what consent unlocks."""

from __future__ import annotations

TERMS_VERSION = 1
"""Raise when the privacy text changes in substance; citizens are then asked again."""


def is_current(consent_version: int | None) -> bool:
    return consent_version is not None and consent_version >= TERMS_VERSION
