"""First names that only their context gives away, as teenagers and hurried writers type them.

deduce finds capitalised names from its lists; these rules add:

- a first name (also in lower case) where the words around it say "person": after "met",
  "naast", "samen met", "net als", a verb of saying ("zei lotte", "zegt noortje ook"), or
  before one ("bram zei", "cas deed de speech", "ria heette"); a first name joined to one of
  those by "en" or a comma ("sem en noor") is a name too, and a word on the first-name list
  joined by "en" to a found name even when it is a word too ("mats en joep kregen ruzie");
- a first name that is also a word with a surname prefix and a surname after it ("bram de
  beer had geen jas"), not after an article, pronoun or possessive ("ik ben de baas");
- any word after a personal title ("meester van dijk", "mevrouw kloosterman", "juf de boer")
  unless it is an ordinary word ("meneer van aardrijkskunde");
- nicknames: "de Lange", "Blonde Kees", "Dikke Dave", and a nickname in quotes after "noemen
  hem";
- first names on the list anywhere: capitalised ones unless they open a sentence and are an
  ordinary word too ("Toon het maar"), lower-case ones when they are no ordinary word in any
  of our languages (measured on the corpus: no false hits, where cue lists always miss some
  — "ik zat bij noa en jens").

A lower-case word only counts as a first name when it is on deduce's first-name list and not
an ordinary Dutch, dialect or English word (:meth:`Vocabulary.lower_case_name`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bot.export.scrub import patterns
from bot.export.scrub.kinds import Kind
from bot.export.scrub.occupations import Sort, occupations
from bot.export.scrub.rules import number_words
from bot.export.scrub.spans import Span
from bot.export.scrub.vocabulary import Vocabulary
from bot.export.scrub.words import (
    CHAT_WORDS,
    CONNECTORS,
    CUED_FIRST_NAMES,
    EMOJI,
    GREETINGS,
    NEVER_NAMES,
    NICKNAME_ADJECTIVES,
    NICKNAME_NOUNS,
    NOT_NAMES,
    OBJECT_VERBS,
    PERSON_AFTER,
    PERSON_BEFORE,
    PERSONAL_TITLES,
    RELATIONS,
    TITLES,
    WEEKDAYS,
)


def _wanted(words: list[Token], i: int) -> bool:
    """ "yonas wilde meer fietspaden": wanting something, as people do — not an app that would
    not ("kahoot wilde niet laden", "somtoday wou vanochtend niet werken")."""
    return words[i].lower in {"wilde", "wou"} and all(
        w.lower not in {"niet", "never", "nooit"} for w in words[i + 1 : i + 4]
    )


def _kin_before(text: str, words: list[Token], i: int) -> bool:
    """ "mijn dochter dasha", "met mijn vriendin luwam", "de moeder van dasha": one's own kin
    with a possessive, or someone's kin with "van", right before the word."""
    if i < 2 or not all(_adjacent(text, words[k], words[k + 1]) for k in (i - 2, i - 1)):
        return False
    before, two_before = words[i - 1].lower, words[i - 2].lower
    return (before in RELATIONS and two_before in _POSSESSIVES) or (
        before == "van" and two_before in RELATIONS
    )


def _kin_after(
    text: str, words: list[Token], i: int, *, comma: bool = False, acting: bool = False
) -> bool:
    """ "bas mijn neef", "Roos, m'n zus,": the word named as one's own kin right after it (a
    comma between only where ``comma``); with ``acting`` (for a word no list knows) the kin
    does or says something ("yonas mijn broer zegt", not "voor het nieuwe fietspad mijn man")."""
    if i + 2 >= len(words) or words[i + 1].lower not in _OWN_KIN_POSSESSIVES:
        return False
    gap = _gap(text, words[i], words[i + 1])
    if not (
        "\n" not in gap
        and gap.strip() in ({"", ","} if comma else {""})
        and _adjacent(text, words[i + 1], words[i + 2])
        and words[i + 2].lower in RELATIONS
    ):
        return False
    return not acting or (
        i + 3 < len(words)
        and _adjacent(text, words[i + 2], words[i + 3])
        and (words[i + 3].lower in _DONE_BY_PEOPLE or words[i + 3].lower in _SAYING)
    )


def _kin_set_off(text: str, words: list[Token], i: int) -> bool:
    """ "roos, mijn zus, werkt …": the kin between two commas right after the word, as an
    apposition sets it off (not "de mooiste roos, mijn moeder was …")."""
    return i + 3 <= len(words) and text[words[i + 2].end : words[i + 2].end + 1] == ","


def _describes_a_person(word: str) -> bool:
    """Kin, a title or a job: "zoon", "juf", "voorzitter" — what someone is, no nickname."""
    return (
        word in RELATIONS
        or word in TITLES
        or word in PERSONAL_TITLES
        or occupations().role(word) is not None
    )


_TOKEN = patterns.compile(r"[^\W\d_](?:\w|['’](?=\w))*(?:-[^\W\d_](?:\w|['’](?=\w))*)*")
"""A word, with an apostrophe inside it ("da's", "m'n") but not after it: "over de Vecht' dacht
ik" closes a quote, and "Kees' fiets" is Kees's."""
_FOREIGN_PARTICLES = frozenset(
    {"el", "al", "ben", "bin", "ibn", "abu", "ait", "da", "di", "dos", "du", "la", "le", "von"}
)
"""Particles of Arabic, Berber, Portuguese, Italian, French and German surnames ("meneer el
amrani", "juf da silva", "mevrouw ben ali"); some are Dutch words too ("al", "ben"), so the word
after one is a surname only where it is no word ("meester al jaren" is not)."""
_AFTER_TER = frozenset(
    {
        "eerste",
        "tweede",
        "derde",
        "slotte",
        "zeerste",
        "info",
        "informatie",
        "plaatse",
        "plekke",
        "gelegenheid",
    }
    | {"hoogte", "wille", "dood", "aarde", "tafel", "sprake", "beschikking", "voorkoming", "zake"}
    | {"behoeve", "overvloede", "tijde", "name"}
)
"""Words after "ter" and "ten" in fixed phrases, never surnames: "ten eerste", "ter info"."""
_PARTICLES_THAT_ARE_WORDS = frozenset({"al", "ben", "bin", "du", "da", "la", "le", "di"})
"""Particles that are Dutch, German or dialect words too: "juf al gezegd", "opa du bist"."""
_INTERFIX_WORDS = frozenset(
    {"van", "de", "der", "den", "ter", "ten", "te", "'t", "het", "vd", "oude", "olde"}
    | {"klein", "groot", "kleine", "grote", "lutke", "lütke", "nijen", "dr"}  # "van dr Veen"
    | _FOREIGN_PARTICLES
)
_OLD = frozenset({"oude", "olde", "klein", "groot", "kleine", "grote", "lutke", "lütke", "nijen"})
"""Twents and Achterhoeks surnames start with "Oude", "Olde", "Klein(e)", "Groot", "Grote",
"Lutke" or "Nijen" ("Oude Luttikhuis", "Olde Rikkert", "Klein Ouweland", "Kleine Koerkamp",
"Groot Wassink", "Nijen Twilhaar")."""
_JOINERS = frozenset({"en", "and", "&", "of", "or"})
_NO_COMPANION = WEEKDAYS | {"school", "werk"}
_PRONOUNS = frozenset(
    {"ik", "jij", "je", "u", "hij", "zij", "ze", "wij", "we", "jullie", "het", "dat", "dit"}
    | {"die", "deze", "een", "i", "you", "he", "she", "we", "they", "it", "the", "a"}
)
_QUOTED_NICKNAME = patterns.compile(
    r"(?i:\b(?:noem(?:en|de|t|den)?|heet|heette|bijnaam(?:\s+is)?|alias|aka|genaamd|call(?:ed|s)?)"
    r"(?:\s+(?:hem|haar|hun|ze|him|her|them|we|wij|ze\s+ook))?\s+)"
    r"[\"“‘'«]([^\"”’'»\n]{2,30})[\"”’'»]"
)
_NAMED_NICKNAME = patterns.compile(
    r"(?i:\b(?:noem(?:en|de|den|t)?|called|call|calls|nicknamed)\s+"
    r"(?!(?:het|dat|dit|it|that|this)\b)[\w\[\]'’-]+\s+"
    r"(?:(?:ook|altijd|gewoon|always|just|ook\s+wel)\s+)?(?:de|het|'t|the)\s+)"
    r"([A-Z][\w'’-]+)"
)
"""A nickname after a verb of naming: "we noemden kevin de Professor", "called him the Bull"."""
_CLOSING_MARK = r"[)\],.;:!?\"”’" + EMOJI + r"]"
"""What may close a nickname: a bracket, a stop, a quote or an emoji ("noemt hem ruggie 😂")."""
_NICK_END = (
    r"(?=[ \t]*(?:" + _CLOSING_MARK + r"|$)|[ \t]+(?:en|and|omdat|want|because|maar|but|lol|haha|"
    r"toen|when|was|is|want|dus|so)(?![\w'’]))"
)
_NICKNAME_AFTER_VERB = patterns.compile(
    r"(?i:\b(?:noem(?:en|de|den|t)?|neum(?:en|de|den|t)?|called|call|calls|nicknamed)"
    r"(?:[ \t]+(?:ze|zij|ze[ \t]+hier|hier))?[ \t]+"
    r"(?:hem|haar|him|her|them|hun|ons|us|mien|mie|mij|me|oons)[ \t]+"
    r"(?:(?:ook|altijd|altied|gewoon|always|just|ook[ \t]+wel|nog[ \t]+steeds|nog[ \t]+altied|"
    r"nog[ \t]+altijd|still)[ \t]+)?)"
    r"((?i:de|het|'t|the)[ \t]+[^\W\d_][\w'’-]*)" + _NICK_END
)
"""A nickname in lower case after a verb of naming and a person: "we noemen hem de prof"."""
_NICKNAME_AFTER_A_NAME = patterns.compile(
    r"(?i:\b(?:noem(?:en|de|den|t)?|neum(?:en|de|den|t)?|called|call|calls)[ \t]+)"
    r"([^\W\d_][\w'’-]*)"
    r"(?i:[ \t]+(?:ook|altijd|altied|gewoon|always|ook[ \t]+wel|nog[ \t]+steeds)[ \t]+)"
    r"((?i:de|het|'t|the)[ \t]+[^\W\d_][\w'’-]*)" + _NICK_END
)
"""A nickname after a verb of naming and a first name: "we noemen gijs altijd de burgemeester"
(a first name, and "altijd", "ook" or "gewoon" after it: not "noemen zoiets altijd de
achterkant", "noemen Deurningen altijd het dorp")."""
_NICKNAME_PHRASE_AFTER_VERB = patterns.compile(
    r"(?i:\b(?:noem(?:en|de|den|t)?|neum(?:en|de|den|t)?|numt|nuum(?:t|en)?|called|calls|call|"
    r"nicknamed)[ \t]+(?:hem|haar|hum|heur|eur|him|her)[ \t]+"
    r"(?:(?:ook|altijd|altied|gewoon|always|nog[ \t]+steeds|still)[ \t]+)?)"
    r"([^\W\d_][\w'’-]*[ \t]+(?P<article>(?i:de|van|der|den|'t|het|the)[ \t]+)?"
    r"[^\W\d_][\w'’-]*)"
    r"(?=[ \t]*(?:"
    + _CLOSING_MARK
    + r"|$)|[ \t]+(?i:omdat|umdat|want|because|toen|sinds)(?![\w'’]))"
)
"""A nickname of a name and a word after a verb of naming, in Dutch or dialect: "wiej numt hum
jaap de kraai umdat …", "ze noemen haar truus de turbo", "we noemen hem bertje bakfiets 🚲"."""
_NICKNAME_BEFORE_VERB = patterns.compile(
    r"(?<![\w'’])((?i:de|het|'t|the)[ \t]+[^\W\d_][\w'’-]*)[ \t]*[(,–-]?[ \t]*"
    r"(?i:(?:zo|so|zoals|as)[ \t]+(?:[\w'’]+[ \t]+){0,3}?(?:noem|call|heet|hiet)"
    r"|noem(?:en|de|den|t)[ \t]+(?:we|wij|ze|zij|ik|jullie)[ \t]+(?:hem|haar))"
)
"""A nickname before the verb that names it: "de snor (zo noemen we onze wiskundeleraar)",
"de snor, zoals we hem noemen", "de snor noemen we hem"."""
_BARE_NICKNAME_BEFORE_VERB = patterns.compile(
    r"(?<![\w'’])([^\W\d_][\w'’-]*)[ \t]*,?[ \t]*(?i:noem(?:en|de|den|t)[ \t]+"
    r"(?:we|wij|ze|zij|ik|jullie|iedereen|hij|ze[ \t]+allemaal|they)[ \t]+(?:hem|haar|him|her)"
    r"|(?:they|we|people)[ \t]+call(?:ed)?[ \t]+(?:him|her))(?![\w'’])"
)
"""A nickname of one word before the verb that names it: "turbo noemden ze hem"."""
_BARE_NICKNAME_AFTER_VERB = patterns.compile(
    r"(?i:\b(?:noem(?:en|de|den|t)?|call(?:ed|s)?|nicknamed)[ \t]+(?:hem|haar|him|her)[ \t]+"
    r"(?:(?:ook|altijd|gewoon|always|just|ook[ \t]+wel|nog[ \t]+steeds|still|nu|now|"
    r"sindsdien|voortaan|tegenwoordig)[ \t]+)?)"
    r"([^\W\d_][\w'’-]*)(?=[ \t]*(?:" + _CLOSING_MARK + r"|$)|[ \t]+(?:en|and|omdat|want|"
    r"because|maar|"
    r"but|lol|haha|toen|when|was|is|dus|so|sinds|since|vanaf|na|after|om|vanwege|door|de|"
    r"the)(?![\w'’]))"
)
"""A nickname of one word after a verb of naming and a person: "iedereen noemt hem turbo",
"noemt hem knoet sinds groep 3"."""
_NICKNAME_AFTER_INVERTED_VERB = patterns.compile(
    r"(?i:(?<![\w'’])(?:onze?|mijn|mn|m'n|our|my|die|dat|hem|haar)[ \t]+(?:[\w'’-]+[ \t]+)?"
    r"noem(?:en|de|den|t)?[ \t]+(?:we|wij|ze|zij|ik|jullie|iedereen|they|we[ \t]+allemaal)[ \t]+"
    r"(?:(?:altijd|gewoon|ook|nog[ \t]+steeds|always|just)[ \t]+)?)"
    r"([^\W\d_][\w'’-]*)(?=[ \t]*(?:" + _CLOSING_MARK + r"|$)|[ \t]+(?:en|and|omdat|want|"
    r"because|maar|"
    r"but|lol|haha|toen|when|dus|so|sinds|since)(?![\w'’]))"
)
"""A nickname after a person and the verb that names them: "onze trainer noemen we snorrie",
"die noemt iedereen knoet"."""
_NOT_A_NICKNAME = _PRONOUNS | frozenset(
    {"zo", "so", "waarom", "why", "hoe", "how", "wat", "what", "ook", "also", "altijd", "nooit"}
    | {"never", "toen", "then", "daarom", "nu", "now", "soms", "vaak", "eigenlijk", "gewoon"}
    | {"niet", "not", "wel", "maar", "but", "en", "and", "dus", "want", "of", "dan", "nog", "al"}
    | {"later", "vroeger", "allemaal", "iedereen", "everyone", "everybody", "wij"}
    | {"zelf", "steeds", "still", "always", "just", "ze", "hem", "haar", "him", "her", "mij"}
)
"""Words that stand where a nickname would, but are none ("zo noemden ze hem", "noemen hem
niet zo")."""
_NICKNAME_LABEL = patterns.compile(
    r"(?i:\b(?:bijnaam|nickname|alias|aka|a\.k\.a\.?)(?:[ \t]+(?:is|was))?[ \t]*:?[ \t]+)"
    r"((?i:de|het|'t|the)[ \t]+[^\W\d_][\w'’-]*"
    r"|(?!(?i:voor|for|van|of|is|was|die|dat|en|and|hem|haar|him|her|je|you|ik|i)(?![\w'’-]))"
    r"[^\W\d_][\w'’-]*)" + _NICK_END
)
"""A nickname after its label: "onze mentor (bijnaam: de snor)", "aka the Bull"."""
_ALIAS = patterns.compile(
    r"(?i:\b(?:aka|a\.k\.a\.?|alias)[ \t]*:?[ \t]+)"
    r"(?!(?i:de|het|'t|the|een|a|an|van|of)(?![\w'’-]))([^\W\d_][\w'’-]*)(?![\w'’-])"
)
"""After "aka" or "alias" the next word is a nickname, whatever it is: "meneer X aka
hoffie had…"."""
_BEFORE_A_NOUN_OR_VERB = frozenset(
    {"de", "het", "'t", "een", "die", "dat", "ik", "je", "jij", "we", "wij", "u", "ze", "zij"}
)
_FIRST_OF_DOUBLE_NAMES = frozenset(
    {"harm", "mark", "frank", "rob", "kees", "roel", "dirk", "bart", "gert", "geert", "jan"}
    | {"klaas", "piet", "teun", "hans", "henk", "wim", "gerrit", "hendrik", "willem", "berend"}
    | {"evert", "bert", "derk", "anne", "marie", "rik", "tom", "luuk", "bram"}
)
"""First names that open Dutch double first names, some of them words too ("harm", "mark",
"frank"): in lower case right before a name they are part of it ("de eigenaar harm jan")."""
_FOR_FRIENDS = patterns.compile(
    r"(?:\([ \t]*|,[ \t]*|[–—-][ \t]+)([^\W\d_][\w'’-]*)[ \t]+(?i:voor|for)[ \t]+"
    r"(?i:(?:de|zijn|haar|z'n|zn|mijn|m'n|mn|his|her|my)[ \t]+)?"
    r"(?i:vrienden|vriendinnen|vriendjes|friends|intimi)"
    r"(?=[ \t]*[),–—-])"
)
"""The name friends use, set off after a name: "bram (brammetje voor vrienden)", "Johannes,
Hannes voor vrienden, …"."""
_POSSESSIVES = frozenset(
    {"mijn", "m'n", "mn", "onze", "ons", "zijn", "z'n", "zn", "haar", "hun", "jouw", "je"}
)
"""Dutch possessives before kin and a name no list knows ("mijn dochter dasha"); in English a
lower-case word there is mostly a verb ("my colleague commutes"), and names are capitalised."""
_LIVING = frozenset({"woont", "woonde"})
_FROM = frozenset({"uit", "from", "aus", "van"})
_OWN = frozenset({"mijn", "m'n", "mn", "onze", "ons", "my", "our"})
_OWNERS_OF_A_ROLE = _OWN | {"hun", "jullie", "zijn", "z'n", "zn", "haar", "their", "your", "his"}
"""Whose coach or chair: "mn praktijkbegeleider harm werkt", "hun voorzitter mo schreeuwt"."""
_GROUPS = frozenset(
    {"klas", "groep", "team", "elftal", "straat", "buurt", "jaar", "jaarlaag", "mentorklas"}
    | {"class", "team", "street", "year", "group", "club", "vereniging", "dorp", "village"}
    | {"fractie", "partij", "party"}
)
"""What one's classmates, team mates and neighbours are "uit" (or "in"): "lieve uit mijn klas",
"Daan in onze fractie"."""
_PEOPLES_GROUPS = frozenset(
    {"klas", "groep", "team", "elftal", "mentorklas", "class", "group", "fractie", "partij"}
    | {"party"}
)
"""Groups of people only: before them "in" and a word no list knows say a name ("Robiel uit
onze fractie") — not a street or a village ("Storm in onze straat", "Oekraïners uit onze
straat")."""
_SAINTS = frozenset({"sint", "st", "sinte", "san", "santa", "saint"})
""""sint-jan", "sint-maarten": a saint's day or a church, not a double name."""
_NICKNAME_FOR_FRIENDS = patterns.compile(
    r"(?<![\w'’@#])([^\W\d_][\w'’-]+)[ \t]+(?i:voor|for|bij)[ \t]+"
    r"(?i:(?:zijn|z'n|zn|haar|his|her|de|onze|ons|mijn|m'n|mn|my|their|zien|heur)[ \t]+)?"
    r"(?i:vrienden|vriendinnen|vriendjes|friends|mates|maten|matties|intimi|familie|family)"
    r"(?![\w'’])"
)
"""A nickname told by who uses it: "Berkay (Berko voor vrienden)", "Joost, Joep voor zijn
maten" — not "eten voor vrienden" or "Tijd voor vrienden" (ordinary words)."""
_QUOTES = "'’\"”"
_QUOTED_ARTICLE_BEFORE = patterns.compile(r"['‘\"“](?i:de|het|'t|the)[ \t]+$")
"""An opening quote and an article before a nickname: "'de prof' (= Wessel)"."""
_EXPLAINED_NICKNAME = patterns.compile(
    r"(?<![\w'’])(?P<nick>(?:(?i:de|het|'t|the)[ \t]+)?[^\W\d_][\w'’-]*)[ \t]*\([ \t]*(?:"
    r"(?:=[ \t]*|(?i:dat[ \t]+is|dat's|da's|das|that's|that[ \t]+is|oftewel|ofwel)[ \t]+)"
    r"(?P<equals>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)?)"
    r"|(?i:(?:ja[ \t]+)?zo[ \t]+(?:heet|heette|noemen|noemden|hiet)\b)"
    r"|(?i:[^()\n]{0,40}?\b(?:heet|heette|hiet|heten|noem|noemt|noemde|noemen|noemden|called|"
    r"calls|named)[ \t]+"
    r"(?:(?:echt|eigenlijk|gewoon|ook|really|actually|we|ze|hem|haar|him|her)[ \t]+){0,3}"
    r"(?:zo|so|that)\b)"
    r"|(?i:(?:onze?|mijn|mn|m'n|our|my)[ \t]+(?:mentor|mentrix|leraar|lerares|docent|docente|juf|"
    r"meester|coach|trainer|trainster|teacher|buurman|buurvrouw|broer|zus|neef|nicht|opa|oma|"
    r"vriend|vriendin|klasgenoot|conciërge|concierge|baas|chef|voorzitter)\b)"
    r"|(?i:(?:onze?|mijn|mn|m'n|our|my)[ \t]+)"
    r"(?P<person>[^\W\d_][\w'’-]*(?:er|ster|aar|ent|ist|eur|rik|ier|ant))(?=[ \t]*[),])"
    r"|(?P<label>(?i:achternaam|voornaam|bijnaam|echte[ \t]+naam|surname|last[ \t]+name|"
    r"nickname|real[ \t]+name))(?=[ \t]*[,);]|[ \t]+(?i:dus|trouwens|btw|lol|haha|echt|hoor)\b)"
    r"|(?P<about>(?i:[^()\n]{0,30}?\b(?:zn|z'n|zijn|haar|d'r|his|her)[ \t]+(?:bijnaam|nickname)\b))"
    r"|(?P<titled>(?i:meneer|mevrouw|mevr|juf|juffrouw|meester|dhr|mw)\.?[ \t]+(?-i:[A-Z])[\w'’-]+)"
    r"|(?i:onze?|mijn|mn|m'n|our|my)[ \t]+[^\W\d_][\w'’-]*[ \t]+"
    r"(?P<named>[^\W\d_][\w'’]*)[ \t]*(?=[),])"
    r")"
)
"""A nickname with its explanation in brackets after it: "=" or "dat is" and a first name,
"zo heet …", "… heet echt zo", "ja dat is echt zn bijnaam", "niemand noemt hem zo", a title and a
surname ("de snor (meneer Pierik van aardrijkskunde)"), a
possessive and a person ("onze mentor", "onze klassenvertegenwoordiger": a word for a person by
its ending), what sort of name it is ("vos (achternaam, …)") or a possessive, a word and a
first name ("de prof (onze klassenslimmerik ilias)")."""
_SURNAME_START = frozenset({"de", "van", "ter", "ten", "te", "den", "der"})
_NOT_BEFORE_A_NAME = _PRONOUNS | frozenset(
    {"mijn", "mn", "m'n", "jouw", "je", "zijn", "zn", "z'n", "haar", "ons", "onze", "hun"}
    | {"zo", "zo'n", "elke", "iedere", "geen", "ben", "bin", "is", "was", "bent", "my", "your"}
)
"""Words after which a word on the first-name list is the word ("een roos van de buren")."""
_SELF_AFTER_AND = frozenset({"ik", "mij", "me", "i"})
_LIST_END = patterns.compile(r"[ \t]*(?:$|[\n.,;:!?()]|[^\w\s'’\"-])")
"""Where a list of names ends: a mark, a bracket, an emoji or the end of the text."""
_NOT_THE_LAST_NAME = frozenset(
    {"anderen", "others", "meer", "more", "nog", "iedereen", "everyone", "allemaal", "all", "co"}
    | {"rest", "vrienden", "friends", "familie", "family", "hem", "jou", "you", "hun", "mezelf"}
    | {"zo", "zovoort", "dergelijke", "etc", "enzo", "enzovoort", "mn", "me", "us", "them"}
)
_SAINT = frozenset({"st", "st.", "sint", "sancta", "heilige", "saint"})
_ASSISTANTS = frozenset({"siri", "alexa", "cortana", "google"})
_WAKE_WORDS = frozenset({"oke", "okay", "ok", "hey", "hé", "hee", "hoi", "hi"})
_COUNTED = frozenset(
    {
        *("people", "persons", "kids", "children", "students", "friends", "years", "times"),
        *("mensen", "man", "kinderen", "leerlingen", "vrienden", "jaar", "keer", "euro", "uur"),
        *("dagen", "weken", "maanden", "minuten", "huizen", "koeien", "of", "van"),
    }
)
"""What a number counts, so it is no name before it: "with nine people", "met tien man"."""
_VERBS_ALSO_NAMES = frozenset({"ben", "bin", "will", "mag"})
"""Names that are verbs too; after "en" in lower case they are the verb ("… en ben 14")."""
_NAMING = patterns.CaseFree(
    patterns.compile(
        r"(?i)noem|neum|nuum|numt|call|heet|hiet|genaamd|bijnaam|nickname|alias|aka|a\.k\.a"
    )
)
"""Every nickname rule needs one of these words (checked first: the rules are slow)."""
_SENTENCE_END = ".!?\n:;…"
_WEAK_AFTER = frozenset({"en", "enne", "and", "is", "was", "had", "heeft"})
"""After these only a word on the first-name list is a name ("lotte en ik", not "Twence en")."""
_NAMING_CUES = frozenset(
    {"zat naast", "zit naast", "zaten naast", "zitten naast", "samen met", "sat next to"}
    | {"mijn naam is", "my name is", "ik heet", "hij heet", "zij heet", "ze heet", "ich heiße"}
    | {"ich heisse", "dank je", "dank je wel", "dankjewel", "dank u", "dank u wel", "bedankt"}
    | {"thanks", "thank you", "groetjes", "groeten", "groetjes van", "groeten van", "liefs"}
    | {"doei", "heette", "thanks to", "dankzij", "dank aan"}
)
"""Words after which only a person's name stands, also a word no list knows ("zat naast
luwam", "mijn naam is awet", "liefs merhawi"); not bare "naast" ("naast idlib is de grens"),
"met", "zonder" or "zoals" ("met tiktok")."""
_INTRODUCTIONS = frozenset(
    {"ik ben", "hoi ik ben", "hallo ik ben", "hey ik ben", "hi ik ben", "hi i'm", "i'm", "i am"}
    | {"ich bin", "hier ist", "hier is"}
)
"""After these a first name takes the word no list knows after it as its surname ("hallo ik ben
olga nowak") — but a word no list knows alone is no name after them ("hoi ik ben vegan")."""
_NAMING_OR_INTRODUCING = _NAMING_CUES | _INTRODUCTIONS
_LAST_WORDS_OF_CUES = frozenset(cue.split()[-1] for cue in _NAMING_OR_INTRODUCING)
_SUBJECTS = frozenset(
    {"ik", "jij", "je", "hij", "zij", "ze", "we", "wij", "jullie", "u", "men", "iemand", "i"}
    | {"you", "he", "she", "they", "it", "wie", "die", "dat", "niemand", "iedereen"}
)
_PARTICIPLES_OF_PEOPLE = frozenset(
    {"gezegd", "gevraagd", "verteld", "geroepen", "gelachen", "gehuild", "gewonnen", "gestemd"}
    | {"voorgelezen", "uitgelegd", "gepresenteerd", "gedebatteerd", "geappt", "gebeld"}
    | {"geantwoord", "gefluisterd", "geschreeuwd", "gespeecht", "gesproken"}
)
"""The participles of :data:`_DONE_BY_PEOPLE` and of what a class does in a debate ("luwam
heeft gewonnen", "kibrom had de motie voorgelezen")."""
_PERFECT_REACH = 4
_DONE_BY_PEOPLE = frozenset(
    {"zei", "zegt", "vroeg", "vraagt", "vertelde", "vertelt", "riep", "roept", "schreeuwde"}
    | {"lachte", "lacht", "huilde", "huilt", "fluisterde", "fluistert", "sloeg", "las"}
    | {"appte", "appt", "belde", "antwoordde", "dacht", "denkt", "vond", "vindt", "woont"}
    | {"woonde", "stemde", "stemt", "snapte", "durfde", "praatte", "said", "asked", "laughed"}
)
"""Verbs that only people do, after a word no list knows as their subject ("awet las de motie
voor", "en semhar sloeg op tafel") — not "heeft", "gaat", "won" or "speelde", which shops,
clubs and apps do too ("kruidvat heeft", "twence won")."""
_NOT_A_VERB_AFTER = frozenset(
    {"en", "enne", "and", "is", "was", "here", "hier", "speaking", "zn", "z'n", "d'r"}
)
_NOT_A_VERB_AFTER_A_SURNAME = _NOT_A_VERB_AFTER - {"is", "was"}
"""After a surname with its prefix "is" and "was" are its verb ("oude luttikhuis was boos")."""
_LOWER_SURNAME_PREFIXES = frozenset({"van", "ter", "ten", "oude", "olde"})
_UNKNOWN_NAME_LETTERS = 4
_PLACE_LETTERS = 4
_A_VOWEL = patterns.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]")
_HELD_OR_REPEATED = patterns.compile(r"(.)\1\1|^(..)\2")
"""A letter three times ("vandaaag") or a word that starts with its first two letters twice
("haha", "hihi")."""
_BEFORE_AN_INVERTED_VERB = frozenset(
    {"toen", "en", "dan", "daarna", "ook", "nog", "meteen", "gisteren", "vandaag", "later"}
    | {"daarom", "dus", "maar", "want", "opeens", "ineens", "then", "and"}
)
_EMOJI_IN = patterns.compile(rf"[{EMOJI}]")
_THANKS = frozenset({"thanks to", "thank you", "dank aan"})
_ACTS = (
    PERSON_AFTER
    - {"is", "was", "en", "enne", "and", "here", "hier", "speaking", "zn", "z'n", "d'r", "haar"}
    - {"had", "heeft", "wil", "wou", "wilde", "kon", "mocht", "moest", "werd", "wordt", "bleef"}
    - {"blijft", "hadden", "waren"}
) | {"lag", "ligt", "lagen"}
"""What a person does, after a surname that is a word too ("juf baan lag dubbel") — not the
verbs anything may have ("had", "werd")."""
_ADDRESS_TITLES = frozenset(
    {"juf", "juffrouw", "meester", "meneer", "mevrouw", "mevr", "mw", "dhr"}
)
"""How pupils and villagers address someone, always before a surname: "juf baan", "meneer
visser" — not a job before its field ("docent burgerschap")."""
_ADVERBS_AFTER_A_TITLE = frozenset(
    {"heel", "erg", "echt", "even", "weer", "meteen", "gelijk", "direct", "helemaal", "bijna"}
    | {"alleen", "samen", "zelfs", "opeens", "ineens", "snel", "hard", "zacht", "luid", "boos"}
    | {"blij", "stil", "gauw", "daarna", "eerst", "later", "vandaag", "gisteren", "morgen"}
    | {"toch", "dus", "ook", "nog", "al", "wel", "niet", "nooit", "vaak", "soms", "altijd"}
    | {"buiten", "binnen", "boven", "beneden", "voor", "achter", "thuis", "terug", "weg"}
)
"""Words between a title and a verb that say how or when, no surname: "de juf heel hard
lachte", "meneer meteen zei"."""
_FROM_A_GROUP = frozenset({"uit", "van", "in", "op", "from", "of"})
_BEFORE_A_SUBJECT = frozenset({"en", "toen", "dat", "want", "maar", "omdat", "dus", "and", "but"})


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    lower: str = ""
    capitalised: bool = False


def _token(text: str, start: int, end: int) -> Token:
    return Token(text, start, end, text.lower(), text[0].isupper() and not text.isupper())


def tokens(text: str) -> list[Token]:
    """The words of ``text`` (the same text is tokenised by several rules: kept)."""
    return list(_tokens(text))


@lru_cache(maxsize=4)
def _tokens(text: str) -> tuple[Token, ...]:
    return tuple(_token(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text))


def at_sentence_start(text: str, start: int) -> bool:
    """Whether only spaces, quotes, brackets or emoji stand between ``start`` and the
    previous sentence end (or the start of the text)."""
    position = start - 1
    while position >= 0:
        char = text[position]
        if char in _SENTENCE_END:
            return True
        if char.isalnum() or char in ",":
            return False
        position -= 1
    return True


_FINITE_VERBS = frozenset(
    {"moest", "moet", "zei", "zegt", "had", "hadden", "heeft", "hebben", "was", "waren", "is"}
    | {"kon", "kan", "wilde", "wil", "ging", "gaat", "kwam", "komt", "deed", "doet", "lag"}
    | {"stond", "zat", "mocht", "mag", "lachte", "riep", "vroeg", "won", "werd", "wordt"}
)
"""Verbs right after an adjective joined to a name make it a nickname: "kleine sem en dikke
hadden ruzie"."""


def _a_verb_after(words: list[Token], i: int) -> bool:
    return i + 1 < len(words) and words[i + 1].lower in _FINITE_VERBS


def a_person_before_st(word: str | None, vocabulary: Vocabulary) -> bool:
    """A first name or a title before "St.": "Thomas St. Clair", "meneer St. Pierre" — a
    surname follows, no saint ("Schutterij St. Sebastianus")."""
    if word is None:
        return False
    folded = word.lower().rstrip(".")
    return folded in vocabulary.first_names or folded in TITLES or folded in PERSONAL_TITLES


def _saying_right_after(words: list[Token], i: int) -> bool:
    """A verb of saying right after the word: "de lange zei …" names someone; "de kleine had
    koorts", "de rode werd gekozen" do not."""
    return i + 1 < len(words) and words[i + 1].lower in _SAYING


def _gap(text: str, left: Token, right: Token) -> str:
    return text[left.end : right.start]


def _after_title(text: str, words: list[Token], j: int, *, short: bool) -> bool:
    """Whether ``words[j]`` follows ``words[j - 1]`` in one name: only spaces between, or a
    dot after a short title ("mevr. de vries")."""
    if short:
        return _gap(text, words[j - 1], words[j]).strip(" \t") in {"", "."}
    return _adjacent(text, words[j - 1], words[j])


def _adjacent(text: str, left: Token, right: Token) -> bool:
    """Only spaces (no punctuation that ends a clause) between two tokens."""
    return _gap(text, left, right).strip(" \t") == ""


_ARTICLES = frozenset({"de", "het", "een", "'t", "’t", "'n", "n", "the", "a", "an"})
_NUMBER_AFTER = patterns.compile(r"[ \t]*\d")
_OWNERS = frozenset({"onze", "ons", "mijn", "mn", "m'n", "our", "my"})
_GAME_ROLES = frozenset(
    {"lijsttrekker", "leider", "kapitein", "captain", "teamleider", "spreker", "leader"}
)
"""Roles of a team or a game that the role list leaves out (they are nobody's trade)."""


def _person_role(word: str) -> bool:
    role = occupations().role(word)
    return word in _GAME_ROLES or (role is not None and role.sort in (Sort.RARE, Sort.OCCUPATION))


_YEARS_AFTER = patterns.compile(r"(?i)[ \t]+(?:jaar|joar|jaor|jier|years?)(?![\w'’])")
_CLASS_WORDS = frozenset({"groep", "klas", "klasse", "class", "group", "leerjaar", "jaar"})
_COPULAS = frozenset({"is", "was", "werd", "wordt", "bleef", "blijft", "became", "bin", "ben"})
_TO = frozenset({"tegen", "to", "teggen", "tiegen"})
_SAYING = frozenset(
    {"zei", "zegt", "riep", "roept", "vroeg", "vraagt", "schreeuwde", "appte", "zee", "zeg"}
    | {"fluisterde", "loog", "said", "says", "shouted", "yelled", "whispered", "told"}
)
_BEFORE_AN_UNKNOWN_NAME = _SAYING | _LAST_WORDS_OF_CUES | RELATIONS | {"van"}
_OWN_KIN_POSSESSIVES = frozenset({"mijn", "m'n", "mn", "onze", "ons"})
_AFTER_AN_UNKNOWN_NAME = (
    _DONE_BY_PEOPLE | {"heeft", "had", "hebben", "hadden", "wilde", "wou"} | _OWN_KIN_POSSESSIVES
)
"""The words one of which must stand right before or after a word no list knows for any cue of
:meth:`PersonContext._unknown_word_as_a_person` to make it a name (checked first: most words
have neither)."""
_WHERE_PEOPLE_ARE = frozenset(
    {"buren", "overkant", "hoek", "hiernaast", "overburen", "buurt", "boerderij", "zaak"}
    | {"winkel", "kroeg", "straat", "molen", "garage", "camping", "overkaant", "noabers"}
    | {"café", "cafe", "kerk", "school", "kapper", "zuvelfabriek", "fabriek", "erve", "plaats"}
)
"""Where a village's people are named after: "Gait van de buren", "Jan van de molen"."""


def _role_after(text: str, words: list[Token], j: int) -> bool:
    """Whether a role stands right after the verb ``words[j]`` (maybe after an article):
    "was fractievoorzitter", "is de voorzitter"."""
    k = j + 1
    if k < len(words) and words[k].lower in _ARTICLES:
        k += 1
    if k >= len(words) or not _adjacent(text, words[k - 1], words[k]):
        return False
    role = occupations().role(words[k].lower)
    return role is not None and role.sort in (Sort.RARE, Sort.OCCUPATION)


def _said_after(words: list[Token], j: int) -> bool:
    """Whether a verb of saying follows "tegen" within four words: "roos tegen de
    gedeputeerde zei"."""
    return any(w.lower in _SAYING for w in words[j + 1 : j + 6])


_COMMON_ARTICLES = frozenset({"de", "een", "'n", "n", "the", "a", "an"})
"""Articles before a noun; "het" also stands before a school named after a person ("het jan van
arkel")."""


def _after_an_article(text: str, words: list[Token], i: int) -> bool:
    """Whether ``words[i]`` stands right after an article: a name in lower case never does
    (a surname after "de" is found from the first name before it: "bram de beer")."""
    return (
        i > 0 and words[i - 1].lower in _COMMON_ARTICLES and _adjacent(text, words[i - 1], words[i])
    )


class PersonContext:
    """The context rules, with the vocabulary and the keep-list they need."""

    def __init__(self, vocabulary: Vocabulary, is_kept: object) -> None:
        self.vocabulary = vocabulary
        self._is_kept = is_kept
        self._kept: dict[str, bool] = {}
        self._text = ""

    def kept(self, word: str) -> bool:
        known = self._kept.get(word)
        if known is None:
            known = self._kept[word] = bool(self._is_kept(word))  # type: ignore[operator]
            if len(self._kept) > 50_000:
                self._kept.clear()
        return known

    def first_name(self, token: Token, *, lower_ok: bool) -> bool:
        """Whether ``token`` can be a first name (capitalised, or in lower case when allowed)."""
        folded = token.lower
        if folded in NEVER_NAMES:
            return False
        if self.kept(token.text):
            return False
        if folded in self.vocabulary.dialect_names and self.vocabulary.dialect_word_here(
            folded, self._text
        ):
            return False  # "Pien in de rugge" in an answer written in Twents
        if token.capitalised:
            if folded in self.vocabulary.dialect and at_sentence_start(self._text, token.start):
                return False  # "Hee zat", "Wie hebt"
            return folded in self.vocabulary.first_names and folded not in self._ordinary_words()
        return lower_ok and folded not in CHAT_WORDS and self.vocabulary.lower_case_name(folded)

    def _word_before_a_surname(self, text: str, words: list[Token], i: int) -> bool:
        """A first name that is a word too ("Ben", "Roos"), capitalised inside a sentence, with
        a surname right after it — capitalised, with or without its prefix."""
        token = words[i]
        if at_sentence_start(text, token.start) or not self.vocabulary.any_first_name(token.lower):
            return False
        if self.kept(token.text) or (i > 0 and words[i - 1].lower in _COMMON_ARTICLES):
            return False  # "de Storm Ciara": a storm's name
        j = i + 1
        while j < len(words) and words[j].lower in _INTERFIX_WORDS and j - i <= 2:
            j += 1
        if j >= len(words) or not all(_adjacent(text, words[k], words[k + 1]) for k in range(i, j)):
            return False
        surname = words[j]
        if not surname.capitalised or self.kept(surname.text):
            return False
        if surname.lower in self.vocabulary.surnames:
            return True
        after = words[j + 1] if j + 1 < len(words) else None
        return (
            not self.vocabulary.known_word(surname.lower)
            and _HELD_OR_REPEATED.search(surname.lower) is None  # "ik Ben Blijjj"
            and (after is None or not after.capitalised)  # "Ik Ben Heul Bliej Met Oons Dorp"
        )

    def _cued_only(self, token: Token) -> bool:
        """A name that is also an ordinary word ("bram", "sem", "floor"): a name only with a
        cue."""
        if self.kept(token.text):
            return False
        return (
            token.lower in CUED_FIRST_NAMES
            or token.lower in self.vocabulary.short_names
            or (not token.capitalised and self.vocabulary.cued_name(token.lower))
        )

    def _ordinary_words(self) -> frozenset[str]:
        return self.vocabulary.common_words

    def _unknown_word_as_a_person(self, text: str, words: list[Token], i: int) -> bool:
        """A lower-case word no list knows (a name of a country deduce's list and ours lack:
        "yonas", "merhawi") where only a person's name stands: after "zat naast", "mijn naam
        is", "bedankt" or "liefs" (:data:`_NAMING_CUES`), after a verb of saying that has no
        subject of its own ("toen zei luwam"), or as the subject of a verb only people do
        ("yonas las de motie voor", "en merhawi sloeg op tafel"). Brands, apps, clubs, slang and
        typos are no list's words either: the cues and verbs are the ones they do not take."""
        if (i == 0 or words[i - 1].lower not in _BEFORE_AN_UNKNOWN_NAME) and (
            i + 1 >= len(words) or words[i + 1].lower not in _AFTER_AN_UNKNOWN_NAME
        ):
            return False
        if not (
            self._subject_of_a_person_verb(text, words, i)
            or self._said_by(text, words, i)
            or self._naming_cue_before(text, words, i)
            or _kin_before(text, words, i)
            or _kin_after(text, words, i, acting=True)
        ):
            return False  # the cues first: most words are looked up on no list at all
        # Twents and Sallands spell words no list has: "woarum", "pompe"
        return self._unknown_lower(words[i]) and not self.vocabulary.in_dialect(text)

    @staticmethod
    def _subject_of_a_person_verb(text: str, words: list[Token], i: int) -> bool:
        """ "yonas las de motie voor", "en merhawi sloeg", "luwam heeft gewonnen": the word
        opens a clause and a verb only people do follows it (or "heeft" and such a verb's
        participle, a few words on in the same clause)."""
        if i + 1 >= len(words) or not _adjacent(text, words[i], words[i + 1]):
            return False
        if (
            words[i + 1].lower not in _DONE_BY_PEOPLE
            and not _perfect_of_a_person(text, words, i + 1)
            and not _wanted(words, i + 1)
        ):
            return False
        return (
            at_sentence_start(text, words[i].start)
            or _gap(text, words[i - 1], words[i]).strip() in {",", ":"}
            # "die twee zijn broers 😂 yonas wilde …": chat ends a clause with an emoji
            or _EMOJI_IN.search(_gap(text, words[i - 1], words[i])) is not None
            or (words[i - 1].lower in _BEFORE_A_SUBJECT and _adjacent(text, words[i - 1], words[i]))
        )

    @staticmethod
    def _naming_cue_before(
        text: str, words: list[Token], i: int, cues: frozenset[str] = _NAMING_CUES
    ) -> bool:
        """Whether one to three words of ``cues`` stand right before ``words[i]``."""
        if i == 0 or words[i - 1].lower not in _LAST_WORDS_OF_CUES:
            return False
        start = i
        for length in (1, 2, 3):
            start = i - length
            if start < 0 or not _adjacent(text, words[start], words[start + 1]):
                return False
            if " ".join(w.lower for w in words[start:i]) in cues:
                return True
        return False

    @staticmethod
    def _said_by(text: str, words: list[Token], i: int) -> bool:
        """ "toen zei mebrat dat …", "Vroeg awet nog": a verb of saying (:data:`_SAYING`) right
        before the word, with no subject of its own before it ("ik zei tamam": what was said)."""
        if (
            i == 0
            or words[i - 1].lower not in _SAYING
            or not _adjacent(text, words[i - 1], words[i])
        ):
            return False
        verb = words[i - 1]
        if i == 1 or at_sentence_start(text, verb.start):
            return True
        before = words[i - 2]
        return (
            before.lower not in _SUBJECTS
            and not before.capitalised
            and _gap(text, before, verb).strip() in {"", ","}
            and before.lower in _BEFORE_AN_INVERTED_VERB
        )

    def _unknown_lower(self, token: Token) -> bool:
        """A lower-case word of letters that no list of ours knows as a word or a place, and no
        chat abbreviation ("gwn", "tbh"), laughter or a word typed with a letter held down
        ("vandaaag")."""
        folded = token.text
        if not folded.islower() or len(folded) < _UNKNOWN_NAME_LETTERS or not folded.isalpha():
            return False
        if folded in NEVER_NAMES or folded in NOT_NAMES or folded in GREETINGS:
            return False
        if folded in CHAT_WORDS:
            return False  # "dank je habibi", "bedankt kanka"
        if _describes_a_person(folded):
            return False  # "koster zegt dat de kerk dicht is": who, not a name
        if not _A_VOWEL.search(folded) or _HELD_OR_REPEATED.search(folded) or self.kept(folded):
            return False
        if any(self.kept(folded[start:]) for start in range(2, len(folded) - _PLACE_LETTERS + 1)):
            return False  # "groetjes vanuitlemele": words typed together, a place at the end
        vocabulary = self.vocabulary
        return not (
            folded in vocabulary.places_elsewhere
            or folded in vocabulary.german
            or folded in vocabulary.english_wide
            or vocabulary.known_word(folded)
            or not vocabulary.name_like(folded)
            or vocabulary.slip_of_a_word(folded)
            or vocabulary.typo_of_a_word(folded)
            or vocabulary.compound_of_words(folded)
            or vocabulary.with_a_particle(folded)
            or vocabulary.inflected(folded)
            or vocabulary.dialect_spelling(folded) is not None
        )

    def unknown_capitalised(self, token: Token) -> bool:
        """A capitalised word that is no ordinary word and no place: a name after a cue."""
        if not token.capitalised or self.kept(token.text):
            return False
        folded = token.lower
        if folded in NEVER_NAMES:
            return False
        if folded in self.vocabulary.places_elsewhere:
            return False
        if folded in self.vocabulary.first_names:
            return True
        return not self.vocabulary.known_word(folded) and not self.vocabulary.slip_of_a_word(folded)

    def find(self, text: str) -> list[Span]:
        self._text = text
        words = tokens(text)
        names: set[int] = set()
        spans: list[Span] = []
        first_names = self.vocabulary.first_names
        for i, token in enumerate(words):
            if "-" in token.lower and self._double_first_name(token):
                names.add(i)
                continue
            if not token.capitalised and (
                token.lower not in first_names
                and token.lower not in CUED_FIRST_NAMES
                and token.lower not in self.vocabulary.short_names
            ):
                if self._unknown_word_as_a_person(text, words, i):
                    names.add(i)  # "yonas las de motie voor", "zat naast luwam"
                continue  # an ordinary lower-case word: no name, whatever stands around it
            if not token.capitalised and _after_an_article(text, words, i):
                continue  # "de dieke langs de IJssel", "was de boas van": a noun
            if token.lower in _ASSISTANTS and i > 0 and words[i - 1].lower in _WAKE_WORDS:
                continue  # "oke siri ik wil reageren": the phone, addressed
            if (
                i > 0
                and words[i - 1].lower in _SAINT
                and text[words[i - 1].end : token.start].strip() in ("", ".")
                and not (i > 1 and a_person_before_st(words[i - 2].text, self.vocabulary))
            ):
                continue  # "Schutterij St. Sebastianus", "de Sint Jozefkerk": a saint
            if (
                not token.capitalised
                and i + 1 < len(words)
                and words[i + 1].lower in _COUNTED
                and number_words.value(token.lower) is not None
            ):
                continue  # "with nine people", "met tien man": a number
            if self._cued(text, words, i):
                names.add(i)
            elif token.capitalised and self.first_name(token, lower_ok=False):
                if not at_sentence_start(text, token.start) or not self.vocabulary.known_word(
                    token.lower
                ):
                    names.add(i)
            elif token.capitalised and self._word_before_a_surname(text, words, i):
                # "toen Ben ter Braak den vogel d'r af schot", "Rachel & Ben Whitfield"
                names.add(i)
            elif not token.capitalised and self.first_name(token, lower_ok=True):
                names.add(i)
        names |= {
            i
            for i, token in enumerate(words)
            if i not in names and self._with_lower_surname(text, words, i)
        }
        names |= {
            i - 1
            for i in names
            if i > 0
            and not words[i].capitalised
            and words[i - 1].lower in _FIRST_OF_DOUBLE_NAMES
            and words[i - 1].text.islower()
            and _adjacent(text, words[i - 1], words[i])
            # not "bij de dirk sanne" (a shop), "ik mark jan als vriend" (a verb)
            and not (i > 1 and words[i - 2].lower in _BEFORE_A_NOUN_OR_VERB)
        }
        names |= self._joined(text, words, names)
        names |= self._last_of_a_list(text, words, names)
        names |= self._between_names(text, words, names)
        names |= self._subject_of_a_role(text, words, names)
        spans += [
            Span(words[i].start, self._surname_end(text, words, i), Kind.NAME, "person-context")
            for i in sorted(names)
        ]
        spans += self._after_personal_titles(text, words)
        spans += self._nicknames(text, words)
        spans += self._nicknames_for_friends(text)
        spans += self._surnames_as_subjects(text, words)
        return spans

    def _surnames_as_subjects(self, text: str, words: list[Token]) -> list[Span]:
        """A surname typed in lower case with its prefix, where only a person stands: "van der
        berg zei net dat", "toen zei van der berg", "oude luttikhuis was daar boos" — as
        teenagers name a teacher. "van der" and "van den" are only said in surnames; after
        "ter", "ten", "oude" and "olde" the word must be a surname and no ordinary word
        ("ter horst zei"; not "ten slotte zei", "oude kerk is")."""
        spans = []
        for i, token in enumerate(words):
            if not token.text.islower() or token.lower not in _LOWER_SURNAME_PREFIXES:
                continue
            j = i + 1
            if token.lower == "van":
                if j >= len(words) or words[j].lower not in {"der", "den"}:
                    continue
                j += 1
            if j >= len(words) or not all(
                _adjacent(text, words[k], words[k + 1]) for k in range(i, j)
            ):
                continue
            surname = words[j]
            if not self._lower_surname(surname, strict=token.lower != "van"):
                continue
            if text[token.start : surname.end].lower() in self.vocabulary.places_elsewhere:
                continue  # "ter apel was ons eerste adres", "oude wetering is een dorp"
            verb_after = (
                j + 1 < len(words)
                and _adjacent(text, surname, words[j + 1])
                and words[j + 1].lower in PERSON_AFTER
                and words[j + 1].lower not in _NOT_A_VERB_AFTER_A_SURNAME
            )
            cue_before = self._naming_cue_before(text, words, i) or self._said_by(text, words, i)
            if verb_after or cue_before:
                spans.append(Span(token.start, surname.end, Kind.NAME, "surname-as-subject"))
        return spans

    def _lower_surname(self, token: Token, *, strict: bool) -> bool:
        """Whether ``token``, in lower case after a surname prefix, is the rest of a surname:
        on deduce's lists or no word at all — after "ter" or "oude" (``strict``) on deduce's
        list of surnames and no ordinary word ("ter horst"; not "oude iphone")."""
        folded = token.text
        if not folded.islower() or not folded.isalpha() or len(folded) < 3:
            return False
        if folded in _AFTER_TER or folded in NOT_NAMES or self.kept(folded):
            return False
        vocabulary = self.vocabulary
        on_a_list = folded in vocabulary.surnames or folded in vocabulary.interfix_surnames
        if strict:
            return on_a_list and not vocabulary.known_word(folded)
        return on_a_list or self._unknown_lower(token)

    def _between_names(self, text: str, words: list[Token], names: set[int]) -> set[int]:
        """A first name that is a word too between two names in a list typed without commas:
        "wout ties marit en ik" — the list says person."""
        first_names = self.vocabulary.first_names
        return {
            i
            for i in range(1, len(words) - 1)
            if i not in names
            and i - 1 in names
            and i + 1 in names
            and words[i].lower in first_names
            and _adjacent(text, words[i - 1], words[i])
            and _adjacent(text, words[i], words[i + 1])
        }

    def _explained_nicknames(self, text: str) -> list[Span]:
        """A nickname explained in brackets right after it: "bami (= bart-jan)", "de prof
        (onze mentor, meneer …)", "worst (zo heet joep bij ons)"."""
        if "(" not in text:
            return []
        spans = []
        for m in _EXPLAINED_NICKNAME.finditer(text):
            nick_start, nick_end = m.start("nick"), m.end("nick")
            while nick_end > nick_start and text[nick_end - 1] in _QUOTES:
                nick_end -= 1  # "'de prof' (= Wessel)": the quotes are no part of it
            quoted = _QUOTED_ARTICLE_BEFORE.search(text, max(0, nick_start - 6), nick_start)
            if quoted is not None:
                nick_start = quoted.start() + 1
            last = text[nick_start:nick_end].lower().split()[-1]
            if m.group("titled") is not None:
                if last in TITLES or last in _NOT_A_NICKNAME or _describes_a_person(last):
                    continue  # "de conciërge (meneer Smit)": who he is, no nickname
                if not (
                    last in NICKNAME_NOUNS
                    or last in NICKNAME_ADJECTIVES
                    or (self.vocabulary.name_like(last) and not self.vocabulary.known_word(last))
                ):
                    continue  # "de toets (meneer Smit van wiskunde)", "de eerste (meneer Smit)"
            if m.group("person") is not None or m.group("label") is not None or m.group("about"):
                if last in TITLES or last in _NOT_A_NICKNAME:
                    continue  # "de wethouder (onze burgemeester)": an office, no nickname
                if not (last in NICKNAME_ADJECTIVES or self.vocabulary.name_like(last)):
                    continue  # "de gemeente (onze werkgever)", "je naam in (voornaam)"
            named = m.group("named")
            if named is not None:
                folded = named.lower()
                person = self._name_word(folded) or not self.vocabulary.known_word(folded)
                if not person or last in TITLES or last in _NOT_A_NICKNAME:
                    continue  # "de wethouder (onze wethouder jan)": no nickname
                spans.append(Span(m.start("named"), m.end("named"), Kind.NAME, "nickname"))
            after_equals = m.group("equals")
            if after_equals is not None:
                if not all(self._name_word(part) for part in after_equals.lower().split("-")):
                    continue  # "pizza (= lekker)": no person explained
                # "stoepje (= sem)": the first name that explains it is a name too
                spans.append(Span(m.start("equals"), m.end("equals"), Kind.NAME, "nickname"))
                if _describes_a_person(last) and text[nick_end : nick_end + 1] not in _QUOTES:
                    continue  # "mijn zoon (dat is sem)": the name is explained, "zoon" stays
            spans.append(Span(nick_start, nick_end, Kind.NAME, "nickname"))
        return spans

    def _nicknames_for_friends(self, text: str) -> list[Span]:
        if "vrie" not in text and "friend" not in text and "ma" not in text:
            return []
        spans = []
        for m in _NICKNAME_FOR_FRIENDS.finditer(text):
            folded = m.group(1).lower()
            if folded in NEVER_NAMES or self.kept(m.group(1)) or m.group(1).isupper():
                continue  # "een BBQ voor vrienden": a thing in capitals
            if self._name_word(folded) or not self.vocabulary.known_word(folded):
                spans.append(Span(m.start(1), m.end(1), Kind.NAME, "nickname"))
        return spans

    def _name_word(self, folded: str) -> bool:
        """A word on the first-name list, also one that is a word too ("sem", "bo")."""
        return (
            folded in self.vocabulary.first_names
            or folded in CUED_FIRST_NAMES
            or folded in self.vocabulary.short_names
        )

    def _double_first_name(self, token: Token) -> bool:
        """ "nina-sophie", "bas-jan": two first names joined by a hyphen, also in lower case
        and also when each alone is a word too."""
        parts = token.lower.split("-")
        if len(parts) != 2 or self.kept(token.text):
            return False
        known = self.vocabulary.first_names
        return all(
            (part in known or part in CUED_FIRST_NAMES or part in self.vocabulary.short_names)
            and part not in _SAINTS
            and part not in NOT_NAMES
            and part not in CONNECTORS
            and len(part) >= 2
            for part in parts
        )

    def _with_lower_surname(self, text: str, words: list[Token], i: int) -> bool:
        """ "bram de beer had geen jas", "floor van dijk": a first name that is also a word,
        in lower case, with a surname prefix and a surname deduce knows after it — not after
        an article, a pronoun or a possessive ("ik ben de baas", "een roos van de buren")."""
        token = words[i]
        if token.capitalised or token.lower in _VERBS_ALSO_NAMES or self.kept(token.text):
            return False
        if token.lower in self.vocabulary.dialect or token.lower in NOT_NAMES:
            return False  # "mar de stoep": the dialect's "maar"
        if i + 2 >= len(words) or words[i + 1].lower not in _SURNAME_START:
            return False
        if not (
            token.lower in CUED_FIRST_NAMES
            or (
                token.lower in self.vocabulary.first_names
                and not self.vocabulary.known_word(token.lower)
            )
        ):
            return False  # "mar de stoep" ("maar" in dialect); "bram de beer" is a name
        if i > 0 and words[i - 1].lower in _NOT_BEFORE_A_NAME:
            return False
        return self._surname_end(text, words, i) > token.end

    def _cued(self, text: str, words: list[Token], i: int) -> bool:
        """A first name right after or before a word that says "person"."""
        token = words[i]
        lower_ok = True
        if self._before_and_me(text, words, i) or self._from_my_group(text, words, i):
            return True
        if self._capitalised_after_me_and(text, words, i):
            return True
        if not (
            self.first_name(token, lower_ok=lower_ok)
            or self.unknown_capitalised(token)
            or self._cued_only(token)
        ):
            return False
        if (
            i + 1 < len(words)
            and words[i + 1].lower in _FROM_A_GROUP
            and _adjacent(text, token, words[i + 1])
            and _kin_before(text, words, i)
        ):
            return True  # "mijn zoon mees uit groep zeven": kin, a name, where they are from
        return self._cue_around(text, words, i)

    def _capitalised_after_me_and(self, text: str, words: list[Token], i: int) -> bool:
        """ "me en Storm hebben een petitie gemaakt": a capitalised word joined to "ik", "me"
        or "mij" is someone, also one that is a word too — not a place ("ik en Twente")."""
        token = words[i]
        if not token.capitalised or i < 2 or self.kept(token.text) or token.lower in NOT_NAMES:
            return False
        if token.lower in _NO_COMPANION or token.lower in RELATIONS or token.lower in TITLES:
            return False  # "me en Maandag zijn geen vrienden", "ik en Buurman"
        return (
            words[i - 1].lower in {"en", "and"}
            and words[i - 2].lower in _SELF_AFTER_AND
            and _adjacent(text, words[i - 2], words[i - 1])
            and _adjacent(text, words[i - 1], token)
        )

    def _from_my_group(self, text: str, words: list[Token], i: int) -> bool:
        """ "tegen lieve uit mijn klas", "Daan in onze fractie": a word on the first-name list
        before "uit" or "in" and one's class, team or street is a name, also one that is a word
        too; before "uit" so is a capitalised word no list knows ("Robiel uit onze fractie")."""
        token = words[i]
        if i + 3 >= len(words) or words[i + 1].lower not in {"uit", "from", "in"}:
            return False
        if not _adjacent(text, token, words[i + 1]):
            return False
        group = words[i + 3].lower
        if words[i + 1].lower == "in" and (
            group not in _PEOPLES_GROUPS
            or (self.vocabulary.known_word(token.lower) and not self._cued_only(token))
        ):
            return False  # "Daan in onze fractie" — not "Storm in onze straat"
        if self.kept(token.text) or not (
            token.lower in self.vocabulary.first_names
            or self._cued_only(token)
            or (
                words[i + 1].lower == "uit"
                and group in _PEOPLES_GROUPS
                and self.unknown_capitalised(token)
            )
        ):
            return False  # "max uit onze klas", "Robiel uit onze fractie" — not "Twence in …"
        return (
            words[i + 1].lower in {"uit", "from", "in"}  # not "de grootste fan van onze club"
            and words[i + 2].lower in _OWN
            and words[i + 3].lower in _GROUPS
        )

    def _before_and_me(self, text: str, words: list[Token], i: int) -> bool:
        """ "jade en ik deden de pvv": a word on the first-name list before "en ik" is a name,
        also one that is a word too; so is a capitalised word no list knows that ends a list
        of capitalised words before "en ik" ("partij 2: Mees, Yonas en ik")."""
        token = words[i]
        if i + 2 >= len(words) or self.kept(token.text) or token.lower in NOT_NAMES:
            return False
        return (
            words[i + 1].lower in {"en", "and"}
            and words[i + 2].lower in _SELF_AFTER_AND
            and _adjacent(text, token, words[i + 1])
            and _adjacent(text, words[i + 1], words[i + 2])
            and (
                token.lower in self.vocabulary.first_names
                or self._cued_only(token)
                or self._listed_after_a_capital(text, words, i)
            )
        )

    def _listed_after_a_capital(self, text: str, words: list[Token], i: int) -> bool:
        """ "Mees, Yonas": a capitalised word no list knows after a capitalised first name and a
        comma — not "Fortnite, Valorant en ik"."""
        return (
            i > 0
            and words[i - 1].capitalised
            and self.vocabulary.any_first_name(words[i - 1].lower)
            and _gap(text, words[i - 1], words[i]).strip() == ","
            and self.unknown_capitalised(words[i])
        )

    def _cue_around(self, text: str, words: list[Token], i: int) -> bool:
        token = words[i]
        if i > 0 and _adjacent(text, words[i - 1], token):
            before = words[i - 1].lower
            if before in PERSON_BEFORE:
                return True
            if i > 1 and f"{words[i - 2].lower} {before}" in PERSON_BEFORE:
                # "thanks to Oksana" — not "thanks to Spotify": a first name only after thanks
                return f"{words[i - 2].lower} {before}" not in _THANKS or self.first_name(
                    token, lower_ok=True
                )
            if (
                i > 1
                and words[i - 2].lower in _OWNERS_OF_A_ROLE
                and not token.capitalised
                and occupations().role(before) is not None
            ):
                return True  # "mn praktijkbegeleider harm werkt": one's boss, coach, teacher
            if before in OBJECT_VERBS and (
                self.first_name(token, lower_ok=True) or self._cued_only(token)
            ):
                return True  # "gaf bo een compliment"; not "gaf Twence een vergunning"
        if (
            not token.capitalised
            and token.lower in _VERBS_ALSO_NAMES
            and not (i + 1 < len(words) and words[i + 1].lower in _SAYING)
        ):
            return False  # "als ik burgemeester ben wordt alles beter": the verb; "ben zei"
        if i + 1 < len(words) and _adjacent(text, token, words[i + 1]):
            after = words[i + 1].lower
            if after in _COPULAS and _role_after(text, words, i + 1):
                return True  # "bo was fractievoorzitter", "ties is juf"
            if after in _TO and _said_after(words, i + 1):
                return True  # "toen roos tegen de gedeputeerde zei"
            if after == "van" and self._of_the_neighbours(text, words, i):
                return True  # "Gait van de buren leut hem…"
            if after in _WEAK_AFTER:
                # "lotte en ik", "lars was boos": a name no language has as a word
                return self.first_name(token, lower_ok=True) or (
                    not token.capitalised
                    and token.lower in CUED_FIRST_NAMES
                    and not self.vocabulary.known_word(token.lower)
                )
            if after in _LIVING and i > 0 and words[i - 1].lower in _FROM:
                return False  # "daryna uit Charkiv woont nu in Hardenberg": where she is from
            if (
                after in _LIVING
                and token.capitalised
                and not self.first_name(token, lower_ok=False)
            ):
                return False  # "Bij Humanitas woont een gezin", "Ter Apel woonde ik eerst"
            if after in PERSON_AFTER:
                return True
        # "bas mijn broer zei": a first name named as one's kin (not "de mooiste roos, mijn
        # moeder …", "een flinke storm, mijn vader …")
        return (
            _kin_after(text, words, i, comma=token.capitalised or _kin_set_off(text, words, i))
            and not _after_an_article(text, words, i)
            and (self.first_name(token, lower_ok=True) or self._cued_only(token))
        )

    def _of_the_neighbours(self, text: str, words: list[Token], i: int) -> bool:
        """ "Gait van de buren", "Bertus van de smederij": how a village names a person — a
        capitalised name-like word, "van de" and where or what they are of."""
        token = words[i]
        if not token.capitalised or i + 3 >= len(words):
            return False
        if words[i + 2].lower not in {"de", "het", "'t", "’t"} or _after_an_article(text, words, i):
            return False  # "de Opel van de buren" is a car
        noun = words[i + 3]
        if noun.capitalised or not _adjacent(text, words[i + 2], noun):
            return False
        folded = noun.lower
        if folded in _WHERE_PEOPLE_ARE:
            return True
        role = occupations().role(folded) or occupations().role(
            self.vocabulary.dialect_spelling(folded) or folded
        )
        return role is not None and role.sort is not Sort.PERSON

    def _surname_end(self, text: str, words: list[Token], i: int) -> int:
        """Where the name that starts with the first name ``words[i]`` ends: its surname in
        lower case too ("thijs van der veen", "daan jansen", "lisa ter horst")."""
        after = _word_after_prefixes(text, words, i + 1, most=3)
        if after is None:
            return words[i].end
        j, prefix = after
        surname = words[j]
        folded = surname.lower
        vocabulary = self.vocabulary
        if self.kept(surname.text) or folded in NOT_NAMES or folded in TITLES:
            return words[i].end
        if folded in _CLASS_WORDS and _NUMBER_AFTER.match(text, surname.end):
            return words[i].end  # "juf sanne van groep 7": her class, no surname
        if number_words.value(folded) is not None and (
            _YEARS_AFTER.match(text, surname.end) or not surname.capitalised
        ):
            return words[i].end  # "Gerrit van acht joar", "sil van acht": an age, no surname
        if prefix:
            if surname.capitalised or folded in vocabulary.interfix_surnames:
                return surname.end
        elif (
            not surname.capitalised
            and folded in vocabulary.surnames
            and not vocabulary.known_word(folded)
            and folded not in vocabulary.first_names
        ):
            return surname.end
        elif (
            not surname.capitalised
            and j == i + 1
            and self._naming_cue_before(text, words, i, _NAMING_OR_INTRODUCING)
            and folded.isalpha()
            and _A_VOWEL.search(folded) is not None
            and not _HELD_OR_REPEATED.search(folded)
            and folded not in CHAT_WORDS
            and folded not in vocabulary.german
            and not vocabulary.known_word(folded)
            and vocabulary.name_like(folded)
        ):
            return surname.end  # "mijn naam is ahmad noori", "hallo ik ben olga nowak"
        return words[i].end

    def _joined(self, text: str, words: list[Token], names: set[int]) -> set[int]:
        """First names joined to a found name by "en", "and", "&" or a comma."""
        found = set(names)
        changed = True
        while changed:
            changed = False
            for i in sorted(found):
                for step in (-1, 1):
                    j = self._joined_neighbour(text, words, i, step)
                    if j is not None and j not in found:
                        found.add(j)
                        changed = True
        return found - names

    def _last_of_a_list(self, text: str, words: list[Token], names: set[int]) -> set[int]:
        """The last of a list of first names that no list knows: "sophie, elif en bami." — a
        single word after "en" that ends the list, after two names joined by a comma, and is
        a first name or no word (not "met Anna, Sara en opa.")."""
        found = set()
        for i in sorted(names):
            if i < 1 or i - 1 not in names or _gap(text, words[i - 1], words[i]).strip() != ",":
                continue
            if i + 2 >= len(words) or words[i + 1].lower not in _JOINERS:
                continue
            joiner, last = words[i + 1], words[i + 2]
            if _gap(text, words[i], joiner).strip() or _gap(text, joiner, last).strip():
                continue
            if i + 2 in names or not _LIST_END.match(text, last.end):
                continue
            folded = last.lower
            if (
                folded in _NOT_BEFORE_A_NAME
                or folded in _NOT_THE_LAST_NAME
                or folded in _SELF_AFTER_AND
                or folded in NEVER_NAMES
                or self.kept(last.text)
                or len(folded) < 2
                or not self.vocabulary.name_like(folded)
            ):
                continue  # "met Anna, Sara en opa.", "… en democratie."
            found.add(i + 2)
        return found

    def _subject_of_a_role(self, text: str, words: list[Token], names: set[int]) -> set[int]:
        """A word that opens a sentence and is "onze" role: "storm was onze lijsttrekker",
        "Storm is mijn aanvoerder" — a first name, also one that is a word too, or no word; not
        an ordinary word ("Gisteren was onze voorzitter er niet", "Helaas was onze …") or a
        place ("Ommen was onze gastheer")."""
        found = set()
        for i in range(len(words) - 3):
            if i in names or not at_sentence_start(text, words[i].start):
                continue
            token, verb, owner, role = words[i : i + 4]
            folded = token.lower
            if verb.lower not in _COPULAS or owner.lower not in _OWNERS:
                continue
            if not (_adjacent(text, token, verb) and _adjacent(text, verb, owner)):
                continue
            if not _adjacent(text, owner, role) or not _person_role(role.lower):
                continue
            if (
                len(folded) < 3
                or folded in _NOT_A_NICKNAME
                or folded in NEVER_NAMES
                or self.kept(token.text)
                or not self.vocabulary.name_like(folded)
            ):
                continue  # "Helaas was onze burgemeester er niet", "Democratie is onze leider"
            found.add(i)
        return found

    def _joined_neighbour(self, text: str, words: list[Token], i: int, step: int) -> int | None:
        """The index of a first name one joiner away from ``words[i]`` in direction ``step``."""
        j = i + step
        if not 0 <= j < len(words):
            return None
        left, right = (words[i], words[j]) if step > 0 else (words[j], words[i])
        gap = _gap(text, left, right).strip()
        if gap in {",", "&", "+"}:
            candidate = j
        elif gap == "" and words[j].lower in _JOINERS:
            candidate = j + step
            if not 0 <= candidate < len(words):
                return None
            left2, right2 = (
                (words[j], words[candidate]) if step > 0 else (words[candidate], words[j])
            )
            if _gap(text, left2, right2).strip():
                return None
        else:
            return None
        token = words[candidate]
        if not token.capitalised and token.lower in _VERBS_ALSO_NAMES:
            return None  # "ik heet jayden en ben 14": the verb
        if self.first_name(token, lower_ok=True) or self._cued_only(token):
            return candidate
        if (
            gap in {"", "&", "+"}
            and not token.capitalised
            and token.lower in self.vocabulary.first_names
            and not self.kept(token.text)
        ):
            return candidate  # "mats en joep kregen ruzie": a name that is a word too
        if gap == "" and token.capitalised and self.unknown_capitalised(token):
            return candidate  # "Krzysiek en Ania slapen in een caravan": a name no list knows
        return None

    def _after_personal_titles(self, text: str, words: list[Token]) -> list[Span]:
        """ "meester van dijk", "mevrouw kloosterman", "meneer ter horst", "juf de boer"."""
        spans = []
        for i, token in enumerate(words):
            folded = token.lower.rstrip(".")
            office = folded not in PERSONAL_TITLES
            if office and folded not in TITLES:
                continue
            j = i + 1
            interfixes = 0
            short = f"{folded}." in TITLES  # "mevr. oude luttikhuis": a dot after a short title
            while (
                j < len(words)
                and words[j].lower in _INTERFIX_WORDS
                and _after_title(text, words, j, short=short and j == i + 1)
            ):
                j += 1
                interfixes += 1
            if j >= len(words) or not _after_title(text, words, j, short=short and j == i + 1):
                continue
            if interfixes > 3:
                continue
            name = words[j]
            prefix = " ".join(w.lower for w in words[i + 1 : j])
            if name.lower in _CLASS_WORDS:
                continue  # "juf van groep 8": whose class, not her name
            if office and not self._interfixed_surname(name, prefix):
                continue  # "wethouder van onderwijs"; "wethouder van de berg" is a name
            if not office and not (
                self._surname_like(name, prefix=prefix)
                or (folded in _ADDRESS_TITLES and self._word_acting(text, words, j))
            ):
                continue
            start = words[i + 1].start if interfixes else name.start
            end = _double_barrelled_end(text, words, j, self.vocabulary)
            spans.append(Span(start, end, Kind.NAME, "personal-title"))
        return spans

    def _word_acting(self, text: str, words: list[Token], j: int) -> bool:
        """After a personal title, a surname that is a word too, with what only people do after
        it: "juf baan lag dubbel", "meester visser riep" — not "juf zei", "juf ook lachte"."""
        token = words[j]
        folded = token.lower
        if token.capitalised or j + 1 >= len(words) or words[j + 1].lower not in _ACTS:
            return False
        if not _adjacent(text, token, words[j + 1]):
            return False  # "onze docent burgerschap, zei": a field, then the verb
        if token.lower not in self.vocabulary.surnames:
            return False  # "meester rustig zei", "meneer binnen kwam": how, not who
        return not (
            folded in TITLES
            or folded in CONNECTORS
            or folded in _PRONOUNS
            or folded in NOT_NAMES
            or folded in PERSON_AFTER
            or folded in PERSON_BEFORE
            or folded in _NOT_BEFORE_A_NAME
            or folded in _NOT_A_NICKNAME
            or folded in self.vocabulary.function_names
            or number_words.value(folded) is not None
            or folded in _ADVERBS_AFTER_A_TITLE
        )

    def _interfixed_surname(self, token: Token, prefix: str) -> bool:
        """After an office title only a lower-case surname is a name: with its prefix the
        word forms a known Dutch surname ("van de berg", "ter horst"); without one it is a
        surname and no word ("statenlid berends", not "wethouder zei")."""
        if token.capitalised or self.kept(token.text):
            return False
        folded = token.lower
        if folded in NOT_NAMES:
            return False
        if not prefix:
            return folded in self.vocabulary.surnames and not self.vocabulary.known_word(folded)
        if prefix.split()[-1] in _FOREIGN_PARTICLES:
            return self._foreign_surname(folded, prefix.split()[-1])
        if prefix == "van" and folded in self.vocabulary.places_elsewhere:
            return False  # "burgemeester van epe": the place of the office
        return folded in self.vocabulary.interfix_surnames

    def _surname_like(self, token: Token, *, prefix: str) -> bool:
        """Whether ``token`` after a personal title and the surname ``prefix`` ("van der") is
        a surname: "meester de wit", "mevrouw hofstede", "meneer van dijk" — not "meneer
        van de gemeente", "mevrouw de voorzitter", "opa van negentig"."""
        folded = token.lower.rstrip("'’")  # "'mevrouw de voorzitter'" in quotes
        if prefix.split()[-1:] in (["ter"], ["ten"], ["te"]) and folded not in TITLES:
            # "mevr ter haar", "meneer te riele": a surname after "ter" — not "meneer ten
            # eerste", "juf ter info", "om familie te zoeken"
            return (
                folded not in CONNECTORS
                and (folded in self.vocabulary.surnames or not self.vocabulary.known_word(folded))
                and folded not in _AFTER_TER
            )
        if folded in TITLES or folded in CONNECTORS or folded in _PRONOUNS:
            return False
        if folded in _NOT_BEFORE_A_NAME:
            return False  # "juf van mijn broertje", "meneer van onze klas"
        if folded in PERSON_AFTER or folded in PERSON_BEFORE or number_words.value(folded):
            return False
        if folded in NOT_NAMES and prefix in {"", "van", "van de", "van het", "van 't"}:
            # "meneer van aardrijkskunde", "die meneer van de Staten", "mevrouw van de
            # gemeente"; but "juf de boer" is a name
            return False
        if not token.capitalised and folded in self.vocabulary.function_names:
            return False  # "met mijn oma mee naar …"
        if token.capitalised:
            return True
        vocabulary = self.vocabulary
        if prefix.split()[-1:] and prefix.split()[-1] in _OLD:
            # "mevr. oude luttikhuis" — not "de juf oude boeken"
            return folded in vocabulary.surnames or not vocabulary.known_word(folded)
        if folded in vocabulary.dialect and prefix not in {"van der", "van den"}:
            return False  # "meneer zee": the dialect's "she"; "meneer van der zee": a surname
        if prefix.split()[-1:] and prefix.split()[-1] in _FOREIGN_PARTICLES:
            return self._foreign_surname(folded, prefix.split()[-1])
        if prefix in {"van de", "van het", "van 't"}:
            return folded not in vocabulary.common_words and not vocabulary.known_word(folded)
        if prefix in {"het", "'t", "’t"}:
            # not "dat opa het gestuurd heeft": the article and a word
            return folded in vocabulary.surnames or not vocabulary.known_word(folded)
        if prefix == "van" and vocabulary.top_word(folded) and folded not in vocabulary.surnames:
            return False  # "de mevrouw van gisteren", "meneer van vanavond": when, not who
        if prefix:
            return True
        if folded in vocabulary.common_words:
            return False
        if folded not in vocabulary.surnames and occupations().role(folded) is not None:
            return False  # "zijn opa schoolmeester van Lemele was": his job, not his name
        if folded in vocabulary.first_names or folded in vocabulary.surnames:
            return True
        return not vocabulary.known_word(folded)

    def _foreign_surname(self, folded: str, particle: str) -> bool:
        """After a particle of a foreign surname: a word no dictionary knows ("amrani"), or a
        first name ("ben ali") — not "al jaren", "la la land"; after a particle that is a word
        too ("al", "ben", "du") only a listed surname or first name ("juf al ff geappt", "opa du
        bist")."""
        vocabulary = self.vocabulary
        if folded in vocabulary.first_names and folded not in vocabulary.common_words:
            return True
        if particle in _PARTICLES_THAT_ARE_WORDS:
            return folded in vocabulary.surnames and not vocabulary.known_word(folded)
        return not vocabulary.known_word(folded) and folded not in vocabulary.common_words

    def _listed_lower_nicknames(self, text: str, words: list[Token]) -> list[Span]:
        """ "met daan, ilse en de lange": "de" and a nickname's adjective in lower case, listed
        right after a first name and standing alone (not "daan en de lange tafel") — and then
        every other "de lange" standing alone in the answer ("de lange wilde …")."""
        adjectives = set()
        for i in range(2, len(words) - 1):
            de, adjective = words[i], words[i + 1]
            if de.text != "de" or adjective.text not in NICKNAME_ADJECTIVES:
                continue
            if words[i - 1].lower in {"en", "and", "&"}:
                name = words[i - 2]
            elif text[words[i - 1].end : de.start].strip() == ",":
                name = words[i - 1]
            else:
                continue
            first_name = name.lower in self.vocabulary.first_names or name.lower in CUED_FIRST_NAMES
            if first_name and self._alone(text, words, i + 1):
                adjectives.add(adjective.text)
        spans = [
            Span(words[i].start, words[i + 1].end, Kind.NAME, "nickname")
            for i in range(len(words) - 1)
            if words[i].text == "de"
            and _adjacent(text, words[i], words[i + 1])
            and (
                (words[i + 1].text in adjectives and self._alone(text, words, i + 1))
                or (
                    words[i + 1].text in NICKNAME_ADJECTIVES
                    and (
                        _saying_right_after(words, i + 1)
                        or self._explained_by_a_name(text, words, i + 1)
                    )
                )
            )
        ]
        bare = {
            words[i].text
            for i in range(2, len(words) - 1)
            if words[i].text in NICKNAME_ADJECTIVES
            and words[i - 1].lower in {"en", "and", "&"}
            and (
                words[i - 2].lower in self.vocabulary.first_names
                or words[i - 2].lower in CUED_FIRST_NAMES
            )
            and _a_verb_after(words, i)
        }
        spans += [
            Span(words[i].start, words[i].end, Kind.NAME, "nickname")
            for i in range(len(words) - 1)
            if words[i].text in bare
            and _a_verb_after(words, i)
            and (i == 0 or words[i - 1].lower != "de")
        ]
        return spans

    def _explained_by_a_name(self, text: str, words: list[Token], i: int) -> bool:
        """A first name in brackets right after: "toen de lange (sjoerd uit onze klas) …"."""
        if i + 1 >= len(words) or text[words[i].end : words[i + 1].start].strip() != "(":
            return False
        name = words[i + 1]
        after = text[name.end : name.end + 2]
        return (
            name.lower in self.vocabulary.first_names
            and not self.vocabulary.known_word(name.lower)
            and not (after[:1] == ")" and after[1:2].isalpha())  # "de witte (kerst)bomen"
        )

    @staticmethod
    def _alone(text: str, words: list[Token], i: int) -> bool:
        """Whether ``words[i]`` ends its phrase: a mark, "en", or a verb said of people after it."""
        if i + 1 >= len(words):
            return True
        following = words[i + 1]
        return bool(text[words[i].end : following.start].strip()) or following.lower in (
            PERSON_AFTER | {"en", "and", "maar", "die"}
        )

    def _nicknames(self, text: str, words: list[Token]) -> list[Span]:
        """ "de Lange", "Blonde Kees", "Dikke Dave", 'noemen hem "de Stier"'."""
        spans = self._listed_lower_nicknames(text, words)
        for i, token in enumerate(words):
            if not token.capitalised or token.lower not in NICKNAME_ADJECTIVES:
                continue
            if token.lower in GREETINGS and at_sentence_start(text, token.start):
                continue  # "Lieve Anna, …": a greeting, the name alone goes
            following = words[i + 1] if i + 1 < len(words) else None
            if (
                following is not None
                and _adjacent(text, token, following)
                and following.capitalised
                and (
                    following.lower in self.vocabulary.first_names
                    or following.lower in CUED_FIRST_NAMES
                )
            ):
                spans.append(Span(token.start, following.end, Kind.NAME, "nickname"))
                continue
            before = words[i - 1] if i > 0 else None
            if (
                before is not None
                and before.lower == "de"
                and _adjacent(text, before, token)
                and (following is None or not following.capitalised)
            ):
                spans.append(Span(before.start, token.end, Kind.NAME, "nickname"))
        spans += self._explained_nicknames(text)
        if " voor " in text or " for " in text:
            spans += [
                Span(m.start(1), m.end(1), Kind.NAME, "nickname")
                for m in _FOR_FRIENDS.finditer(text)
                if m.group(1).lower() not in NEVER_NAMES
                and self.vocabulary.name_like(m.group(1).lower())
            ]
        if not _NAMING.found(text):
            return spans
        for pattern in (
            _QUOTED_NICKNAME,
            _NAMED_NICKNAME,
            _NICKNAME_AFTER_VERB,
            _NICKNAME_BEFORE_VERB,
            _NICKNAME_LABEL,
            _ALIAS,
        ):
            for m in pattern.finditer(text):
                spans.append(Span(m.start(1), m.end(1), Kind.NAME, "nickname"))
        for m in _NICKNAME_AFTER_A_NAME.finditer(text):
            if m.group(1).lower() in self.vocabulary.first_names or (
                m.group(1).lower() in CUED_FIRST_NAMES and not self.kept(m.group(1))
            ):
                spans.append(Span(m.start(2), m.end(2), Kind.NAME, "nickname"))
        for m in _NICKNAME_PHRASE_AFTER_VERB.finditer(text):
            first = m.group(1).split()[0].lower()
            if first in NOT_NAMES or first in _NOT_A_NICKNAME:
                continue
            second = m.group(1).split()[-1].lower()
            if m.group("article") is None and (
                self.vocabulary.known_word(first) or second in RELATIONS or second in TITLES
            ):
                continue  # not "noemen hem echt dom", "noemen haar lieve oma"
            if first in self.vocabulary.first_names or (
                m.group("article") and not self.vocabulary.known_word(first)
            ):  # without an article only after a first name no word is: "bertje bakfiets"
                spans.append(Span(m.start(1), m.end(1), Kind.NAME, "nickname"))
        for pattern in (
            _BARE_NICKNAME_BEFORE_VERB,
            _BARE_NICKNAME_AFTER_VERB,
            _NICKNAME_AFTER_INVERTED_VERB,
        ):
            for m in pattern.finditer(text):
                word = m.group(1).lower()
                if word in _NOT_A_NICKNAME or word in NOT_NAMES or word in TITLES:
                    continue
                if not self.vocabulary.name_like(word):
                    continue  # "noemt haar incompetent", "terecht noemden ze hem"
                spans.append(Span(m.start(1), m.end(1), Kind.NAME, "nickname"))
        return spans


def _word_after_prefixes(
    text: str, words: list[Token], k: int, most: int | None = None
) -> tuple[int, int] | None:
    """(index, how many prefixes) of the word after the surname prefixes ("van der") that
    stand from ``words[k]`` on, each right after the word before it (at most ``most``); ``None``
    where no word follows right after them."""
    prefixes = 0
    while (
        k < len(words)
        and (most is None or prefixes < most)
        and words[k].lower in _INTERFIX_WORDS
        and _adjacent(text, words[k - 1], words[k])
    ):
        k += 1
        prefixes += 1
    if k >= len(words) or not _adjacent(text, words[k - 1], words[k]):
        return None
    return k, prefixes


def _double_barrelled_end(text: str, words: list[Token], j: int, vocabulary: Vocabulary) -> int:
    """Where a surname ending in a hyphen and a prefix goes on: "mevrouw brouwer-ten cate",
    "meneer smit-van der veen" — the prefix is only ever said before the rest of the name."""
    name = words[j]
    if "-" not in name.lower or name.lower.rsplit("-", 1)[1] not in _INTERFIX_WORDS:
        return name.end
    after = _word_after_prefixes(text, words, j + 1)
    if after is None:
        return name.end
    k = after[0]
    rest = words[k].lower
    if rest in NEVER_NAMES or rest in _INTERFIX_WORDS:
        return name.end
    if rest in vocabulary.interfix_surnames or rest in vocabulary.surnames:
        return words[k].end
    return name.end if vocabulary.known_word(rest) else words[k].end  # not "… dan kwam ze"


def _perfect_of_a_person(text: str, words: list[Token], j: int) -> bool:
    """Whether ``words[j]`` is "heeft" or "had" and a participle only people's doing has
    follows within a few words of the same clause ("heeft gewonnen", "had de motie
    voorgelezen")."""
    if words[j].lower not in {"heeft", "had", "hebben", "hadden"}:
        return False
    for k in range(j + 1, min(len(words), j + 1 + _PERFECT_REACH)):
        if any(mark in _gap(text, words[k - 1], words[k]) for mark in _SENTENCE_END + ","):
            return False
        if words[k].lower in _PARTICIPLES_OF_PEOPLE:
            return True
    return False
