"""Finding the municipality a citizen typed, for a ``choice`` with ``options_from: gemeenten``.

Twenty-six buttons do not fit a phone, so such a question is answered by typing. Names are
compared loosely — case, accents, spaces, hyphens, apostrophes and the word "gemeente" do
not matter:

- the name of a municipality or of "Buiten Overijssel" (in any language): that option;
- a town or village of Overijssel (:data:`bot.dialogues.towns.TOWNS`): its municipality,
  offered to confirm (we never guess a municipality without asking);
- a near miss (a typo, the first letters of a name): up to :data:`MOST_SUGGESTIONS`
  municipalities to choose from;
- anything else: nothing found, and no suggestions.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Final

from bot.dialogues.gemeenten import GEMEENTEN, GEMEENTEN_SOURCE
from bot.dialogues.model import Question
from bot.dialogues.towns import TOWNS

MOST_SUGGESTIONS: Final = 4
SHORTEST_PREFIX: Final = 3
CLOSE_ENOUGH: Final = 0.75


@dataclass(frozen=True)
class Found:
    option_id: str


@dataclass(frozen=True)
class Suggestions:
    """Municipalities the citizen may have meant; ``town``: the town they typed, when it was
    one (then ``option_ids`` are the municipalities it lies in)."""

    option_ids: tuple[str, ...]
    town: str | None = None


def is_typed(question: Question) -> bool:
    """Whether the question is answered by typing a name (with suggestions), not by a list of
    buttons."""
    return question.type == "choice" and question.options_from == GEMEENTEN_SOURCE


def folded(text: str) -> str:
    """``'s-Heerenbroek`` → ``sheerenbroek``: lower case, without accents, spaces or signs."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))
    return letters.removeprefix("gemeente")


@cache
def _options() -> dict[str, str]:
    """Folded option label (every language) → option id."""
    return {folded(label): option.id for option in GEMEENTEN for label in option.label.values()}


@cache
def _towns() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Folded town name → (its name, the ids of the municipalities it lies in)."""
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    for municipality, names in TOWNS.items():
        for name in names:
            shown, ids = found.get(folded(name), (name, ()))
            found[folded(name)] = (shown, (*ids, municipality))
    return found


def search(text: str) -> Found | Suggestions:
    """What ``text`` names (see the module documentation)."""
    wanted = folded(text)
    if not wanted:
        return Suggestions(())
    options, towns = _options(), _towns()
    if wanted in options:
        return Found(options[wanted])
    if wanted in towns:
        name, ids = towns[wanted]
        return Suggestions(ids, town=name)
    return Suggestions(_near(wanted, options, towns))


def _near(
    wanted: str, options: dict[str, str], towns: dict[str, tuple[str, tuple[str, ...]]]
) -> tuple[str, ...]:
    names: dict[str, tuple[str, ...]] = {key: (option_id,) for key, option_id in options.items()}
    names |= {key: ids for key, (_name, ids) in towns.items() if key not in names}
    keys: list[str] = []
    if len(wanted) >= SHORTEST_PREFIX:
        keys += sorted(key for key in names if key.startswith(wanted))
    keys += difflib.get_close_matches(wanted, list(names), n=8, cutoff=CLOSE_ENOUGH)
    suggested: list[str] = []
    for key in keys:
        for option_id in names[key]:
            if option_id not in suggested:
                suggested.append(option_id)
    return tuple(suggested[:MOST_SUGGESTIONS])
