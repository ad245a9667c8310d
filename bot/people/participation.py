"""Who may take part: the rule for giving answers, ideas and support (UAVG art. 5).

Consent is recorded only together with the ground on which the person may take part, so
everywhere else "has current consent" (:func:`bot.people.consent.is_current`) is the whole check.

- 16 or older: their own consent.
- Under 16: a parent's or guardian's permission, confirmed by the young person; or a
  session for which the facilitator confirmed, when creating it, that the school arranged
  the parents' permission.
- Without either: nothing is stored but their language and age band; they can read /agenda
  and /privacy.

The school's permission covers its sessions only: someone who takes part on it may join a
session whose facilitator confirmed the school's arrangement and answer what is asked there;
a dialogue on their own, an idea, support or a reminder needs a parent's or guardian's
permission (:func:`only_in_school_sessions`), which they can add at any time.
"""

from __future__ import annotations

from enum import StrEnum

from bot.people.consent import is_current, is_under_16


class Permission(StrEnum):
    OWN = "own"
    GUARDIAN = "guardian"
    SCHOOL = "school"


def permission_for(
    age_band: str | None, *, guardian_agrees: bool = False, school_session: bool = False
) -> Permission | None:
    """The ground on which someone of this age band may take part, or None (not yet)."""
    if age_band is None:
        return None
    if not is_under_16(age_band):
        return Permission.OWN
    if guardian_agrees:
        return Permission.GUARDIAN
    if school_session:
        return Permission.SCHOOL
    return None


def only_in_school_sessions(consent_version: int | None, permission: str | None) -> bool:
    """Consent on the school's permission: it covers the sessions the school arranged it for,
    nothing else."""
    return is_current(consent_version) and permission == Permission.SCHOOL


def may_be_quoted(age_band: str | None) -> bool:
    """Quoting in the verhalenreeks: only 16 and older, never an unknown age."""
    return age_band is not None and not is_under_16(age_band)
