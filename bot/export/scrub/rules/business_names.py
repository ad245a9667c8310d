"""A family business is named after its family: "bakkerij van der veen", "melkveebedrijf ter
haar in Langeveen", "garage Nijhuis in Goor". The family's name there is a person's name.

After a word for a business in lower case ("bakkerij", "melkveebedrijf", "kapsalon") stands
a surname with its prefix in any case, or a capitalised surname that is no place and no
ordinary word. A business with a name of its own stays ("camping De Vlier" has no surname
after its article; "supermarkt Plus" is no surname).
"""

from __future__ import annotations

from collections.abc import Callable

from bot.export.scrub import patterns
from bot.export.scrub.kinds import Kind
from bot.export.scrub.occupations import Sort, occupations
from bot.export.scrub.spans import Span
from bot.export.scrub.vocabulary import Vocabulary

_PREFIXES = r"(?:van[ \t]+(?:der|den|de)|van|ter|ten|den|der|de)"
_BUSINESS_AND_FAMILY = patterns.compile(
    r"(?<![\w'’-])(?P<business>[a-zß-ÿ][\w'’-]{3,})[ \t]+"
    rf"(?P<family>(?P<prefix>(?i:{_PREFIXES})[ \t]+)?[^\W\d_][\w'’-]+)(?![\w'’-])"
)


def find(text: str, vocabulary: Vocabulary, is_kept: Callable[[str], bool]) -> list[Span]:
    spans = []
    for m in _BUSINESS_AND_FAMILY.finditer(text):
        role = occupations().role(m.group("business"))
        if role is None or role.sort is not Sort.BUSINESS:
            continue
        surname = m.group("family").split()[-1]
        folded = surname.lower()
        if is_kept(surname) or len(folded) < 3:
            continue
        if vocabulary.known_word(folded):
            continue  # "de winkel van de bakker", "de molen De Hoop": a word, no family
        if m.group("prefix"):
            if not (folded in vocabulary.interfix_surnames or folded in vocabulary.surnames):
                continue  # "bakkerij van de buurt": a prefix before no surname
        elif not (
            surname[:1].isupper()
            and folded in vocabulary.surnames
            and not vocabulary.known_word(folded)
        ):
            continue
        spans.append(Span(m.start("family"), m.end("family"), Kind.NAME, "family-business"))
    return spans
