"""The years of one's own life: "sinds 2015 wonen wij aan de Dorpsstraat", "In 2011 was ik
prins", "Kermis in Deurningen, 1962, doar heb ik mien wief leren kennen", "van 1968 tot 1994
hoofd van de school".

With a village, a role or a family such a year points at one person, and a story can be told
without it. So every year in an answer about people goes, whatever happened in it — one's
wedding, a move, a first job, a fall. What stays:

- the year of something the whole region lived through: "het hoogwater van 1998",
  "Koninginnedag 1994", "de bevrijding van Delden in 1945", "In juli 2021 is Limburg
  overstroomd";
- a year that is part of a name or of a thing: "Natura 2000", "bouwjaar 1975", "het
  provinciehuis is uit 1971";
- a year still to come, a plan: "het nieuwe ziekenhuis is in 2030 klaar";
- a year in an answer about no one: "In 2010 kwam de Dinkel zo hoog".

A number is a year only where it stands as one: after a word that brings a year ("in", "sinds",
"van", "tot", "het jaar", a month), after another year ("in 2019, 2020 en 2021"), or alone
between commas or at a sentence's end ("1986, de eerste keer") — not "meer dan 2000 kinderen",
"een subsidie van 2000 euro", "€ 2000,". Voice typing's years count too: "sinds tweeduizend
negentien", "op vijftien maart tweeduizend negentien".
"""

from __future__ import annotations

from collections.abc import Callable

from bot.export.scrub import patterns
from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules import dates
from bot.export.scrub.rules.dates import MONTHS
from bot.export.scrub.spans import Span
from bot.export.scrub.words import RELATIONS_PATTERN

_BRINGS_A_YEAR = (
    r"in|sinds|sedert|van|vanaf|tot|t/m|tm|uit|rond|omstreeks|circa|ca\.|anno|eind|begin|medio|"
    r"voorjaar|najaar|zomer|winter|herfst|lente|sommer|frühjahr|frühling|herbst|summer|spring|"
    r"autumn|na|voor|vóór|sins|zinds|vanof|toet|tut|"
    r"since|from|until|till|to|of|around|before|after|seit|bis|im|ab|um|"
    r"jaar|joar|jaor|jahr|year|schooljaar|per|tussen|between|during|tijdens|"
    rf"{MONTHS}"
)
_COUNTED = (
    r"euro|euros|eur|€|mensen|inwoners|leerlingen|kinderen|leden|deelnemers|bezoekers|stemmen|"
    r"handtekeningen|huizen|woningen|bomen|koeien|stappen|meter|meters|km|kilometer|hectare|ha|"
    r"liter|kilo|kg|ton|stuks|exemplaren|man|personen|people|persons|students|euros|dollars|uur|"
    r"minuten|auto's|cars|members|votes|trees|houses|inhabitants|menschen|einwohner"
)
"""What a number counts when it is no year: "een subsidie van 2000 euro", "rond 1900
inwoners"."""
_DIGITS = (
    r"(?P<{}>(?:19|20)\d\d)(?![\w-]|[.,]\d)"
    rf"(?![ \t]+(?i:{_COUNTED})(?![\w'’]))"
)
_YEAR = patterns.compile(
    rf"(?i)(?<![\w'’])(?:{_BRINGS_A_YEAR})\.?[ \t]+(?:['’](?P<short>\d\d)\b"
    rf"|{_DIGITS.format('after')})"
    r"|(?<![\w'’.,/€-])(?<!€[ \t])(?<!(?i:jaren)[ \t])(?P<alone>(?:19|20)\d\d)"
    r"(?=[ \t]*(?:[,.;:!?)\n]|$|[-–][ \t]*(?:19|20)\d\d))"
)
_YEAR_SPOKEN = patterns.compile(
    rf"(?i)(?P<spoken_date>{dates.DATE_SPOKEN_WITH_YEAR})"
    rf"|(?<![\w'’])(?:{_BRINGS_A_YEAR})\.?[ \t]+(?P<spoken>{dates.YEAR_SPOKEN})(?![\w-])"
)
"""A year as voice typing writes it (tried only where a word of one stands: it is slow)."""
_CENTURIES = ("negentien", "duizend", "nineteen", "thousand")
_SOME_YEAR = patterns.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|['’]\d\d")
_RANGE_END = patterns.compile(r"[ \t]*[-–][ \t]*((?:19|20)\d\d)(?![\w-]|[.,]\d)")
_NEXT_IN_A_LIST = patterns.compile(
    rf"(?i)(?:[ \t]*,[ \t]*|[ \t]+(?:en|and|of|or|und)[ \t]+){_DIGITS.format('next')}"
)

_PUBLIC_EVENTS = (
    r"hoogwater|hoge[ \t]+water|water|watersnood\w*|overstroming(?:en)?|wateroverlast|\w*ramp|"
    r"strenge[ \t]+winter|elfstedentocht|bevrijding|oorlog|herindeling|fusie|herdenking|"
    r"\w*verkiezingen|verkiezing|koninginnedag|koningsdag|\w*crisis|pandemie|corona|lockdown|"
    r"storm|droogte|flood|floods|liberation|war|election|elections|hochwasser|krieg"
)
PUBLIC_EVENT_BEFORE = patterns.compile(
    rf"(?i)(?<![\w'’])(?:{_PUBLIC_EVENTS})(?:[ \t]+(?:van|in|of|von)[ \t]+(?-i:[A-Z])[\w-]+)?"
    r"(?:[ \t]+(?:van|in|of|uit|von|op))?(?:[ \t]+\d{1,2})?"
    rf"(?:[ \t]+(?:{MONTHS}))?[ \t]+['’]?$"
)
"""A year bound to what the whole region lived through: "het hoogwater van januari 2024"."""
PUBLIC_EVENT_AFTER = patterns.compile(
    r"(?i)[^,.;:!?\n]{0,40}?(?<![\w'’])(?:overstroomd\w*|overstroming\w*|hoogwater|"
    r"buiten[ \t]+de[ \t]+oevers|bevrijd|\w*verkiezing\w*|herindeling|watersnood|flooded)(?![\w'’])"
)
"""The same event named after the year in its clause: "In juli 2021 is Limburg overstroomd"."""
PUBLIC_OPENING = patterns.compile(
    r"(?i)[^,.;:!?\n]{0,40}?(?<![\w'’])(?:(?:het|de|ons|onze|nieuwe|oude)[ \t]+)+"
    r"(?:\w*ziekenhuis|gemeentehuis|provinciehuis|stadhuis|brug|station|\w*school|museum|"
    r"zwembad|bibliotheek|\w*weg|fietspad|rondweg|sporthal|theater|dorpshuis|kerk|sluis|"
    r"tunnel|spoorlijn)[^,.;:!?\n]{0,30}?(?<![\w'’])(?:geopend|opende|ingewijd|onthuld|"
    r"opened)(?![\w'’])"
)
"""A public building or road opened in that year or on that day: "In 2015 is ons nieuwe
ziekenhuis geopend" — not one's own business ("In 1985 heb ik mijn kapsalon geopend")."""
_NAME_BEFORE = patterns.compile(
    rf"(?<![\w'’])(?!(?i:{MONTHS}|{_BRINGS_A_YEAR})\b)([A-Z][\w-]+)[ \t]+$"
)
"""A year that is part of a name no word list knows: "Natura 2000", "Koninginnedag 1994" —
not "de Kermis 1962"."""
_THING_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:bouwjaar|modeljaar|model|jaargang|editie|versie|seizoen|oogst|"
    r"built|vintage)[ \t]+(?:van[ \t]+)?$"
)
"""The year of a thing: "Mijn auto (bouwjaar 2008)", "ons huis, bouwjaar 1975"."""
_THING_FROM = patterns.compile(
    r"(?i)(?<![\w'’])(?:\w*huis|huizen|woning|brug|kerk|auto|fiets|gebouw|molen|\w*plan|"
    r"\w*visie|rapport|nota|wet|kaart|foto|boek|film|station|dijk|sluis|school|trein|bus|"
    r"boerderij|schuur|house|bridge|church|car|building|plan|report)"
    r"(?:[ \t]+(?:in|te|op|aan)[ \t]+[A-Z][\w'’-]*)?"
    r"[ \t]+(?:(?:is|was|zijn|dateert|dates)[ \t]+)?(?:uit|van|from|of)[ \t]+$"
)
"""A thing with its year: "Het provinciehuis is uit 1971", "Mijn auto is van 2008", "de
Omgevingsvisie van 2017"."""
_PAID = patterns.compile(
    r"(?i)(?:€|eur|euro|netto|bruto|kost|kosten|kostte|betaal\w*|verdien\w*|krijg|kreeg)"
    r"[ \t]*$"
)
"""An amount, not a year: "Ik kreeg € 2000, dat was fijn", "Ik verdien netto 1950, en"."""

PEOPLE_WORDS = (
    r"ik|wij|we|mijn|m'n|mn|ons|onze|i|me|my|our|us|oons|oonze|mien|wiej|'k|"
    r"hij|hem|haar|he|she|him|her|his|ich|wir|mein|meine|meinen|unser|unsere|zij|they|them|"
    r"their|hee|hi'j|wi'j|zi'j|"
    rf"{RELATIONS_PATTERN}"
)
"""The writer, kin, or someone named by a pronoun that is no other word ("zijn" and "ze" are
also a verb and "she", "er" is also "there"), as one regex alternation."""
PEOPLE = patterns.compile(rf"(?i)(?<![\w'’])(?:{PEOPLE_WORDS})(?![\w'’])")
"""An answer about people."""


def find(
    text: str, taken: list[Span], this_year: int, known_word: Callable[[str], bool]
) -> list[Span]:
    """Years of a life in an answer about people; ``taken`` are the spans already found (a
    birth year read as an age stays an age; a name makes the answer one about someone);
    ``known_word`` tells a word from a name before a year ("Natura 2000" stays, "de Kermis
    1962" goes)."""
    lowered = text.lower()
    spoken = any(w in lowered for w in _CENTURIES)
    if not spoken and _SOME_YEAR.search(text) is None:
        return []
    about_people = PEOPLE.search(text) is not None or any(s.kind is Kind.NAME for s in taken)
    if not about_people:
        return []
    found: list[Span] = []
    matches = [*_YEAR.finditer(text), *(_YEAR_SPOKEN.finditer(text) if spoken else ())]
    for m in sorted(matches, key=lambda m: m.start()):
        group = next(g for g, found in m.groupdict().items() if found is not None)
        start, end = m.start(group), m.end(group)
        if group == "short":
            start -= 1  # the apostrophe of "'63"
        if _stays(text, start, end, this_year, known_word) or overlaps(start, end, taken):
            continue
        range_end = _RANGE_END.match(text, end)
        if range_end is not None:
            end = range_end.end(1)
        found.append(dates.with_month(text, Span(start, end, Kind.DATE, "year-of-a-life")))
        while (listed := _NEXT_IN_A_LIST.match(text, end)) is not None:
            end = listed.end("next")
            found.append(Span(listed.start("next"), end, Kind.DATE, "year-of-a-life"))
    return found


def _stays(
    text: str, start: int, end: int, this_year: int, known_word: Callable[[str], bool]
) -> bool:
    year = text[start:end]
    if year.isdigit() and int(year) > this_year:
        return True  # a plan
    before = text[max(0, start - 40) : start]
    if _OWN_FIRST.search(before):
        return False  # "sinds mijn eerste keer stemmen in 1957 nooit een verkiezing gemist"
    name = _NAME_BEFORE.search(before)
    return bool(
        PUBLIC_EVENT_BEFORE.search(before)
        or (name is not None and not known_word(name.group(1).lower()))
        or _THING_BEFORE.search(before)
        or _THING_FROM.search(before)
        or _PAID.search(before)
        or PUBLIC_EVENT_AFTER.match(text, end)
        or PUBLIC_OPENING.match(text, end)
    )


_OWN_FIRST = patterns.compile(
    r"(?i)(?<![\w'’])(?:mijn|m'n|mn|my|onze|our)[ \t]+(?:eerste|first)(?![\w'’])"
)


def overlaps(start: int, end: int, taken: list[Span]) -> bool:
    return any(s.start < end and start < s.end for s in taken)
