"""Free-text scrubbing: deduce plus our own rules plus the keep-list of Overijssel."""

from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules.names import KnownPerson
from bot.export.scrub.scrubber import Scrubber, ScrubItem, ScrubResult
from bot.export.scrub.spans import Span

__all__ = ["Kind", "KnownPerson", "ScrubItem", "ScrubResult", "Scrubber", "Span"]
