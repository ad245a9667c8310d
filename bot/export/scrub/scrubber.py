"""The scrubber: deduce plus our rules plus the keep-list, one answer at a time.

Order of work for one text:

0. read an answer shouted or written With Capitals On Every Word as ordinary text
   (:mod:`bot.export.scrub.case`; positions stay, the answer as written is what is replaced);
1. find the keep-list names (places of Overijssel, the programme's names);
2. collect spans from deduce (its raw annotations, before its own post-processing) and from
   our rules (identifiers, phones, contact, plates, ages, dates of birth, addresses, schools,
   roles, names);
3. drop the names that are words (:mod:`bot.export.scrub.ordinary`; in an answer written in
   German its nouns, :mod:`bot.export.scrub.german`) and cut kept names out of name and place
   spans — unless the kept name stands right after a first name, an initial or a title ("Jan
   Kampen", "wethouder Kampen"): then it is a surname and goes too;
4. leave titles visible ("burgemeester [naam]"), find ages written after a name
   ("Sander, 31"), and the years and days of a life (:mod:`bot.export.scrub.rules.years`,
   which leaves a birth year already read as an age alone, and
   :mod:`bot.export.scrub.rules.days`);
5. merge overlapping spans (the higher-priority kind wins) and replace each by its tag.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.export.labels import TAGS
from bot.export.records import Language
from bot.export.scrub import case, german, patterns, unsure
from bot.export.scrub.engine import DeduceEngine, to_spans
from bot.export.scrub.keep import KeepList, KeepSpan, keep_list
from bot.export.scrub.kinds import Kind
from bot.export.scrub.ordinary import is_ordinary
from bot.export.scrub.place_or_name import places_elsewhere, surname_start
from bot.export.scrub.rules import (
    addresses,
    ages,
    business_names,
    contact,
    dates,
    days,
    german_roles,
    identifiers,
    long_numbers,
    names,
    names_before_ages,
    number_words,
    pets,
    phones,
    plates,
    repeated_names,
    roles,
    schools,
    spoken_names,
    streets,
    towns,
    years,
)
from bot.export.scrub.rules.names import SIGN_OFF_WORDS, KnownPerson, NameContext
from bot.export.scrub.rules.person_context import PersonContext, at_sentence_start
from bot.export.scrub.spans import Span, balance, merge, render_marked
from bot.export.scrub.vocabulary import vocabulary
from bot.export.scrub.words import (
    CONNECTORS,
    EMOJI,
    GREETINGS,
    INTERFIX_WORDS,
    NEVER_NAMES,
    NICKNAME_ADJECTIVES,
    NOT_NAMES,
    RELATIONS,
    TITLES,
)

_BEFORE_A_NAME = (RELATIONS | TITLES | GREETINGS | SIGN_OFF_WORDS) - NEVER_NAMES
"""Words a name follows: in a shouted answer the word after one keeps its capital."""
_PRECEDING_TOKEN = patterns.compile(r"(\S+)[ \t]+$")
_ROAD = patterns.compile(r"(?i)^(?:de[ \t]+)?[ans][ \t]?\d{1,3}$")
"""A road's number is no address: "de N 348", "de A1" (deduce reads a street and a number)."""
_A_MONTH = patterns.compile(rf"(?i)^(?:{dates.MONTHS})[ \t]+\d{{1,4}}$")
"""A month and a year or day is no street and number: "in August 2021" (deduce reads one)."""
_ARABIC_PARTICLES = ("al", "el", "abu", "abd", "bin", "ben", "ibn", "ould", "ait", "ul")
"""Particles of Arabic surnames: found alone by deduce ("[El] Khattabi"), or joined by a hyphen
after a first name ("Lina Al-Khatib")."""
_CAPITALISED_AFTER = patterns.compile(r"[ \t]+([A-Z][a-zà-ÿ'’-]{2,})(?![\w'’-])")
_MONTH_AFTER = patterns.compile(rf"(?i)[ \t]+(?:{dates.MONTHS})(?![\w'’])")
_INITIAL = patterns.compile(r"^(?:[A-Z]\.)+$")
_LETTER = patterns.compile(r"[^\W\d_]")
_WORDS = patterns.compile(r"[\w']+")
_AMSTERDAM = ZoneInfo("Europe/Amsterdam")
"""Where "this year" is counted: a year after it is a plan, not a year of someone's life."""
_EDGE_WORD = patterns.compile(r"^[\s,.;:!?()\-–]*([\w']+)[\s,.;:!?()\-–]*")
_AGE_AFTER_NAME = patterns.compile(
    r"(?:[ \t]+(?i:btw|trouwens|dus|hoor|haha|lol|hier|here))?"
    r"[ \t]*(?:[,(–—]|-(?=[ \t]))[ \t]*(?:(?i:toen|nu|now|inmiddels|al|bijna|ruim|nog|maar|mar|"
    r"pas|net|just|only|already|ook|zelf)[ \t]+)*"
    rf"(\d{{1,3}}|(?<![\w-])(?:{number_words.pattern()})(?![\w-]))"
    r"(?=[ \t]*(?:,|\)|$|\n|(?i:jaar|joar|jaor|jier|years?|jahre?)\b|\.|;|:(?!\d)|[–—]|-[ \t]))"
)
"""A number set off after a name: "Sanne (14)", "Mina Kotterink, toen al 91, had", "ik ben
sterre btw, 16", "Niels, nog mar zeuventien, rijdt", "Shivani Ramdin – 19 – student", "een
oud-wethouder van Dalfsen, nu 76: …"."""
_OF_AGE_AFTER_NAME = patterns.compile(
    r"[ \t]+van[ \t]+(\d{1,3})(?=[ \t]+(?!(?:tot|uur|jaar|procent|euro|km|keer|"
    r"(?:en|of)[ \t]+(?:\d|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)|"
    + dates.MONTHS
    + r")\b)[a-z]|[ \t]*[,.;!?)])"
    rf"|[ \t]+van[ \t]+((?<![\w-])(?:{number_words.pattern()}))(?![\w-])"
    r"(?=[ \t]*(?:[,.;!?)\n]|$)|[ \t]+(?:en|and|&)[ \t]+[A-Z]"
    r"|[ \t]+(?:met|naar|in|op|is|was|zit|zat|gaat|ging|heeft|had|en[ \t]+(?:ik|hij|zij|ze))\b)"
)
"""An age after a name with "van": "meneer Olthof van 93 vertelde", "Adam van negen en Sara
van zes" — not "van 9 tot 5", "van 12 mei", "Jan van drie huizen verder"."""
_AGE_WORD_AFTER_NAME = patterns.compile(
    rf"[ \t]*[,(][ \t]*(?:van[ \t]+)?((?<![\w-])(?:{number_words.pattern()}))[ \t]+"
    r"(?i:jaar|joar|jaor|jier|years?)(?:[ \t]+(?i:oud|old))?(?=[ \t]*(?:[,)]|$|\n|\.|;))"
    rf"|[ \t]+van[ \t]+((?:\d{{1,2}}|(?<![\w-])(?:{number_words.pattern()})))[ \t]+"
    r"(?i:jaar|joar|jaor|jier)(?![\w'’])"
)
"""An age in words after a name, set off or with "van": "Tijn, tien joar, was", "Hanneke van
negen joar"."""
_AGES_LISTED_AFTER_NAMES = patterns.compile(
    r"[ \t]+van[ \t]+(\d{1,2}|(?<![\w-])[^\W\d_]+)(?![\w-])"
    r"(?=(?:[ \t]*(?:,|en|and)[ \t]*|[ \t]+)(?:\d{1,2}(?!\d)|"
    + number_words.LISTED_NUMBER_WORD
    + r"(?![\w-])))"
)
"""The ages of the children just named, in a list: "jesse fenna en sil van acht zes en twee"
(the joined ones: :func:`ages.joined_to_an_age`)."""
_BIRTH_YEAR_AFTER_NAME = patterns.compile(
    r"(?i)[ \t]*[,(][ \t]*(?:bj\.?|b\.j\.|bouwjaar|geb\.?|geboren|born|°)[ \t]*((?:19|20)\d{2})\b"
)
"""A birth year set off after a name: "Aleida Hoekstra, bj. 1946" — after a person, "bj."
is her year, not a house's or a car's."""
_AGE_IN_A_RELATIVE_CLAUSE = patterns.compile(
    r"(?i)[ \t]*,[ \t]*(?:die|who)[ \t]+(?:(?:nu|pas|al|now|inmiddels|net|bijna|just)[ \t]+)?"
    rf"(\d{{1,3}}|(?<![\w-])(?:{number_words.pattern()})(?![\w-]))"
    r"(?:[ \t]+(?:jaar|joar|years?)(?:[ \t]+(?:oud|old))?)?"
    r"[ \t]+(?:is|was|wordt|werd|turns|turned)(?![\w'’])"
    r"|[ \t]*,?[ \t]+(?:die|who)[ \t]+(?:is|was|wordt|werd|turned)[ \t]+"
    r"(?:(?:nu|pas|al|now|inmiddels|net|bijna|just)[ \t]+)?"
    rf"(\d{{1,3}}|(?<![\w-])(?:{number_words.pattern()})(?![\w-]))"
    r"(?=[ \t]*(?:[,.;:!?)]|$|\n|[" + EMOJI + r"]|(?:jaar|joar|years?|en|and|maar|but|komma|punt)"
    r"(?![\w'’])))"
)
"""An age in a relative clause after a name: "Joost, die nu 22 is en …", "Isa, die vijftien
is, fietst", "mijn zoon jesse die is dertien komma", "mijn zusje Fenne, die is pas 3 🐕"."""
_AGE_THIS_WEEK = patterns.compile(
    r"(?i)[ \t]+(?:is|wordt|werd)[ \t]+(?:deze|this)[ \t]+(?:week|maand|month)[ \t]+"
    rf"(\d{{1,3}}|(?<![\w-])(?:{number_words.pattern()})(?![\w-]))"
    r"(?:[ \t]+(?:jaar|years?))?[ \t]+(?:geworden|turned|oud|old)(?![\w'’])"
)
"""An age reached this week: "Lotte is deze week 12 geworden" — not "is deze week 3 nachten op
kamp" or "25 jaar in de zorg"."""
_AGE_BEFORE_THE_VERB = patterns.compile(
    rf"[ \t]+(\d{{1,3}}|(?<![\w-])(?:{number_words.pattern()})(?![\w-]))"
    r"[ \t]+(?:(?i:jaar|joar)[ \t]+)?(?i:werd|wordt|geworden|wörd|wier)(?![\w'’])"
)
"""An age before the verb that closes the clause: "toen mijn moeder Riek honderd werd"."""
_BARE_AGE_AFTER_NAME = patterns.compile(
    r"[ \t]+(\d{1,2})(?=[ \t]*(?:$|\n|[,;!)]|\.(?!\d)|(?i:uit|from|jr|jaar|en|and|&)\b))"
)
"""A bare number right after a name that ends the signature or the clause, or stands before
where someone is from or the next name: "groetjes sanne 14", "elin 15, 3 havo", "[naam] 15
uit Ommen", "(Noor 4, Finn 7 and Sara 10)"."""
_MIN_BARE_AGE = 6
"""A bare number after a name below this is no age ("bus 2 naar Ommen") — but in brackets it
is: "(Noor 4, Finn 7 and Sara 10)"."""
_AGE_VERB_AFTER_NAME = patterns.compile(
    r"(?i)[ \t]*,?[ \t]+(?:is|was|wordt|word|wördt|wör|werd|turned|turns)[ \t]+"
    r"(?:(?:nu|pas|al|now|ook|also|still|nog|already|inmiddels|just|net|wel|toch|al[ \t]+wel|"
    r"ook[ \t]+al|vandaag|gisteren|morgen|today|yesterday|tomorrow|"
    r"(?:volgende|next)[ \t]+(?:week|maand|month))[ \t]+)?"
    rf"(\d{{1,3}}(?![\w.,]\d|[\w])|(?<![\w-])(?:{number_words.pattern()})(?![\w-]))"
    r"(?![ \t]*(?:%|keer|euro|km|minuten|uur|dagen|weken|maanden|times|hours|days|punten|"
    r"plaatsen|meter|kilo|boete)\b)"
    # how long, not how old: "is deze week 3 jaar getrouwd", "10 jaar in dienst"
    r"(?![ \t]+(?:jaar|joar|years?)[ \t]+(?:getrouwd|in[ \t]+dienst|lid|samen|married|together|"
    r"bezig|actief|werkzaam|vrijwilliger|voorzitter)(?![\w'’]))"
)


@dataclass(frozen=True, slots=True)
class ScrubResult:
    """Scrubbed text, how many items of each kind were replaced, and where (for tests).

    ``marks`` are the spots (start, end in ``text``) the scrubber was unsure about and left
    in, for an editor to check (:mod:`bot.export.scrub.unsure`).
    """

    text: str
    counts: dict[str, int]
    spans: tuple[Span, ...] = ()
    marks: tuple[tuple[int, int], ...] = ()
    marks_in_source: tuple[tuple[int, int], ...] = ()
    """The same spots in the original text (like ``spans``, for tests)."""


@dataclass(frozen=True, slots=True)
class ScrubItem:
    """One text to scrub with the known person of its author."""

    text: str
    person: KnownPerson | None = None


class Scrubber:
    """Finds and replaces personal data in free text.

    ``engine`` is the loaded deduce model; ``None`` runs our rules alone, which is only
    meant for fast unit tests of the rules. ``this_year`` (today's by default) tells a year of
    someone's life from a plan: a later year stays.
    """

    def __init__(
        self,
        engine: DeduceEngine | None,
        keep: KeepList | None = None,
        this_year: int | None = None,
    ) -> None:
        self.engine = engine
        self.this_year = this_year or datetime.datetime.now(_AMSTERDAM).year
        self.keep = keep or keep_list()
        self.vocabulary = vocabulary()
        self.context = NameContext(
            first_names=self.vocabulary.first_names,
            common_words=self.vocabulary.common_words,
            is_kept=self.keep.contains,
            surnames=self.vocabulary.surnames,
            english=self.vocabulary.english,
            is_known=self.vocabulary.known_word,
            function_names=self.vocabulary.function_names,
            frequent_word_names=self.vocabulary.frequent_word_names,
            is_name_like=self.vocabulary.name_like,
            is_compound=self.vocabulary.compound_of_words,
        )
        self.person = PersonContext(self.vocabulary, self.keep.contains)

    def find(self, text: str, person: KnownPerson | None = None) -> list[Span]:
        """Merged, sorted spans of personal data in ``text``."""
        return self.analyse(text, person)[0]

    def analyse(
        self, text: str, person: KnownPerson | None = None
    ) -> tuple[list[Span], list[tuple[int, int]]]:
        """(merged spans of personal data, unsure spots left in) for ``text``."""
        if not text or not text.strip():
            return [], []
        text = case.readable(
            text,
            self.vocabulary.known_word,
            self._is_first_name,
            lambda word: word.lower() in self.vocabulary.surnames,
            self.keep.contains,
            lambda word: word.lower() in _BEFORE_A_NAME,
        )  # "MIJN VROUW IS GEVALLEN": positions stay, so the spans fit the answer as written
        keep_spans = self.keep.find(text)
        found: list[Span] = []
        if self.engine is not None:
            found += [
                s
                for s in to_spans(self.engine.annotate(text, person))
                if not (
                    s.kind in (Kind.PHONE, Kind.NUMBER)
                    and phones.is_service_number(text[max(0, s.start - 5) : s.end])
                )
            ]  # "0800-1234567": a service's number, no one's own
            found = [trimmed for s in found if (trimmed := self._from_deduce(text, s)) is not None]
        found += identifiers.find(text)
        found += long_numbers.find(text)
        found += phones.find(text)
        found += contact.find(text, self._known_or_place)
        found += plates.find(text)
        age_spans, age_spots = ages.analyse(text)
        found += age_spans
        found += dates.find(text, self.this_year)
        for address in addresses.find(text):
            if address.source == "address-landmark":
                # "naast de kerk in bruinehaar": in a village that is one household
                found.append(towns.with_village(text, address, self._is_place))
            elif address.source in ("address-farm-named", "address-spoken-postcode"):
                # "De Boskamp": the article is part of a farm's name; "naar de esch dertien
                # zeven vier …": and of a street's read out before its postcode
                found.append(address)
            elif (trimmed := self._trim_address(text, address)) is not None:
                found.append(trimmed)
        found += streets.find(text, self.vocabulary.known_word)
        found += addresses.in_a_town(text, self._is_place, self.vocabulary.known_word)
        found = [addresses.with_its_name(text, s) if s.kind is Kind.ADDRESS else s for s in found]
        found = [
            s
            for s in found
            if not (
                s.kind is Kind.ADDRESS
                and (_ROAD.match(text[s.start : s.end]) or _A_MONTH.match(text[s.start : s.end]))
            )
        ]
        school_spans = schools.find(text, self._known_or_place, self._is_place)
        found += school_spans
        role_spans, role_spots = roles.analyse(
            _places_capitalised(text, keep_spans),
            self.vocabulary.known_word,
            self._is_first_name,
            self.vocabulary.top_word,
            self._is_place,
        )
        found += role_spans
        teachers = _teachers_of_a_school(text, school_spans)
        found = [
            s for s in found if not (s.kind is Kind.SCHOOL and _within(s, teachers))
        ] + teachers  # "[leerkracht groep 8 op De Bongerd]": a role, the class and school in it
        found = [s for s in found if not _street_of_a_role(s, role_spans)]
        found += german_roles.find(text, self.vocabulary.first_names)
        found += names.find(text, person, self.context)
        found += names.echoes(text, found, self.context)
        found += business_names.find(text, self.vocabulary, self.keep.contains)
        found += self.person.find(text)
        found += pets.find(text, self._is_place, self._is_first_name, self.vocabulary.top_word)
        found += spoken_names.find(text, self.vocabulary, self._is_place)

        candidates = [s for s in found if s.kind in (Kind.NAME, Kind.PLACE)]
        ordinary = [
            s
            for s in candidates
            if s.source != names.SURELY_THE_KNOWN_PERSON and is_ordinary(text, s, self.vocabulary)
        ]
        name_like = [
            Span(start, s.end, s.kind, s.source)
            for s in candidates
            if s not in ordinary and (start := self._without_german_nouns(text, s)) is not None
        ]  # "mein [Mann Herman Nijenhuis]": German writes its nouns with a capital
        programme = [k for k in keep_spans if k.kind == "programme"]
        found = [_with_programme(text, s, programme) for s in found]
        others = [
            s
            for s in found
            if s.kind not in (Kind.NAME, Kind.PLACE)
            and not (s.kind is Kind.ROLE and _starts_in(s, programme))
        ]
        keep_spans = sorted(
            keep_spans + places_elsewhere(text, self.vocabulary, keep_spans),
            key=lambda k: k.start,
        )
        surnames: list[Span] = []
        protected: list[KeepSpan] = []
        for keep in keep_spans:
            start = None
            if keep.kind == "place":
                start = surname_start(text, keep, name_like, self.vocabulary, self.keep.contains)
            if start is None:
                protected.append(keep)
            else:
                surnames.append(Span(start, keep.end, Kind.NAME, "surname-in-context"))
        resolved: list[Span] = []
        for span in name_like:
            if span.source == names.SURELY_THE_KNOWN_PERSON:
                resolved.append(span)  # "Gruß, Heino": their own name, though a place too
            else:
                resolved += _subtract(text, span, protected)
        resolved += surnames
        resolved = [s for s in (_strip_title(text, s) for s in resolved) if s is not None]
        resolved = [self._with_unknown_surname(text, _whole_name(text, s)) for s in resolved]
        named_schools = schools.find_alone(text)
        # "het Etty Hillesum Lyceum", "het pius x": a school's name is no person's (a school
        # named alone is marked for the editor below)
        school_keeps = [KeepSpan(start, end, "programme") for start, end in named_schools]
        resolved = [
            piece
            for span in resolved
            for piece in (_subtract(text, span, school_keeps) if span.kind is Kind.NAME else [span])
        ]
        others += _ages_after_names(text, resolved, [s.start for s in school_spans])
        others += _ages_after_persons(text, [s for s in others if s.kind is Kind.ROLE])
        others += _ages_opening_a_sentence(
            text, {s.start for s in others if s.kind in (Kind.SCHOOL, Kind.ROLE)}
        )
        others += ages.joined_to_an_age(
            text, [s for s in others if s.kind is Kind.AGE and s.source == "age-after-name"]
        )
        others = [
            ages.with_unit(text, s) if s.kind is Kind.AGE else s
            for s in others
            if not (s.kind is Kind.AGE and _MONTH_AFTER.match(text, s.end))
        ]  # "Femke is 17 mei getrouwd": a day, no age
        resolved += names_before_ages.find(
            text,
            others,
            self.keep.contains,
            self.vocabulary.name_like,
            self.vocabulary.known_word,
        )
        resolved += names.joined_to_a_name(text, resolved, self.context)
        resolved += names.prefixes_between(text, resolved)
        repeated = repeated_names.find(
            text, resolved, others + resolved, protected, self.keep.contains, self.vocabulary
        )
        resolved += repeated
        others += [
            ages.with_unit(text, s)
            for s in _ages_after_names(text, repeated, [s.start for s in school_spans])
            if s.kind is Kind.AGE and not _MONTH_AFTER.match(text, s.end)
        ]  # "(Chantal, Dewi en Rahaf) … Rahaf is pas 17, mag dat?": the age of a name repeated
        others += years.find(text, others + resolved, self.this_year, self.vocabulary.known_word)
        others = [dates.with_range_start(text, s) if s.kind is Kind.DATE else s for s in others]
        others += days.find(text, others + resolved)
        others = [s for s in others if not _within(s, programme)]  # "Natura 2000": a name
        others = [
            s
            for s in others
            if s.source not in ("age-all-in-brackets", "age-brackets-before-school")
            or _named_before(text, s, resolved)
        ]  # "Femke en Thijmen (alle drie 15)" — not "een Batavus en een Gazelle (allebei 20)"
        spans = balance(merge(others + resolved, text), text)
        marks = unsure.spots(
            text,
            spans,
            protected,
            self.vocabulary,
            kept_names=[s for s in ordinary if s.kind is Kind.NAME],
            schools_alone=named_schools,
            rule_spots=role_spots
            + age_spots
            + schools.places_after(text, school_spans)
            + schools.classes_alone(text, school_spans)
            + dates.spots(text)
            + addresses.spots(text, self.vocabulary.known_word, self._is_place),
        )
        return spans, marks

    def scrub(
        self, text: str, person: KnownPerson | None = None, language: Language = "nl"
    ) -> ScrubResult:
        spans, marks = self.analyse(text, person)
        tags = TAGS[language]
        counts = Counter(str(s.kind) for s in spans)
        scrubbed, moved = render_marked(text, spans, _tagger(tags), marks)
        return ScrubResult(scrubbed, dict(counts), tuple(spans), moved, tuple(marks))

    def _known_or_place(self, word: str) -> bool:
        """An ordinary word or a place ("havo 4 lochem" names no school)."""
        return (
            self.vocabulary.known_word(word)
            or word in self.vocabulary.places_elsewhere
            or self.keep.contains(word)
        )

    def _without_german_nouns(self, text: str, span: Span) -> int | None:
        v = self.vocabulary
        return german.without_nouns(text, span.start, span.end, v.first_names, v.german, v.surnames)

    def _is_place(self, word: str) -> bool:
        """A place of Overijssel or elsewhere ("[3 havo op 't Assink in Neede]")."""
        return self.keep.contains(word) or word.lower() in self.vocabulary.places_elsewhere

    def _is_first_name(self, word: str) -> bool:
        return word.lower() in self.vocabulary.first_names

    def _with_unknown_surname(self, text: str, span: Span) -> Span:
        """A first name found alone, with the capitalised word after it that no list knows:
        "[Szymon Nowicki] jij was een top teamgenoot", "[El Khattabi]" — a surname deduce's
        list lacks (not a word, a place or another first name: "Jan Vreugde", "Anna Ommen")."""
        found = text[span.start : span.end].strip()
        if span.kind is not Kind.NAME or " " in found:
            return span
        if not (
            self.vocabulary.any_first_name(found.lower()) or found.lower() in _ARABIC_PARTICLES
        ):
            return span  # a surname found alone: the capitalised word after it may be a place
        m = _CAPITALISED_AFTER.match(text, span.end)
        if m is None:
            return span
        word = m.group(1)
        folded = word.lower()
        if (
            self.vocabulary.known_word(folded)
            or self.vocabulary.any_first_name(folded)
            or self._is_place(word)
            or self.keep.contains(word)
            or folded in NEVER_NAMES
        ):
            return span
        return Span(span.start, m.end(1), span.kind, span.source)

    def _from_deduce(self, text: str, span: Span) -> Span | None:
        """deduce's span as far as it holds: an address after "in" that starts with a town is
        the town and a number ("i live in [Kampen 3] years"); a name that starts with an English
        possessive or article is none ("[My Dutch] is still A2"); single letters after a digit
        read out are a postcode's, no initials ("zes vier één [E K Wierden]")."""
        if span.kind is Kind.ADDRESS and _IN_BEFORE.search(
            text, max(0, span.start - 4), span.start
        ):
            return self._trim_address(text, span)
        if span.kind is Kind.NAME and _ENGLISH_DETERMINER.match(text, span.start, span.end):
            return None
        if span.kind is Kind.NAME:
            span = self._without_leading_word(text, span)
        if span.kind is Kind.NAME and _SPOKEN_LETTERS_BEFORE.search(text, 0, span.start):
            letters = _LEADING_LETTERS.match(text, span.start, span.end)
            if letters is not None:
                # "… zes vier één [E K] Wierden": a postcode's letters read out, no initials
                rest = text[letters.end() : span.end]
                if self._is_place(rest):
                    return None
                return Span(letters.end(), span.end, span.kind, span.source)
        return span

    def _without_leading_word(self, text: str, span: Span) -> Span:
        """A name of deduce's without the frequent word in lower case it starts with ("toen
        [Raalte] en Heino ruzie kregen": "toen" is no first name) — a surname's prefix ("de
        Vries") and a first name that is a word too stay."""
        m = _LOWER_WORD_AND_CAPITAL.match(text, span.start, span.end)
        if m is None:
            return span
        word = m.group(1)
        if (
            not self.vocabulary.top_word(word)
            or word in INTERFIX_WORDS
            or self.vocabulary.any_first_name(word)
        ):
            return span
        return Span(m.end(1) + len(m.group(2)), span.end, span.kind, span.source)

    def _trim_address(self, text: str, span: Span) -> Span | None:
        """Drop leading words of an address that are a kept place or a sentence word; ``None``
        where that leaves a number alone ("schutterskoning van Lemelerveld 2024": a place).
        After "aan de", "op de" a place with a house number is the street named after it
        ("an de Schuinesloot 112")."""
        if _ARTICLE_OF_A_STREET.search(text, max(0, span.start - 12), span.start):
            return span  # "aan de [de ruyterstraat 23]"
        article = _LEADING_ARTICLE.match(text, span.start, span.end)
        if article is not None and _PREPOSITION_OF_A_STREET.search(
            text, max(0, span.start - 6), span.start
        ):
            return Span(
                article.end(), span.end, span.kind, span.source
            )  # "an de [Schuinesloot 112]"
        start = span.start
        while True:
            m = re.match(r"([\w'.-]+)\s+", text[start : span.end])
            if m is None:
                break
            word = m.group(1)
            if word == "De" and span.source == "address" and not at_sentence_start(text, start):
                break  # "at De Horstlindelaan 17-3": the article in capitals is the street's
            if self.keep.contains(word) or word.lower() in NOT_NAMES:
                start += m.end()
                continue
            break
        if start > span.start and text[start : span.end].isdigit():
            return None
        return Span(start, span.end, span.kind, span.source)


_LEADING_ARTICLE = patterns.compile(r"(?i)(?:de|het)[ \t]+")
_LOWER_WORD_AND_CAPITAL = patterns.compile(r"([a-z]+)([ \t]+)(?=[A-Z])")
_SPOKEN_LETTERS_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[ \t]+){2,}$"
)
"""Digits read out before: a postcode's ("zes vier één E K"), not an article ("met een J
Jansen")."""
_LEADING_LETTERS = patterns.compile(r"(?:[A-Za-z][ \t]+)+|[A-Z]{2}[ \t]+")
_IN_BEFORE = patterns.compile(r"(?i)(?<![\w'’])in[ \t]+$")
_ENGLISH_DETERMINER = patterns.compile(r"(?:My|Your|Our|His|Her|Their|Its|The)[ \t]")
_PREPOSITION_OF_A_STREET = patterns.compile(r"(?i)(?<![\w'’])(?:aan|an|op)[ \t]+$")
_ARTICLE_OF_A_STREET = patterns.compile(r"(?i)(?<![\w'’])(?:aan|an|op)[ \t]+(?:de|het|'t)[ \t]+$")


def _named_before(text: str, age: Span, names: list[Span]) -> bool:
    """Whether a name ends right before the brackets the age stands in, or the brackets open a
    sentence of their own ("volgend jaar win ik. (16, 5 havo …)")."""
    bracket = text.rfind("(", 0, age.start)
    if bracket >= 0 and _OPENS_A_SENTENCE.search(text, 0, bracket) is not None:
        return True
    return bracket >= 0 and any(
        n.kind is Kind.NAME and 0 <= bracket - n.end <= 2 and not text[n.end : bracket].strip()
        for n in names
    )


_OPENS_A_SENTENCE = patterns.compile(r"(?:^|[.!?\n])[ \t]*$")


def _teachers_of_a_school(text: str, school_spans: list[Span]) -> list[Span]:
    """Who teaches the class of a school, named right before it: "[leerkracht groep 8 op De
    Bongerd in Olst]", "[mentor 3 havo van het Carmel]" — one person's role."""
    found = []
    for school in school_spans:
        teacher = _TEACHER_BEFORE.search(text, max(0, school.start - 24), school.start)
        if teacher is not None:
            found.append(Span(teacher.start(), school.end, Kind.ROLE, "role-teacher-of-class"))
    return found


_TEACHER_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:leerkracht|docent|docente|leraar|lerares|juf|meester|mentor|mentrix|"
    r"teacher|tutor|slb'er|slb-er|lob-docent|ib'er|intern[ \t]+begeleider|conciërge|concierge|"
    r"onderwijsassistent|klassenassistent)[ \t]+(?:(?i:in|van|op|bij)[ \t]+)?$"
)


def _street_of_a_role(span: Span, roles: list[Span]) -> bool:
    """A street named without a number inside where a role is ("melkveehouder aan de
    holterweg"): the role says it all, as [functie]."""
    return span.source == streets.SOURCE and any(
        role.start <= span.start and span.end <= role.end for role in roles
    )


def _with_programme(text: str, span: Span, programme: list[KeepSpan]) -> Span:
    """A role that ends inside the name of a programme takes the whole name and where it is
    after it: "[projectleider van Overijssel doet mee! bij de provincie]"."""
    if span.kind is not Kind.ROLE:
        return span
    for keep in programme:
        if keep.start < span.end < keep.end:
            return Span(span.start, roles.where_after(text, keep.end), span.kind, span.source)
    return span


def _places_capitalised(text: str, keep_spans: list[KeepSpan]) -> str:
    """``text`` with the kept places written in lower case capitalised ("bij de jumbo in
    nijverdal" → "in Nijverdal"), so the role rules see where a role is, as teenagers type it.
    The length stays the same, so positions do too."""
    lower = [k for k in keep_spans if k.kind == "place" and text[k.start : k.start + 1].islower()]
    if not lower:
        return text
    chars = list(text)
    for keep in lower:
        for position in range(keep.start, keep.end):
            if position == keep.start or chars[position - 1] in " \t":
                upper = chars[position].upper()
                if len(upper) == 1:
                    chars[position] = upper  # "in hoge hexel" → "in Hoge Hexel"
    return "".join(chars)


def _within(span: Span, others: list[KeepSpan] | list[Span]) -> bool:
    """Whether ``span`` lies inside one of ``others``: a kept name ("2000" of "Natura 2000"),
    a teacher's role ("groep 8 op De Bongerd" of "leerkracht groep 8 op De Bongerd")."""
    return any(o.start <= span.start and span.end <= o.end for o in others)


def _starts_in(span: Span, keeps: list[KeepSpan]) -> bool:
    """Whether ``span`` starts inside a kept name ("Gedeputeerde Staten" is no role)."""
    return any(k.start <= span.start < k.end for k in keeps)


def _tagger(tags: dict[str, str]) -> Callable[[Kind], str]:
    def tag(kind: Kind) -> str:
        return tags[str(kind)]

    return tag


def _subtract(text: str, span: Span, protected: list[KeepSpan]) -> list[Span]:
    """``span`` minus the kept names inside it, each piece trimmed of little words."""
    cuts = sorted(
        (k for k in protected if k.start < span.end and span.start < k.end), key=lambda k: k.start
    )
    if not cuts:
        return [span]
    pieces = []
    position = span.start
    for keep in cuts:
        if keep.start > position:
            pieces.append((position, keep.start))
        position = max(position, keep.end)
    if position < span.end:
        pieces.append((position, span.end))
    result = []
    for start, end in pieces:
        if all(w.lower() in CONNECTORS for w in _WORDS.findall(text[start:end])):
            continue
        trimmed = _trim_connectors(text, start, end)
        if trimmed is not None:
            result.append(Span(trimmed[0], trimmed[1], span.kind, span.source))
    return result


def _trim_connectors(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim spaces, punctuation and lower-case connectors ("van", "aan de") off both ends."""
    changed = True
    while changed and start < end:
        changed = False
        chunk = text[start:end]
        stripped = chunk.lstrip(" \t\n,.;:!?()-–")
        if len(stripped) != len(chunk):
            start += len(chunk) - len(stripped)
            changed = True
        chunk = text[start:end]
        stripped = chunk.rstrip(" \t\n,.;:!?()-–")
        if len(stripped) != len(chunk):
            end -= len(chunk) - len(stripped)
            changed = True
        chunk = text[start:end]
        words = chunk.split()
        if words and words[0] in CONNECTORS:
            start += chunk.index(words[0]) + len(words[0])
            changed = True
        elif words and words[-1] in CONNECTORS:
            end = start + chunk.rindex(words[-1])
            changed = True
    if start >= end or not _LETTER.search(text[start:end]):
        return None
    return start, end


_INITIAL_AFTER = patterns.compile(
    r"[ \t]+(?:[B-DF-HJ-NP-TV-Z]\.?|[b-df-hj-np-tv-z]\.|[bcfghjlpqrvwxz])(?=[ \t]|$|[,;:!?)])"
    r"|[ \t]+[dkmnst](?=[ \t]*(?:$|[,;:!?)]|[" + EMOJI + r"]))"
    # "jesse k en jesse b": another name with its initial after "en"
    r"|[ \t]+[dkmnst](?=[ \t]+(?:en|&)[ \t]+[^\W\d_]+[ \t]+"
    r"(?:(?:de|van|vd|ter|ten)[ \t]+)?[^\W\d_](?![\w'’]))"
    # "sem de v", "lisa van d.": a surname's prefix and its initial (not "van t", "'t" is "het")
    r"|[ \t]+(?:de|van|vd|ter|ten|van[ \t]+de[nr]?)[ \t]+"
    r"(?:[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z]\.|[bcdfghjlmpqrvwxzBCDFGHJLMPQRVWXZ](?![\w'’.]))"
    # "fleur k heeft t gered": a verb only the third person has ("'k" says "ik": "emma k kan
    # vandaag niet")
    r"|[ \t]+[dkmns](?=[ \t]+(?:heeft|is|zegt|doet|komt|gaat|wint|staat|ziet|wordt)(?![\w'’]))"
)
"""A surname's initial after a first name: "daan v wel", "Daan V. zei" — a consonant, so never
"u", "a", "o", "e" or "I", and in lower case without a dot not one that stands for a short
word ("Piet n boek", "'k", "'t", "'s", "'m", "'d") — unless only a mark or an emoji
follows ("met jesse en kevin k 😢"), another name with its initial ("jesse k en jesse b", "sem k
en sem de v") or a verb of the third person ("fleur k heeft t gered"); and a surname's prefix
with its initial ("sem de v stemde tegen")."""


_SURNAME_AFTER_BRACKET = patterns.compile(
    r"[ \t]*\)[ \t]+(?:(?:van|de|der|den|ter|ten|te|Van|De|Ter|Ten)[ \t]+)*[A-Z][\w'’-]+"
)
_INITIALS_BEFORE = patterns.compile(
    # "G. en H. Kleine Schaars": two people's initials and their surname
    r"(?<![\w.])(?:[A-Z]\.[ \t]?){1,4}(?:[ \t]*(?:en|&)[ \t]+(?:[A-Z]\.[ \t]?){1,4})?"
    r"[ \t]*(?:\([ \t]*)?$"
    r"|(?i:(?<![\w.])(?:t\.?n\.?v\.?|t\.a\.v\.?)[ \t]+)(?P<lower>[a-z]\.?[ \t]+)$"
    r"|(?<![\w.'’])(?P<typed>(?:[a-z]\.[ \t]?){1,3})[ \t]+$"
)
"""Initials before a name, or before the first name in brackets: "G. ", "A.J. (Albert)";
after "tnv" also one in lower case ("tnv s wieringa"), and lower-case initials with their dots
("naam j. ten hove") — not an abbreviation (:data:`_ABBREVIATIONS`, "o.a. [naam]")."""
_ABBREVIATIONS = frozenset(
    {"o.a.", "m.n.", "e.d.", "e.a.", "a.u.b.", "i.p.v.", "t.o.v.", "d.w.z.", "m.b.t.", "n.a.v."}
    | {"i.v.m.", "z.s.m.", "c.q.", "t.z.t.", "o.i.d.", "v.d.", "i.e.", "e.g.", "p.s.", "a.s."}
    | {"z.o.z.", "t.a.v.", "m.a.w.", "v.a.", "b.v.", "n.v.", "a.m.", "p.m.", "m.i.", "o.b.v."}
    | {"o.l.v.", "n.b.", "d.m.v.", "i.s.m.", "m.i.v.", "m.m.v.", "i.o.m.", "x."}
)
"""Abbreviations written with dots in lower case, never initials."""


_NICKNAME_ADJECTIVE_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:" + "|".join(sorted(NICKNAME_ADJECTIVES - GREETINGS)) + r")[ \t]+$"
)
"""An adjective of a nickname before a name ("lange kees", "Dikke Dave") — not a greeting
("Lieve Anna")."""


def _whole_name(text: str, span: Span) -> Span:
    """A name with what belongs to it: its initials before it ("G. DENEKAMP", and the surname
    after "A.J. (Albert)"), a nickname's adjective ("lange kees"), the initial of its surname
    after it ("[naam]", not "[naam] v wel"), and never half a word ("[naam]", not
    "[naam]Sullivan" or "O'[naam]" of "O'Sullivan")."""
    if span.kind is not Kind.NAME:
        return span
    if span.source == names.GLUED_TO_A_WORD:
        return span  # "[naam]uitdalfsen": the rest of the word is no name
    start = span.start
    while start > 0 and (
        text[start - 1].isalpha()
        or (text[start - 1] in "'’" and start > 1 and text[start - 2].isalpha())
    ):
        start -= 1  # "O'[naam]" of "O'Connor" read as "O'" and a name
    if text[start : span.start].lower() in SIGN_OFF_WORDS:
        start = span.start  # "groetjes[naam]" of "groetjesMarco": the greeting stays
    end = span.end
    while end < len(text) and (
        text[end].isalpha()
        or (text[end] in "'’" and end + 1 < len(text) and text[end + 1].isalpha())
    ):
        end += 1
    nickname = _NICKNAME_ADJECTIVE_BEFORE.search(text, max(0, start - 12), start)
    if nickname is not None:
        start = nickname.start()  # "lange [naam]" of "lange kees": the adjective is the name
    initials = _INITIALS_BEFORE.search(text, max(0, start - 16), start)
    typed = initials.group("typed") if initials is not None else None
    if typed and typed.replace(" ", "") in _ABBREVIATIONS:
        initials = None
    if initials is not None:
        # "G. [naam]" of "G. DENEKAMP", "A.J. ([naam])", "tnv [naam]" of "tnv s wieringa"
        start = initials.start("lower") if initials.group("lower") else initials.start()
        surname = _SURNAME_AFTER_BRACKET.match(text, end) if "(" in initials.group(0) else None
        if surname is not None:
            end = surname.end()  # "A.J. (Albert) Wessels": the surname after the first name
    prefixed = _PREFIXED_SURNAME_AFTER.match(text, end)
    if prefixed is not None:
        end = prefixed.end()  # "[naam] Al-Khatib" of "Lina Al-Khatib"
    m = _INITIAL_AFTER.match(text, end)
    return Span(start, m.end() if m else end, span.kind, span.source)


_PREFIXED_SURNAME_AFTER = patterns.compile(
    rf"[ \t]+(?i:{'|'.join(_ARABIC_PARTICLES)})-[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?(?![\w'’-])"
)
"""A surname with an Arabic particle joined by a hyphen ("Al-Khatib", "el-Amrani", "Abu-Bakr")
after a first name: part of the name."""


def _strip_title(text: str, span: Span) -> Span | None:
    """Leave a leading title visible: "Burgemeester Van der Meer" -> "Burgemeester [naam]"."""
    if span.kind is not Kind.NAME or span.source in (
        "nickname",
        "pet-name",
        names.SURELY_THE_KNOWN_PERSON,
    ):
        return span  # "we noemen hem de prof": the nickname is the title; "ik ben lieve";
        # "de kat heet wethouder"
    start = span.start
    while start < span.end:
        m = re.match(r"([\w'.-]+?)\.?(?:\s+|$)", text[start : span.end])
        if m is None:
            break
        word = m.group(1).lower()
        if (
            word in TITLES
            or (word in RELATIONS and span.source.startswith("deduce:"))  # "Noaber Dinie"
            or f"{word}." in TITLES
            or word in SIGN_OFF_WORDS
            or word in GREETINGS
            or (word == "de" and _next_is_title(text, start))
        ):
            start += m.end()
            continue
        break
    if start >= span.end or not _LETTER.search(text[start : span.end]):
        alone = text[span.start : span.end].strip().lower()
        if (
            span.source in ("person-context", "first-name-subject")
            and " " not in alone
            and alone not in TITLES
        ):
            return span  # "tegen lieve uit mijn klas": a name, though "lieve groet" opens mail
        return None
    return Span(start, span.end, span.kind, span.source)


def _next_is_title(text: str, start: int) -> bool:
    m = re.match(r"de\s+([\w.]+)", text[start:], re.IGNORECASE)
    return m is not None and m.group(1).lower().rstrip(".") in TITLES


def _ages_after_names(text: str, spans: list[Span], school_starts: list[int]) -> list[Span]:
    """A number after a name: in brackets or after a comma, bare where the signature or the
    clause ends or a school with its class follows ("elin 15 3havo bij …")."""
    found = []
    for span in spans:
        if span.kind is not Kind.NAME:
            continue
        m = _AGE_AFTER_NAME.match(text, span.end)
        value = number_words.value(m.group(1)) if m else None
        if m and value is not None and (m.group(1).isdigit() or value >= 2) and value <= 115:
            found.append(Span(m.start(1), m.end(1), Kind.AGE, "age-after-name"))
        m = _BARE_AGE_AFTER_NAME.match(text, span.end) or _bare_age_before_school(
            text, span.end, school_starts
        )
        least = 1 if _in_brackets(text, span.start) else _MIN_BARE_AGE
        if m and least <= int(m.group(1)) <= 99:
            found.append(Span(m.start(1), m.end(1), Kind.AGE, "age-after-name"))
        life = dates.LIFE_YEARS_AFTER.match(text, span.end)
        if life is not None:
            for group in (1, 2):
                if life.group(group):
                    found.append(Span(life.start(group), life.end(group), Kind.DATE, "life-years"))
        born = _BIRTH_YEAR_AFTER_NAME.match(text, span.end)
        if born is not None:
            found.append(Span(born.start(1), born.end(1), Kind.AGE, "birth-year-after-name"))
        for pattern in (
            _AGE_WORD_AFTER_NAME,
            _AGES_LISTED_AFTER_NAMES,
            _AGE_IN_A_RELATIVE_CLAUSE,
            _AGE_THIS_WEEK,
            _AGE_BEFORE_THE_VERB,
            _OF_AGE_AFTER_NAME,
        ):
            m = pattern.match(text, span.end)
            if m is None:
                continue
            group = next(g for g in range(1, (m.re.groups or 0) + 1) if m.group(g) is not None)
            value = number_words.value(m.group(group))
            if value is None and m.group(group).isdigit():
                value = int(m.group(group))
            if value is not None and 2 <= value <= 115:
                found.append(Span(m.start(group), m.end(group), Kind.AGE, "age-after-name"))
        m = _AGE_VERB_AFTER_NAME.match(text, span.end)
        number = number_words.value(m.group(1)) if m else None
        if (
            m
            and number is not None
            and 2 <= number <= 115
            and not ages.years_of_a_role(text, m.end(1))
        ):
            found.append(Span(m.start(1), m.end(1), Kind.AGE, "age-after-name"))
    return found


def _ages_after_persons(text: str, role_spans: list[Span]) -> list[Span]:
    """An age set off after a word for one person or a role, as after a name: "de buurvrouw,
    ook al negentig, moet", "mijn vrouw, die 79 is,", "mijn zoon, vijf jaar, wil", "[voorzitter
    van de ijsclub], al 81 jaor en …"."""
    if not ages.has_a_number(text):
        return []  # checked first: the word pattern is tried at every position
    found = []
    anchors = ages.one_person_words(text) + [(s.start, s.end) for s in role_spans]
    for _, end in anchors:
        for pattern in (_AGE_AFTER_NAME, _AGE_IN_A_RELATIVE_CLAUSE, _AGE_WORD_AFTER_NAME):
            m = pattern.match(text, end)
            if m is None:
                continue
            group = next(g for g in range(1, (m.re.groups or 0) + 1) if m.group(g) is not None)
            value = number_words.value(m.group(group))
            if (
                value is not None
                and 2 <= value <= 115
                and not _AFTER_SET_OFF.match(text, m.end(group))
                and not ages.after_a_range_of_years(text, m.start(group))
            ):
                found.append(Span(m.start(group), m.end(group), Kind.AGE, "age-after-person"))
    return found


_AFTER_SET_OFF = patterns.compile(
    r"(?i)[ \t]*(?:%|procent|euro|km|keer|minuten|uur|mensen|kinderen"
    r"|(?:jaar|joar|years?|maanden|weken)[ \t]+(?:geleden|lang|ago|long"
    r"|(?:in|op|bij)[ \t]+(?:het|de|een|'t|the|a)\b))\b"
)
"""What makes a number set off after a word for a person no age: "mijn man, 2 jaar geleden
overleden", "mijn vader, nu 2 jaar in het verpleeghuis"."""


def _in_brackets(text: str, position: int) -> bool:
    """Whether ``position`` stands inside an open bracket on its line."""
    opened = text.rfind("(", 0, position)
    return opened >= 0 and ")" not in text[opened:position] and "\n" not in text[opened:position]


_NUMBER_THEN_SPACE = patterns.compile(r"[ \t]+(\d{1,2})[ \t]+")


def _ages_opening_a_sentence(text: str, starts: set[int]) -> list[Span]:
    """A number that opens a sentence, set off before a school or a role, is the writer's age:
    "19, [mbo 4 ondernemer horeca jaar 3 bij Deltion], en ik werk …"."""
    return [
        Span(m.start(1), m.end(1), Kind.AGE, "age-opening")
        for m in _NUMBER_OPENING.finditer(text)
        if m.end() in starts
    ]


_NUMBER_OPENING = patterns.compile(r"(?:^|(?<=[\n.!?])[ \t]*)[ \t]*([1-9]\d),[ \t]*")


def _bare_age_before_school(text: str, end: int, school_starts: list[int]) -> re.Match[str] | None:
    m = _NUMBER_THEN_SPACE.match(text, end)
    return m if m is not None and m.end() in school_starts else None
