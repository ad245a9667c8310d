"""Place or surname? Many places are surnames too (Kampen, Dalfsen, Putten, Epe, Born).

- A place word right after a first name, an initial or a personal title — also across
  surname prefixes — is part of that name: "Anouk van Dalfsen", "meester van Raalte",
  "Jan Kampen", "wethouder Kampen". After an office title with "van" it is the place the
  office is of: "burgemeester van Kampen" — but with "Van" capitalised a surname:
  "burgemeester Van Ittersum".
- A place outside Overijssel (deduce's lists of Dutch residences and municipalities,
  provinces, and Babel's country names) after a place preposition is a place and stays, like
  the places of Overijssel on the keep-list: "daarvoor in Putten", "from Assen".
- Where someone comes from is a place even when no list has it and it is a first name
  elsewhere: "I'm Javier from Valencia", "ik kom uit Florence" (not "a letter from Florence").
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from bot.export.scrub import patterns
from bot.export.scrub.keep import KeepSpan
from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules.person_context import Token, at_sentence_start, tokens
from bot.export.scrub.spans import Span
from bot.export.scrub.vocabulary import Vocabulary
from bot.export.scrub.words import (
    CONNECTORS,
    CUED_FIRST_NAMES,
    DETERMINERS,
    DIALECT_ALSO_NAMES,
    DISTRICT_SUFFIX,
    NOT_NAMES,
    PERSON_AFTER,
    PERSONAL_TITLES,
    RELATIONS,
    RELATIONS_PATTERN,
    TITLES,
    district_town,
    longest_first,
)

PLACE_PREPOSITIONS = frozenset(
    {
        *("in", "uit", "naar", "bij", "vanuit", "richting", "via", "tussen", "rond", "rondom"),
        *("nabij", "omgeving", "oet", "noar", "biej", "from", "to", "near", "around", "at"),
        *("into", "of", "outside", "buiten", "boven", "onder", "achter", "voorbij", "tot"),
    }
)
_JOINERS = frozenset({"en", "of", "and", "or", "&"})
_INTERFIXES = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "'t", "het"})
_INITIAL = patterns.compile(r"^(?:[A-Z]\.)+$")
_PRECEDING_WORD = patterns.compile(r"([\w'.-]+)[ \t]+$")
_KIN_OWNERS = frozenset(
    {"mijn", "mien", "m'n", "mn", "onze", "ons", "oonze", "my", "our", "zijn", "haar"}
)
"""Whose kin: "mien noaber Heino", "zijn buurman …"."""
_MAX_PLACE_WORDS = 3


_CUE = patterns.compile(
    r"(?i:\b(?:" + "|".join(longest_first(PLACE_PREPOSITIONS)) + r"))[ \t]+[A-Z]"
)


def places_elsewhere(text: str, vocabulary: Vocabulary, taken: list[KeepSpan]) -> list[KeepSpan]:
    """Places outside Overijssel used as places (after a preposition, or joined to one)."""
    if _CUE.search(text) is None:
        return []
    words = tokens(text)
    found: list[KeepSpan] = []
    after_place = False
    i = 0
    while i < len(words):
        token = words[i]
        folded = token.lower
        cue = i > 0 and _touching(text, words[i - 1], token)
        previous = words[i - 1].lower if cue else ""
        if previous in PLACE_PREPOSITIONS or (after_place and previous in _JOINERS):
            length = _place_length(words, i, vocabulary, text) or _origin(text, words, i)
            if length and not _overlaps(words[i].start, words[i + length - 1].end, taken):
                found.append(KeepSpan(words[i].start, words[i + length - 1].end, "place"))
                after_place = True
                i += length
                continue
        if folded not in _JOINERS:
            after_place = False
        i += 1
    return found


_ORIGIN_BEFORE = frozenset(
    {
        *("kom", "komt", "kwam", "kwamen", "komen", "kom", "afkomstig", "oorspronkelijk"),
        *("verhuisd", "verhuisde", "verhuisden", "geboren", "ben", "bin", "zijn", "is"),
        *("come", "comes", "came", "moved", "born", "originally", "am", "m", "im", "are"),
        *("i'm", "i’m", "we're", "we’re", "he's", "she's", "they're", "is", "was", "were"),
    }
)
"""Verbs of being and coming before "uit"/"from": what follows is where someone is from."""
_ORIGIN_PREPOSITIONS = frozenset({"uit", "vanuit", "from", "oet"})


def _origin(text: str, words: list[Token], i: int) -> int:
    """A capitalised word where someone comes from is a place, also one that is a first name
    elsewhere ("I'm Javier from Valencia", "ik kom uit Valencia"): 1, else 0."""
    if i < 2 or words[i - 1].lower not in _ORIGIN_PREPOSITIONS or not words[i].capitalised:
        return 0
    if not at_sentence_start(text, words[i - 2].start) and words[i - 2].capitalised:
        return 1  # "Javier from Valencia": a name, then where from
    return 1 if words[i - 2].lower in _ORIGIN_BEFORE else 0


def _touching(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start].strip(" \t") == ""


def _overlaps(start: int, end: int, spans: list[KeepSpan]) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def _place_length(words: list[Token], i: int, vocabulary: Vocabulary, text: str) -> int:
    """How many words from ``words[i]`` form a place elsewhere (longest first), or 0."""
    for length in range(min(_MAX_PLACE_WORDS, len(words) - i), 0, -1):
        chunk = words[i : i + length]
        if not chunk[0].capitalised:
            continue
        if any(not _touching(text, a, b) for a, b in itertools.pairwise(chunk)):
            continue
        name = text[chunk[0].start : chunk[-1].end].lower()
        if name in vocabulary.places_elsewhere:
            return length
    return 0


_NAMED_BEFORE = patterns.compile(
    rf"(?i)(?<![\w'’])(?:(?:ik|hij|zij|ze|je|jij|u|he|she|who|die|{RELATIONS_PATTERN})"
    r"(?:[ \t]+(?:echt|eigenlijk|gewoon|ook|toch|zelf|really|actually|also))*[ \t]+"
    r"(?:heet|heette|hiet|heten|is[ \t]+called|was[ \t]+called|is[ \t]+named)"
    r"|achternaam[ \t]+is)"
    r"(?:[ \t]+(?:echt|eigenlijk|gewoon|ook|zelf|really|actually|also))*[ \t]+"
    # "ik heet echt van Wijhe": the surname's prefix before the place
    r"(?:(?:van|de|ter|ten|te|van[ \t]+de|van[ \t]+der|van[ \t]+den)[ \t]+)?$"
)
"""A person's name after a verb of naming: "ja hij heet echt Denekamp" — not a place's own
name ("Het dorp waar ik woon heet Denekamp", "The town is called Hengelo")."""
_NEXT_WORD = patterns.compile(r"[ \t]+([\w'’]+)")


_NOT_SAID_OF_PEOPLE = frozenset({"is", "was", "en", "and", "zn", "z'n", "d'r", "here", "hier"})
"""Words in :data:`PERSON_AFTER` that follow any subject: "Molen van Dalfsen is weer open"."""


_OWN_ROLE = patterns.compile(r"(?i)[ \t]+(?:is|was)[ \t]+(?:onze|ons|mijn|m'n|mn|zijn|haar)[ \t]")


def _said_of_a_person(text: str, end: int) -> bool:
    """Whether a verb said of people follows: "roos van wijhe [zei]", "storm van kampen [won]",
    "roos van wijhe [was onze] fractievoorzitter" (not "is" or "was" alone, which follow any
    subject: "Molen van Dalfsen is weer open")."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    verb = m.group(1).lower()
    if verb in _NOT_SAID_OF_PEOPLE:
        return _OWN_ROLE.match(text, end) is not None
    return verb in PERSON_AFTER


_DISTRICT_AFTER = patterns.compile(rf"{DISTRICT_SUFFIX}\b")


_DIALECT_BEFORE_A_PLACE = DIALECT_ALSO_NAMES | {"noa"}
"""Dialect words that are first names too, before a place in an answer in dialect: "noa Lemele"
(Sallands "naar") — a first name elsewhere ("shoutout naar tess en noa", "Noa kump …")."""
_POSTCODE_DIGITS_BEFORE = patterns.compile(r"(?<!\d)[1-9]\d{3}[ \t]?$")
_POSTCODE_READ_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[ \t]+"
    r"(?:[a-z][ \t]+){1,2}$|(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[ \t]+"
    r"[a-z]{2}[ \t]+$"
)


def surname_start(
    text: str,
    place: KeepSpan,
    names: list[Span],
    vocabulary: Vocabulary,
    is_kept: Callable[[str], bool],
) -> int | None:
    """Where the surname starts when the place at ``place`` is one; ``None`` when a place.

    The surname takes the surname prefixes before it ("van Dalfsen"), so the whole name is
    one replacement; after a first name that is a word too ("roos van wijhe"), which no rule
    takes alone, the name starts at that first name.
    """
    if _NAMED_BEFORE.search(text, max(0, place.start - 40), place.start):
        return place.start  # "ja hij heet echt Denekamp": a name, whatever place it is too
    if _DISTRICT_AFTER.match(text, place.end) or district_town(text[place.start : place.end]):
        return None  # "wijkagent Enschede-Noord", "wijkagent Zwolle-Zuid": a part of the town
    position = place.start
    prefixes = 0
    while True:
        m = _PRECEDING_WORD.search(text, max(0, position - 40), position)
        if m is None:
            return None
        word = m.group(1)
        folded = word.lower().rstrip(".")
        if folded in _INTERFIXES and prefixes < 3:
            position = m.start(1)
            prefixes += 1
            continue
        break
    start, end = m.start(1), m.end(1)
    if _POSTCODE_DIGITS_BEFORE.search(
        text, max(0, start - 6), start
    ) or _POSTCODE_READ_BEFORE.search(text, max(0, place.start - 24), place.start):
        # "7642 DS Wierden", "… vijf vijf A H Giethoorn": the letters of a postcode, no "ds"
        # (dominee) or initials
        return None
    if folded in PERSONAL_TITLES:
        return position
    if folded in TITLES:
        if prefixes and not text[position].isupper():
            return None  # "burgemeester van Kampen": the place of the office
        return position  # "wethouder Kampen", "burgemeester Van Ittersum": a surname
    if _INITIAL.match(word):
        return position
    place_word = text[place.start : place.end].lower()
    if (
        folded in RELATIONS
        and not prefixes
        and text[position].isupper()
        and place_word in vocabulary.first_names
    ):
        # "mien noaber Heino": a place that is a first name too, after kin — not "mijn
        # kleinkinderen Overijssel laten zien"
        owner = _PRECEDING_WORD.search(text, max(0, start - 20), start)
        if owner is not None and owner.group(1).lower() in _KIN_OWNERS:
            return position
    if folded in CONNECTORS or folded in NOT_NAMES or is_kept(word):
        return None
    if not word[:1].isalpha():
        return None
    if folded in _DIALECT_BEFORE_A_PLACE and vocabulary.in_dialect(text):
        return None  # "noa Lemele" in Sallands: "naar", no one's first name
    first_name = folded in vocabulary.first_names and (
        word[0].isupper() or vocabulary.lower_case_name(folded)
    )
    named = any(s.kind is Kind.NAME and s.start <= start and s.end >= end for s in names)
    if prefixes:
        # "Anouk van Dalfsen" is a name, "wethouder Van Dijk van Raalte" a place of office;
        # so is a first name that is a word too, with no article before it ("roos van wijhe
        # was onze fractievoorzitter", not "de roos van Twente"), and a word a rule took for a
        # first name ("de kleindochter van Ans van Goor oet Goor")
        if (
            first_name
            or (
                named
                and word[:1].isupper()
                and folded not in vocabulary.surnames  # "Wethouder Jansen van Ommen": his town
                and text[position : place.start].islower()
            )
        ):
            return position
        if folded in CUED_FIRST_NAMES and _said_of_a_person(text, place.end):
            before = _PRECEDING_WORD.search(text, max(0, start - 20), start)
            previous = before.group(1) if before is not None else ""
            if (
                previous.lower() not in DETERMINERS
                and previous.lower() not in _INTERFIXES  # "Wethouder Van Dijk van Raalte"
                and not previous[:1].isupper()
            ):
                return start  # no rule takes such a first name alone: it goes with the surname
        return None
    return position if named or first_name else None
