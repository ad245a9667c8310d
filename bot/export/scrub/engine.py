"""deduce, loaded once per worker process, and its annotations turned into our spans.

Only the export worker imports this module's :func:`DeduceEngine.load`: importing deduce
calls ``logging.basicConfig(level=DEBUG)``, which in the bot's process would make httpx log
request URLs containing the bot token. :func:`quiet_logging` runs before and after the import.

deduce keeps its lookup structures in a pickle cache, built once per installation
(:mod:`bot.export.scrub.deduce_cache`: where it lives, the lock, the warm-up at start-up).
"""

from __future__ import annotations

import gc
import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.export.scrub import deduce_cache, patterns
from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules.ages import is_duration
from bot.export.scrub.rules.names import KnownPerson
from bot.export.scrub.spans import Span

LOG_LEVEL = logging.WARNING

DISABLED_PROCESSORS = frozenset(
    {
        # We resolve overlaps, merge and redact ourselves, after applying the keep-list.
        "person_annotation_converter",
        "post_processing",
        # Keep "straat+huisnummer" apart from "locatie" (address versus place).
        "clean_street_tags",
        # Hospitals and care institutions are organisations, not personal data.
        "institutions",
        # Our own URL rule keeps links to public bodies.
        "url",
        # What our own rules find as well: on the quality corpus (13,147 marked items) the
        # scrubbed text is the same without these but for one greeting ("GR RICHARD": "GR" is
        # no longer taken for a postcode), and deduce takes a fifth less time (0.43 → 0.35 ms
        # per answer). Its phone and identifier annotators stay: together they catch a number
        # our rules miss, and they name the kind of a number better.
        "email_addresses",
        "postal_code",
        "postbus",
        "street_pattern",
        "prefix_with_initial",
        "prefix_with_interfix",
        "prefix_with_name",
    }
)

_POSTCODE = patterns.compile(r"^\d{4}\s?[A-Za-z]{2}$")
_NAME_TAG_PARTS = ("naam", "initia", "prefix", "interfix", "patient", "persoon")


def quiet_logging() -> None:
    """Set the root logger and every known logger to WARNING (before and after deduce)."""
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(LOG_LEVEL)
    for logger in list(logging.root.manager.loggerDict.values()):
        if isinstance(logger, logging.Logger):
            logger.setLevel(LOG_LEVEL)
    logging.getLogger("httpx").setLevel(LOG_LEVEL)
    logging.getLogger("httpcore").setLevel(LOG_LEVEL)


@dataclass(frozen=True, slots=True)
class RawSpan:
    """A deduce annotation mapped to our kinds; ``tag`` is deduce's own tag."""

    start: int
    end: int
    kind: Kind | None
    tag: str


class DeduceEngine:
    """A loaded deduce model."""

    def __init__(self, model: Any, load_seconds: float) -> None:
        self._model = model
        self.load_seconds = load_seconds
        self._person_class: Any = None

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> DeduceEngine:
        """Import and load deduce (8–15 s without the tricks below, about 1 s with them and the
        trimmed cache of :mod:`bot.export.scrub.deduce_cache`)."""
        started = time.perf_counter()
        quiet_logging()
        import deduce

        quiet_logging()
        package_lookup = Path(deduce.__file__).parent / "data" / "lookup"
        cache = cache_dir or deduce_cache.cache_dir(package_lookup)
        assert cache is not None
        # Unpickling ~0.5 GB of small objects with the garbage collector running costs
        # three times as long; freeze them afterwards so later collections skip them.
        gc.disable()
        try:
            model = deduce_cache.load_model(deduce, cache)
        finally:
            gc.enable()
        gc.freeze()
        quiet_logging()
        engine = cls(model, time.perf_counter() - started)
        from deduce.person import Person

        engine._person_class = Person
        return engine

    def annotate(self, text: str, person: KnownPerson | None) -> list[RawSpan]:
        metadata = None
        patient = self._patient(person)
        if patient is not None:
            metadata = {"patient": patient}
        document = self._model.deidentify(
            text, disabled=set(DISABLED_PROCESSORS), metadata=metadata
        )
        spans = []
        for annotation in document.annotations:
            start, end = int(annotation.start_char), int(annotation.end_char)
            kind = _kind(annotation.tag, text[start:end])
            if kind is Kind.AGE and is_duration(text, start, end):
                continue
            if kind is Kind.NAME and _CONTRACTION.match(text, start) and end - start == 1:
                continue  # "M'n baas" is no initial of Merel: "m'n", "z'n", "d'r"
            spans.append(RawSpan(start, end, kind, annotation.tag))
        return _drop_pseudo_names(spans)

    def _patient(self, person: KnownPerson | None) -> Any:
        if person is None or self._person_class is None:
            return None
        first = _clean_name(person.first_name)
        last = _clean_name(person.last_name)
        if not first and not last:
            return None
        return self._person_class(
            first_names=first.split() if first else None, surname=last or None
        )


_NOT_NAME_CHARS = patterns.compile(r"[^\w' -]+")
_CONTRACTION = patterns.compile(r"(?i)[a-z]['’](?:n|t|k|r|s|m)\b")
"""A letter, an apostrophe and a letter: "M'n", "Z'n", "D'r" — a short word, no initial."""


_JOINING_WORDS = frozenset({"en", "and", "und", "of", "or"})


def _clean_name(name: str | None) -> str:
    """The parts of a Telegram name deduce can look for: initials go ("Rami H." is Rami — an
    initial as a surname made deduce take "Today" and "Thank" for it), and so does the word
    joining two people who share an account ("Jolanda en Gerard": deduce took "Jolanda en")."""
    if not name:
        return ""
    return " ".join(
        part
        for part in _NOT_NAME_CHARS.sub(" ", name).split()
        if len(part) > 1 and part.lower() not in _JOINING_WORDS
    )


def _kind(tag: str, text: str) -> Kind | None:
    """Our kind for a deduce tag; ``None`` for a pseudo name (a disease named after someone)."""
    if tag == "pseudo_name":
        return None
    if "huisnummer" in tag or "straat" in tag:
        return Kind.ADDRESS
    if tag == "locatie":
        stripped = text.strip()
        if _POSTCODE.match(stripped):
            return Kind.POSTCODE
        if stripped.lower().startswith("postbus"):
            return Kind.ADDRESS
        return Kind.PLACE
    simple = {
        "datum": Kind.DATE,
        "leeftijd": Kind.AGE,
        "bsn": Kind.BSN,
        "id": Kind.NUMBER,
        "telefoonnummer": Kind.PHONE,
        "emailadres": Kind.EMAIL,
        "url": Kind.URL,
    }
    if tag in simple:
        return simple[tag]
    if any(part in tag for part in _NAME_TAG_PARTS) or tag in {"voornaam", "achternaam"}:
        return Kind.NAME
    return Kind.NAME


def _drop_pseudo_names(spans: list[RawSpan]) -> list[RawSpan]:
    """Names overlapping a pseudo name ("ziekte van Parkinson") are not names."""
    pseudo = [s for s in spans if s.kind is None]
    kept = []
    for span in spans:
        if span.kind is None:
            continue
        if span.kind is Kind.NAME and any(
            p.start < span.end and span.start < p.end for p in pseudo
        ):
            continue
        kept.append(span)
    return kept


def to_spans(raw: list[RawSpan]) -> list[Span]:
    return [Span(r.start, r.end, r.kind, f"deduce:{r.tag}") for r in raw if r.kind is not None]
