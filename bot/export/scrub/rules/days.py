"""The days of one's own life: "mn examen is 9 januari", "het was mijn verjaardag (14 maart)",
"Mijn vrouw ligt daar sinds 17 augustus vorig jaar", "my daughter was born on the 3rd of June".

Like the years of a life (:mod:`years`), a day with its month points at one person when it is
a day of theirs; every blind annotator marks such days. A day goes when its sentence is about
someone — the writer, kin, a pronoun, a name — and its clause (between two marks of
punctuation, "en" or "maar") names no public event. What stays:

- the day of something public: an election, a holiday, a meeting of the programme or of a
  council, a festival, a rule that takes effect ("Op 18 maart zijn de Statenverkiezingen",
  "De gemeenteraad vergadert op 9 april, ik ga kijken", "Sinds 1 juli rijdt de buurtbus niet
  meer, ik kan nergens heen", "elk jaar op 4 mei");
- a day in a sentence about no one ("Op 15 maart was de inloopavond in Raalte.").

A death, a birth, a wedding, an exam or an operation in the day's clause makes it theirs even
on a public day ("Op Kerstavond 24 december is mijn moeder overleden").
"""

from __future__ import annotations

import re

from bot.export.scrub import patterns
from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules import dates, years
from bot.export.scrub.rules.dates import FULL_MONTHS, MONTHS
from bot.export.scrub.spans import Span
from bot.export.scrub.words import RELATIONS_PATTERN

_DAY = patterns.compile(rf"(?i)(?<![\w'’-]){dates.DAY_WITH_MONTH}")
_MONTH_WORD = patterns.CaseFree(patterns.compile(rf"(?i)(?<![\w'’])(?:{MONTHS})(?![\w'’])"))
_WEEKDAY = patterns.compile(rf"(?i){dates.WEEKDAY_BEFORE}")
_PUBLIC_DAYS = patterns.compile(
    r"(?i)(?:4|5|vier|vijf)(?:e|de|th)?[ \t]+(?:of[ \t]+)?(?:mei|may)|(?:may|mei)[ \t]+[45](?:th)?"
    r"|(?:27|30)(?:e|ste|th)?[ \t]+(?:of[ \t]+)?april|april[ \t]+(?:27|30)(?:th)?"
    r"|(?:5|24|25|26|31)(?:e|ste|de|th|st)?[ \t]+(?:of[ \t]+)?december"
    r"|december[ \t]+(?:5|24|25|26|31)(?:th|st)?|14(?:e|de|th)?[ \t]+(?:of[ \t]+)?februari"
    r"|11(?:e|de|th)?[ \t]+november"
)
"""Days the whole country keeps: "elk jaar op 4 mei", "met 5 december", "on May 4th"."""
_PUBLIC_EVENTS = patterns.compile(
    r"(?i)(?<![\w'’])(?:statenspel\w*|democratiespel\w*|debat|debatten|debatavond\w*|"
    r"\w*vergader\w*|bijeenkomst\w*|inloop\w*|informatieavond\w*|thema-?avond\w*|"
    r"dorpsavond\w*|bewonersavond\w*|ledenavond\w*|voorlichting\w*|\w*finale|meeting|"
    r"\w*herdenking|bevrijdingsdag|koningsdag|koninginnedag|sinterklaas\w*|kerstmarkt|"
    r"jaarmarkt|braderie|rommelmarkt|oud[ \t]+en[ \t]+nieuw|\w*verkiezing\w*|stemmen|stem|"
    r"gestemd|stemde|stembus|pasen|pinksteren|hemelvaart\w*|prinsjesdag|moederdag|vaderdag|"
    r"suikerfeest|offerfeest|keti[ \t]+koti|valentijn\w*|nieuwjaar\w*|oudejaar\w*|burendag|"
    r"veteranendag|\w*biddag|dankdag|vrouwendag|\w*sessie|workshop|hoorzitting|excursie|"
    r"rondleiding|werkbezoek|webinar|\w*panel|klankbordgroep|open[ \t]+dag|open[ \t]+huis|"
    r"statendag|\w*parlement|enquête|\w*festival|kermis|carnaval\w*|\w*intocht|concert|"
    r"toernooi|wedstrijd|\w*vakantie|\w+week|musical|voorstelling|optocht|ingaan|ingaat|"
    r"gaat[ \t]+in|invoer\w*|in[ \t]+werking|deadline|besloten|besluit|rijdt|rijden|vertrekt|"
    r"provincie|gemeente|gemeenteraad|staten|raad|gedeputeerde|regering|kabinet|waterschap|"
    r"lente|voorjaar|zomer|herfst|najaar|winter)"
    r"(?![\w'’])"
)
"""What makes a day public: a vote, a holiday, a meeting, a festival, a rule or a timetable
taking effect, a public body acting."""
_OWN_EVENTS = patterns.compile(
    r"(?i)(?<![\w'’])(?:overle\w*|overleed|stierf|gestorven|störf|sturf|begraven|begrafenis|"
    r"crematie|geboren|born|died|bevallen|jarig|verjaardag|birthday|trouw\w*|getrouwd|"
    r"huwelijk|wedding|married|examen|rijexamen|exam|operatie|geopereerd|diagnose|"
    r"opgenomen|(?:ben|is|was|zijn)(?:[ \t]+(?:daar|hier|toen|er|zelf|ook))?[ \t]+gevallen|ongeluk"
    r"|(?:(?:\d{1,3}|\w*(?:tien|tig))(?:[ \t]+(?:jaar|joar))?|opa|oma|vader|moeder|papa|mama|"
    r"grootvader|grootmoeder|overgrootvader|overgrootmoeder|tante|oom|weduwe|weduwnaar|"
    r"schoonvader|schoonmoeder|grootouders)[ \t]+geworden|om[ \t]+het[ \t]+leven"
    r"|(?:ben|is|was)[ \t]+(?:ik|hij|zij|ze)[ \t]+gevallen"
    r"|(?:word|wordt|werd|turn|turns|turned)[ \t]+(?:(?:ik|hij|zij|ze|je|jij|u|i|he|she)[ \t]+)?"
    r"(?:(?:eindelijk|dan|al|pas|finally)[ \t]+)?(?:\d{1,3}(?!\d)|twee|drie|vier|vijf|zes|zeven|"
    r"acht|negen|tien|elf|twaalf|\w*(?:tien|tig)))(?![\w'’])"
)
"""What makes a day one's own, whatever else is said of it: a death, a wedding, a birthday
("ik word 18 op 14 februari")."""
_FEAST_YEAR = patterns.compile(
    r"(?i)(?<![\w'’-])(?:(?:eerste|tweede|1e|2e)[ \t]+)?(?:paasdag|pinksterdag|kerstdag|kerst|"
    r"kerstmis|kerstavond|pasen|pinksteren|koningsdag|koninginnedag|oudejaarsdag|oudejaarsavond|"
    r"nieuwjaarsdag|hemelvaartsdag|sinterklaasavond|pakjesavond|sinterklaas|oud[ \t]+en[ \t]+nieuw|"
    r"oudjaar)[ \t]+(?:19|20)\d{2}(?![\w'’])"
)
"""A feast with its year: the day of a life only with one's own event in its clause ("op
tweede Pinksterdag 1966 getrouwd"); "Koningsdag 1994" alone is everyone's."""
_PERSONS = patterns.compile(
    rf"(?i)(?<![\w'’])(?:ze|je|jij|u|mij|you|i'm|i’m|{years.PEOPLE_WORDS})(?![\w'’])"
)
"""Someone a clause is about; within one clause "ze" and "je" are people too."""
_SENTENCE_START = patterns.compile(r"[.!?;\n](?=[^.!?;\n]*$)")
_SENTENCE_END = patterns.compile(r"[.!?;\n]|$")
"""Whether a day is someone's is asked of its sentence ("onze Gerjan was net geboren, op 2
februari"); whether it is public, of its clause ("Op 3 november is de debatavond en op 5
november heb ik mijn examen")."""
_CLAUSE_START = patterns.compile(r"(?:[.!?;,\n]|[ \t](?:en|maar|and|but)[ \t])(?=[^.!?;,\n]*$)")
_CLAUSE_END = patterns.compile(r"[.!?;,\n]|[ \t](?:en|maar|and|but)[ \t]|$")
_FULL_MONTH_BEFORE_DOT = patterns.compile(rf"(?i)(?:{FULL_MONTHS})\.$")
_EARLIER_DAY = patterns.compile(
    r"(?i)(?<![\w'’.,-])\d{1,2}(?:e|ste|de)?[ \t]*(?P<joiner>-|–|,|tot|t/m|en|and|to)[ \t]*$"
)
_YEAR_AFTER = patterns.compile(r",?[ \t]+(?:19|20)\d{2}(?![\w'’])")
"""A year after a day and its month ("June 3rd, 2021", "12 mei 2023"): the day's year."""
_LIST_JOINER = patterns.compile(r"(?i)[ \t]*(?:,|[ \t]en[ \t]|[ \t]and[ \t]|tot|t/m|-|–)[ \t]*")
_BEFORE_A_LIST = patterns.compile(
    r"(?i)(?<![\w'’])(?:op|van|tussen|sinds|vanaf|tot|on|from|between|since)[ \t]+$"
)


def find(text: str, taken: list[Span]) -> list[Span]:
    """Days of a life in ``text``; ``taken`` are the spans already found (a birthday the
    older rules took stays theirs; a name makes a clause one about someone)."""
    if not _MONTH_WORD.found(text):
        return _feasts_of_a_life(text)
    names = [s for s in taken if s.kind is Kind.NAME]
    found = _months_of_a_move(text, names)
    for m in _DAY.finditer(text):
        start, end = m.start(), m.end()
        if text[end - 1] == "." and _FULL_MONTH_BEFORE_DOT.search(text, start, end):
            end -= 1  # the sentence's full stop, not an abbreviation's ("14 okt.")
        if years.overlaps(start, end, [s for s in taken if not _a_year_taken_as_age(text, s)]):
            continue
        if (year := _YEAR_AFTER.match(text, end)) is not None:
            end = year.end()  # "on September 1st, 2023": the year is part of the day
        start = _first_of_a_list(text, start)
        sentence_start, sentence_end = _around(text, start, end, _SENTENCE_START, _SENTENCE_END)
        about_someone = _PERSONS.search(text, sentence_start, sentence_end) or any(
            sentence_start <= s.start < sentence_end for s in names
        )
        clause = text[slice(*_around(text, start, end, _CLAUSE_START, _CLAUSE_END))]
        if not about_someone or (
            _OWN_EVENTS.search(clause) is None and _public(text, start, end, clause)
        ):
            continue
        found.append(dates.with_month(text, Span(start, end, Kind.DATE, "day-of-a-life")))
    return found + _feasts_of_a_life(text)


def _a_year_taken_as_age(text: str, span: Span) -> bool:
    """A year of birth the age rules took ("born 3 may [2024]"): the day before it makes the
    whole a date of the life."""
    return span.kind is Kind.AGE and _A_YEAR_DIGIT.fullmatch(text, span.start, span.end) is not None


_A_YEAR_DIGIT = patterns.compile(r"(?:19|20)\d\d")
_MONTH_ALONE = patterns.compile(
    rf"(?i)(?<![\w'’])(?:in|sinds|vanaf|per|eind|begin|half)[ \t]+(?P<month>{FULL_MONTHS})"
    r"(?![ \t]*[\d'’])(?![\w'’])"
)
_A_MOVE = patterns.compile(
    r"(?i)(?<![\w'’])(?:verhuisd|verhuizen|verhuist|verhuisde|komen[ \t]+wonen|gaan[ \t]+wonen|"
    r"moved|gepensioneerd|met[ \t]+pensioen|retired)(?![\w'’])"
)


_KIN = patterns.compile(rf"(?i)(?<![\w'’])(?:{RELATIONS_PATTERN})(?![\w'’])")


def _someone_before(text: str, position: int, names: list[Span]) -> bool:
    """A name or a word for kin earlier in the sentence: whose fall it was ("Hendrik, die sinds
    zijn val …") — not "het kabinet is sinds zijn val …", "mijn telefoon … sinds zijn val"."""
    start, _ = _around(text, position, position, _SENTENCE_START, _SENTENCE_END)
    return any(start <= s.start < position for s in names) or bool(
        _KIN.search(text, start, position)
    )


_WHAT_BEFELL_SOMEONE = patterns.compile(
    r"(?i)(?<![\w'’])(?:zijn|haar|mijn|z'n|m'n|zn|mn|his|her|my)[ \t]+"
    r"(?:val|fall|beroerte|hartaanval|herseninfarct|stroke|ongeluk|accident|operatie|surgery)"
    r"(?![\w'’])"
)
"""What befell someone, which names them: "sinds zijn val in januari komt hij niet buiten"."""


def _months_of_a_move(text: str, names: list[Span]) -> list[Span]:
    """A month alone, in a clause about one's own move, retirement or a day of one's life:
    "sinds ik in oktober naar Wierden ben verhuisd" — not "in oktober is de inloopavond"."""
    found = []
    for m in _MONTH_ALONE.finditer(text):
        clause = text[slice(*_around(text, m.start(), m.end(), _CLAUSE_START, _CLAUSE_END))]
        if (_PERSONS.search(clause) and (_A_MOVE.search(clause) or _OWN_EVENTS.search(clause))) or (
            _WHAT_BEFELL_SOMEONE.search(clause) and _someone_before(text, m.start(), names)
        ):
            found.append(Span(m.start("month"), m.end("month"), Kind.DATE, "month-of-a-life"))
    return found


def _feasts_of_a_life(text: str) -> list[Span]:
    if _A_YEAR_DIGIT.search(text) is None:
        return []  # checked first: the feast pattern is tried at every position
    found = []
    for m in _FEAST_YEAR.finditer(text):
        clause = text[slice(*_around(text, m.start(), m.end(), _CLAUSE_START, _CLAUSE_END))]
        if _OWN_EVENTS.search(clause) is not None:
            # "op tweede Pinksterdag 1966 getrouwd", "Op Koningsdag 1994 ben ik geboren": the
            # whole day goes, also where an older rule took its year for an age
            found.append(Span(m.start(), m.end(), Kind.DATE, "feast-of-a-life"))
    return found


def _public(text: str, start: int, end: int, clause: str) -> bool:
    day = _LIST_JOINER.split(_WEEKDAY.sub("", text[start:end]).strip())[-1]  # "4 en 5 mei"
    before = text[max(0, start - 40) : start]
    return bool(
        _PUBLIC_DAYS.fullmatch(day)
        or years.PUBLIC_EVENT_BEFORE.search(before)
        or years.PUBLIC_EVENT_AFTER.match(text, end)
        or years.PUBLIC_OPENING.match(text, end)
        or _PUBLIC_EVENTS.search(clause)
        or re.search(r"(?i)(?<![\w'’])per[ \t]+$", before)  # "per 1 januari": a rule
    )


def _first_of_a_list(text: str, start: int) -> int:
    """Where a list of days ending in this one starts: "van 9 tot 12 mei", "op 12, 13 en 14
    mei" — after a comma only where a word that brings a day stands before the list ("ik
    kreeg een 8, 12 juni hoor ik …" is a grade and a day)."""
    loose = start
    while (earlier := _EARLIER_DAY.search(text, max(0, loose - 12), loose)) is not None:
        loose = earlier.start()
    if loose == start or _BEFORE_A_LIST.search(text, max(0, loose - 12), loose):
        return loose
    strict = start
    while (earlier := _EARLIER_DAY.search(text, max(0, strict - 12), strict)) is not None:
        if earlier.group("joiner") == ",":
            break
        strict = earlier.start()
    return strict


def _around(
    text: str, start: int, end: int, opening: re.Pattern[str], closing: re.Pattern[str]
) -> tuple[int, int]:
    """The sentence or clause around a day: from the last ``opening`` mark before it to the
    next ``closing`` one."""
    before = opening.search(text, 0, start)
    after = closing.search(text, end)
    return (before.end() if before else 0), (after.start() if after else len(text))
