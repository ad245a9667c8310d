"""Schools named with a class or level: "klas 2c van het Greijdanus", "5 vwo op de Waerdenborch",
"het Stedelijk Lyceum in 4 havo", "group 3A at Het Erasmus" become ``[school]``.

A school alone ("ik zit op het Greijdanus") says little — a school has hundreds of students —
and stays, marked for the editor to check (:func:`find_alone`); with a class it narrows a
student down to some thirty people. Schools come from ``schools.txt`` (secondary schools in and
around Overijssel, from DUO's public register) and from their form ("… College", "CSG …").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources

from bot.export.scrub import patterns
from bot.export.scrub.keep import keep_list, literal_pattern
from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules import towns
from bot.export.scrub.sentences import Sentences
from bot.export.scrub.spans import Span
from bot.export.scrub.words import RELATIONS_PATTERN

_LEVEL = (
    r"(?:havo|vwo|vmbo(?:[- ]?(?:t|tl|gt|k|kb|kbl|b|bb|bbl|kader|basis))?|mavo|gym|gymnasium"
    r"|atheneum|tl"
    r"|lwoo|mhv|hv|mh|ath|tto|tvwo|thavo|kader|basis|kaderberoepsgericht|basisberoepsgericht"
    r"|kb|bk|kbl|bb|bbl|gt)"
)
_ORDINAL = (
    r"(?:\d(?:e|de|ste|st|nd|rd|th)|eerste|tweede|derde|vierde|vijfde|zesde|twedde|darde|"
    r"final|first|second|third|"
    r"fourth|fifth|sixth)"
)
_CLASS = patterns.CaseFree(
    patterns.compile(
        r"(?i)(?<![\w-])(?:"
        r"(?:klas|klassen|klasse|groep|groepen|class|classes|group|gruppe|year|grade|leerjaar|"
        r"form|jaar|joar|jaor)"
        r"[ \t]*\d{1,2}[ \t]?[a-z]?\d?(?:[ \t]*(?:en|&|/|,|of|and|-)[ \t]*\d{1,2}[a-z]?(?![\w-]))*"
        r"(?:[ \t]+" + _LEVEL + r"(?:[ \t]*/[ \t]*" + _LEVEL + r")*)?"
        r"|(?:klas|groep)[ \t]+(?:een|één|twee|drie|vier|vijf|zes|zeven|acht)"
        r"(?:[ \t]+[a-h](?![\w'’-]))?"
        r"|(?:klas|klasse|class)[ \t]+[a-z]{1,3}\d[a-z]{0,2}\d?(?:-\d{1,3}[a-z]?)?"
        r"|\d{1,2}[ \t-]?(?:e[ \t]|de[ \t]|ste[ \t])?"
        + _LEVEL
        + r"(?:[ \t]*/[ \t]*"
        + _LEVEL
        + r")*"
        r"(?:[ \t-]?\d?[a-z])?"
        r"|\d[ \t-]?(?:kader|basis|kaderberoepsgericht|basisberoepsgericht|gemengde[ \t]leerweg)"
        r"|" + _LEVEL + r"[ \t-]?\d{1,2}[a-z]?"
        r"|(?:brugklas|eindexamenklas|examenklas)(?:[ \t]+\d?[a-h]\d?(?![\w-]))?"
        r"|isk(?:[ \t-]?(?:klas|class))?(?:[ \t-]?\d{1,2}[a-z]?)?"
        r"|schakelklas|internationale[ \t]+schakelklas|taalklas"
        r"|entreeklas|vavo(?:[ \t-]?(?:groep|klas))?"
        r"|nieuwkomersklas|kopklas|international[ \t]+class"
        rf"|{_ORDINAL}[ \t-]+(?:klas|klasse|leerjaar|jaar|joar|jaor|year|grade|form|semester)"
        rf"|(?:{_ORDINAL}|eerste|tweede|derde|vierde)[ \t-]?jaars"
        r"|(?:im[ \t]+)?\d{1,2}\.?[ \t]*semester"
        r"|(?:im[ \t]+)?\d\.[ \t]*(?:jahr|studienjahr|lehrjahr)"
        r"|(?:im[ \t]+)?(?:erstes|zweites|drittes|viertes|fünftes|sechstes|siebtes|achtes|ersten|"
        r"zweiten|dritten|vierten|fünften|sechsten|siebten|achten)[ \t]+semester"
        r"|(?:mbo[ \t-]?)?(?:niveau|niv\.?|level)[ \t-]?(?:[1-4]|een|één|twee|drie|vier|one|two|"
        r"three|four)(?:[ \t]+(?:jaar|leerjaar|year)[ \t]*[1-4](?![\w-]))?"
        r"|mbo[ \t-]?[1-4]"
        r"|entree(?:[ \t-]?opleiding)?"
        r")(?![\w-])"
    )
)
"""A class, level or year of study: "klas 2c", "groep 6 en 8", "Gruppe 8", "4 havo", "3
kader", "klas 2 kader", "2vwo", "de derde klas", "het 2e jaar", a class for newcomers ("de
ISK", "the international class") — each only with a school named after it ("jaar" too)."""
_LEVEL_WORD = patterns.CaseFree(patterns.compile(r"(?i)havo|vwo|vmbo|mavo|gym|atheneum"))
_CLASS_IN_WORDS = patterns.compile(
    r"(?i)(?<![\w-])(?:(?:een|één|twee|drie|vier|vijf|zes|dree|vief|zesse)[ \t]+"
    + _LEVEL
    + r"|(?:havo|vwo|vmbo|mavo|gymnasium|atheneum)[ \t]+(?:een|één|twee|drie|vier|vijf|zes))"
    r"(?![\w-])"
)
"""A class said in words, also in Twents and Sallands: "vier havo", "drie vwo", "vief havo",
"vwo drie"."""
_BARE_CLASS = patterns.CaseFree(
    patterns.compile(
        r"(?i)(?<![\w-])(?:\d[a-h]\d?|(?:h|v|m|t|k|b|g|hv|vh|mh|th|tl|kb|bk|gt)\d[a-h]?\d?"
        r"|\d(?:h|v|hv|vh|mh|t|m|k|b|gt|tl|bk|kb)\d?[a-h]?"
        # the group codes of an MBO: "mz2a", "AHM3A", "ZW2B"
        r"|(?=[a-z]{0,3}[bcdfghjklmnpqrstvwxz])[a-z]{2,4}[1-4][a-h])(?![\w-])"
    )
)
"""A class code alone ("3b", "2c1", "h3b", "v4a", "3hv"): a class only when a school follows
("3b van het Carmel", "h3b van het reggesteyn")."""
_CAP = r"[A-Z][\w'&.-]*"
_SCHOOL_FORM = patterns.compile(
    r"(?<![\w-])(?:"
    rf"(?:{_CAP}[ \t]+){{1,3}}(?:College|Lyceum|Gymnasium|Scholengemeenschap|Atheneum|Mavo|School)"
    rf"|(?:College|Lyceum|Gymnasium|Scholengemeenschap)[ \t]+(?:{_CAP}[ \t]*){{1,3}}"
    rf"|(?:CSG|RSG|OSG|SG|PCC|CLZ)[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,2}}"
    # Primary schools by their form: "obs De Regenboog", "cbs het kompas", "basisschool de
    # Wegwijzer", "ikc de vlinder"; a school for practical education ("praktijkschool de brug"),
    # one for special education by its name in capitals ("vso De Twijn").
    r"|(?i:basisschool|obs|cbs|pcbs|rkbs|kbs|ikc|sbo|daltonschool|montessorischool|"
    r"jenaplanschool|praktijkschool)[ \t]+"
    r"(?:(?i:de|het|'t)[ \t]+[^\W\d_][\w'&.-]*|[A-Z][\w'&.-]*)"
    r"|(?i:vso)[ \t]+(?:(?:De|Het|'t)[ \t]+)?[A-Z][\w'&.-]*"
    r")(?![\w-])"
)
_INSTITUTION_FORM = patterns.compile(
    r"(?<![\w-])(?i:roc|hogeschool|universiteit|university[ \t]+of)[ \t]+(?:(?i:van)[ \t]+)?"
    r"[A-Z][\w'&.-]*(?![\w-])"
)
"""Institutions by their form: "ROC van Twente", "Hogeschool Viaa", "Universiteit Twente"."""
_KIND_WORDS = patterns.compile(
    r"(?i)academie|pabo|conservatorium|hbo-|mbo-|(?-i:\b(?:UT|RUG|VU|UvA|WUR|TU|HvA|HAN|ROC)\b)"
    r"|\broc\b"
)
_INSTITUTION_KIND = patterns.compile(
    r"(?i)(?<![\w-])(?:[\w-]*academie|pabo|conservatorium|hbo-[\w-]+|mbo-[\w-]+|roc)"
    r"(?:[ \t]+(?-i:[A-Z])[\w'&.-]*)?(?![\w-])"
    r"|(?<![\w-])(?-i:UT|RUG|VU|UvA|WUR|TU[ \t]+Delft|TU/e|HvA|HAN)(?![\w-])"
)
"""Institutions by their kind alone or by their initials, after a year of study: "het derde
jaar van de verloskunde-academie", "2e jaar pabo", "tweedejaars bestuurskunde aan de UT"."""
_ARTICLE = patterns.compile(r"(?i)(?<![\w'’])(?:het|de|the|'t|’t|t|et)[ \t]+$")
_DETERMINER = patterns.compile(
    r"(?i)(?<![\w'])(?:de|het|'t|the|mijn|m'n|mn|z'n|haar|hun|onze|my|his|her|their|"
    r"our)[ \t]+$"
)
"""A determiner right before a class belongs to it: "de derde klas van 't Twickel", "her class
1C at Vechtdal College" → ``[school]``."""
_LINK = patterns.compile(
    r"^(?:[ \t]+(?i:in|te|uit)[ \t]+(?:[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)?|[a-z][\w'-]{3,}))?"
    r"(?i:[ \t,(]*(?:(?:van|op|in|at|of|from|bij|aan|uit|en|and|zit|zat|ik|in|vh|vd|v/h|v/d|"
    + _LEVEL
    + r")"
    r"[ \t]+)*"
    r"(?:(?:het|de|the|'t|’t|t|et)[ \t]+)?)$"
)
"""What may stand between a school and its class: "het Pius X in Almelo, 3 mavo", "klas 2c
van het Greijdanus", "het Ichthus, ik zit in 2 havo"."""
_MAX_LINK = 32
_STUDY = patterns.compile(
    r"(?i)^(?:[ \t]+(?:of|in|van|voor))?(?:[ \t]+(?!(?:van|op|bij|aan|at|of|dat|die|en|and|toen|"
    r"maar|but|is|was|ik|i|we|wij|ze|zij|hij|he|she)(?![\w-]))[^\W\d_][\w'-]*){1,4}"
    r"(?:[ \t]+(?:en|&|and)[ \t]+(?!(?:dat|die|dit|het|ik|je|we|wij|ze|zij|hij|er|daar|toen)\b)"
    r"[^\W\d_][\w'-]*"
    r"(?:[ \t]+(?!(?:is|was|zijn|niet|wel|heel|erg|echt|zo)\b)[^\W\d_][\w'-]*){0,2})?"
    r"(?:[ \t]+(?:bij|op|aan|van|at|of|an)(?:[ \t]+(?:het|de|the|'t|’t|t|der))?|[ \t]*,)?[ \t]+$"
)
"""A programme between a year of study and its school: "het 2e jaar verzorgende ig bij
deltion", "jaar 2 helpende zorg en welzijn op het roc", "second year nursing at Saxion", "2e
jaar bouwkunde windesheim", "niveau 3 sport en bewegen, deltion zwolle"."""
_MAX_STUDY = 48


@cache
def _named(file: str) -> re.Pattern[str]:
    text = resources.files("bot.export.scrub").joinpath(file).read_text("utf-8")
    names = {line.split("#", 1)[0].strip() for line in text.splitlines()}
    pattern = literal_pattern({n for n in names if n}, re.IGNORECASE)
    assert pattern is not None
    return pattern


_GENERIC = patterns.compile(
    r"(?i)^(?:(?:scholengemeenschap|csg|rsg|osg|sg|gymnasium|lyceum|het|de)[ \t]+)?(?P<name>.+?)"
    r"(?:[ \t]+(?:college|lyceum|scholengemeenschap|gymnasium|mavo|atheneum))?$"
)
_MIN_SHORT = 4


@cache
def _short_forms() -> re.Pattern[str] | None:
    """What students call a listed school without its kind: "t vechtdal" (Vechtdal College),
    "canisius" (Canisius College). Only next to a class: alone such a name may be a region
    or a word."""
    text = resources.files("bot.export.scrub").joinpath("schools.txt").read_text("utf-8")
    names = {line.split("#", 1)[0].strip() for line in text.splitlines()}
    names.discard("")
    short = set()
    for name in names:
        m = _GENERIC.match(name)
        if m is not None and m.group("name") != name and len(m.group("name")) >= _MIN_SHORT:
            short.add(m.group("name"))
    folded = {n.casefold() for n in names}
    return literal_pattern({n for n in short if n.casefold() not in folded}, re.IGNORECASE)


_WORD_START = patterns.compile(r"(?<![\w'-])\w")


def _longest(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The literal names of ``pattern`` in ``text``, each as long as a name starting inside
    it reaches: "het stedelijk lyceum kottenpark" is "Het Stedelijk Lyceum" and "Stedelijk
    Lyceum Kottenpark" overlapping — one school."""
    found = []
    for m in pattern.finditer(text):
        end = m.end()
        for word in _WORD_START.finditer(text, m.start() + 1, m.end()):
            longer = pattern.match(text, word.start())
            if longer is not None and longer.end() > end:
                end = longer.end()
        found.append((m.start(), end))
    return found


@lru_cache(maxsize=4)
def _secondary(text: str) -> tuple[tuple[int, int], ...]:
    found = _longest(_named("schools.txt"), text)
    found += [(m.start(), m.end()) for m in _SCHOOL_FORM.finditer(text)]
    return tuple(found)


def schools(
    text: str, *, institutions: bool = False, short_forms: bool = False
) -> list[tuple[int, int]]:
    """Where schools are named (with an article before them: "het Greijdanus"); with
    ``institutions`` also MBO, HBO and universities ("Deltion", "Hogeschool Viaa"); with
    ``short_forms`` also listed schools without their kind ("het vechtdal")."""
    found = list(_secondary(text))  # the scrubber asks twice per text
    if institutions:
        found += [(m.start(), m.end()) for m in _named("institutions.txt").finditer(text)]
        found += [(m.start(), m.end()) for m in _INSTITUTION_FORM.finditer(text)]
        if _KIND_WORDS.search(text):  # checked first: the pattern is tried at every position
            found += [(m.start(), m.end()) for m in _INSTITUTION_KIND.finditer(text)]
    short = _short_forms() if short_forms else None
    if short is not None:
        found += [(m.start(), m.end()) for m in short.finditer(text)]
    found.sort(key=lambda se: (se[0], -se[1]))
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    result = []
    for start, end in merged:
        article = _ARTICLE.search(text, max(0, start - 5), start)
        region = _REGION_AFTER.match(text, end)
        if region is not None:
            end = region.end()  # "International School Twente"
        result.append((article.start() if article else start, end))
    return result


_SCHOOL_WORD = r"[A-Z](?:[\w'&-]|\.(?=\w))*(?:(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.)?"
"""A capitalised word of a school's name: "St.", "O.R.S.", "Assink" — not with the full stop
that ends the sentence ("op het Assink. Wat een dag")."""
_NAMED_AFTER_CLASS = patterns.compile(
    r"(?i:[ \t,]*(?:(?:van|op|in|at|of|from|bij|aan|uit)[ \t]+(?:het|de|the|'t|’t|t|et)"
    r"|(?:von[ \t]+|an[ \t]+|in[ \t]+)?der|at(?=[ \t]+(?-i:[A-Z]{2,}[a-z]|[A-Z][a-z]+[A-Z]))"
    r"|[ \t]*(?-i:Het|De|'t|’t)"
    # "5 vwo van Thomas a Kempis": a school named after someone, with no article
    r"|[ \t,]*(?i:van|op)(?=[ \t]+(?-i:[A-Z])))"
    r"[ \t]+)"
    # "het Lyceum aan de Vecht": a school named after where it stands
    rf"{_SCHOOL_WORD}(?:[ \t]+(?:(?:a|à|van|de|der|den|aan[ \t]+de|aan[ \t]+het)[ \t]+)?"
    rf"{_SCHOOL_WORD}){{0,2}}"
)
_FIRST_AFTER_VAN = patterns.compile(
    r"(?i)^[ \t,]*(?:van|op)[ \t]+(?!(?:de|het|'t|’t|t|et|der|den|the)[ \t])([\w'’-]+)"
)


def _no_school_without_article(
    text: str,
    named: re.Match[str],
    is_place: Callable[[str], bool] | None,
    known_word: Callable[[str], bool] | None,
) -> bool:
    """Whether what is named after a class with no article is no school: a place ("van
    Lemelerveld") or an ordinary word typed with a capital ("van Duits", "op Maandag") — unless
    a town follows it ("groep 8 van Regenboog in Nijverdal": a word as a school's name)."""
    m = _FIRST_AFTER_VAN.match(named.group(0))
    if m is None:
        return False
    word = m.group(1)
    if is_place is not None and is_place(word):
        return True
    if known_word is None or not known_word(word.lower()):
        return False
    town = _TOWN_AFTER.match(text, named.end())
    return town is None or is_place is None or not is_place(town.group(1))


_LOWER_AFTER_CLASS = patterns.compile(
    r"(?i:[ \t,]*(?:van|op|bij)[ \t]+(?:het|de|'t|’t|t|et)[ \t]+)"
    r"(?!(?:week|dag|les|middag|ochtend|avond|pauze|juf|meester|mentor|leraar|lerares|docent|"
    r"bus|klas|groep|dag|keer)(?![\w'-]))([a-z][\w'-]{2,})(?![\w'-])"
)
"""A primary school has an ordinary word for a name ("groep 8 van de regenboog", "klas 3 van
het kompas"): after a Dutch class, the word after "van de" is its school."""
_ARTICLE_AFTER_CLASS = patterns.compile(
    r"(?i:[ \t]*,?[ \t]+(?:het|de|'t|’t)[ \t]+)([a-z][\w'-]{2,})(?![\w'-])"
)
"""A school in lower case right after its class, the preposition left out as chat does ("4 havo
het kottenpark") — a word no list knows only."""
_CODE_WITH_A_LEVEL = patterns.compile(r"(?i)\d[hv]\d?[a-h]?|[hv]\d[a-h]?\d?")
"""A class code with the letter of havo or vwo ("5h", "h3b", "4v"; "3b" may be a question of a
test, "2m" a length): a class wherever it stands, so a word after "van het" that is no frequent
word is its school ("5h van het thomas a kempis"; not "om 8h van het werk")."""
_FORM_AFTER_CLASS = patterns.compile(
    r"(?i)[ \t,]*(?:(?:van|op|bij|at|of|aan)[ \t]+)?(?:(?:het|de|'t|’t|t|et|the)[ \t]+)?"
    r"(?P<words>(?:[^\W\d_][\w'’-]*[ \t]+){1,3}?)"
    r"(?:college|lyceum|gymnasium|scholengemeenschap|atheneum|mavo|school)(?![\w'’-])"
)
"""A school by its form in any case right after a class: "3v montessori college twente",
"h2b van het bataafs lyceum"."""
_REGIONS = frozenset({"twente", "salland", "vechtdal", "achterhoek", "ijsselland", "overijssel"})
"""Regions that end a school's name ("Montessori College Twente"); a town after a school is
where it stands ("vechtdal college dedemsvaart") and stays."""
_REGION_AFTER = patterns.compile(r"(?i)[ \t]+(?:" + "|".join(sorted(_REGIONS)) + r")(?![\w'’-])")
_ANY_SCHOOL = frozenset(
    {"hele", "grote", "kleine", "nieuwe", "oude", "andere", "zelfde", "leukste", "beste"}
    | {"goede", "mooie", "eigen", "echte", "gewone", "saaie", "leuke", "stomme", "middelbare"}
    | {"basis", "whole", "new", "old", "other", "same", "big", "small", "best", "high", "my"}
    | {"our", "your", "this", "that", "deze", "die", "onze", "mijn", "jullie", "elke", "welke"}
)
"""Words that say which school without naming one ("de hele school", "de middelbare school")."""
_YEAR_OF_STUDY = patterns.compile(
    r"(?i)(?:(?:jaar|joar|jaor|year|leerjaar)(?:[ \t]*\d{1,2})?|jaars|semester|jahr|studienjahr|"
    r"lehrjahr|mbo[ \t-]?\d"
    r"|(?:niveau|level)[ \t]*(?:\d|een|één|twee|drie|vier|one|two|three|four))$"
)
_NAMED_BEFORE_CLASS = patterns.compile(
    r"(?:(?<![\w'’])(?i:(?:op|bij|van|at)[ \t]+(?:de|het|'t|’t|t|et|the)[ \t]+)"
    r"[A-Z][\w'&.-]*(?:[ \t]+[A-Z][\w'&.-]*){0,2}"
    # in lower case only in the idiom "zit op de regenboog"
    r"|(?<![\w'’])(?i:(?:zit|zat|zitten|zaten)[ \t]+op[ \t]+(?:de|het|'t|’t|t|et)[ \t]+)"
    r"[a-z][\w'-]{2,})"
    r"(?:[ \t]*,)?[ \t]+(?i:(?:(?:ik|ze|hij|zij|we|wij)[ \t]+)?(?:zit|zat|zitten|zaten)[ \t]+)?"
    r"(?i:in|at)[ \t]+$"
)
"""A school before its class: "op de Regenboog in groep 7", "zit op de regenboog in groep 7"."""
_ARTICLE_IN = patterns.compile(r"(?i)(?<![\w'’])(?:de|het|'t|’t|t|et|the)[ \t]")


def find(
    text: str,
    known_word: Callable[[str], bool] | None = None,
    is_place: Callable[[str], bool] | None = None,
) -> list[Span]:
    """A school with a class or level next to it (either order, at most a few little words
    between them) as one ``[school]``; after a class, any name in capitals is taken for its
    school ("groep 8 van de Regenboog"), after a Dutch class also one word in lower case
    ("groep 8 van de regenboog"); a year of study with its programme and school ("het 2e jaar
    verzorgende ig bij deltion"). A determiner before the class goes with it, and with
    ``is_place`` the town after the school (:func:`towns.with_town`)."""
    classes = _CLASS.spans(text)
    if _LEVEL_WORD.found(text):  # checked first: the pattern is tried at every position
        classes += [(m.start(), m.end()) for m in _CLASS_IN_WORDS.finditer(text)]
    bare = _BARE_CLASS.spans(text)
    spans = [
        Span(m.start(), m.end(), Kind.SCHOOL, "degree-year")
        for m in _DEGREE.finditer(text)
        if _someones_degree(text, m.start())
    ]
    if not classes and not bare and not spans:
        return []
    if spans:
        spans = _with_the_institution_after(text, spans)
    for class_start, class_end in [*classes, *bare]:
        named = _NAMED_AFTER_CLASS.match(text, class_end)
        if named is not None and _no_school_without_article(text, named, is_place, known_word):
            # "groep 8 van Lemelerveld": the village's class; "klas 2 van Duits", "groep 7 op
            # Maandag": a subject, a day — no school named
            named = None
        if named is not None:
            end = class_end + len(named.group(0).rstrip("."))
            spans.append(Span(class_start, end, Kind.SCHOOL, "school-class"))
            continue
        lower = _LOWER_AFTER_CLASS.match(text, class_end)
        if (
            lower is not None
            and (
                (class_start, class_end) in classes
                or (
                    _CODE_WITH_A_LEVEL.fullmatch(text, class_start, class_end) is not None
                    and known_word is not None
                    and not known_word(lower.group(1))
                )
            )
            and not _YEAR_OF_STUDY.search(text[class_start:class_end])
        ):
            end = _unknown_tail_end(text, lower.end(1), known_word)
            spans.append(Span(class_start, end, Kind.SCHOOL, "school-class"))
            continue
        bare_article = _ARTICLE_AFTER_CLASS.match(text, class_end)
        if (
            bare_article is not None
            and (class_start, class_end) in classes
            and known_word is not None
            and not known_word(bare_article.group(1))
        ):
            # "4 havo het kottenpark": the school after its class with no "op" between
            spans.append(Span(class_start, bare_article.end(1), Kind.SCHOOL, "school-class"))
    for class_start, class_end in classes:
        if _YEAR_OF_STUDY.search(text[class_start:class_end]):
            continue
        before = _NAMED_BEFORE_CLASS.search(text, max(0, class_start - 60), class_start)
        if before is not None:
            article = _ARTICLE_IN.search(before.group(0))
            start = before.start() + (article.start() if article else 0)
            spans.append(Span(start, class_end, Kind.SCHOOL, "school-class"))
    for class_start, class_end in [*classes, *bare]:
        by_form = _FORM_AFTER_CLASS.match(text, class_end)
        if by_form is not None and not any(
            w.lower() in _NOT_PROGRAMME or w.lower() in _ANY_SCHOOL
            for w in by_form.group("words").split()
        ):
            end = by_form.end()
            tail = _PROGRAMME_WORD.match(text, end)
            if tail is not None and tail.group(1).lower() in _REGIONS:
                end = tail.end()  # "3v montessori college twente"; a town after it stays
            spans.append(Span(class_start, end, Kind.SCHOOL, "school-class"))
    for class_start, class_end in bare:
        acronym = _ACRONYM_AFTER.match(text, class_end)
        if acronym is not None and (known_word is None or not known_word(acronym.group(1))):
            # "wij van 3b ccs zwolle": a school by its initials after the class code
            spans.append(Span(class_start, acronym.end(1), Kind.SCHOOL, "school-class"))
    if known_word is not None:
        for class_start, class_end in classes:
            if _YEAR_OF_STUDY.search(text[class_start:class_end]):
                continue
            end = _unknown_name_end(text, class_end, known_word)
            if end is not None:
                # "havo 4 thomas a kempis": a name no list knows, right after the class
                spans.append(Span(class_start, end, Kind.SCHOOL, "school-class"))
    for start, end in schools(text, institutions=True, short_forms=True):
        for class_start, class_end in [*classes, *bare]:
            is_code = (class_start, class_end) not in classes
            between = text[class_end:start]
            if class_end <= start and (
                _linked(between) or (len(between) <= _MAX_STUDY and _STUDY.match(between))
            ):
                spans.append(Span(class_start, end, Kind.SCHOOL, "school-class"))
            elif class_start >= end and (
                (
                    _linked(text[end:class_start])
                    and (not is_code or _IN_CODE.fullmatch(text[end:class_start]))
                )
                or _programme_or_town_between(text[end:class_start], is_place)
            ):
                if _YEAR_OF_STUDY.search(text[class_start:class_end]):
                    # "Saxion, 3rd year International Business": the programme after it
                    class_end = _programme_end(text, class_end)
                spans.append(Span(start, class_end, Kind.SCHOOL, "school-class"))
    spans = [
        _completed(text, classes, span, known_word)
        for span in spans
        if not _said_of_no_one(text, span, known_word)
    ]
    spans += _programmes_with_year_and_group(text)
    spans += _own_classes(text, classes, bare, known_word)
    spans = [_with_what_goes_before(text, span) for span in spans]
    if is_place is None:
        return spans
    spans += _newcomers_class_in_a_town(text, classes, is_place)
    spans += _taught_class_in_a_town(text, classes, is_place)
    return [towns.with_town(text, span, is_place) for span in spans]


_MBO_PROGRAMME_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])mbo[ \t-]*[1-4](?:[ \t]+[^\W\d_][\w'’-]*){1,4}[ \t]*,?[ \t]*$"
)
_STARTS_WITH_A_YEAR = patterns.compile(
    r"(?i)(?:[1-4](?:e|de|ste)[ \t]+(?:leer)?jaar|(?:leer)?jaar)"
)
_YEAR_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:(?:leer)?jaar[ \t]+[1-4]|[1-4](?:e|de|ste)[ \t]+(?:leer)?jaar)[ \t]+$"
)
_STARTS_WITH_A_LEVEL = patterns.compile(r"(?i)mbo|niveau")


def _with_what_goes_before(text: str, span: Span) -> Span:
    """A programme at mbo level set off before the year that starts the school ("[mbo 4 sport en
    bewegen, 2e jaar, bij Landstede]"), the year before a level ("[jaar 1 mbo 2 entree bij
    het Alfa-college]"), and a programme's capitalised name before its level or year ("[Zorg &
    Welzijn niveau 3 jaar 2 bij ROC van Twente]", "[Leraar Geschiedenis jaar 3 aan
    Windesheim]")."""
    if _STARTS_WITH_A_YEAR.match(text, span.start):
        before = _MBO_PROGRAMME_BEFORE.search(text, max(0, span.start - 60), span.start)
    elif _STARTS_WITH_A_LEVEL.match(text, span.start):
        before = _YEAR_BEFORE.search(text, max(0, span.start - 16), span.start)
    else:
        return span
    if before is None and _STARTS_WITH_A_YEAR_OR_LEVEL.match(text, span.start):
        named = _PROGRAMME_NAMED_BEFORE.search(text, max(0, span.start - 50), span.start)
        if (
            named is not None
            and not named.group(1).isupper()  # "IK ZIT IN JAAR 2 …": shouted, no name
            and not any(
                word in _NOT_A_PROGRAMME_START or keep_list().is_place(word)
                for word in named.group(1).split()
            )
        ):
            before = named  # "Zorg & Welzijn niveau 3 jaar 2 bij ROC …": its programme's name
    if before is None:
        return span
    return Span(before.start(), span.end, span.kind, span.source)


_STARTS_WITH_A_YEAR_OR_LEVEL = patterns.compile(
    r"(?i)(?:[1-4](?:e|de|ste)[ \t]+(?:leer)?jaar|(?:leer)?jaar|niveau)"
)
_PROGRAMME_NAMED_BEFORE = patterns.compile(
    r"(?<![\w'’&])((?:[A-Z][\w'’-]*|&)(?:[ \t]+(?:[A-Z][\w'’-]*|&)){0,3})[ \t]+$"
)
_NOT_A_PROGRAMME_START = frozenset(
    {"Met", "Van", "Voor", "Bij", "In", "Op", "De", "Het", "Een", "Onze", "Mijn", "Ik", "Wij"}
    | {"We", "Mentor", "Student", "Docent", "Groep", "Klas", "En", "Namens", "Sinds", "Als"}
    | {"Na", "Tijdens", "Vanaf", "Dit", "Dat", "Deze", "Die", "Heel", "Leuk", "Ook", "Nu", "Toen"}
    | {"Per", "Elk", "Ieder", "Vorig", "Volgend", "Corona", "Covid", "Top", "Super", "Echt"}
)
"""Capitalised words that open a sentence or say who, not a programme's name."""


_PUPIL = (
    rf"(?:ik|wij|we|hij|zij|ze|jij|je|u|i|he|she|they|(?-i:[A-Z][\w'’-]+)"
    rf"|(?:mijn|m'n|mn|onze|ons|zijn|z'n|haar|my|our|his|her)[ \t]+(?:{RELATIONS_PATTERN}))"
)
_SITTING_IN = patterns.compile(
    rf"(?i)(?<![\w'’])(?:{_PUPIL}[ \t]+(?:zit|zat|zitten|zaten|zitt|zitte|sit|sits|ben|bin|doe|"
    r"doet|deed|gaat[ \t]+naar|ga[ \t]+naar|ging[ \t]+naar)"
    rf"|(?:zit|zat|doe|doet)[ \t]+{_PUPIL}|(?:en|and)[ \t]+(?:zit|zat|doe|doet))[ \t]+"
    r"(?:(?:nu|now|ook|al|nog|toen)[ \t]+)?(?:(?:in|op|at)[ \t]+)?(?:(?:de|het|the)[ \t]+)?$"
)
"""Someone sitting in, doing or going to a class: "ik zit in", "mijn dochter doet", "nu zit
ik in", "Sanne gaat naar" — not "de meeste uitval is in"."""
_SOMEONE_FROM = patterns.compile(
    rf"(?<![\w'’])(?:(?P<named>(?-i:[A-Z][\w'’-]+))|(?i:wij|we|ik|hij|zij|ze|ons|onze|"
    rf"{RELATIONS_PATTERN}))[ \t]+(?i:uit|van|from)[ \t]+$"
)
_NOT_BEFORE_A_SIGNING_CODE = patterns.compile(
    r"(?i)(?<![\w'’])(?:(?:lokaal|zaal|kamer|room|vak|rooster|gebouw|verdieping)"
    r"(?:[ \t]+(?:van|of))?|voor|for)[ \t]*$"
)
_AFTER_A_BREAK = patterns.compile(r"(?:^|[^\w\s,]|\n|(?i:\buit|\bvan|\bfrom))[ \t]*$")
"""Before a class code that signs off: an emoji, a stop, a new line or "uit" ("- Job uit h4c")."""
_A_LEVEL_IN_IT = patterns.compile(
    r"(?i)(?<![^\W\d_])" + _LEVEL + r"(?![^\W\d_])"
    r"|^(?:h|v|m|t|k|g|hv|vh|mh|th|tl|kb|bk|gt)\d[a-h]|^\d(?:h|v|hv|vh|mh|t|m|k|gt|tl|bk|kb)\d?[a-h]"
)
"""A level of secondary school in a class ("5 havo", "h3b", "2hv1a"), as pupils name their own
class; "groep 8", "klas 1b" and "b1" (a level of Dutch too) name no level."""
_WITH_ITS_LETTER = patterns.compile(r"(?i)(?:\d[a-h]|[ \t-][a-h]\d?)$")
"""A class with its letter ("2 havo-c", "4b"): one class of one school, not a year's level."""
_CLASS_SIGNS_OFF = patterns.compile(
    r"[ \t]*(?:(?i:represent|forever|gang|power)(?![\w'’])|[^\w\s]*[ \t]*$)"
)


def _own_classes(
    text: str,
    classes: list[tuple[int, int]],
    bare: list[tuple[int, int]],
    known_word: Callable[[str], bool] | None,
) -> list[Span]:
    """Someone's own class with no school named, as pupils and their parents write it: "ik zit
    in 5 havo", "mijn zoon zit op havo drie", "Zeynep uit één vwo", a class code signing off a
    message after an emoji or a stop ("h3b represent", "… 💀 2 havo-c") — not a class spoken of
    ("in 2 havo leer je veel", "de meeste uitval is in 4 havo", "Ouders van 1 vwo krijgen een
    brief", "de vergadering is in lokaal h2c")."""
    spans = []
    for start, end in [*classes, *bare]:
        said = text[start:end]
        if _YEAR_OF_STUDY.search(said) or not _A_LEVEL_IN_IT.search(said):
            continue  # "groep 8", "klas 1b", "B1": a primary school's year, a class, a level
        if said.lower().startswith("een "):
            continue  # "ik zit op een havo": the kind of school
        window = text[max(0, start - 40) : start]
        source = _SOMEONE_FROM.search(window)
        if (
            source is not None
            and source.group("named")
            and (known_word is None or known_word(source.group("named")))
        ):
            source = None  # "Ouders van 1 vwo krijgen een brief": a word, no one's name
        if (
            _SITTING_IN.search(window)
            or source is not None
            or (
                ((start, end) in bare or _WITH_ITS_LETTER.search(text, start, end))
                and _signs_off(text, window, end)
            )
        ):
            spans.append(Span(start, end, Kind.SCHOOL, "school-own-class"))
    return spans


def _signs_off(text: str, window: str, end: int) -> bool:
    """Whether a class code ending at ``end`` signs off the message: only emoji, punctuation or
    a word of pride ("represent") follow it, and an emoji, a stop, "uit" or that word of pride
    stand around it ("… 💀 2 havo-c", "- Job uit h4c", "wij wonnen h3b represent") — not a
    room or a timetable ("in lokaal h2c")."""
    rest = text[end:].strip()
    if rest and _CLASS_SIGNS_OFF.fullmatch(" " + rest) is None:
        return False
    if _NOT_BEFORE_A_SIGNING_CODE.search(window):
        return False
    return bool(_AFTER_A_BREAK.search(window) or rest[:1].isalpha())


_NEWCOMERS_CLASS = patterns.compile(
    r"(?i)isk|schakelklas|taalklas|nieuwkomersklas|internationale[ \t]+schakelklas|"
    r"international[ \t]+class"
)
_TOWN_AFTER = patterns.compile(r"[ \t]+(?:in|at|te|uit|from)[ \t]+([A-Z][\w'’-]+)")
_NUMBER_AFTER = patterns.compile(r"[ \t]+(?:klas[ \t]+)?\d{1,2}[a-z]?(?![\w-])")
_SOMEONE_IN = patterns.compile(
    r"(?i)(?<![\w'’])(?:zit|zat|zitten|zaten|sits|sit|now|ik|i'm|im|mijn|my)[ \t]+"
    r"(?:nu[ \t]+|now[ \t]+)?(?:in|at|op)?[ \t]*(?:de|het|the)?[ \t]*$"
)
_NOT_A_TOWN = frozenset(
    {"Nederland", "Holland", "Overijssel", "Twente", "Salland", "Duitsland", "Europa", "Europe"}
)


def _newcomers_class_in_a_town(
    text: str, classes: list[tuple[int, int]], is_place: Callable[[str], bool]
) -> list[Span]:
    """A class for newcomers with its town and no school named: "ISK klas 2 in Kampen" — a town
    has one or two of them, so it tells the school."""
    spans = []
    for class_start, class_end in classes:
        if not _NEWCOMERS_CLASS.match(text, class_start):
            continue
        if not _SOMEONE_IN.search(text, max(0, class_start - 16), class_start):
            continue  # "De ISK in Almelo heeft veel leerlingen": the class spoken of
        number = _NUMBER_AFTER.match(text, class_end)
        end = number.end() if number is not None else class_end  # "ISK klas 2"
        town = _TOWN_AFTER.match(text, end)
        if town is not None and is_place(town.group(1)) and town.group(1) not in _NOT_A_TOWN:
            spans.append(Span(class_start, town.end(), Kind.SCHOOL, "school-newcomers"))
    return spans


def _taught_class_in_a_town(
    text: str, classes: list[tuple[int, int]], is_place: Callable[[str], bool]
) -> list[Span]:
    """The class one teaches, with its town and no school named: "Ik ben al 31 jaar meester van
    groep 8 in Zuna" — a village has one group 8, so it tells the school and its teacher."""
    spans = []
    for class_start, class_end in classes:
        teacher = _TEACHER_BEFORE.search(text, max(0, class_start - 48), class_start)
        if teacher is None:
            continue
        town = _TOWN_AFTER.match(text, class_end)
        if town is not None and is_place(town.group(1)) and town.group(1) not in _NOT_A_TOWN:
            years = _YEARS_BEFORE.search(text, max(0, teacher.start() - 24), teacher.start())
            start = years.start() if years is not None else teacher.start()
            spans.append(Span(start, town.end(), Kind.ROLE, "role-of-a-class"))
    return spans


_YEARS_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:al|ruim|bijna|sinds|now|for)[ \t]+(?:\d{1,2}|(?:19|20)\d{2})"
    r"(?:[ \t]+(?:jaar|joar|jaor|years))?[ \t]+$"
)
"""How long one has taught the class goes with it: "al 31 jaar [meester van groep 8 in Zuna]"."""


_SOMEONE_STUDYING = patterns.compile(
    rf"(?i)(?<![\w'’])(?:ik|mijn|m'n|mn|me|mij|i|my|i'm|ich|mein|zit|zat|studeer\w*|studier\w*|"
    r"study|studying|studies|doe|doet|volg\w*|"
    rf"{RELATIONS_PATTERN})(?![\w'’])"
    # "niamh here, 2nd year … at the UT" — not "Here, third year students …", "allemaal hier,"
    r"|(?<=[^\W\d_])[ \t]+(?<!allemaal[ \t])(?<!kijk[ \t])(?<!hallo[ \t])(?i:here|hier)[ \t]*,"
    r"|(?i:(?<![\w'’])(?:hello|hi|hey|greetings|groeten|groetjes|hoi)[ \t]+(?:from|van|uit))"
)


_SIGNED_BEFORE = patterns.compile(r"(?:(?-i:[A-Z])[\w'’-]+[ \t]*[,(–-]|\()[ \t]*$")
"""A name and a comma or a bracket right before a degree: a signature's or a friend's."""


def _said_of_no_one(text: str, span: Span, known_word: Callable[[str], bool] | None) -> bool:
    """A year of study at an institution named only by its kind, in a sentence about no one:
    "In het derde jaar van de pabo moet je veel stage lopen" — a fact of the programme."""
    if _INSTITUTION_KIND.search(text, span.start, span.end) is None:
        return False
    if span.source == "degree-year":
        return False  # whose it is was asked when it was found (:func:`_someones_degree`)
    if _INSTITUTION_FORM.search(text, span.start, span.end) or _named("institutions.txt").search(
        text, span.start, span.end
    ):
        return False
    signed = _NAME_SET_OFF_BEFORE.search(text, max(0, span.start - 40), span.start)
    if signed is not None and (known_word is None or not known_word(signed.group(1).lower())):
        return False  # "Ilona, 2e jaar bestuurskunde aan de UT": a signature (not "Here, …")
    if _AT_THE_END.match(text, span.end) and _AT_A_START.search(text, 0, span.start):
        return False  # "… wonnen de prijs! mbo 4 retail van het ROC in Zwolle": who signs
    sentence = Sentences(text).around(span.start, span.end)
    return _SOMEONE_STUDYING.search(sentence) is None


_NAME_SET_OFF_BEFORE = patterns.compile(
    r"(?:^|(?<=[\s.!?]))((?-i:[A-Z])[\w'’-]+)(?:[ \t]+(?:(?:van|de|der|den|ter|ten)[ \t]+)*"
    r"(?-i:[A-Z])[\w'’-]+){0,2}[ \t]*,[ \t]*$"
)
"""A name and a comma right before: who signs with their year of study."""
_AT_THE_END = patterns.compile(r"(?:[ \t]+(?i:in|te)[ \t]+[\w'’-]+)?[\W_]*$")
_AT_A_START = patterns.compile(r"(?:^|[.!?\n])[ \t]*$")
"""A year of study standing alone at the end, as a signature ("[in Zwolle]" may follow)."""


_TEACHER_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’-])(?:mentor|mentrix|docent|docente|leraar|lerares|teacher|klassenleraar|"
    r"leerkracht|groepsleerkracht|onderwijzer|onderwijzeres|"
    r"juf|juffrouw|meester|klassendocent|klassenmentor|coach|teamleider|afdelingsleider|"
    r"leerjaarcoördinator|"
    r"jaarlaagcoördinator|klassenvertegenwoordiger|klassenvertegenwoordigster|klassenouder)"
    r"(?:[ \t]+[a-zà-ÿ][\w'’-]*)?[ \t]+(?:van|op|bij|aan|in|of|at|for)[ \t]+$"
)
"""The one who teaches the class ("Ik ben mentor van [3 havo op het Etty Hillesum]", "docent
Duits van 4 vwo op het Carmel"): a class has one mentor, so the role goes with the school."""


def _completed(
    text: str,
    classes: list[tuple[int, int]],
    span: Span,
    known_word: Callable[[str], bool] | None,
) -> Span:
    """A school with its class and what goes with them: a group code after it, another class
    joined before it, a determiner, the programme before a level, the teacher of the class."""
    span = _with_class_before(text, classes, _with_code_after(text, span))
    span = _with_programme_before(text, _with_determiner(text, span), known_word)
    return _with_teacher_before(text, span)


_JOINED_CLASSES = patterns.compile(r"(?i)[ \t]*(?:,|en|&|of|and)[ \t]+")


def _with_class_before(text: str, classes: list[tuple[int, int]], span: Span) -> Span:
    """A school with its class and another class joined before it: "[groep 6 en groep 3 van De
    Wegwijzer]" — two children in one school."""
    for start, end in classes:
        if end < span.start and _JOINED_CLASSES.fullmatch(text, end, span.start):
            return Span(start, span.end, span.kind, span.source)
    return span


def _with_teacher_before(text: str, span: Span) -> Span:
    m = _TEACHER_BEFORE.search(text, max(0, span.start - 48), span.start)
    if m is None:
        return span
    return Span(m.start(), span.end, Kind.ROLE, "role-of-a-class")


_PROGRAMME_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:ik[ \t]+(?:doe|volg|studeer)|(?:doe|volg|studeer)[ \t]+ik|"
    r"(?<![\w'’])(?:doe|doet|deed|doen|volg|volgt|volgde|studeer|studeert|studeerde|study|"
    r"studying|studies)|opleiding|"
    # "met de studenten van Sociaal Werk niveau 4 …", "namens mijn groep Juridisch
    # Dienstverlener niveau 4 …": whose programme
    r"(?<![\w'’])(?:studenten|student|studente|leerlingen|groep|students)(?:[ \t]+(?:van|of))?|"
    # "ik zit in bouwkunde jaar 2 op het …": the class one sits in
    r"(?<![\w'’])(?:zit|zat|zitten|zaten)[ \t]+(?:nu[ \t]+|al[ \t]+)?(?:in|op|bij)|"
    # "met mijn klas van sport & bewegen niveau 4 van …", "klas 2A toerisme niveau 4 van …"
    r"(?<![\w'’])(?:klas|klasse|class)[ \t]+(?:van|uit|of)|"
    r"(?P<class>(?<![\w'’])(?:klas|klasse|class)[ \t]*\d{1,2}[a-z]?\d?"
    # "wij zijn mbo 4 sport en bewegen jaar 2 van landstede": the level before the programme
    r"|(?<![\w'’])(?:mbo|hbo)(?:[ \t-]?[1-4])?|(?<![\w'’])niveau[ \t]?[1-4]))[ \t]+"
    r"(?P<programme>(?:(?!(?i:nu|ook|al|nog|een|de|het|dus|wel|mee|mijn|m'n|mn|zijn|z'n|haar|"
    r"onze|ons|jullie|hun|ik|je|jij|we|wij|ze|zij|hij|zit|zat|zitten|zaten|op|in|bij|van|"
    r"kinderen|leerlingen)[ \t])(?:[^\W\d_][\w'’-]*|&)"
    r"[ \t]+){1,5})$"
)
_LEVEL_FIRST = patterns.compile(r"(?i)(?:niveau|level|mbo|jaar|leerjaar|year)\b")


def _with_programme_before(
    text: str, span: Span, known_word: Callable[[str], bool] | None = None
) -> Span:
    """A level or year with its programme before it: "ik doe [verzorgende ig niveau 3 op het
    deltion]", "doe [verpleegkunde jaar 1 aan windesheim]", "mijn klas van [sport & bewegen
    niveau 4 van deltion]", "[klas 2A toerisme niveau 4 van het alfa-college]"."""
    if not _LEVEL_FIRST.match(text, span.start):
        return span
    m = _PROGRAMME_BEFORE.search(text, max(0, span.start - 60), span.start)
    if m is None:
        short = _SHORT_PROGRAMME_BEFORE.search(text, max(0, span.start - 12), span.start)
        if short is None or (known_word is not None and known_word(short.group(0).lower().strip())):
            return span  # "IK zit IN jaar 2": a word in capitals, no programme
        return Span(short.start(), span.end, span.kind, span.source)
    start = m.start("class") if m.group("class") is not None else m.start("programme")
    return Span(start, span.end, span.kind, span.source)


_SHORT_PROGRAMME_BEFORE = patterns.compile(
    r"(?<=[a-zà-ÿ][ \t])[A-Z]{2,5}(?:-[A-Z]{1,3})?[ \t]+$|(?<=[a-zà-ÿ][ \t]{2})[A-Z]{2,5}[ \t]+$"
)
"""A programme by its capitals right before its year or level, after a word in lower case: "I
brought IB year 5 of the …", "ik doe ICT niveau 4 bij …" — not in a text typed in capitals ("IK
ZIT IN JAAR 2") or at its start ("LOL jaar 3")."""


_DEGREE_WORD = (
    r"(?:BSc|MSc|B\.Sc\.|M\.Sc\.|BBA|MBA|BA|MA|MPhil|PhD|LLB|LLM|(?i:bachelor|master|premaster|"
    r"pre-master|propedeuse|associate[ \t]+degree))"
)
_YEAR_OF_A_DEGREE = (
    r"(?:(?i:year|jaar|leerjaar)[ \t]*\d|\d(?:st|nd|rd|th|e|de)[ \t]+(?i:year|jaar)"
    r"|(?i:first|second|third|fourth|final)[ \t-]+(?i:year))"
)
_DEGREE = patterns.compile(
    rf"(?<![\w'’-])(?:(?:{_YEAR_OF_A_DEGREE})[ \t-]+)?{_DEGREE_WORD}[ \t]+(?:(?:in|of)[ \t]+)?"
    r"[A-Z][\w&'’-]*(?:[ \t]+(?:(?:and|en|&)[ \t]+)?[A-Z][\w&'’-]*){0,3}"
    rf"(?:[ \t]*,?[ \t]+{_YEAR_OF_A_DEGREE}(?![\w'’-])"
    r"|[ \t]+(?i:student)(?=[ \t]+(?i:at|aan|op|bij)[ \t]))"
)
"""A degree programme with its year: "BSc Creative Technology year 2", "MSc Robotics, 1st
year", "Master Public Administration jaar 1", "final-year MSc Civil Engineering student at …" —
the group or the school after it goes too (:func:`_with_code_after`)."""
_DETERMINER_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:the|every|each|all|any|elke|iedere|ieder|alle|de|het|die|deze|this|that)"
    r"[ \t]+$"
)
_ASKING_AS = patterns.compile(r"(?i)(?<![\w'’])(?:as|als)[ \t]+(?:a|an|een)[ \t]+$")


def _someones_degree(text: str, start: int) -> bool:
    """A degree of someone: with a first person or a possessive in its sentence ("I'm doing …",
    "asking as a final-year …") or after a name ("– Léa Moreau, BSc …", "my friend Amara (MA
    …") — not one spoken of ("Every MSc Robotics student at the UT", "The MSc Public Health,
    year 1, is offered online")."""
    if _DETERMINER_BEFORE.search(text, max(0, start - 12), start):
        return False
    if _SIGNED_BEFORE.search(text, max(0, start - 40), start):
        return True
    if _ASKING_AS.search(text, max(0, start - 16), start):
        return True
    sentence_start = Sentences(text).bounds(start)[0]
    return _SOMEONE_STUDYING.search(text, sentence_start, start) is not None


_LINK_TO_AN_INSTITUTION = patterns.compile(
    r"(?i)[ \t]*(?:,|[ \t](?:at|aan|op|bij|an[ \t]+der|at[ \t]+the))[ \t]*(?:the[ \t]+|de[ \t]+)?"
)


def _with_the_institution_after(text: str, spans: list[Span]) -> list[Span]:
    """A degree's span takes the university or college right after it: "BSc Creative
    Technology, year 2, UT", "… student at Saxion"."""
    found = []
    institutions = schools(text, institutions=True, short_forms=True)
    for span in spans:
        link = _LINK_TO_AN_INSTITUTION.match(text, span.end)
        end = span.end
        if link is not None:
            end = next((e for s, e in institutions if s == link.end()), span.end)
        found.append(Span(span.start, end, span.kind, span.source))
    return found


_ACRONYM_AFTER = patterns.compile(
    r"[ \t]+(?!(?i:ff|hw|lol|idk|wtf|omg|btw|brb|tbh|pls|plz|thx|sws|nvm|mss|wss|kk|gwn|hmm|"
    r"pff|psst|sms|dm|ok|nl|xd|xx|xxx|gg|wp|rn|ngl|fr|tt|ig|pv|pvv|vvd|cda|sp|d66|bbb|cu|gl|"
    r"hf|mvg|mvgr|gr|grt|grtz|bvd|tnx|np|sry|srry|vnv|mn|zn|jw|vd|vh|"
    # subjects: "in 4h CKV", "3v BSM", "2a PWS"
    r"ckv|bsm|pws|lo|mw|kv|gs|ak|nt|ng|cm|em|mm|lv|bwl|wsk|nlt|hbs|pwsl|tsl)(?![\w'’-]))"
    r"((?-i:[bcdfghjklmnpqrstvwxz]{2,4}))(?![\w'’-])(?![ \t]*[:=])"
)
"""A school's initials after a class code, typed in lower case as pupils chat: "3b ccs zwolle"
(letters no word has; a subject in capitals, "4h CKV", is no school)."""
_PROGRAMME_YEAR_GROUP = patterns.compile(
    r"(?P<programme>(?!(?:In|Het|De|Bij|Op|The|At|Als|Voor|Van)[ \t])"
    r"(?:(?-i:[A-Z])[\w&'’.+-]*[ \t]+(?:(?:&|en|and|of)[ \t]+)?){1,5})?"
    r"(?P<year>(?i:jaar|year|level|niveau|leerjaar|jahr)[ \t]*\d)[ \t]*,?[ \t]*"
    r"(?i:klas|groep|group|class|cohort|tutorgroep|klasse|gruppe)[ \t]+"
    r"(?P<code>(?=[\w.-]*\d)(?=[\w.-]*[A-Za-z])[A-Za-z0-9][\w.-]{1,12}?)"
    r"(?=[,.;:!?)]?(?:[ \t]|$))"
)
"""A programme with its year and group, as students write it: "Sociaal Werk jaar 2, klas SW2B",
"Creative Technology year 1, group CreaTe-1C", "HBO-ICT jaar 1, klas EHI1V.Sd"."""
_TO_THE_SCHOOL = patterns.compile(
    r"(?i)[ \t]*,?[ \t]*(?:(?:op|at|aan|bij|van|an|in)[ \t]+(?:(?:de|het|the|'t|der)[ \t]+)?)?$"
)


def _programmes_with_year_and_group(text: str) -> list[Span]:
    """A programme, its year and its group, with the school after it when one follows."""
    if _A_DIGIT.search(text) is None:
        return []
    found = []
    schools_named = None
    for m in _PROGRAMME_YEAR_GROUP.finditer(text):
        start = m.start("programme") if m.group("programme") else m.start("year")
        end = m.end("code")
        if schools_named is None:
            schools_named = schools(text, institutions=True, short_forms=True)
        school = next(
            (
                school_end
                for school_start, school_end in schools_named
                if school_start >= end and _TO_THE_SCHOOL.match(text[end:school_start])
            ),
            None,
        )
        if school is None and not m.group("programme"):
            continue  # "in jaar 2, groep 3a": a primary school's group, no programme named
        # "…, klas SW2B op Deltion", "…, class IB2-D at Saxion"
        found.append(Span(start, school or end, Kind.SCHOOL, "programme-year-group"))
    return found


_CODE_AFTER = patterns.compile(
    r"(?i)(?:[ \t]+(?:en|&)[ \t]+(?-i:[A-Z])[\w'’-]*(?=[ \t]+(?:klas|groep|group|class)[ \t]))?"
    r"(?:(?:[ \t]*,)?[ \t]+(?:(?:klas|klasse|groep|group|class|gruppe)[ \t]+)?"
    r"(?=[a-z]{0,4}\d)[a-z]{0,4}\d{1,2}[a-z]{0,2}\d?(?![\w'’-])"
    r"|[ \t]*,?[ \t]+(?:klas|klasse|groep|group|class|gruppe)[ \t]+[a-z](?![\w'’-]))"
)
"""A class or group code after a school with its level: "Deltion mbo 4 Junior Accountmanager
[klas JA2C]", "ROC van Twente, [group LOG3A]", "mbo 4 Sport [en Bewegen klas SB2A]"."""


def _with_code_after(text: str, span: Span) -> Span:
    m = _CODE_AFTER.match(text, span.end)
    if m is None or m.group(0).strip(" \t,").isdigit():
        return span  # a number alone after a school is no class ("Deltion 2024")
    return Span(span.start, m.end(), span.kind, span.source)


_IN_CODE = patterns.compile(r"(?i)[ \t,]*(?:in|uit|from)[ \t]+")
"""Between a school and a class code after it: "op de Scholengemeenschap Twickel in 1a"."""
_TAIL_WORDS = patterns.compile(r"[ \t]+([^\W\d_][\w'’-]*)(?:[ \t]+([^\W\d_][\w'’-]*))?")


def _unknown_tail_end(text: str, end: int, known_word: Callable[[str], bool] | None) -> int:
    """The rest of a school's name in lower case: one or two more words when the last of them
    no list knows ("klas 3 van het thomas a kempis")."""
    m = _TAIL_WORDS.match(text, end)
    if m is None or known_word is None:
        return end
    if m.group(1).lower() in _SCHOOL_KINDS:
        return m.end(1)  # "klas 4 van het zandvliet college"
    if m.group(2) and not known_word(m.group(2)) and len(m.group(2)) > 2:
        return m.end(2)
    if not known_word(m.group(1)) and len(m.group(1)) > 2:
        return m.end(1)
    return end


_SCHOOL_KINDS = frozenset({"college", "lyceum", "gymnasium", "school", "scholengemeenschap"})


_PROGRAMME_WORD = patterns.compile(r"[ \t]+([^\W\d_][\w'’&-]*)")
_NOT_PROGRAMME = frozenset(
    {
        *("en", "in", "op", "bij", "aan", "van", "at", "of", "and", "te", "uit", "maar", "want"),
        *("dus", "nu", "ik", "we", "wij", "ze", "zij", "hij", "i", "he", "she", "is", "was"),
        *("zit", "zat", "ben", "bin", "heb", "hef", "the", "a", "an", "de", "het", "een", "'n"),
        *("t", "'t", "met", "with", "for", "voor", "al", "ook", "nog", "so", "but", "now", "en"),
        *("dat", "die", "wat", "that", "who", "which", "doe", "doet", "do", "study", "studeer"),
        *("lol", "haha", "hoor", "echt", "really", "too", "also", "wel", "niet", "not", "mijn"),
    }
)
_MAX_PROGRAMME = 3


def _programme_end(text: str, end: int) -> int:
    """After a year of study behind its school, the programme: "Landstede, 2e jaar
    [verzorgende]", "Saxion, 3rd year [International Business]" — up to three words, no
    little word among them."""
    position = end
    for count in range(_MAX_PROGRAMME):
        m = _PROGRAMME_WORD.match(text, position)
        if m is None or m.group(1).lower() in _NOT_PROGRAMME:
            break
        position = m.end()
        joined = (
            _JOINED_PROGRAMME_WORD.match(text, position) if count < _MAX_PROGRAMME - 1 else None
        )
        if joined is not None and joined.group(1).lower() not in _NOT_PROGRAMME:
            return joined.end()  # "niveau 2 helpende [zorg en welzijn]"
    return position


_JOINED_PROGRAMME_WORD = patterns.compile(
    r"(?i)[ \t]+(?:en|&)[ \t]+([^\W\d_][\w'’-]*)(?=[ \t]*(?:[,.;:!?)\n]|$))"
)
"""The last word of a programme joined by "en", at the end of its clause: "sport en bewegen"."""


_NAME_WORD = patterns.compile(r"[ \t]+([^\W\d_][\w'’.-]*)")
_NAME_JOINERS = frozenset({"a", "van", "de", "der", "den", "ter", "ten", "st", "st.", "sint"})
_MAX_NAME_WORDS = 4


def _unknown_name_end(text: str, end: int, known_word: Callable[[str], bool]) -> int | None:
    """Right after a class, a name no word list knows is its school: "havo 4 [thomas a
    kempis]" — up to four words, joined by "a", "van", "sint" and the like; ``None`` when the
    first word is an ordinary word or a place ("klas 3 hebben we", "groep 8 vorig jaar",
    "havo 4 Lochem": ``known_word`` says)."""
    position = end
    last: int | None = None
    for count in range(_MAX_NAME_WORDS):
        m = _NAME_WORD.match(text, position)
        if m is None:
            break
        word = m.group(1).rstrip(".").lower()
        if word in _NAME_JOINERS and count > 0:
            position = m.end()
            continue
        if known_word(word) or word in _NOT_PROGRAMME:
            break
        position = m.end()
        last = position - (1 if m.group(1).endswith(".") else 0)
    return last


_CLASS_WORD = patterns.compile(r"(?i)(?<![\w'’])(?:klas|klasse|class|groep|group)[ \t]+$")
_LEVEL_BEFORE = patterns.compile(rf"(?i)(?<![\w'’-]){_LEVEL}[ \t]+$")
"""A level before a class: "[vmbo-t klas 3 van het Noordik]"."""


def _with_determiner(text: str, span: Span) -> Span:
    word = _CLASS_WORD.search(text, max(0, span.start - 8), span.start)
    if word is not None:
        span = Span(word.start(), span.end, span.kind, span.source)  # "klas h2a van …"
    level = _LEVEL_BEFORE.search(text, max(0, span.start - 12), span.start)
    if level is not None:
        span = Span(level.start(), span.end, span.kind, span.source)
    m = _DETERMINER.search(text, max(0, span.start - 8), span.start)
    if m is None:
        return span
    return Span(m.start(), span.end, span.kind, span.source)


_PLACE_AFTER = patterns.compile(r"(?i:[ \t]+(?:in|te|uit|at|from)[ \t]+)([^\W\d_][\w'’-]*)")


def places_after(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    """A word in capitals after a school with its class that no list knows as a place ("[2 vwo
    op het Carmel] in Zuidhoek"): kept, but marked for the editor — it may name one of the
    school's locations."""
    found = []
    for span in spans:
        m = _PLACE_AFTER.match(text, span.end)
        if m is not None:
            found.append((m.start(1), m.end(1)))
    return found


_CLASS_CODE = patterns.compile(
    r"(?i)(?<![\w-])(?:(?:h|v|m|g|t|k|b|a|hv|vh|mh)\d[a-h]\d?"
    r"|\d[ \t]?[a-h]?[ \t-]?(?:havo|vwo|vmbo|mavo|gymnasium|gym|atheneum)"
    r"|(?:havo|vwo|vmbo|mavo|isk)[ \t-]?\d[a-h]?|mbo[ \t-]?[1-4])(?![\w-])"
)
"""A class with its level and no school: "uit h3c", "G2A", "mijn 4 havo", "havo 4", "ISK2",
"2b mavo", "mbo 3 installatietechniek"."""


_A_DIGIT = patterns.compile(r"\d")


def classes_alone(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    """A class with its level that no school goes with ("groetjes storm uit h3c", "mijn 4 havo
    heeft het spel gespeeld"): kept — a level alone names hundreds of students — but marked for
    the editor, as next to a name it narrows a student down."""
    if _A_DIGIT.search(text) is None:
        return []  # every class code has its year in digits
    return [
        (m.start(), m.end())
        for m in _CLASS_CODE.finditer(text)
        if not any(s.start <= m.start() and m.end() <= s.end for s in spans)
    ]


def find_alone(text: str) -> list[tuple[int, int]]:
    """Schools named without a class: left in, for the editor to check."""
    return schools(text)


_PROGRAMME_BETWEEN = patterns.compile(
    r"[ \t]+(?P<words>[A-Za-z][\w'-]*(?:[ \t]+(?:en[ \t]+|&[ \t]+)?[A-Za-z][\w'-]*){0,3})"
    r"[ \t]+(?:klas[ \t]+)?"
)
_NOT_BETWEEN = _NOT_PROGRAMME | {"toen", "naar", "daarna", "dan", "daar", "later", "nu"}


def _programme_or_town_between(between: str, is_place: Callable[[str], bool] | None) -> bool:
    """Between a school and its class, its programme or its town: "Deltion [Sport en Bewegen]
    niveau 4", "Landstede [Raalte] klas GT3B" — not "Deltion en toen naar klas 3"."""
    m = _PROGRAMME_BETWEEN.fullmatch(between)
    if len(between) > _MAX_STUDY or m is None:
        return False
    words = [w for w in m.group("words").split() if w not in {"en", "&"}]
    if any(w.lower() in _NOT_BETWEEN for w in words):
        return False
    if len(words) == 1:
        # "Landstede Raalte klas GT3B", "ROC van Twente Onderwijsassistent niveau 4"
        return words[0][0].isupper() or (is_place is not None and is_place(words[0]))
    return True


def _linked(between: str) -> bool:
    return len(between) <= _MAX_LINK and _LINK.match(between) is not None
