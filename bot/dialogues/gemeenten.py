"""The built-in option list ``options_from: gemeenten``.

The 25 municipalities of Overijssel (as of 2024), alphabetical, plus one option for people who
live elsewhere. The ids are stable slugs: answers and exports keep them, so never rename one;
after a municipal merger add the new municipality and keep the old id for old answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from bot.dialogues.localtext import LocalText
from bot.dialogues.model import Option

GEMEENTEN_SOURCE: Final = "gemeenten"
"""The value of ``options_from`` that selects this list."""

BUITEN_OVERIJSSEL: Final = "buiten-overijssel"

_NAMES: Final[tuple[tuple[str, str], ...]] = (
    ("almelo", "Almelo"),
    ("borne", "Borne"),
    ("dalfsen", "Dalfsen"),
    ("deventer", "Deventer"),
    ("dinkelland", "Dinkelland"),
    ("enschede", "Enschede"),
    ("haaksbergen", "Haaksbergen"),
    ("hardenberg", "Hardenberg"),
    ("hellendoorn", "Hellendoorn"),
    ("hengelo", "Hengelo"),
    ("hof-van-twente", "Hof van Twente"),
    ("kampen", "Kampen"),
    ("losser", "Losser"),
    ("oldenzaal", "Oldenzaal"),
    ("olst-wijhe", "Olst-Wijhe"),
    ("ommen", "Ommen"),
    ("raalte", "Raalte"),
    ("rijssen-holten", "Rijssen-Holten"),
    ("staphorst", "Staphorst"),
    ("steenwijkerland", "Steenwijkerland"),
    ("tubbergen", "Tubbergen"),
    ("twenterand", "Twenterand"),
    ("wierden", "Wierden"),
    ("zwartewaterland", "Zwartewaterland"),
    ("zwolle", "Zwolle"),
)

MUNICIPALITIES: Final[tuple[Option, ...]] = tuple(
    Option(slug, LocalText.of(name)) for slug, name in _NAMES
)
"""The 25 municipalities of Overijssel; a name is the same in every language."""

GEMEENTEN: Final[tuple[Option, ...]] = (
    *MUNICIPALITIES,
    Option(BUITEN_OVERIJSSEL, LocalText.of("Buiten Overijssel", en="Outside Overijssel")),
)
"""What ``options_from: gemeenten`` expands to."""

OPTION_LISTS: Final[Mapping[str, tuple[Option, ...]]] = MappingProxyType(
    {GEMEENTEN_SOURCE: GEMEENTEN}
)
"""Every built-in list, by its ``options_from`` name."""
