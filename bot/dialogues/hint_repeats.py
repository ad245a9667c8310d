"""Prompts that say again what the bot already says below a question.

Below every question the bot adds a short hint of its own (:mod:`bot.answering.presenter`):
"Typ je antwoord en stuur het op." under a text question, "Kies hooguit 3 antwoorden. Tik
daarna op Klaar." under a multi with ``max_choices: 3``, "Kies een getal: 1 is het laagst, 10
het hoogst." under a scale, "Typ een getal van 0 tot 40." under a number, "Typ de naam van je
gemeente …" under the municipality. A prompt that says the same ("Kies er hooguit 3.") makes
the citizen read it twice. The checker warns about it; it is no error, so the bot still
starts.

The phrases are matched per language (Dutch and English; other languages are not checked),
per question type, ignoring case. What a scale's ends mean ("1 is heel weinig, 10 is heel
veel") is no repeat: the hint only names the lowest and the highest number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Final

from bot.dialogues.gemeenten import GEMEENTEN_SOURCE

_COUNT: Final = r"(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)"
_COUNT_EN: Final = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_SENTENCE: Final = r"[^.?!\n]*?"
"""Any words, but within one sentence."""


def _phrases(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in patterns)


_MULTI: Final = {
    "nl": _phrases(
        rf"\bkies\b{_SENTENCE}\b(?:hooguit|maximaal|maximum|max\.?|hoogstens|ten hoogste"
        rf"|niet meer dan)\s+(?:er\s+)?{_COUNT}\b",
        rf"\bkies\b{_SENTENCE}\b(?:alles|al wat|een of meer|één of meer|meerdere|een paar)\b",
        r"\bmeer(?:dere)? antwoorden\b",
        r"\bmeer dan één antwoord\b",
        rf"\btik\b{_SENTENCE}\bop\s+klaar\b",
        rf"\bdruk\b{_SENTENCE}\bop\s+klaar\b",
    ),
    "en": _phrases(
        rf"\b(?:choose|pick|select|tick)\b{_SENTENCE}\b(?:up to|at most|no more than"
        rf"|a maximum of|max\.?)\s+{_COUNT_EN}\b",
        rf"\b(?:choose|pick|select|tick)\b{_SENTENCE}\b(?:all|everything|one or more|several"
        r"|as many)\b",
        r"\b(?:multiple|more than one) answers?\b",
        rf"\b(?:press|tap|click)\b{_SENTENCE}\bdone\b",
    ),
}
_SCALE: Final = {
    "nl": _phrases(
        r"\b(?:kies|geef|tik op)\s+(?:een|je)\s+(?:getal|cijfer|nummer)\b",
        r"\b(?:het )?laagst\w*\b.*\b(?:het )?hoogst\w*\b",
    ),
    "en": _phrases(
        r"\b(?:choose|pick|give|select|tap)\s+a\s+(?:number|score|grade|mark)\b",
        r"\bthe lowest\b.*\bthe highest\b",
    ),
}
_NUMBER: Final = {
    "nl": _phrases(rf"\btyp\b{_SENTENCE}\b(?:getal|cijfer|aantal)\b", r"\bkommagetal\b"),
    "en": _phrases(rf"\btype\b{_SENTENCE}\bnumber\b"),
}
_DECIMALS: Final = {
    "nl": _phrases(r"\bmet een komma\b"),
    "en": _phrases(r"\b(?:with a|decimal) (?:comma|point)\b"),
}
_TEXT: Final = {
    "nl": _phrases(
        rf"\btyp\b{_SENTENCE}\bantwoord\b",
        r"\bstuur\s+(?:het|je antwoord|dit)\s+(?:op|in)\b",
    ),
    "en": _phrases(r"\btype\s+(?:in\s+)?your\s+answer\b", r"\bsend\s+(?:it|your answer)\b"),
}
_MUNICIPALITY: Final = {
    "nl": _phrases(rf"\btyp\b{_SENTENCE}\bnaam\b"),
    "en": _phrases(rf"\btype\b{_SENTENCE}\bname\b"),
}


def _hints_of(
    question_type: str, options_from: str | None, decimals: bool
) -> Iterable[Mapping[str, tuple[re.Pattern[str], ...]]]:
    """The phrases that repeat the hint the bot shows below a question of this kind."""
    if question_type == "multi":
        return (_MULTI,)
    if question_type == "scale":
        return (_SCALE,)
    if question_type == "number":
        return (_NUMBER, _DECIMALS) if decimals else (_NUMBER,)
    if question_type == "text":
        return (_TEXT,)
    if question_type == "choice" and options_from == GEMEENTEN_SOURCE:
        return (_MUNICIPALITY,)
    return ()


def repeated_hint(
    question_type: str,
    language: str,
    prompt: str,
    *,
    options_from: str | None = None,
    decimals: bool = False,
) -> str | None:
    """The words of ``prompt`` that say again what the bot's hint says below such a
    question, as written in the prompt; ``None`` when there are none."""
    for hints in _hints_of(question_type, options_from, decimals):
        for pattern in hints.get(language, ()):
            found = pattern.search(prompt)
            if found is not None:
                return " ".join(found.group().split())
    return None
