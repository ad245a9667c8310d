"""The privacy terms a citizen agrees to, the age bands asked with that consent, and what a
pressed age button means."""

from __future__ import annotations

from bot.i18n import Translator

TERMS_VERSION = 2
"""Raise when the privacy text changes in substance; citizens are then asked again.

Version 2 (issue 15): withdrawing consent erases the answers, every kind of data has its own
period, and the age band is asked with the consent."""

AGE_BANDS: tuple[str, ...] = ("<16", "16-17", "18-25", "26-40", "41-65", "65+")
UNDER_16 = "<16"


def is_current(consent_version: int | None) -> bool:
    return consent_version is not None and consent_version >= TERMS_VERSION


def is_outdated(consent_version: int | None) -> bool:
    """Consent was given, but to an older version of the terms."""
    return consent_version is not None and consent_version < TERMS_VERSION


def age_band(index: int) -> str | None:
    """The age band of a pressed button (its index), or None for anything else."""
    return AGE_BANDS[index] if 0 <= index < len(AGE_BANDS) else None


def age_label(t: Translator, band: str) -> str:
    """The age band as people read it (the consent question, /mijngegevens)."""
    if band == "<16":
        return t.gettext("younger than 16")
    if band == "65+":
        return t.gettext("older than 65")
    return band.replace("-", "–")


def is_under_16(band: str | None) -> bool:
    return band == UNDER_16
