"""Street addresses: a street name followed by a house number, and a street where one lives.

A street named alone after "aan/op/an/bij de" is :mod:`bot.export.scrub.rules.streets`'s; one
named otherwise ("de Dorpsstraat is te druk", "langs de Zwolseweg") stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from stdnum.nl import postcode

from bot.export.scrub import patterns
from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules import number_words
from bot.export.scrub.rules.dates import MONTHS
from bot.export.scrub.spans import Span
from bot.export.scrub.vocabulary import vocabulary
from bot.export.scrub.words import CHAT_WORDS

_SUFFIXES = (
    "straat|laan|weg|plein|dijk|kade|steeg|gracht|singel|hof|pad|dreef|park|markt|brink|erf|"
    "allee|boulevard|baan|wal|kamp|es|veld|horst|hoek|zoom|stede|haven|oord|plantsoen|kolk|"
    "akker|berg|dam|poort|hoeve|ring|kanaal|vaart|tuin|tuinen|weide|weiden|marke|meent|dries|"
    "hegge|stegge|molen|borg|hof|wijk|straatje|steegje|laantje|pleintje|gaarde|donk|loop|"
    "lanen|burcht|schans|waard|rade|stoep|haar|hei|heide|landen|boer|bos|brug|hoven|str\\.?|"
    # streets along water in the north-west: "Schuinesloot", "Nieuwe Wetering", "Zuiderzeesluis"
    "sloot|wetering|sluis|(?<=noord)einde|(?<=zuid)einde|(?<=oost)einde|(?<=west)einde|"
    # Twents and Sallands spellings: "Gammelkerdiek", "Kerkstroat", "Molenhook", "Oldeesch"
    "diek|dieke|stroat|stroate|straete|straote|strate|hook|esch|laone?|"
    # German streets across the border: "Bahnhofstraße", "Marktplatz", "Kirchgasse"
    "straße|strasse|platz|gasse|damm|ufer|chaussee"
)
_NAMED_AFTER_SOMEONE = r"(?:(?<=de[ \t])(?:de|van|ter|ten|van[ \t]+de|van[ \t]+der)[ \t]+)?"
"""The start of a street named after someone, after the article: "aan de de ruyterstraat", "op
de van heekstraat"."""
_LOWER_STREET_ADJECTIVE = (
    r"(?:oude|olde|nieuwe|nije|korte|lange|grote|kleine|hoge|lage|noord|zuid|oost|west|"
    r"binnen|buiten)"
)
"""The first word of a street typed in lower case ("oude rijksweg", "korte kerkstraat")."""
_HOUSE_NUMBER = r"\d{1,4}(?!\d)(?:[ -]?[a-zA-Z](?![\w]))?(?:[-/]\d{1,4})?(?:\s?(?:hs|bis|rood|zw))?"
_STREET = patterns.compile(
    r"(?<![\w-])("
    # Capitalised: one to four words, the last ending in a street suffix
    # ("Burgemeester Backxlaan", "Oude Rijksweg", "Van Heekstraat", "Markt").
    r"(?:(?:[A-Z][\w'.-]*|van|de|der|den|het|'t|ter|ten|op|in)[ \t]){0,3}"
    rf"[A-Z][\w'-]*(?:{_SUFFIXES})"
    # a German street of two words: "Gronauer Straße", "Enscheder Weg"
    r"|[A-ZÄÖÜ][\w'-]*er[ \t]+(?:Straße|Strasse|Weg|Platz|Gasse|Allee|Ring|Damm)"
    r"|"
    # Lower case: one word with something before the suffix ("dorpsstraat", "hoogeweg"), or
    # a word of place and the suffix alone ("hasseler es", "hengelose weg").
    rf"(?:{_LOWER_STREET_ADJECTIVE}[ \t]+"  # "oude rijksweg 27"
    r"|" + _NAMED_AFTER_SOMEONE + r")?"
    rf"[a-z][\w'-]+(?:{_SUFFIXES})(?<!groetjes)(?<!ladies)(?<!dames)"  # not "groetjes 2b
    # mavo", not a club's team ("dames 1", "the ladies 1 water polo team")
    r"(?<!besloot)(?<!afsloot)(?<!opsloot)(?<!aansloot)(?<!uitsloot)(?<!insloot)(?<!omsloot)"
    rf"|[a-z][\w'-]+(?:er|se|sche)[ \t](?:{_SUFFIXES})"
    # A space, none ("molenstraat12"), or "nr." / "nummer" before the number.
    r")(?:\s+|(?<=[^\W\d_.])(?=\d)|\s*(?i:nr\.?|nummer|no\.|huisnummer)\s*)("
    + _HOUSE_NUMBER
    + r")(?![\w,.]\d)"
    r"(?!\s*(?:%|km|keer|jaar|uur|minuten|euro|meter|m\b|x\b|havo|vwo|mavo|vmbo))"
)


_STREET_BEFORE_POSTCODE = patterns.compile(
    rf"(?<![\w-])[A-Z][\w'-]*(?:{_SUFFIXES})\s*\d{{1,4}}(?=[1-9]\d{{3}} ?[A-Za-z]{{2}}(?![a-z]))"
)
"""A street whose house number runs into the postcode ("Grotestraat 1127471ab")."""
_STREET_AND_POSTCODE = patterns.compile(
    r"(?<![\w-])(?!(?:Groep|Klas|Artikel|Bijlage|Hoofdstuk|Pagina|Versie|Nummer|Punt)\b)"
    r"((?:(?:[A-Z][a-zà-ÿ'.-]*|van|de|der|den|het|'t|ter|ten)[ \t]+){0,3}"
    r"[A-Z][a-zà-ÿ'-]+)"
    r"[ \t]+(\d{1,4}(?:[ -]?[a-zA-Z](?![\w]))?)[ \t]*,?[ \t]*\n?[ \t]*"
    r"(?=[1-9]\d{3}[ \t]?[A-Z]{2}(?![\w])|(?:D-)?\d{5}[ \t]+[A-ZÄÖÜ][\w'’-]+)"
)
"""Any name with a house number right before a postcode is a street: "Tichelwerk 14, 7631 AZ
Ootmarsum", "Alte Piccardie 31, 48531 Nordhorn" — no street suffix needed."""
_GERMAN_POSTCODE_AND_TOWN = patterns.compile(r"(?:D-)?(\d{5})[ \t]+([A-ZÄÖÜ][\w'’-]+)")
_GERMAN_HOUSE_DIGITS = 3
_GERMAN_STREET = patterns.compile(
    r"(?i)(?:stra(?:ß|ss)e|str\.?|weg|platz|ring|allee|gasse|damm|ufer|chaussee|pfad|stieg|markt)$"
    r"|^(?:Am|Im|An[ \t]+der|Auf[ \t]+dem|Zum|Zur|Alte|Alter|Altes)[ \t]"
)
"""A German street by its shape: "Bahnhofstraße", "Am Kanal", "Alte Piccardie"."""
_GERMAN_FORM = patterns.compile(r"(?<![\w'’])(?:Tel\.|Telefon|E-Mail|geb\.|Geburtsdatum|Anschrift)")
"""Words of a German form or signature: an address without a street's shape is one there."""


_NAMED_PLACE_NUMBER = patterns.compile(
    r"(?i)(?:de|het|'t)[ \t]+[a-zà-ÿ][\w'’-]*(?:[ \t]+[a-zà-ÿ][\w'’-]*)?[ \t]+\d{1,3}[a-z]?"
    r"(?=[ \t]*(?:[,.;!?)\n]|$)|[ \t]+(?:in|te|bij|at)[ \t])"
)
"""A street of ordinary words with its article and a house number in digits, the address ending
there: "mijn adres is de brink 1 in diepenheim", "… is het hoge veld 8." """
_STREET_WORD_LETTERS = 4
_NOT_A_HOUSE_NUMBER_AFTER = patterns.compile(r"(?i)[ \t]+(?:keer|jaar|jaren|sec|seconden|of|x)\b")


def _own_addresses_read_out(text: str) -> list[Span]:
    """:data:`_OWN_ADDRESS_READ_OUT` where a word of the street is no word of the language
    ("de kempkes veertien", "lindelaan 4") — not "mijn adres is veranderd sinds 12 mei"."""
    words = vocabulary()
    spans = []
    for m in _OWN_ADDRESS_READ_OUT.finditer(text):
        street = [w for w in m.group("street").lower().split() if w not in {"de", "het", "'t"}]
        if all(words.known_word(w) for w in street) and not _NAMED_PLACE_NUMBER.match(
            text, m.start("street")
        ):
            continue
        if any(len(w) < _STREET_WORD_LETTERS or w in CHAT_WORDS for w in street):
            continue  # "mijn adres is btw een geheim", "is t zelfde als 5 jaar geleden"
        if m.group("number").lower() in {"een", "één", "one"} or _NOT_A_HOUSE_NUMBER_AFTER.match(
            text, m.end("number")
        ):
            continue  # "idd drie keer veranderd"
        spans.append(Span(m.start("street"), m.end("number"), Kind.ADDRESS, "address-read-out"))
    return spans


def _a_town(word: str) -> bool:
    """Whether ``word`` after five digits can be a town: no German, Dutch or English word
    ("Nordhorn", "Gronau"; not "Menschen", "Euro")."""
    folded = word.lower()
    words = vocabulary()
    return folded not in words.german and not words.known_word(folded)


_GERMAN_POSTCODE_NAMED = patterns.compile(
    r"(?<![\w'’])(?:PLZ|Postleitzahl)\.?:?[ \t]*(?:(?i:ist|is|lautet)[ \t]+)?(?:D-)?(\d{5})(?!\d)"
    r"|(?<![\w'’])(?i:wohne|wohnen|wohnt|woon|woont|wonen|live|lives)[ \t]+(?i:in)[ \t]+(?:D-)?"
    r"(\d{5})(?=[ \t]+[A-ZÄÖÜ][\w'’-]+)"
)
"""A German postcode after its name ("PLZ 48683 Ahaus", "Meine PLZ ist 48599") or where one lives,
before the town ("Ich wohne in 48599 Gronau")."""

_CAP_WORD = r"[A-Z][\w'-]+"
_OWN_ADDRESS_READ_OUT = patterns.compile(
    r"(?i)(?<![\w'’])(?:mijn|m'n|mn|ons|onze|my|our)[ \t]+(?:adres|address|woonadres)[ \t]+"
    r"(?:is|:)[ \t]*(?P<street>(?:(?:de|het|'t)[ \t]+)?"
    rf"(?:(?!(?:{number_words.pattern()})(?![\w'’-]))[a-zà-ÿ][\w'’-]*[ \t]+){{1,3}}?)"
    rf"(?P<number>\d{{1,3}}[a-z]?(?![\w'’-])|(?:{number_words.pattern()})(?![\w'’-]))"
)
"""One's own address read out or typed in lower case after "ons adres is": "ons adres is de
kempkes veertien", "mijn adres is lindelaan 4"."""
_LIVING_AT = patterns.compile(
    r"(?i:\b(?:woon|woont|wonen|woonde|woonden|wonend|adres(?:[ \t]+is)?|address(?:[ \t]+is)?|"
    r"live|lives|lived|living|langs|sturen[ \t]+naar|send[ \t]+(?:it[ \t]+)?to|bezorgen[ \t]+op|"
    r"staat[ \t]+op|ligt[ \t]+(?:op|aan)|(?:huis|woning|boerderij)[ \t]+is)"
    r"(?:[ \t]+(?:nu|al|ook|zelf|now|still))*[ \t]*:?[ \t]+(?:(?:op|aan|an|in|at|on|naar)[ \t]+)?"
    r"(?:(?:de|het|'t|t|the)[ \t]+)?)"
    rf"(?P<street>{_CAP_WORD}(?:[ \t]+(?:van|de|der|den|het|'t|ter|ten|{_CAP_WORD})){{0,3}})"
    rf"[ \t]*(?P<number>{_HOUSE_NUMBER})(?![\w,.]\d)"
    r"(?!\s*(?:%|km|keer|jaar|uur|minuten|euro|meter|m\b|x\b))"
)
"""A street without a street suffix after "ik woon op", "adres:", "kom langs op": "op de Esch
14", "aan de Brink 3" — the house number says it is an address."""
_NUMBER_OF_STREET = patterns.compile(
    rf"(?i:\b(?:huisnummer|huisnr\.?|(?:op|at)[ \t]+(?:nummer|nr\.?|number|no\.?))[ \t]*)"
    rf"(?P<number>{_HOUSE_NUMBER})(?![\w,.]\d)"
    rf"(?:[ \t]+(?i:van|in|on|aan|op)[ \t]+(?:(?i:de|het|the|'t)[ \t]+)?(?P<street>{_CAP_WORD}"
    r"|[a-z][\w'-]+(?:" + _SUFFIXES + r")))?"
)
"""A house number on its own ("huisnr 12") or before its street ("op nummer 12 van de
Kerkstraat")."""


_END_OF_AN_ADDRESS = (
    r"(?=[ \t]*(?:[,.;:!?)]|$)"
    r"|[ \t]+(?:in|te|en|bij|bi'j|biej|bie|op|aan|punt|komma|and|in'n|postcode|"
    # voice typing's next sentence: "op de del dener straat honderd twaalf ik ben moeder"
    r"ik|wij|we|mijn|mn|m'n|maar|want|dus|graag|dank|daar|die|dat|er|sinds|hier|nu|toen|"
    r"hij|zij|ze|het|wie|waar|of|bel|mail|bedankt|groet|groetjes|thanks)(?![\w'’])"
    r"|[ \t]+(?=[1-9]\d{3}[ \t]?[A-Za-z]{2}(?![\w]))"
    r"|[ \t]+(?=(?:zeven|acht|negen|een|één|twee|drie|vier|vijf|zes)[ \t]+"
    r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[ \t]))"
)
"""After a house number in words the address ends: "de wilgenlaan zeventien in ommen", or a
postcode read out follows ("kerkweg zeventien zeven vier …") — not "op het schoolplein twee
bankjes"."""


_SPOKEN_ADDRESS = patterns.compile(
    r"(?i:\b(?:adres(?:[ \t]+is|(?![ \t]+(?:op|in|van|bij|aan|voor|met|en|of|staat|klopt|"
    r"moet|mag|kan|wordt|graag|hier|daar|nog|niet)(?![\w'’])))|(?:woon|wonen|woont)"
    r"(?:[ \t]+(?:nu|al|ook))?"
    r"(?:[ \t]+in[ \t]+[\w'-]+)?[ \t]+(?:op|aan)"
    r"|(?:ons|oons|mijn|m'n|mn|mien)[ \t]+(?:huis|huus|hoes)[ \t]+(?:op|aan|an))"
    r"[ \t]+(?:(?:de|het|'t)[ \t]+)?)"
    # the street's second word is no number ("de stouwe twaalf zeven zeven nul een …": the
    # house number, then a postcode read out)
    r"(?P<street>[a-z][\w'-]+(?:[ \t]+(?!(?:"
    + number_words.dutch_pattern()
    + r")(?![\w-]))[a-z][\w'-]+)?)[ \t]+"
    r"(?P<number>(?:(?:nummer|nr\.?)[ \t]+)?"
    r"(?:honderd(?:[ \t]*(?:en[ \t]*)?(?:"
    + number_words.dutch_pattern()
    + r"))?|(?<![\w-])(?!(?i:een|één)\b(?![ \t]+(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|"
    r"acht|negen)[ \t]))"
    + number_words.dutch_pattern()
    + r")(?:[ \t]+[a-z](?![\w'’]))?)(?![\w-])"
    + r"(?:"
    + _END_OF_AN_ADDRESS
    + r"|(?=[ \t]+(?:als|want|dus|maar|omdat|zodat|dan)(?![\w'’])))"
)
"""An address as voice typing writes it, after "mijn adres is" or "ik woon (in Vriezenveen)
aan": "de wieken negen", "het westeinde nummer honderd drie" — a street no suffix shows, and
its number in words, before the end of the clause or a word that opens the next ("als", "want").
"""
_HOUSE_NUMBER_WORDS = (
    r"(?:(?i:twee|drie|vier|vijf|zes|zeven|acht|negen)?(?i:honderd)"
    r"(?:[ \t]*(?:(?i:en)[ \t]*)?(?:" + number_words.dutch_pattern() + r"))?"
    r"|" + number_words.dutch_pattern() + r")"
)
"""A house number in words up to 999: "zeventien", "honderd twaalf", "tweehonderdvijf",
"honderdzeventig" (the number words themselves go to 119)."""
_NAMED_STREET_NUMBER_IN_WORDS = patterns.compile(
    r"(?:(?<![\w'’])(?i:aan|an|op)|(?<=[^\W\d_])[ \t]+(?P<of>van))[ \t]+"
    r"(?i:de|het|'t|’t)[ \t]+"
    r"(?P<street>[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?)[ \t]+"
    r"(?P<number>(?:(?i:nummer|nr\.?)[ \t]+)?(?<![\w-])(?!(?i:een|één)\b)"
    + number_words.dutch_pattern()
    + r")(?![\w-])(?:"
    + _END_OF_AN_ADDRESS
    + r")"
)
"""A street no suffix shows, with its number read out: "dit is Ria van de Kloosterlanden
twaalf in Diepenheim" ("van" only after a name), "aan de Esch drieëntwintig." — not "op de
Brink twee keer", "we verloren van de Tubanters drie."."""
_A_NAME_BEFORE = patterns.compile(r"(?<![\w'’])[A-Z][a-z]+$")
_STREET_NUMBER_TOWN = patterns.compile(
    r"(?<![\w'’])(?i:aan|an|op)[ \t]+(?i:de|het|'t|’t)[ \t]+"
    rf"(?P<street>(?:(?i:{_LOWER_STREET_ADJECTIVE})[ \t]+)?[^\W\d_][\w'’-]+)[ \t]+"
    r"(?P<number>\d{1,3}[a-z]?|(?!(?i:een|één)(?![\w-]))" + _HOUSE_NUMBER_WORDS + r")(?![\w-])"
    r"(?:[ \t]+[a-z](?![\w'’]))?"  # "achttien a"
    r"[ \t]*,?[ \t]+(?i:in|te|bij)[ \t]+(?P<town>[^\W\d_][\w'’-]+)"
)


def in_a_town(
    text: str, is_place: Callable[[str], bool], known_word: Callable[[str], bool]
) -> list[Span]:
    """A street no suffix shows, with its number and then its town: "ze woont alleen op de
    wissel vijf in haaksbergen", "aan de Stouwe 12 in Dedemsvaart", "op de kempkes veertien in
    Goor", "aan de hoge dijk achttien a bij lemele" — the town (after "in", "te" or "bij") says
    the rest is an address where the street is a name (capitalised or no word), a street's word
    with its adjective ("de hoge dijk") or where someone lives is said right before it; not "ik
    stond op de camping twee in Ommen", "op de dijk drie bij Zwolle" or a road anyone takes ("op
    de markt drie in Ommen")."""
    spans = []
    for m in _STREET_NUMBER_TOWN.finditer(text):
        named = m.group("street").split()
        street = named[-1]
        if not is_place(m.group("town")) or street.lower() in _ROADS_OF_ANYONE:
            continue
        if (
            street.islower()
            and known_word(street)
            # "aan de hoge dijk achttien a in …": a street's word with its adjective — not "op de
            # dijk drie bij Zwolle", "op de weg vijf te Zwolle"
            and not (len(named) > 1 and street.lower() in _WORDS_OF_A_STREET)
            and _LIVING_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None
        ):
            continue
        end = m.end("number")
        letter = _LETTER_AFTER.match(text, end)
        spans.append(
            Span(
                m.start("street"),
                letter.end() if letter else end,
                Kind.ADDRESS,
                "address-in-a-town",
            )
        )
    return spans


_WORDS_OF_A_STREET = frozenset(
    {"dijk", "weg", "straat", "laan", "pad", "kade", "steeg", "gracht", "singel", "dreef"}
    | {"allee", "diek", "stroat", "wal"}
)
"""A street's own word, written apart ("de hoge dijk") — not a field or a square ("het veld")."""
_LIVING_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:woon|woont|wonen|woonde|wone|wont|adres(?:[ \t]+is)?)"
    r"(?:[ \t]+[\w'’]+){0,3}?[ \t]+$"
)
"""Where someone lives, said right before the street ("ze woont alleen op de wissel vijf") —
not anywhere in the answer ("wij wonen in Hengelo en hij voetbalt op het veld 3 in Borne")."""
_ROOM = patterns.compile(
    r"(?i:(?<![\w'’])(?:woon|woont|wonen|woonde|woonden|verblijf|verblijft|verblijven|live|lives)"
    r"(?:[ \t]+(?:nu|al|zelf|sinds[ \t]+kort|now))*[ \t]+(?:in|op|at)[ \t]+)"
    r"(?:(?P<home>(?:De|Het|'t|’t)[ \t]+[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){0,2}),?[ \t]+)?"
    r"(?P<room>(?:kamer|appartement|app\.|room|flat|unit|wooneenheid)[ \t]+"
    r"(?i:nummer[ \t]+|nr\.?[ \t]*)?"
    r"(?:\d{1,4}[A-Za-z]?(?![\w-]|[.,]\d)|(?<![\w-])(?!(?i:een|één)(?![\w-]))(?:"
    + number_words.pattern()
    + r"|honderd\w*)(?![\w-])))"
)
"""Where someone lives in a home or a building, right after "woon in/op": "ik woon in De Hoge
Es kamer honderdtwaalf", "wonen in flat 4B" — not "de vergadering was in kamer 12", "ik woon op
een kamer"."""
_SPOKEN_HOUSE_NUMBER = patterns.compile(
    r"(?i:\b(?:huisnummer|huisnr\.?)[ \t]+(?:is[ \t]+)?)"
    r"(?P<number>(?<![\w-])" + number_words.dutch_pattern() + r")(?![\w-])"
    r"(?![ \t]+(?i:keer|maal|jaar)\b)"
)
"""A house number read out after its word: "huisnummer vierendertig" — not "het huisnummer is
twee keer veranderd"."""
_FARM = patterns.compile(
    r"(?<![\w'’])(?:(?i:erve)[ \t]+(?:(?:'t|’t|de|het)[ \t]+)?[A-Z][\w'-]+"
    r"|(?:(?<=(?i:boerderij)[ \t])|(?<=(?i:hoeve)[ \t])|(?<=(?i:farm)[ \t])"
    r"|(?<=(?i:boerderieje)[ \t])|(?<=(?i:boerderije)[ \t])|(?<=(?i:boerderie)[ \t])"
    r")"
    r"(?:'t|’t|de|het|De|Het)[ \t]+[A-Z][\w'-]+"
    r"|(?:'t|’t)[ \t]+[A-Z][\w-]+[ \t]+(?:Erf|Hoeve|Hof|Goed))"
    r"(?:[ \t]+(?!(?:In|Bij|Te|Aan|An)\b)[A-Z][\w'-]+)?(?![\w'’-])"
)
"""A farm named as its address: "erve 't Hulsbrook", "de boerderij 't Olthof", "op 't Hoge Erf"
— in the countryside a farm's name is where one lives, and often the family's name too."""
_LIVING_ON_A_FARM = patterns.compile(
    r"(?i:(?<![\w'’])(?:woon|woont|wonen|woonde|woonden|wone|wont|wonnen|wonne|wonnt|wohnen)"
    r"(?:[ \t]+(?!(?:en|maar|in|naar|want|dus|of|and)(?![\w'’]))[\w'’]+){0,5}?[ \t]+op[ \t]+)"
    r"((?:'t|’t)[ \t]+[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){0,2})(?![\w'’-])"
)
"""The farm one lives on, by its name with "'t": "Wiej wont al veer geslachten op 't Hulsbos"."""
_VENUE_BEFORE = patterns.compile(
    r"(?i)(?:museum|openluchtmuseum|restaurant|zaal|camping|hotel|café|cafe|landgoed|park|"
    r"kinderboerderij|theater|partycentrum|zalencentrum|herberg|brouwerij|bij|naar)[ \t]+$"
)
"""A farm's name that a public place bears ("openluchtmuseum Erve Hofman", "restaurant 't Witte
Hof", "we gingen naar Erve Kots"): a place to visit, not where someone lives."""


_CLEAR_SUFFIXES = (
    "straat|laan|weg|plein|dijk|kade|steeg|gracht|singel|pad|dreef|markt|brink|allee|stroat|"
    "straete|straote|strate|"
    "diek|hof|veld|esch|wetering|einde|straße|strasse"
)
"""Suffixes that name a street even before a number in words ("-es" of "de Hasseler Es" also
ends "commutes")."""
_LIVING_ON_A_STREET = patterns.compile(
    r"(?i:(?<![\w'’])(?:woon|woont|wonen|woonde|woonden|wont|wone|wohne|wohnen|"
    r"(?:ons|oons|mijn|m'n|mn|mien|onze|oonze|our|my)[ \t]+(?:huis|huus|hoes|huuske|house)|"
    r"bij[ \t]+(?:ons|oons|mij)(?:[ \t]+thuis)?|bie[ \t]+(?:oons|ons|mien))"
    r"(?:[ \t]+(?:nu|al|ook|zelf|nog|daar|hier|sinds[ \t]+kort|tegenwoordig|vroeger|al[ \t]+jaren|"
    r"al[ \t]+\d{1,2}[ \t]+jaar|sinds[ \t]+die[ \t]+tijd|sindsdien|"
    r"op[ \t]+(?:de|een|'n)[ \t]+(?:boerderij|boerderije|flat)))*"
    # the town first: "ik woon in al melo op de wier dense straat"
    r"(?:[ \t]+in[ \t]+[\w'’-]+(?:[ \t]+[a-z][\w'’-]*)?(?=[ \t]+(?:op|aan|an)[ \t]))?"
    r"[ \t]+(?:op|aan|an|in)[ \t]+(?:de|het|'t|der)[ \t]+)"
    rf"([A-Za-z][\w'-]{{1,}}(?:{_CLEAR_SUFFIXES})"
    # read out to a phone, in pieces: "wier dense straat"
    rf"|(?:[a-z]{{2,}}[ \t]+)?[a-z]+(?:er|se|sche)[ \t]+(?:{_CLEAR_SUFFIXES}))(?![\w'-])"
)
"""The street where one lives, without its number: "ik woon op de grotestraat boven de kapper"
(in a village that is one house in a few), "achter oons huus an de Molenweg", "bij ons op de
esweg", "wonen sinds die tijd op de boerderij aan de haarweg"."""
_LIVING_WORDS = ("woon", "wone", "wont", "wohn", "huis", "huus", "hoes", "bij ons", "bie")
"""A word every rule of :data:`_LIVING_ON_A_STREET` needs (checked first)."""
_STREET_WORD = patterns.compile(rf"[a-z][\w'-]{{2,}}(?:{_CLEAR_SUFFIXES})")


def is_street_name(word: str) -> bool:
    """ "holterweg", "kerkstraat": a word that names a street by its clear suffix."""
    return _STREET_WORD.fullmatch(word.lower()) is not None


_AT_A_CORNER = patterns.compile(
    r"(?i:(?<![\w'’])(?:woon|woont|wonen|woonde|woonden|wone|wont)(?:[ \t]+[\w'’]+){0,3}?[ \t]+"
    r"(?:op|aan|an)[ \t]+de[ \t]+hoek[ \t]+(?:van[ \t]+)?(?:de[ \t]+)?)"
    rf"([A-Za-z][\w'-]{{1,}}(?:{_CLEAR_SUFFIXES})[ \t]*(?:en|/|&)[ \t]*(?:(?i:de)[ \t]+)?"
    rf"[A-Za-z][\w'-]{{1,}}(?:{_CLEAR_SUFFIXES}))(?![\w'-])"
)
"""Where one lives by the corner of two streets: "wij wonen op de hoek van de kerkstraat en de
molenweg", "op de hoek kerkstraat/molenweg" — one house or two."""
_STREET_BY_ONES_HOUSE = patterns.compile(
    r"(?i:(?<![\w'’])(?:op|aan|an|in)[ \t]+(?:de|der)[ \t]+)"
    rf"([A-Za-z][\w'-]{{2,}}(?:{_CLEAR_SUFFIXES}))"
    r"(?i:[ \t]+(?:bij|bie|biej|bi'j|naast|achter|veur|voor|tegenover|vlak[ \t]+bij)[ \t]+"
    r"(?:ons|oons|mijn|mien|m'n|mn|onze|oonze)[ \t]+(?:huis|huus|hoes|huuske|boerderij|erf|erve)"
    r")(?![\w'’])"
)
"""The street by one's house, the house after it: "an de Bornsestraat bie ons hoes", "op de
kerkweg naast mijn huis"."""
_CLEAR_SUFFIX_THEN_WORD = patterns.compile(rf"(?:{_CLEAR_SUFFIXES})[ \t]+[a-z]")
_ENGLISH_UNITS, _ENGLISH_TEENS, _ENGLISH_TENS = number_words.english_alternations()
_ENGLISH_NUMBER_IN_WORDS = patterns.compile(
    rf"(?i)(?<![\w-])([a-z][\w'-]*(?:{_CLEAR_SUFFIXES}))[ \t]+(?:(?:number|no\.?)[ \t]+)?"
    rf"((?:{_ENGLISH_TENS})(?:[ \t-]+(?:{_ENGLISH_UNITS}))?"
    rf"|{_ENGLISH_TEENS}"
    rf"|{_ENGLISH_UNITS}|(?:{_ENGLISH_UNITS})[ \t]+hundred(?:[ \t]+(?:and[ \t]+)?[a-z]+)?)"
    r"(?![\w-])(?![ \t]+(?i:of|or|times|time|evening|morning|night|days?|weeks?|hours?|"
    r"minutes|people|cars)(?![\w'’]))"  # not "the kerkstraat one of the nicest"
)
"""A street read out with its number in English, as a newcomer dictates it: "we live in den
ham at vroomshoopseweg twenty three"."""
_ENGLISH_LIVING = patterns.compile(
    r"(?i)(?<![\w'’])(?:(?:i|we|they|he|she|you|family)[ \t]+(?:still[ \t]+|now[ \t]+)?"
    r"(?:live|lives|lived)|living[ \t]+(?:at|on|in)|address)(?![\w'’])"
)
"""Someone living somewhere, in English: "we live …", "my address …" — not "live music"."""
_CAPITALS = patterns.compile(r"[A-Z]{4}")
_NUMBER_IN_WORDS = patterns.compile(
    rf"(?i)(?<![\w-])({_NAMED_AFTER_SOMEONE}(?:[a-z][\w'-]+(?:(?:er|se|sche)[ \t]+)?"
    # the ending heard apart: "wier den se straat honderd twaalf"
    rf"|(?<=[a-z][ \t])(?:er|se|sche)[ \t]+)"
    rf"(?:{_CLEAR_SUFFIXES}))[ \t]+"
    r"((?:(?:nummer|nr\.?|huisnummer)[ \t]+(?<![\w-])(?!(?i:een|één)\b)"
    + _HOUSE_NUMBER_WORDS
    + r"(?:[ \t]+[a-z](?![\w'’]))?(?![\w-])(?![ \t]+(?i:keer|maal|jaar)\b)"
    + r"|(?<![\w-])(?!(?i:een|één)\b)"
    + _HOUSE_NUMBER_WORDS
    + r"(?:[ \t]+[a-z](?![\w'’]))?(?![\w-])"
    + _END_OF_AN_ADDRESS
    + r"))"
)
"""A house number as voice typing writes it: "de wilgenlaan zeventien", "hessenweg zestig
a", "de Stationsweg nummer zesentwintig" — after "nummer" whatever follows ("de holterweg
nummer honderdtwaalf rijssen")."""


_LANDMARKS = (
    r"kerk|kerke|kerkje|kapel|pastorie|kerkhof|begraafplaats|school|basisschool|bakker|bakkerij|"
    r"slager|slagerij|molen|mölle|café|cafe|kroeg|supermarkt|winkel|station|sporthal|gymzaal|"
    r"dorpshuis|buurthuis|gemeentehuis|raadhuis|brandweerkazerne|brandweer|huisarts|apotheek|"
    r"snackbar|cafetaria|friettent|garage|pomp|tankstation|kinderboerderij|speeltuin|voetbalveld|"
    r"sportpark|ijsbaan|zwembad|bibliotheek|bieb|jumbo|spar|coop|lidl|aldi|plus|boerderij|"
    r"zuivelfabriek|fabriek|kazerne|politiebureau|dokter|tandarts|bushalte|camping|"
    r"church|chapel|graveyard|cemetery|bakery|butcher|mill|pub|supermarket|shop|"
    r"village[ \t]+hall|town[ \t]+hall|library|pharmacy|farm|fire[ \t]+station|"
    r"police[ \t]+station|petrol[ \t]+station|playground|pool|bus[ \t]+stop"
)
_NEXT_TO_A_LANDMARK = patterns.compile(
    r"(?i)(?<![\w'’])(?<!wil )(?<!zou )(?<!graag )(?<!willen )(?<!zouden )(?<!gaan )(?<!te )"
    r"(?<!to )"
    r"(?:woon|woont|wonen|woonde|woonden|wone|wont|live|lives|lived)"
    r"(?:[ \t]+(?:nu|al|ook|zelf|daar|hier|vroeger|nog|toen|right|now|still|(?:al|sinds|since|"
    r"for)[ \t]+(?:kort|\d{1,4}|[a-z]+)(?:[ \t]+(?:jaar|years))?|in[ \t]+(?:het|een|the|a)[ \t]+"
    r"(?:huis|house)))*[ \t]+"
    r"((?:(?:schuin|recht|pal|vlak|direct|precies|right|just)[ \t]+)?"
    r"(?:naast|tegenover|achter|boven|naost|neffen|next[ \t]+to|opposite|above|behind)"
    r"[ \t]+(?:de|het|'t|’t|the)[ \t]+(?:(?:oude|olde|nieuwe|grote|kleine|old|new)[ \t]+)?"
    r"(?:" + _LANDMARKS + r"))(?![\w'’-])"
)
"""Where someone lives by the building next to it: "ik woon naast de kerk (in Bruinehaar)",
"wij wonen boven de bakker", "I live next to the church in Markelo", "ik woon al 40 jaar naast
de kerk" — in a village that is one household. Not "bij de grens" or "naast de snelweg": a
place many live by; not a wish ("ik zou willen wonen naast het station")."""
_END_OF_AN_ADDRESS_AT = patterns.compile(_END_OF_AN_ADDRESS)
_ADDRESS_CUE = patterns.compile(
    r"(?i)(?<![\w'’])(?:woon|woont|wonen|wone|wont|adres|address|opsturen|sturen|stuur|"
    r"bezorgen|langs|bij[ \t]+(?:ons|mij|oons|mien)|verhuisd|verhuisde|verhuizen|verhuisden|"
    r"moved|boerderij|huis|huus|hoes)(?![\w'’])"
)
"""What says a street with its number is where someone lives: "ik woon op de holterweg nummer
honderdtwaalf rijssen", "verhuisd naar …", "de boerderij aan de losserse straat …"."""
_POSTCODE_LOWER_AFTER = patterns.compile(r"[ \t]+([1-9]\d{3})[ \t]?([a-z]{2})(?![\w])")


def _postcode_after(text: str, end: int) -> list[Span]:
    """A postcode in lower case right after an address in words: "de kerkweg zeventien [7451
    ab] holten"."""
    m = _POSTCODE_LOWER_AFTER.match(text, end)
    if m is None or not postcode.is_valid(m.group(1) + m.group(2).upper()):
        return []
    return [Span(m.start(1), m.end(2), Kind.POSTCODE, "postcode-after-address")]


_SPOKEN_POSTCODE_START = (
    r"(?:zeven|acht|negen|een|één|twee|drie|vier|vijf|zes)[ \t]+"
    r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[ \t]+"
    r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[ \t]+"
    r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[ \t]+[a-z][ \t]*[a-z](?![\w'’])"
)
_BEFORE_A_SPOKEN_POSTCODE = patterns.compile(
    r"(?<![\w'’])(?:naar|op|aan|an|adres(?:[ \t]+is|:)?)[ \t]+"
    r"(?P<street>(?:(?:de|het|'t)[ \t]+)?[a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*){0,2})[ \t]+"
    r"(?P<number>" + _HOUSE_NUMBER_WORDS + r"(?:[ \t]+[a-z](?![\w'’]))?)"
    r"(?=[ \t]+" + _SPOKEN_POSTCODE_START + r")"
)
"""A street read out with its number and then its postcode, in lower case: "sturen naar de esch
dertien zeven vier acht twee p d haaks bergen" — the postcode says an address, whatever the
street's name is."""


_PIECES_BEFORE = tuple(
    patterns.compile(
        r"(?<![\w'’])(?:de|het|'t|op|aan|an|naar|in|bij|van)[ \t]+"
        rf"((?:[a-zà-ÿ]{{2,}}[ \t]+){{{n}}})$"
    )
    for n in (1, 2)
)
"""One, then two words after "de", "op", "naar" … right before a street read out."""
_LOWER_STREET_WORDS = frozenset(_LOWER_STREET_ADJECTIVE.strip("(?:)").split("|"))


def _words_of_the_sentence(pieces: list[str]) -> bool:
    """Whether a frequent word is among ``pieces`` (not a street's own "oude", "korte" …): the
    sentence's words, not the pieces of a street's name ("veel rustiger weg", "de mooie …")."""
    return any(vocabulary().top_word(p) and p not in _LOWER_STREET_WORDS for p in pieces)


def _heard_as_one(street: str) -> bool:
    """A street in pieces is one where no piece is a frequent word: "wier dense straat" — not
    "veel rustiger weg"."""
    return not _words_of_the_sentence(street.split()[:-1])


def _heard_in_pieces(text: str, start: int) -> int:
    """Where a street read out to a phone starts: voice typing splits its name into the words it
    heard ("op de del dener straat honderd twaalf", "naar oude rijs sense weg vijf a"), so in
    an answer in lower case the one or two pieces after "de", "op" or "naar" go with it."""
    if not text.islower():
        return start
    found = start
    for pattern in _PIECES_BEFORE:
        m = pattern.search(text, max(0, start - 30), start)
        if m is None:
            continue
        if _words_of_the_sentence(m.group(1).split()):
            break  # "aan de mooie kerkstraat …": words of the sentence, no pieces
        found = m.start(1)
    return found


_ARTICLE_BEFORE = patterns.compile(r"(?i)(?<![\w'’])(?:de|der|an[ \t]+de)[ \t]+$")


def _a_word_in_es(text: str, m: re.Match[str]) -> bool:
    """ "takes 6", "een mercedes 200": one word in lower case that ends in "-es" (the suffix of
    an es, a field: "de westeres 3") and is an ordinary word or has no "de" before it — no
    street."""
    street = m.group(1)
    if not (street.islower() and " " not in street and street.endswith("es")):
        return False
    return vocabulary().known_word(street) or (
        _ARTICLE_BEFORE.search(text, max(0, m.start(1) - 8), m.start(1)) is None
    )


_NOT_A_STREET_WORD = frozenset(
    {"mijn", "m'n", "mn", "je", "jouw", "ons", "onze", "uw", "het", "is", "was", "dat", "die"}
)
_ROADS_OF_ANYONE = frozenset(
    {"snelweg", "rondweg", "ringweg", "zandweg", "landweg", "zijweg", "hoofdweg", "provinciale"}
    | {"fietspad", "jaagpad", "zeedijk", "spoordijk", "marktplein", "schoolplein", "sportveld"}
    | {
        "voetbalveld",
        "binnenhof",
        "dorpsplein",
        "kerkplein",
        "parkeerplaats",
        "busbaan",
        "wandelpad",
    }
    | {"snelfietspad", "dijkweg", "polderweg", "veldweg", "bosweg", "grindweg", "karrenweg"}
    | {"rijksweg", "ventweg", "zandpad", "tuinpad", "weekmarkt", "trapveld", "grasveld", "kerkhof"}
    | {"speelveld", "oprit", "achterpad", "bospad", "voetpad", "parkeerterrein", "markt", "erf"}
    | {"zijstraat", "jaarmarkt", "kerstmarkt", "rommelmarkt", "vlooienmarkt", "zomermarkt"}
    | {"korfbalveld", "hockeyveld", "tennisveld", "handbalveld", "honkbalveld", "sportveld"}
)
"""Roads anyone lives along, no address: "wij wonen aan de snelweg"."""
_COMMON_WORDS = frozenset(
    {"antwoord", "woord", "akkoord", "voorwoord", "nawoord", "wachtwoord", "trefwoord", "boord"}
)
"""Ordinary words that end like a street ("Antwoord 2", "akkoord 3") are not addresses."""


_DIGIT = patterns.compile(r"\d")


_GERMAN_POSTCODE = patterns.compile(
    r"(?:(?<=\n)|(?<=,)|(?<=, )|(?<=\d )|(?<=\d\n))[ \t]*(?:D-)?(\d{5})(?=[ \t]+[A-ZÄÖÜ][\w'’-]+)"
)
"""A German postcode, five digits before the town on the line after a street or after its
house number: "Bahnhofstraße 27\n48599 Gronau"."""


def find(text: str) -> list[Span]:
    spans = []
    lowered = text.lower()
    if _CLEAR_SUFFIX_THEN_WORD.search(lowered):  # checked first: the pattern is slow
        for m in _NUMBER_IN_WORDS.finditer(text):
            if m.group(1).lower() in _COMMON_WORDS or m.group(1).lower() in _ROADS_OF_ANYONE:
                continue  # "de snelweg nummer vijfendertig": a road, no one's house
            cue = _ADDRESS_CUE.search(text, max(0, m.start(1) - 40), m.start(1))
            if _END_OF_AN_ADDRESS_AT.match(text, m.end(2)) is None and not cue:
                continue  # "de supermarkt nummer twee van het land": no one lives there
            postcode = _postcode_after(text, m.end(2))
            said = m.group(2).lower()
            if "honderd" in said and not (cue or postcode or said.startswith(("nummer", "nr"))):
                continue  # "op de snelweg honderdtwintig": a speed, no house
            start = _heard_in_pieces(text, m.start(1))
            spans.append(Span(start, m.end(2), Kind.ADDRESS, "address-in-words"))
            spans += postcode
    if any(word in lowered for word in ("adres", "woon", "wone", "huis", "huus", "hoes")):
        spans += [
            Span(m.start("street"), m.end("number"), Kind.ADDRESS, "address-spoken")
            for m in _SPOKEN_ADDRESS.finditer(text)
        ]
    if any(word in lowered for word in ("woon", "wone", "wont", "live")):
        spans += [
            Span(m.start(1), m.end(1), Kind.ADDRESS, "address-landmark")
            for m in _NEXT_TO_A_LANDMARK.finditer(text)
        ]
    if text.islower() and ("zeven" in lowered or "acht" in lowered or "negen" in lowered):
        spans += [
            Span(m.start("street"), m.end("number"), Kind.ADDRESS, "address-spoken-postcode")
            for m in _BEFORE_A_SPOKEN_POSTCODE.finditer(text)
            if m.group("street").split()[0] not in _NOT_A_STREET_WORD
        ]
    if "huisn" in lowered:
        spans += [
            Span(m.start("number"), m.end("number"), Kind.ADDRESS, "address-number-spoken")
            for m in _SPOKEN_HOUSE_NUMBER.finditer(text)
        ]
    if any(word in lowered for word in _FARM_HINTS + _MORE_FARM_HINTS):
        spans += _farms_named_after_their_word(text)
    if any(word in lowered for word in _FARM_HINTS):
        for m in _LIVING_ON_A_FARM.finditer(text):
            spans.append(Span(m.start(1), m.end(1), Kind.ADDRESS, "address-farm"))
        for m in _LOWER_FARM.finditer(text):
            spans.append(Span(m.start(1), m.end(1), Kind.ADDRESS, "address-farm"))
        for m in _FARM.finditer(text):
            if _VENUE_BEFORE.search(text, max(0, m.start() - 25), m.start()):
                continue
            street = _STREET_AFTER_FARM.match(text, m.end())
            end = street.end() if street is not None else m.end()
            spans.append(Span(m.start(), end, Kind.ADDRESS, "address-farm"))
    if any(word in lowered for word in _LIVING_WORDS):
        spans += [
            Span(m.start(1), m.end(1), Kind.ADDRESS, "address-living-street")
            for m in _LIVING_ON_A_STREET.finditer(text)
            if m.group(1).lower() not in _ROADS_OF_ANYONE and _heard_as_one(m.group(1))
        ]
        spans += [
            Span(m.start(1), m.end(1), Kind.ADDRESS, "address-living-street")
            for m in _AT_A_CORNER.finditer(text)
        ]
        spans += [
            Span(m.start(1), m.end(1), Kind.ADDRESS, "address-living-street")
            for m in _STREET_BY_ONES_HOUSE.finditer(text)
            if m.group(1).lower() not in _ROADS_OF_ANYONE
        ]
    for m in _NAMED_STREET_NUMBER_IN_WORDS.finditer(text):
        if m.group("of") and not _A_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "we verloren van de Tubanters drie": "van" only after a name
        if m.group("street").split()[-1].lower() not in _COMMON_WORDS:
            spans.append(Span(m.start("street"), m.end("number"), Kind.ADDRESS, "address-in-words"))
    if any(word in lowered for word in ("woon", "wone", "wont", "live", "verblijf")):
        for m in _ROOM.finditer(text):
            start = m.start("home") if m.group("home") else m.start("room")
            spans.append(Span(start, m.end("room"), Kind.ADDRESS, "address-room"))
    if "adres" in lowered or "address" in lowered:
        spans += _own_addresses_read_out(text)
    if _ENGLISH_LIVING.search(text) is not None:
        spans += [
            Span(m.start(1), m.end(2), Kind.ADDRESS, "address-in-english-words")
            for m in _ENGLISH_NUMBER_IN_WORDS.finditer(text)
        ]
    if _DIGIT.search(text) is None:
        return spans  # every other address here has a house number in digits
    for m in _STREET.finditer(text):
        if m.group(1).split()[-1].lower() in _COMMON_WORDS or _a_word_in_es(text, m):
            continue
        spans.append(Span(m.start(1), m.end(2), Kind.ADDRESS, "address"))
        german = _GERMAN_POSTCODE.search(text, m.end(2), m.end(2) + 12)
        if german is not None:
            spans.append(Span(german.start(1), german.end(1), Kind.POSTCODE, "postcode-german"))
    if len(lowered) == len(text) and _CAPITALS.search(text):
        # "KERKSTRAAT 9": a street in capitals, found as one in lower case
        for m in _STREET.finditer(lowered):
            street = text[m.start(1) : m.end(1)]
            if street.isupper() and m.group(1).split()[-1] not in _COMMON_WORDS:
                spans.append(Span(m.start(1), m.end(2), Kind.ADDRESS, "address-capitals"))
    for m in _STREET_BEFORE_POSTCODE.finditer(text):
        spans.append(Span(m.start(), m.end(), Kind.ADDRESS, "address-glued"))
    for m in _STREET_AND_POSTCODE.finditer(text):
        german = _GERMAN_POSTCODE_AND_TOWN.match(text, m.end())
        if german is not None:
            if len(m.group(2)) > _GERMAN_HOUSE_DIGITS or not _a_town(german.group(2)):
                continue  # "Im Jahr 2019, 50000 Menschen": a year and a count
            if not (_GERMAN_STREET.search(m.group(1)) or _GERMAN_FORM.search(text)):
                continue  # "Gruppe 2, 25000 Teilnehmer": no street, no form to fill in
            spans.append(Span(german.start(1), german.end(1), Kind.POSTCODE, "postcode-german"))
        spans.append(Span(m.start(1), m.end(2), Kind.ADDRESS, "address-before-postcode"))
    for m in _GERMAN_POSTCODE_NAMED.finditer(text):
        group = 1 if m.group(1) is not None else 2
        spans.append(Span(m.start(group), m.end(group), Kind.POSTCODE, "postcode-german"))
    for m in _LIVING_AT.finditer(text):
        spans.append(Span(m.start("street"), m.end("number"), Kind.ADDRESS, "address-living"))
    for m in _NUMBER_OF_STREET.finditer(text):
        end = m.end("street") if m.group("street") else m.end("number")
        spans.append(Span(m.start("number"), end, Kind.ADDRESS, "address-number"))
    return [_with_unit(text, span) for span in _joined(text, spans)]


_UNIT_AFTER = patterns.compile(
    r"(?i)[ \t]*,?[ \t]*(?:unit|apt\.?|apartment|appartement|app\.?|kamer|room|flat)[ \t]+"
    r"\d{1,4}[a-z]?(?![\w-]|[.,]\d)"
)


def _with_unit(text: str, span: Span) -> Span:
    """An address with its unit or room: "[Ariënsplein 6, unit 27]"."""
    if span.kind is not Kind.ADDRESS:
        return span
    m = _UNIT_AFTER.match(text, span.end)
    return span if m is None else Span(span.start, m.end(), span.kind, span.source)


_STREET_AFTER_FARM = patterns.compile(
    r"[ \t]*,?[ \t]+(?i:an|aan|op)(?:[ \t]+(?i:de|het|'t))?[ \t]+"
    rf"[A-Z][\w'-]*(?:{_SUFFIXES})(?![\w'-])"
)
"""The street after a farm's name: "Erve Nijhuis [an de Kroezenhoekweg]"."""
_JOINING = patterns.compile(
    r"(?i)[ \t]*,?[ \t]+(?:an|aan|op|in)(?:[ \t]+(?:de|het|'t))?[ \t]+|[ \t]*,[ \t]*"
)


_COMMA = patterns.compile(r"[ \t]*,[ \t]*")
_LOWER_FARM = patterns.compile(
    r"(?i:(?<![\w'’])(?:woon|woont|wonen|wone|wont|wonnen)[ \t]+(?:(?:hier|nu|al)[ \t]+)?op[ \t]+)"
    rf"(erve[ \t]+[a-z][\w'-]+(?:[ \t]*,?[ \t]+(?:an|aan)(?:[ \t]+(?:de|het|'t))?[ \t]+"
    rf"[a-z][\w'-]*(?:{_SUFFIXES}))?)(?![\w'-])"
)
"""A farm typed in lower case where someone lives: "wiej wont op erve kamphuis an de
markeloseweg"."""


_FARM_HINTS = ("erve", "erf", "'t", "’t", "boerderi", "hoeve", "farm")
"""Checked first: the farm patterns cannot match without one of these."""
_MORE_FARM_HINTS = ("bedrijf", "plaatse", "camping")
"""Words for a farm after which a farm's name may stand too ("gemengd bedrijf, De Boskamp")."""
_FARM_WORD = patterns.compile(
    r"(?i)(?<![\w'’])(?:boerderij|boerderije|boerderieje|boerderie|plaatse|erve|hoeve|bedrijf|"
    r"boerenbedrijf|melkveebedrijf|farm|hof|mini-camping|camping)(?![\w'’])"
)
_FARM_NAME = patterns.compile(
    r"(?<![\w'’])(?:'t|’t|De|Het)[ \t]+[A-Z][a-zà-ÿ]+(?:slag|holt|kamp|hoek|huis|stee|horst|"
    r"hoeve|brink|esch|broek|weide|beek|kate|erf|goed|land|sate|made)(?![\w'’-])"
)
_FARM_WORD_BEFORE = 60


def _farms_named_after_their_word(text: str) -> list[Span]:
    """A farm's name shaped as one, in the sentence after the word for a farm: "we hadden 'n
    kleine boerderieje, 't Hessenslag", "een klein gemengd bedrijf, De Boskamp" — the name of a
    farm is where a family lives (not "'t Was hard werken": no farm's shape)."""
    spans = []
    for m in _FARM_NAME.finditer(text):
        before = text[max(0, m.start() - _FARM_WORD_BEFORE) : m.start()]
        sentence = re.split(r"[.!?\n]", before)[-1]
        if _FARM_WORD.search(sentence):
            spans.append(Span(m.start(), m.end(), Kind.ADDRESS, "address-farm-named"))
    return spans


def _joined(text: str, spans: list[Span]) -> list[Span]:
    """A farm and its street as one address: "[erve Brookhuis] an de [Vasserweg 6]" — two
    streets apart only by a comma stay two ("Kerkstraat 5, Molenweg 3")."""
    ordered = sorted(spans, key=lambda s: s.start)
    joined: list[Span] = []
    for span in ordered:
        farm = joined and "address-farm" in (joined[-1].source, span.source)
        if (
            joined
            and (farm or _COMMA.fullmatch(text, joined[-1].end, span.start) is None)
            and (_JOINING.fullmatch(text, joined[-1].end, span.start))
        ):
            last = joined.pop()
            span = Span(last.start, max(last.end, span.end), Kind.ADDRESS, last.source)
        joined.append(span)
    return joined


_NOT_A_STREET = frozenset(
    {"groep", "klas", "artikel", "art", "bus", "lijn", "route", "buslijn", "nummer", "nr", "no"}
    | {"blok", "fase", "niveau", "level", "jaar", "week", "dag", "uur", "hoofdstuk", "pagina"}
    | {"punt", "motie", "agendapunt", "amendement", "stap", "top", "covid", "corona", "windows"}
    | {"iphone", "group", "class", "year", "grade", "page", "chapter", "item", "stand", "tafel"}
    | {"zaal", "kamer", "room", "gate", "perron", "spoor", "plek", "plaats", "team", "ronde"}
    | {"les", "lesson", "versie", "editie", "seizoen"}
)
"""Words a number follows without making an address: "groep 8", "lijn 74", "motie 12"."""
_NUMBER_ALONE = patterns.compile(
    r"(?<![\w,.-])[1-9]\d{0,3}(?:[ -]?[a-zA-Z])?(?![\w,.:]?\d)(?![\w-])"
    r"(?![ \t]*(?:%|km|keer|jaar|uur|minuten|euro|meter|m\b|x\b|procent|kilo|graden|mensen|"
    r"personen|leden|stuks|kinderen|dagen|weken|maanden|jaren|havo|vwo|mavo|vmbo))"
)
_STREET_BEFORE = patterns.compile(
    rf"(?<![\w'-])([A-Z][a-zà-ÿ'-]+|[a-z][\w'-]*(?:{_SUFFIXES})(?<!groetjes))[ \t]*$"
)
"""A word shaped as a street right before a house number (searched only before numbers)."""
_ENDS_AS_A_STREET = patterns.compile(rf"(?:{_SUFFIXES})$")
_COMPOUND_STREET = patterns.compile(rf"(?i)[^\W\d_]+(?:{_SUFFIXES}|kampen|waal)")
_SUFFIX_ALONE = patterns.compile(rf"(?i)(?:{_SUFFIXES})")
_ADJECTIVE_BEFORE = patterns.compile(rf"(?i)(?<![\w'’]){_LOWER_STREET_ADJECTIVE}[ \t]+$")
_ARTICLE_BEFORE_A_STREET = patterns.compile(
    r"(?i)(?P<said>(?<![\w'’])(?:is|adres|address)[ \t]*:?[ \t]+|:[ \t]*)?"
    r"(?<![\w'’])(?P<article>de|het|'t|’t)[ \t]+$"
)
_LETTERS = patterns.compile(r"[^\W\d_]+")


_LETTER_AFTER = patterns.compile(r"[ \t]+[a-z](?![\w'’])")
_HOME_NUMBER_AFTER = patterns.compile(
    r"[ \t]*,?[ \t]+(?i:huisje|chalet|kamer|unit|app\.?|appartement|caravan|plek|standplaats|"
    r"stacaravan)[ \t]+(?:(?i:nr\.?|nummer)[ \t]*)?\d{1,4}[a-z]?(?![\w'’])"
)
"""A home's number inside the address: "Vechtdalweg 7 huisje 43" on a camping."""


def with_its_name(text: str, span: Span) -> Span:
    """An address with the words of its street's name before where a rule found it: an
    adjective ("ik woon [oude deventerweg nummer honderd twaalf]") and the article of a name no
    suffix shows ("mijn adres is [de stouwe twaalf]", "op [de wissel vijf]"), or of any street
    after "is" or a colon ("mijn adres is [de kerkweg achttien]"), or capitalised ("in [De Hoge
    Esch]") — as the blind writers mark them — and a home's number after it ("[Vechtdalweg 7
    huisje 43]"). After "aan de" or "op de" a street compounded
    with its suffix keeps the article out ("aan de [Dorpsstraat 14]")."""
    if span.kind is not Kind.ADDRESS:
        return span
    unit = _HOME_NUMBER_AFTER.match(text, span.end)
    if unit is not None:
        span = Span(span.start, unit.end(), span.kind, span.source)
    start = span.start
    adjective = _ADJECTIVE_BEFORE.search(text, max(0, start - 10), start)
    if adjective is not None:
        start = adjective.start()
    article = _ARTICLE_BEFORE_A_STREET.search(text, max(0, start - 16), start)
    if article is None:
        return Span(start, span.end, span.kind, span.source)
    words = _LETTERS.findall(text, span.start, span.end)
    compounded = any(
        _COMPOUND_STREET.fullmatch(word) or (index and _SUFFIX_ALONE.fullmatch(word))
        for index, word in enumerate(words)
    )  # "Kerkstraat", "de losserse straat" — not "de Stouwe", "de Esch", "de Haar"
    own = article.group("article")[:1].isupper()  # "in De Hoge Esch": capitalised, its own
    if compounded and article.group("said") is None and not own:
        return Span(start, span.end, span.kind, span.source)
    return Span(article.start("article"), span.end, span.kind, span.source)


_LEVELS = patterns.compile(r"havo|vwo|vmbo|mavo|atheneum|gymnasium|groep|klas|jaar|leerjaar")
_COUNT_AFTER = patterns.compile(r"[ \t]+(?:[a-z]+[ \t]+)?[a-z]{3,}(?:en|s)(?![\w'’-])")


def spots(
    text: str, known_word: Callable[[str], bool], is_place: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """Unsure spots: a house number after a word shaped as a street that no rule took for an
    address — a name no word list knows ("Olthof 12"), or a word ending in a street's suffix
    ("aan de Esch 4"): the editor sees whether it is where someone lives. Not after an ordinary
    word ("Called 6 practices"), a road ("de N35") or text in capitals."""
    if _DIGIT.search(text) is None:
        return []
    found = []
    for number in _NUMBER_ALONE.finditer(text):
        m = _STREET_BEFORE.search(text, max(0, number.start() - 40), number.start())
        if m is None:
            continue
        word = m.group(1).lower()
        if word in _NOT_A_STREET or word in _COMMON_WORDS or re.fullmatch(MONTHS, word):
            continue
        if known_word(word) and _ENDS_AS_A_STREET.search(word) is None:
            continue
        if is_place(word) or _LEVELS.fullmatch(word) or _COUNT_AFTER.match(text, number.end()):
            continue  # "In Hengelo 5 nieuwe scholen", "Havo 4", "Albert Heijn 2 pakken melk"
        if re.fullmatch(r"(?:19|20)\d\d", number.group()):
            continue  # "Koninginnedag 1994": a year
        found.append((m.start(1), number.end()))
    return found
