"""Text in several languages, with Dutch as the one that is always there."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

DUTCH = "nl"
"""The required language: every text has it, every other language falls back to it."""


@dataclass(frozen=True)
class LocalText:
    """A text per language code (``"nl"``, ``"en"`` …); Dutch is required.

    Stored as a tuple of ``(language, text)`` pairs — Dutch first, then by language code, so
    equal texts compare equal — which keeps the value immutable and hashable; build one with
    :meth:`of` or :meth:`from_mapping`.
    """

    texts: tuple[tuple[str, str], ...]

    def __post_init__(self) -> None:
        languages = [language for language, _ in self.texts]
        if len(set(languages)) != len(languages):
            raise ValueError(f"a language occurs twice in {languages}")
        if not dict(self.texts).get(DUTCH, "").strip():
            raise ValueError("a LocalText needs a Dutch ('nl') text")
        ordered = tuple(sorted(self.texts, key=lambda pair: (pair[0] != DUTCH, pair[0])))
        object.__setattr__(self, "texts", ordered)

    @classmethod
    def of(cls, nl: str, **others: str) -> LocalText:
        """``LocalText.of("Hallo", en="Hello")``."""
        return cls(((DUTCH, nl), *others.items()))

    @classmethod
    def from_mapping(cls, texts: Mapping[str, str]) -> LocalText:
        return cls(tuple(texts.items()))

    def get(self, locale: str | None = None) -> str:
        """The text in ``locale``, else in its base language (``en-GB`` → ``en``), else Dutch."""
        texts = dict(self.texts)
        if locale:
            wanted = locale.replace("_", "-").lower()
            for candidate in (wanted, wanted.split("-", 1)[0]):
                if candidate in texts:
                    return texts[candidate]
        return texts[DUTCH]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(language for language, _ in self.texts)

    def as_dict(self) -> dict[str, str]:
        return dict(self.texts)

    def values(self) -> Iterator[str]:
        """Every text, in every language."""
        return (text for _, text in self.texts)
