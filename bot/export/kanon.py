"""k-anonymity for the demographic fields (municipality, age band).

Each respondent's (municipality, age band) is released only if at least ``k`` respondents of
this export show the same combination; otherwise we generalise before we suppress:

1. keep both when the full combination is shared by >= k respondents;
2. else drop the municipality and keep the age band, when the released group
   "(no municipality, this age band)" then holds >= k respondents (6 age bands fill up
   much faster than 25 municipalities × 6 bands);
3. else drop the age band and keep the municipality, when "(this municipality, no age band)"
   reaches k;
4. else suppress both.

A respondent with both fields suppressed shows nothing demographic, so that group may be
smaller than k without risk. A value the citizen never gave (``None``) stays empty and is not
counted as suppressed; a suppressed value becomes the marker ``[onderdrukt]``/``[suppressed]``
in every format, so readers can tell "not answered" from "hidden". Counting is per
respondent (not per answer), over the respondents in this export after the purpose rules.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

Profile = tuple[str | None, str | None]
"""(municipality, age band) of one respondent."""


@dataclass(frozen=True, slots=True)
class Release:
    """Which of a respondent's two fields may be shown."""

    municipality: bool
    age_band: bool


def release(profiles: Mapping[str, Profile], k: int) -> dict[str, Release]:
    """Decide per respondent key which demographic fields are released."""
    decided: dict[str, Release] = {}
    full = Counter(profiles.values())
    pending = []
    for key, profile in profiles.items():
        if full[profile] >= k or profile == (None, None):
            decided[key] = Release(True, True)
        else:
            pending.append(key)

    # Step 2: "(no municipality, age band)" groups.
    by_age = Counter(profiles[key][1] for key in pending if profiles[key][1] is not None)
    by_age.update(
        a for key, (m, a) in profiles.items() if key in decided and m is None and a is not None
    )
    still = []
    for key in pending:
        age = profiles[key][1]
        if age is not None and by_age[age] >= k:
            decided[key] = Release(False, True)
        else:
            still.append(key)

    # Step 3: "(municipality, no age band)" groups.
    by_place = Counter(profiles[key][0] for key in still if profiles[key][0] is not None)
    by_place.update(
        m
        for key, (m, a) in profiles.items()
        if key in decided and decided[key].municipality and a is None and m is not None
    )
    for key in still:
        place = profiles[key][0]
        if place is not None and by_place[place] >= k:
            decided[key] = Release(True, False)
        else:
            decided[key] = Release(False, False)
    return decided
