"""Dates of birth ("geboren op 3 mei", "jarig op 12 juni", "op 12 mei jarig"), years of
death ("die in 2011 is overleden") and of a newcomer's arrival ("toen ik in 2016 kwam"), the
day of one's own fall, wedding or application; the year someone came to live where they live
is marked for the editor (:func:`spots`) where :mod:`years` leaves it (an answer that names no
one: "Woont sinds 1971 op de boerderij").

These rules were written before :mod:`years` took every year of a life; they still take what it
leaves: a year before the word ("2011 overleden"), a year in an answer that only a name makes
one about someone, the day with the month.

Ordinary dates without a year ("op 15 maart was de inloopavond") stay: they say when a
meeting was, which the stories need — but not the date of one's own letter or call ("mijn mail
van 14 okt"), which finds the case in the files. Full dates with a year are taken by deduce.
"""

from __future__ import annotations

from bot.export.scrub import patterns
from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules import number_words
from bot.export.scrub.sentences import Sentences
from bot.export.scrub.spans import Span
from bot.export.scrub.words import RELATIONS_PATTERN

DUTCH_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)
"""The months written out in Dutch, for patterns nested in many others: every month form
(:data:`MONTHS`) makes those slow to compile."""
FULL_MONTHS = rf"{DUTCH_MONTHS}|january|february|march|may|june|july|august|october"
"""The months written out in Dutch and English (the other English ones are Dutch too)."""
MONTHS = (
    rf"{DUTCH_MONTHS}|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|"
    "october|august|januar|februar|märz|maerz|mai|dezember|meert"
)
_DAY_MONTH_IN_WORDS = (
    rf"\d{{1,2}}(?:e|ste|de|den|\.)?[ -](?:{MONTHS})(?![\w-])\.?(?:[ -]\d{{2,4}})?"
)
"""A day and a month written out, maybe with the year: "3 juli", "14 okt.", "12 mei 1940", "3.
März 1958"."""
_NUMBER_WORD = rf"(?<![\w-])(?:{number_words.pattern()}|{number_words.ordinal_pattern()})"
_CENTURY_SPOKEN = r"(?:negentien(?:[ \t]*honderd)?|twee[ \t]*duizend|nineteen|two[ \t]+thousand)"
_YEAR_IN_CENTURY_SPOKEN = (
    rf"(?:[ \t]+(?:en[ \t]+|and[ \t]+)?{_NUMBER_WORD}|(?:(?<=honderd|duizend)|(?<=negentien))"
    rf"(?:{number_words.pattern()}))"
)
YEAR_SPOKEN = rf"{_CENTURY_SPOKEN}{_YEAR_IN_CENTURY_SPOKEN}"
"""A whole year as voice typing writes it: "tweeduizend negentien", "negentien achtenzestig",
"negentienhonderdzevenenveertig"."""
_YEAR_SPOKEN = rf"{_CENTURY_SPOKEN}{_YEAR_IN_CENTURY_SPOKEN}?"
DATE_SPOKEN_WITH_YEAR = rf"{_NUMBER_WORD}[ \t]+(?:{MONTHS})[ \t]+{YEAR_SPOKEN}(?![\w-])"
"""A whole date as voice typing writes it: "vijftien maart tweeduizend negentien"."""
_DATE_SPOKEN = rf"{_NUMBER_WORD}[ \t]+(?:{MONTHS})(?:[ \t]+{_YEAR_SPOKEN})?(?![\w-])"
"""A date as voice typing writes it: "drie mei negentien negenendertig", "twaalfde juni",
"vijf juli negentienhonderdzevenenveertig"."""
_DATE_SPOKEN_IN_NUMBERS = (
    rf"{_NUMBER_WORD}[ \t]+(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)"
    rf"[ \t]+{_YEAR_SPOKEN}(?![\w-])"
)
"""A date of birth read out as numbers: "geboren op twaalf twaalf twee duizend zes"."""
_ROMAN_MONTH = r"(?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
_DATE = (
    rf"({_DAY_MONTH_IN_WORDS}|\d{{1,2}}[-/.]\d{{1,2}}(?:[-/.]\d{{2,4}})?"
    rf"|\d{{1,2}}[-/.]{_ROMAN_MONTH}[-/.](?:\d{{4}}|['’]?\d{{2}})|{_DATE_SPOKEN})"
)
"""A date: "14 maart", "14-3-1951", "12-V-'38" (the month in Roman numerals, as older writers
do), "veertien maart negentienachtenvijftig"."""
_WEEKDAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
_ENGLISH_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
WEEKDAY_BEFORE = rf"(?:{_WEEKDAY}|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[ \t]+"
"""A weekday before a day and its month: "zaterdag 17 augustus", "Monday, 3rd of June"."""
DAY_WITH_MONTH = (
    rf"(?:{WEEKDAY_BEFORE})?"
    rf"(?:{_DAY_MONTH_IN_WORDS}|{_NUMBER_WORD}[ \t]+(?:{MONTHS})"
    rf"|{_ENGLISH_DAY}[ \t]+of[ \t]+(?:{MONTHS})"
    rf"|(?-i:January|February|March|April|May|June|July|August|September|October|November|"
    rf"December)[ \t]+{_ENGLISH_DAY}(?![\d:.,]\d))(?![\w-])"
)
"""A day with its month, maybe its weekday and year: "zaterdag 17 augustus", "14 okt.", "drie
mei", "the 3rd of June", "March 14th"."""
_BIRTH = patterns.compile(
    r"(?i)\b(?:geboren(?:\s+op)?|geb\.|geboortedatum:?|verjaardag[,:]?\s+(?:is\s+)?(?:op\s+)?|"
    r"jarig[,:]?\s+(?:op\s+)?|born\s+on|birthday[,:]?\s+(?:is\s+)?(?:on\s+)?|date\s+of\s+birth:?)\s*"
    rf"(?P<birth>(?:{_WEEKDAY}\s+)?(?:{_DATE}|{_DATE_SPOKEN_IN_NUMBERS}))"
)


_BIRTH_AFTER = patterns.CaseFree(
    patterns.compile(
        rf"(?i)\b((?:\d{{1,2}}(?:e|ste|de)?[ \t]+)?(?:{MONTHS}))\.?[ \t]+(?:19|20)\d{{2}}"
        r"[ \t]+(?:geboren|born)\b"
    )
)
"""A month (and day) before a birth year: "ik ben in maart 1946 geboren"."""


_BIRTHDAY_AFTER = patterns.compile(
    rf"(?i)(?<![\w-]){_DATE}(?:[ \t]+[\w'’]+){{0,3}}?[ \t]+(?:jarig|verjaardag|geboren|born|"
    r"birthday)\b"
)
"""A date before "jarig" in the same clause: "ik ben op 12 mei jarig", "op 3 juni ben ik
jarig", "12 mei is mijn verjaardag"."""


_SETTLED = patterns.compile(
    r"(?i)\b(?:woon|woont|wonen|woonde|woonden|wone|wonnen|wonne|live|lives|lived|living|"
    r"verhuisd|verhuisde|verhuisden|moved|wohne|wohnt|wohnen|lebe|lebt|leben)"
    r"(?:[ \t]+(?:hier|er|daar|al|nu|samen|we|wij|ik|here|there|schon))*[ \t]+"
    r"(?:sinds|since|vanaf|in|seit)[ \t]+((?:19|20)\d{2})\b"
)
"""The year someone settled where they live ("wij wonen al sinds 1965 op de boerderij"): with
the farm or street it may point at one family; whether it does the editor decides."""


_BIRTHDAY_WORDS = ("jarig", "verjaardag", "geboren", "born", "birthday")
_SETTLED_WORDS = ("woon", "wone", "live", "living", "verhuis", "moved", "wohn", "lebe")


def spots(text: str) -> list[tuple[int, int]]:
    """Unsure spots: the year someone came to live where they live."""
    lowered = text.lower()
    if _DIGIT.search(text) is None or not any(word in lowered for word in _SETTLED_WORDS):
        return []
    return [(m.start(1), m.end(1)) for m in _SETTLED.finditer(text)]


_DIED = (
    r"(?:overleden|overleed|overlijden|gestorven|stierf|verongelukt|dood|died|passed[ \t]+away|"
    r"death|störf|sturf|stürf|estörven|estorven|gestörven|heengegaan)"
)
_YEAR_OF_DEATH = patterns.compile(
    rf"(?i)(?<![\w'’])((?:19|20)\d{{2}}|(?<=in[ \t])['’]\d{{2}})\b[^.!?\n]{{0,25}}?\b{_DIED}\b"
    rf"|\b{_DIED}\b[^.!?\n]{{0,25}}?\b(?:in|op|sinds|since|on)[ \t]+(?:\d{{1,2}}[ \t]+\w+[ \t]+)?"
    r"((?:19|20)\d{2}|['’]\d{2})\b"
)
"""The year someone died: "mijn man, die in 2011 is overleden", "she died in 2019" — with
the relation and the place it points at one family."""


_LIFE_YEARS = (
    r"[ \t]*\([ \t]*(?:\*[ \t]*)?((?:18|19|20)\d{2})[ \t]*(?:[-–—][ \t]*((?:19|20)\d{2})[ \t]*)?\)"
)
LIFE_YEARS_AFTER = patterns.compile(_LIFE_YEARS)
"""The years of a life in brackets, matched right after a name by the scrubber: "opa Hendrik
Velthuis (1921–2009)", "Aaltje (*1938)"."""
_LIFE_YEARS_AFTER_KIN = patterns.compile(rf"(?i)(?<![\w'’])(?:{RELATIONS_PATTERN}){_LIFE_YEARS}")
"""The same after kin: "mijn vader (1930–2012)"."""


_YEARS_IN_BRACKETS = patterns.compile(r"\([ \t]*\*?[ \t]*(?:18|19|20)\d\d")
_ARRIVED = (
    r"(?:came|arrived|fled|kwam|kwamen|gekomen|aangekomen|gevlucht|vluchtte|vluchtten|"
    r"ingeburgerd)"
)
_YEAR_OF_ARRIVAL = patterns.compile(
    rf"(?i)\b(?:i|we|ik|wij)[ \t]+{_ARRIVED}\b[^.!?\n]{{0,30}}?\b(?:in|since|sinds)[ \t]+"
    rf"((?:(?:{MONTHS})[ \t]+)?(?:19|20)\d{{2}})\b(?![ \t]+ter[ \t]+wereld)"
    rf"|\b(?:ik|wij|we)(?:[ \t]+(?:ben|bin|zijn|bent))?[ \t]+(?:in|sinds)[ \t]+"
    rf"((?:(?:{MONTHS})[ \t]+)?(?:19|20)\d{{2}})\b"
    rf"[^.!?\n]{{0,30}}?\b{_ARRIVED}\b"
)
"""The year a newcomer came ("I came to Zwolle in 2022", "toen ik in 2016 kwam uit
Mogadishu"): with where from and where to it points at one family."""
_CAME_IN_A_YEAR = patterns.compile(
    r"(?i)\b(?:ik|wij|we|hij|zij)[ \t]+(?:kom|komen|(?P<past>kwam|kwamen))[ \t]+(?:in[ \t]+)?"
    r"(?P<year>(?:19|20)\d{2})[ \t]+(?:naar|in)[ \t]+(?-i:[A-Z])"
)
"""The year one came, as a newcomer says it: "ik kom 1989 naar Hengelo voor werk"."""
_ARRIVED_WORDS = ("came", "arrived", "fled", "kwam", "gekomen", "gevlucht", "vlucht", "inburger")
_FROM_ABROAD = patterns.compile(
    r"(?:(?i:uit|from|van)[ \t]+(?!(?i:de|het|the)\b)[A-Z]"
    r"|(?i:naar[ \t]+nederland|to[ \t]+(?:the[ \t]+)?netherlands|to[ \t]+holland)"
    r"|(?i:came|moved)[ \t]+to[ \t]+[A-Z]"
    r"|(?i:gevlucht|fled|asiel|vluchteling|refugee|statushouder))"
)
"""A year of arrival counts only when the sentence says the writer came from elsewhere: "toen
ik in 2016 kwam uit Mogadishu" — not "ik ben in 2019 naar de kermis gekomen"."""


_LETTER = (
    r"(?:e-?mail|mail|mailtje|brief|briefje|bericht|klacht|melding|aanvraag|bezwaar|letter|"
    r"complaint|request)"
)
_DAY_AND_MONTH_ALONE = (
    rf"(?:{_DAY_MONTH_IN_WORDS}"
    r"|(?:[1-9]|[12]\d|3[01])[-/](?:[1-9]|1[0-2]|0[1-9])(?:[-/]\d{2,4})?)"
    r"(?![\d.,/-]*\d)(?![ \t]*(?i:weken|dagen|maanden|jaar|uur|keer|euro|miljoen|procent|%))"
)
_DAY_AND_MONTH = rf"({_DAY_AND_MONTH_ALONE})"
"""A day and a month as one writes the date of a letter ("14 okt", "12-11", "3/4/2025") — not
an amount ("10.000 euro", "2.5 miljoen") or a span ("2-3 weken")."""
_CORRESPONDENCE = patterns.compile(
    rf"(?i)\b(?:mijn|m'n|mn|onze|ons|my|our)[ \t]+{_LETTER}[ \t]+(?:van|d\.d\.|dd|of|from|on)"
    rf"[ \t]+{_DAY_AND_MONTH}"
    rf"|\b(?:ik|we|wij|i)[ \t]+(?:heb|hebben|had|hadden|have)[ \t]+(?:al[ \t]+)?(?:op|on)[ \t]+"
    rf"{_DAY_AND_MONTH}(?=(?:[ \t]+[\w'’.-]+){{0,6}}?[ \t]+(?:gemaild|gebeld|gestuurd|ingediend|"
    r"geschreven|gemeld|gevraagd|emailed|called|sent|wrote|filed))"
)
"""The date of one's own letter or call to the province: "mijn mail van 14 okt", "ik heb op
12-11 een mail gestuurd" — with it the case is found in the files, and so the writer."""
_CORRESPONDENCE_WORDS = ("mail", "brief", "bericht", "klacht", "melding", "aanvraag", "bezwaar")
_CORRESPONDENCE_WORDS += ("letter", "complaint", "request", "gebeld", "called", "gemaild")
_CORRESPONDENCE_WORDS += ("gestuurd", "ingediend", "geschreven", "gemeld", "gevraagd", "sent")
_CORRESPONDENCE_WORDS += ("emailed", "wrote", "filed")


_OWN_EVENTS = (
    r"gevallen|getrouwd|trouwen|trouwden|trouwde|huwelijk|trouwdag|aangevraagd|ingediend|"
    r"aangereden|ongeluk|geopereerd|opgenomen|bevallen|overleden|begraven|ontslagen|verhuisd|"
    r"married|wedding|fell|applied|operated"
)
_OWN_EVENT = f"(?:{_OWN_EVENTS})"
_OWN_EVENT_NOUN = (
    r"(?<!het[ \t])(?<!de[ \t])(?:(?:mijn|m'n|mn|onze|ons|my|our)[ \t]+)?"
    r"(?:rijexamen|examen|operatie|bruiloft|begrafenis|uitvaart|trouwdag|exam|surgery|wedding|"
    r"funeral)"
)
_DATE_OF_AN_OWN_EVENT = patterns.compile(
    rf"(?i)(?<![\w'’])(?:op|on|sinds|since)[ \t]+{_DAY_AND_MONTH}"
    rf"(?=(?:[ \t]+[\w'’.-]+){{0,6}}?[ \t]+(?<!de[ \t])(?<!het[ \t])(?<!een[ \t])"
    rf"{_OWN_EVENT}(?![\w'’]))"
    rf"|(?<![\w'’])(?:sinds|since)[ \t]+(?P<hospital>{_DAY_AND_MONTH_ALONE})"
    rf"(?=[ \t]+(?:in[ \t]+het[ \t]+ziekenhuis|in[ \t]+(?:the[ \t]+)?hospital))"
    rf"|(?<![\w'’]){_OWN_EVENT_NOUN}[ \t]+(?:is[ \t]+|was[ \t]+)?(?:op|on)[ \t]+"
    rf"(?P<after>{_DAY_AND_MONTH_ALONE})"
)
"""The day of something that happened to the writer's family: "op 3 oktober jongstleden ben
ik gevallen", "wij hebben op 14-09 subsidie aangevraagd", "we hopen op 23 augustus ons
huwelijk te vieren", "examen op 14 januari", "mijn operatie is op 3 mei" — not "op 15 maart
was de inloopavond", "het examen is op 12 mei"."""
_FIRST_PERSON = patterns.compile(
    r"(?i)(?<![\w'’])(?:ik|wij|we|mijn|m'n|mn|ons|onze|i|my|our|oons|oonze|mien|wiej|'k)"
    r"(?![\w'’])"
)
_MONTH_AND_YEAR = patterns.compile(
    rf"(?i)(?<![\w'’])(?:in|op|sinds|since)[ \t]+((?:{MONTHS})[ \t]+(?:19|20)\d{{2}})\b"
    r"|(?<![\w'’])(?:in|sinds|since)[ \t]+(?P<year>(?:19|20)\d{2})\b"
)
_LIFE_EVENT = patterns.compile(
    r"(?i)(?<![\w'’])(?:(?:lag|lig|ligt|lagen|opgenomen)[^.!?\n]{0,25}in[ \t]+het[ \t]+ziekenhuis"
    r"|in[ \t]+het[ \t]+ziekenhuis[ \t]+(?:lag|lagen|gelegen|opgenomen|beland)"
    r"|herseninfarct|hartinfarct|hartaanval|beroerte|geopereerd|bevallen|stroke|weduwe|"
    r"weduwnaar|widow|widower)(?![\w'’])"
)
"""A year alone is one's own only with what happened to one's body in its sentence: "toen
mijn man in 2023 in het ziekenhuis lag" — with a medical file it finds the person. Every other
year of a life, a wedding's too, is taken by :mod:`years` (the seventeenth round)."""
_EVENT_IN_A_SENTENCE = patterns.compile(
    rf"(?i)(?<![\w'’])(?<!de[ \t])(?<!het[ \t])(?:{_OWN_EVENTS}|ingebroken|geboren|gescheiden)"
    r"(?![\w'’])|(?:huis|huus|boerderij|schuur|erf|house|farm)[^.!?\n]{0,25}"
    r"(?:brand|afgebrand|fire)(?![\w'’])"
)
"""What happened to the writer's family in a month of a year: "toen oons huus in de brand
stun in oktober 2019", "we zijn in mei 2018 verhuisd"."""
_OWN_EVENT_WORDS = (*_OWN_EVENTS.split("|"), "exam", "operatie", "surgery", "bruiloft")
_OWN_EVENT_WORDS += ("begrafenis", "uitvaart", "funeral", "ziekenhuis", "hospital")
"""Words one of which :data:`_DATE_OF_AN_OWN_EVENT` needs (checked first: it is slow); the
events themselves, so the two cannot drift apart."""
_MONTH_BEFORE = patterns.compile(
    rf"(?i)(?<![\w'’])(?:(?:\d{{1,2}}(?:e|ste|de|\.)?|{_NUMBER_WORD})[ \t]+)?(?:{MONTHS})\.?[ \t]+$"
    r"|(?i:(?<![\w'’])(?:(?:begin|eind|half|midden|early|late|mid)[ \t]+)?(?:de[ \t]+|het[ \t]+)?"
    r"(?:zomer|winter|lente|voorjaar|najaar|herfst|kerst|summer|spring|autumn|fall|christmas|"
    r"sommer|frühjahr|frühling)(?:vakantie)?(?:[ \t]+(?:van|of))?[ \t]+$)"
    rf"|(?-i:January|February|March|April|May|June|July|August|September|October|November|"
    rf"December)[ \t]+{_ENGLISH_DAY},?[ \t]+$"
)
"""The month (and day) or season before a year that was taken: "in [maart 2021] overleden",
"sinds [zomer 2023]", "in [de winter van 1963]", "on [September 1st, 2023]"."""


_DIGIT = patterns.compile(r"\d")
_A_YEAR = patterns.compile(rf"(?i)\d{{4}}|['’]\d{{2}}|{YEAR_SPOKEN}")


_RANGE_START = patterns.compile(
    rf"(?i)(?<![\w'’])(?:(?:van|vanaf|from)[ \t]+((?:\d{{1,2}}[ \t]+)?(?:{MONTHS}))"
    r"[ \t]+(?:tot(?:[ \t]+en[ \t]+met)?|t/m|-|–|to|until)"
    rf"|(?:tussen|between)[ \t]+((?:\d{{1,2}}[ \t]+)?(?:{MONTHS}))[ \t]+(?:en|and))[ \t]+$"
)


def with_range_start(text: str, span: Span) -> Span:
    """A date that ends a range takes the range's start: "van [februari tot juni 2025]" — the
    months of one's own stay, internship or illness, with the year after the second."""
    m = _RANGE_START.search(text, max(0, span.start - 40), span.start)
    if m is None:
        return span
    group = 1 if m.group(1) is not None else 2  # "van … tot", or "tussen … en"
    return Span(m.start(group), span.end, span.kind, span.source)


def find(text: str, this_year: int | None = None) -> list[Span]:
    """Dates of one's own life in ``text``; ``this_year`` tells a year one came in, said in the
    present tense as newcomers do ("ik kom 1989 naar Hengelo"), from a visit to come ("wij
    komen 2027 naar Zwolle")."""
    lowered = text.lower()
    if _DIGIT.search(text) is None:
        if not any(word in lowered for word in _BIRTHDAY_WORDS):
            return []  # every other date here has a day or a year in digits
        return [
            Span(m.start(1), m.end(1), Kind.DATE, "date-of-birth") for m in _BIRTH.finditer(text)
        ]
    spans = [Span(m.start(1), m.end(1), Kind.DATE, "date-of-birth") for m in _BIRTH.finditer(text)]
    for m in _YEAR_OF_DEATH.finditer(text):
        group = 1 if m.group(1) else 2
        spans.append(Span(m.start(group), m.end(group), Kind.DATE, "year-of-death"))
    spans += [
        Span(start, end, Kind.DATE, "date-of-birth") for start, end in _BIRTH_AFTER.spans(text, 1)
    ]
    if any(word in lowered for word in _CORRESPONDENCE_WORDS):
        for m in _CORRESPONDENCE.finditer(text):
            group = 1 if m.group(1) is not None else 2  # the date of either alternative
            spans.append(Span(m.start(group), m.end(group), Kind.DATE, "date-of-a-letter"))
    if any(word in lowered for word in _BIRTHDAY_WORDS):  # checked first: the pattern is slow
        spans += [
            Span(m.start(1), m.end(1), Kind.DATE, "birthday")
            for m in _BIRTHDAY_AFTER.finditer(text)
        ]
    if _YEARS_IN_BRACKETS.search(text):  # checked first: the pattern is slow
        for m in _LIFE_YEARS_AFTER_KIN.finditer(text):
            spans += [
                Span(m.start(g), m.end(g), Kind.DATE, "life-years") for g in (1, 2) if m.group(g)
            ]
    sentences = Sentences(text)
    if any(word in lowered for word in _ARRIVED_WORDS):
        for m in _YEAR_OF_ARRIVAL.finditer(text):
            group = 1 if m.group(1) else 2
            if sentences.has(_FROM_ABROAD, m.start()):
                spans.append(Span(m.start(group), m.end(group), Kind.DATE, "year-of-arrival"))
    if "kom" in lowered or "kwam" in lowered:
        spans += [
            Span(m.start("year"), m.end("year"), Kind.DATE, "year-of-arrival")
            for m in _CAME_IN_A_YEAR.finditer(text)
            if m.group("past") or (this_year is not None and int(m.group("year")) < this_year)
        ]
    if any(word in lowered for word in _OWN_EVENT_WORDS):
        for m in _DATE_OF_AN_OWN_EVENT.finditer(text):
            if m.group("after") is not None:  # "examen op 14 januari": the event named first
                spans.append(
                    Span(m.start("after"), m.end("after"), Kind.DATE, "date-of-an-own-event")
                )
            elif sentences.has(_FIRST_PERSON, m.start()):
                group = 1 if m.group(1) is not None else "hospital"
                spans.append(Span(m.start(group), m.end(group), Kind.DATE, "date-of-an-own-event"))
    for m in _MONTH_AND_YEAR.finditer(text):
        if not sentences.has(_FIRST_PERSON, m.start()):
            continue
        if m.group("year") is not None:
            if sentences.has(_LIFE_EVENT, m.start()):
                spans.append(Span(m.start("year"), m.end("year"), Kind.DATE, "year-of-an-event"))
        elif sentences.has(_EVENT_IN_A_SENTENCE, m.start()):
            spans.append(Span(m.start(1), m.end(1), Kind.DATE, "month-of-an-own-event"))
    return [with_month(text, span) for span in spans]


def with_month(text: str, span: Span) -> Span:
    """A year with the month before it: "[maart 2021]", not "maart [2021]"."""
    if not _A_YEAR.fullmatch(text, span.start, span.end):
        return span
    m = _MONTH_BEFORE.search(text, max(0, span.start - 30), span.start)
    return span if m is None else Span(m.start(), span.end, span.kind, span.source)
