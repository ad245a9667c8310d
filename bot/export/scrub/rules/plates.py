"""Licence plates: Dutch (kentekens, sidecodes 1 to 14), German and Belgian."""

from __future__ import annotations

from bot.export.scrub import patterns
from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules import number_words
from bot.export.scrub.spans import Span

# L = letter, D = digit; the sidecodes in use since 1951.
_SIDECODES = (
    "LL-DD-DD",
    "DD-DD-LL",
    "DD-LL-DD",
    "LL-DD-LL",
    "LL-LL-DD",
    "DD-LL-LL",
    "DD-LLL-D",
    "D-LLL-DD",
    "LL-DDD-L",
    "L-DDD-LL",
    "LLL-DD-L",
    "L-DD-LLL",
    "D-LL-DDD",
    "DDD-LL-D",
)


def _regex(sidecode: str, separator: str, letters: str) -> str:
    groups = sidecode.split("-")
    parts = ["".join(letters if ch == "L" else r"\d" for ch in group) for group in groups]
    return separator.join(parts)


_WITH_DASHES = patterns.compile(
    r"(?<![\w-])(?:"
    + "|".join(_regex(code, "[-–]", "[A-Za-z]") for code in _SIDECODES)
    + r")(?![\w-])"
)
_WITHOUT_DASHES = patterns.compile(
    r"(?<![\w-])(?:"
    + "|".join(_regex(code, "", "[A-Z]") for code in _SIDECODES[3:])
    + r")(?![\w-])"
)


_DISTRICTS = (
    r"(?:NOH|BOR|ST|COE|MS|EL|WES|KLE|RE|BOT|GE|DO|OS|EMS|LER|AUR|CLP|VEC|WAF|BOH|AC|K|D|E)"
)
"""The districts across the border whose plates a citizen of Overijssel meets most."""
_GERMAN = patterns.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ]{1,3}[-–][A-Z]{1,2}[ \t]\d{1,4}"
    rf"|{_DISTRICTS}[ \t–-][A-Z]{{1,2}}[ \t–-]?\d{{1,4}})[EH]?(?![\w-])"
)
"""A German plate, as cars from across the border have: "ST-KD 482" (district, letters,
number; the dash stands for the seals), and with a border district also "NOH KS 284"."""
_GERMAN_ANY_CASE = patterns.compile(
    rf"(?i)(?<![\w-]){_DISTRICTS}[ \t–-][a-z]{{1,2}}[ \t–-]?\d{{1,4}}[eh]?(?![\w-])"
)
"""In a message about a vehicle: a German plate in lower case or dashed on both sides ("noh ks
284", "NOH-KS-284")."""
_BELGIAN = patterns.compile(r"(?<![\w-])\d[-–][A-Z]{3}[-–]\d{3}(?![\w-])")
"""A Belgian plate: "1-ABC-234"."""


_VEHICLES = (
    r"auto|car|wagen|busje|bestelbus|truck|vrachtwagen|scooter|brommer|motor|camper|trekker|"
    r"tractor|(?-i:(?:[Mm]y|his|her|our|their|the|a)[ \t]+van)"
)
"""Words for a vehicle ("van" only as English, after a determiner: in Dutch it is "of")."""
_VEHICLE = patterns.compile(
    rf"(?i)\b(?:{_VEHICLES}|auto's|cars|golf|polo|kenteken|kentekens|kentekn|kentken|kenteke|"
    r"plate|number plate|nummerbord|nummerplaat|kentekenplaat|kennzeichen|registration|"
    r"rejestracja)\b"
)
_ANY_CASE_SPACED = patterns.compile(
    r"(?<![\w-])(?:"
    + "|".join(_regex(code, "[-– ]?", "[A-Za-z]") for code in _SIDECODES)
    + r")(?![\w-])"
)
"""A plate in lower case or with spaces ("kg 471 s"), taken only in a message about a
vehicle: without one, "om 930 u" is no plate."""
_VOWEL = patterns.compile(r"[AEIOUaeiou]")
_PLATE_WORD = patterns.compile(
    r"(?i)(?<![\w'’])(?:kenteken|kentekn|kentken|kentekenplaat|nummerbord|nummerplaat|"
    r"number[ \t]+plates?|plates?(?:[ \t]+number)?|registration(?:[ \t]+(?:number|plate))?|"
    r"licen[cs]e[ \t]+plates?|kennzeichen|rejestracja)"
    r"(?:[ \t]+(?:is|was|nummer|nr\.?))?[ \t]*:?[ \t]+"
)
_ANY_PLATE = patterns.compile(
    r"(?=[A-Z0-9 -]{4,11}(?![\w-]))(?=[0-9 -]*[A-Z])(?=[A-Z0-9 -]*?\d)"
    r"[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,5}){0,2}(?![\w-])"
    r"|(?=[A-Z0-9]{5,9}(?![\w-]))(?=\d*[A-Z])(?=[A-Z]*\d)[A-Z0-9]{5,9}(?![\w-])"
)
"""Right after the word, a plate of any country in capitals and digits: "Poolse kenteken PZ
84KT3", "kenteken: W-123 AB"."""
_DOTTED_PLATE = patterns.compile(
    r"(?=[A-Z0-9.]{6,10}(?![\w.-]))(?=[0-9.]*[A-Z])(?=[A-Z.]*\d)[A-Z0-9]{1,3}(?:\.[A-Z0-9]{1,3}){2}"
    r"(?![\w.-])"
)
"""A plate with dots: "81.ZH.KL"."""
_VEHICLE_BEFORE_A_PLATE = patterns.compile(
    rf"(?i)(?<![\w'’])(?:{_VEHICLES})(?:[ \t]+(?:met|with))?(?:[ \t]+(?-i:een|a|het|de|the))?"
    r"(?:[ \t]+(?-i:[a-zà-ÿ]+(?:se|s|sh|an|ian|sch|ees|aans)))?"
    r"(?:[ \t]+(?:kenteken|nummerbord|plates?))?[ \t]*:?[ \t]*\(?[ \t]*(?=[A-Z0-9])"
)
"""A vehicle right before a plate of any country: "my car (WA 12345)", "Ukrainian car AA 1234
BB", "mijn auto 34 ABC 123", "auto met Pools kenteken …"."""
_SPOKEN_AFTER = patterns.compile(
    r"(?i)(?<![\w'’])(?:kenteken|nummerbord|auto|wagen|busje|scooter|brommer|motor|car)"
    r"(?:[ \t]+(?:is|was|nummer|met))?(?:[ \t]+(?:het|de))?[ \t]+(?:kenteken[ \t]+)?"
)
"""A plate read out after the vehicle: "mijn auto g x vier acht twee k" — taken when the whole
reads as a Dutch plate."""


_MIXED_SIX = patterns.compile(r"(?i)(?=(?:.*\d){2})(?=(?:.*[a-z]){2})[a-z0-9]{6}")


def find_spoken(text: str) -> list[Span]:
    spans = []
    spans += _german_read_out(text)
    for m in _SPOKEN_AFTER.finditer(text):
        # "kenteken …", "auto met kenteken …" — not "auto …" alone
        named = _PLATE_WORD.search(text, m.start(), m.end()) is not None
        starts = [m.end()]
        if named:
            # "ik heb het kenteken al drie keer doorgegeven g z vier zes een b": a few words
            # may stand between the word and the plate read out
            starts += [w.start() for w in _WORD_AFTER.finditer(text, m.end())][1:_MOST_BETWEEN]
        for start in starts:
            found = _plate_read_out(text, start, named)
            if found is not None:
                spans.append(found)
                break
    return spans


_GERMAN_DISTRICT_READ = patterns.compile(
    r"(?i)(?<![\w'’])(?:duits|duitse|german|deutsches?)[ \t]+(?:kenteken|nummerbord|plate|"
    r"kennzeichen)(?:[ \t]+(?:is|was|met))?[ \t]+(?P<district>[a-zäöü]{1,3})[ \t]+"
)
_GERMAN_REST = patterns.compile(r"[A-Z]{1,2}\d{1,4}")
_WORDS_NOT_A_DISTRICT = frozenset(
    {"op", "in", "en", "de", "te", "of", "al", "nu", "er", "ze", "je", "we", "is", "at", "on"}
    | {"to", "an", "het", "een", "aan", "bij", "van", "met", "uit", "die", "dat", "was", "wat"}
    | {"dus", "nog", "ook", "wel", "zo", "ja", "nee", "hij", "zij", "ik", "u", "the", "and"}
)


def _german_read_out(text: str) -> list[Span]:
    """A German plate read out after "duits kenteken": its district in lower case, then its
    letters and digits one by one ("een duits kenteken noh a b vier een twee")."""
    spans = []
    for m in _GERMAN_DISTRICT_READ.finditer(text):
        if m.group("district").lower() in _WORDS_NOT_A_DISTRICT:
            continue  # "duits kenteken op a een richting Deventer": the A1, no district
        plate = None
        for end, read in number_words.read_out(text, m.end(), 6):
            if _GERMAN_REST.fullmatch(read):
                plate = Span(m.start("district"), end, Kind.PLATE, "plate-de-spoken")
        if plate is not None:
            spans.append(plate)
    return spans


_WORD_AFTER = patterns.compile(r"(?<=[ \t])[^\W_]+")
_MOST_BETWEEN = 7
"""How many words after "kenteken" a plate read out may start."""


def _plate_read_out(text: str, start: int, named: bool) -> Span | None:
    plate = None
    for end, read in number_words.read_out(text, start, 6, after_its_word=named):
        if (_ANY_CASE_SPACED.fullmatch(read) and not _VOWEL.search(read)) or (
            named and _MIXED_SIX.fullmatch(read.replace(" ", "").replace("-", ""))
        ):
            # after "kenteken" six letters and digits read out are its plate, also one no
            # sidecode has ("kenteken r t z nul zeven drie")
            plate = Span(start, end, Kind.PLATE, "plate-spoken")
    return plate


def find_after_the_word(text: str) -> list[Span]:
    spans = []
    for m in _PLATE_WORD.finditer(text):
        plate = _ANY_PLATE.match(text, m.end()) or _DOTTED_PLATE.match(text, m.end())
        if plate is not None:
            spans.append(Span(plate.start(), plate.end(), Kind.PLATE, "plate-after-word"))
    for m in _VEHICLE_BEFORE_A_PLATE.finditer(text):
        plate = _ANY_PLATE.match(text, m.end()) or _DOTTED_PLATE.match(text, m.end())
        if (
            plate is not None
            and sum(ch.isdigit() for ch in plate.group(0)) >= _MIN_DIGITS
            and _A_MAKE.match(plate.group(0)) is None
            and _A_UNIT_AFTER.match(text, plate.end()) is None
            and _A_UNIT_INSIDE.search(plate.group(0)) is None
        ):
            # a plate has two digits or more: "mijn auto BMW X5" names a model, "een auto met
            # 150 PK" its power
            spans.append(Span(plate.start(), plate.end(), Kind.PLATE, "plate-after-vehicle"))
    return spans


_A_MAKE = patterns.compile(
    r"(?:BMW|KTM|VW|AUDI|MB|BYD|MG|DS|KIA|SEAT|SAAB|FIAT|MAN|DAF|GMC|TVS|BSA|NSU|HP|PK|KW|CC)"
    r"(?![A-Z])"
)
"""A make before a model number: "BMW 320", "KTM 390", "DAF XF 480"."""
_UNIT = r"(?:PK|HP|KW|CC|KM|TON|KG|PALLETS?|LITER|L|PERSONEN|ZITPLAATSEN|SEATS|%)"
_A_UNIT_AFTER = patterns.compile(rf"(?i)[ \t]*(?:{_UNIT}|/)(?![\w'’])")
_A_UNIT_INSIDE = patterns.compile(rf"(?<=\d)[ \t]+{_UNIT}$")
"""A number with what it measures is no plate: "150 PK", "25 KM/U", "40 TON"."""
_MIN_DIGITS = 2


def find(text: str) -> list[Span]:
    spans = [Span(m.start(), m.end(), Kind.PLATE, "plate") for m in _WITH_DASHES.finditer(text)]
    spans += [Span(m.start(), m.end(), Kind.PLATE, "plate-de") for m in _GERMAN.finditer(text)]
    spans += [Span(m.start(), m.end(), Kind.PLATE, "plate-be") for m in _BELGIAN.finditer(text)]
    spans += [
        Span(m.start(), m.end(), Kind.PLATE, "plate-compact")
        for m in _WITHOUT_DASHES.finditer(text)
    ]
    if _VEHICLE.search(text) is None:
        return spans  # every other plate here is found after a word for a vehicle or a plate
    spans += [
        Span(m.start(), m.end(), Kind.PLATE, "plate-any-case")
        for m in _ANY_CASE_SPACED.finditer(text)
        # Dutch plates have no vowels since 1978: "in 1978", "om 930 u" are none
        if not _VOWEL.search(m.group(0)) and not any(s.overlaps(m.start(), m.end()) for s in spans)
    ]
    spans += [
        Span(m.start(), m.end(), Kind.PLATE, "plate-de-any-case")
        for m in _GERMAN_ANY_CASE.finditer(text)
        if _VEHICLE.search(text, max(0, m.start() - 40), m.start())
        and not any(s.overlaps(m.start(), m.end()) for s in spans)
    ]
    spans += [
        s
        for s in find_spoken(text) + find_after_the_word(text)
        if not any(o.overlaps(s.start, s.end) for o in spans)
    ]
    return spans
