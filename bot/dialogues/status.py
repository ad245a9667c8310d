"""Whether new runs of a dialogue may start: staff pause and archive dialogues (/dialogen)."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Whether new runs of a dialogue may start."""

    ACTIVE = "active"
    PAUSED = "paused"
    """For a while: not listed, its link says it is paused; runs under way can finish."""
    ARCHIVED = "archived"
    """Over: not listed, its link says it has ended; answers stay (and can be exported)."""
