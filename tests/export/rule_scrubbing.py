"""Scrubbing with the rules alone (no deduce), for the tests of single rules."""

from __future__ import annotations

from bot.export.scrub import KnownPerson, Scrubber


def scrubbed(scrubber: Scrubber, text: str, person: KnownPerson | None = None) -> str:
    return scrubber.scrub(text, person).text
