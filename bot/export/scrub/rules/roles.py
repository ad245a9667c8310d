"""Roles that only a few people have: a quasi-identifier even without a name.

"Ik ben de enige dierenarts in het dorp", "als oud-gemeentesecretaris van Ommen", "mijn werk
als wijkverpleegkundige in Daarle", "de leste veerman van Wijhe", "I'm head of the Japanese
department at Saxion" — the role, with what it is of and where, becomes ``[functie]``.

Which words are roles comes from ``roles.txt`` and the head of Dutch compounds
(:mod:`bot.export.scrub.occupations`); when a role is personal comes from the words around it:

1. the only, last, first, youngest one ("de enige huisarts", "het jongste raadslid van
   Tubbergen", "the only midwife in Vriezenveen");
2. a former role ("oud-wethouder", "ex-docent van het Carmel", "voormalig notaris");
3. a role with its years ("raadslid sinds 2010", "hoofd der school van 1962 tot 1990");
4. a role said of oneself or of someone close — "ik ben", "ik was veertig joar", "als",
   "mijn werk als", "mijn dochter is", "I'm a", "works as" — or in apposition to a name
   ("Wim, de voorzitter van de dorpsraad"): a rare role on its own, a common occupation with
   where or for whom ("verpleegkundige bij Isala", "software developer at Nedap");
5. a business someone has ("ik heb een bakkerij in Vriezenveen", "een geitenhouderij met 900
   melkgeiten"; near a place the place stays: "een boomkwekerij vlak bij Dalfsen");
6. a role set off by a comma with "a"/"een" and where ("…, now a data engineer at Nedap"), an
   English one without the article but with English words of where after it ("…, PhD
   researcher at the University of Twente"), or listed with its verb last and its subject
   left out ("…, secretaris van … geweest"), or a rare role with where joined by "en" to what
   the writer says of themselves ("ik ben Wim, 66 en penningmeester van de dorpsraad …").

Where: links ("van de ijsclub in Lemele"), a field before them ("adviseur water bij …"), or
what the role is with ("akkerbouwers met pootaardappelen": a number or things in the plural)
— which ends it.

A title before a name stays visible ("wethouder [naam]"), as does an office spoken of
("de burgemeester van Kampen zei", "toen was de burgemeester nog bereikbaar"): that is public
information, not a trait of the writer.

Unsure spots (:func:`analyse`): a word no list knows where a role would stand ("ik ben
glazenier in Ommen", "de enige klompenmaker"), and a former common occupation alone ("als
oud-docent") — left in, for the editor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from bot.export.scrub import patterns
from bot.export.scrub.keep import keep_list
from bot.export.scrub.kinds import Kind
from bot.export.scrub.occupations import Role, Sort, occupations
from bot.export.scrub.rules import addresses, number_words, schools, towns
from bot.export.scrub.rules.dates import DUTCH_MONTHS, MONTHS, YEAR_SPOKEN
from bot.export.scrub.rules.person_context import Token, tokens
from bot.export.scrub.sentences import Sentences
from bot.export.scrub.spans import Span
from bot.export.scrub.words import (
    MONTH_NAMES,
    RELATIONS,
    RELATIONS_PATTERN,
    district_town,
    longest_first,
)

_STOP = frozenset(
    {
        *("en", "maar", "want", "dus", "die", "dat", "wat", "waar", "toen", "als", "om", "te"),
        *("ik", "we", "wij", "ze", "zij", "hij", "je", "jij", "u", "men", "er", "nu", "ook"),
        *("heb", "hebt", "heeft", "had", "hadden", "is", "was", "ben", "bin", "zijn", "waren"),
        *("zie", "ziet", "zag", "kan", "kon", "wil", "wilde", "wou", "moet", "moest", "mag"),
        *("vind", "vindt", "weet", "wist", "kreeg", "kregen", "krijg", "werd", "word", "wordt"),
        *("and", "but", "who", "which", "that", "so", "i", "we", "they", "he", "she", "it"),
        *("have", "has", "had", "am", "are", "is", "was", "were", "live", "living", "lived"),
        *("sinds", "since", "tot", "until", "from", "in", "te", "at", "bij", "met", "naar"),
        *("de", "het", "een", "'t", "the", "a", "an", "van", "der", "des", "of", "for", "voor"),
        *("op", "aan", "on", "with", "uit", "mijn", "m'n", "mn", "zijn", "z'n", "haar", "hun"),
        *("my", "his", "her", "their", "our", "ons", "onze", "jullie", "your", "niet", "geen"),
        *("not", "no", "nog", "al", "wel", "heel", "erg", "zo", "veel", "very", "much", "too"),
        *("hebben", "heet", "heette", "werk", "werkte", "werkt", "work", "worked", "works"),
        *("doe", "doet", "deed", "do", "does", "did", "ga", "gaat", "ging", "go", "goes", "went"),
        *("jaren", "jaar", "joar", "years", "year", "keer", "times", "tijd", "time", "dag"),
        *("hier", "daar", "here", "there", "toch", "even", "echt", "really", "gewoon", "just"),
        *("zei", "zegt", "said", "says", "lig", "ligt", "hef", "hebt", "bint", "bunt", "wet"),
        *("geweest", "gewerkt", "geworden", "gebleven", "gestopt", "begonnen", "woon", "woont"),
        *("wonen", "woonde", "werken", "blijf", "blijft", "bleef", "kom", "komt", "kwam"),
        *("ooit", "toch", "nooit", "altijd", "always", "never", "ever", "still", "now"),
        *("tussen", "between", "binnen", "bi'j", "biej", "bie", "oet", "veur", "in'n"),
        *("over", "langs", "along", "across", "achter", "naast", "tegenover", "boven", "onder"),
        *("behind", "next", "opposite", "above", "below"),
    }
)
_WORD = r"[^\W\d_][\w'’&-]*"
_YEAR = r"(?:19|20)\d{2}"
_FEASTS = (
    r"pasen|pinksteren|kerst|kerstmis|hemelvaart|carnaval|koningsdag|koninginnedag|easter|"
    r"christmas|(?:eerste|tweede)[ \t]+(?:paasdag|pinksterdag|kerstdag)|oud[ \t]+en[ \t]+nieuw|"
    r"nieuwjaar|(?:begin|eind|half|medio|voorjaar|najaar|zomer|winter|herfst|lente)"
)
_MONTH_WORDS = "|".join(longest_first(MONTH_NAMES))
_YEARS = (
    rf"(?:[ \t]*,?[ \t]+(?:al[ \t]+)?(?:sinds|sunds|since|vanaf|from|tot|until|till|seit|in)"
    rf"[ \t]+(?:(?:{_FEASTS}|{_MONTH_WORDS})[ \t]+)?(?:{_YEAR}|{YEAR_SPOKEN})"
    rf"|[ \t]*\([ \t]*(?:sinds|since|vanaf|seit)[ \t]+(?:(?:{_MONTH_WORDS})[ \t]+)?{_YEAR}[ \t]*\)"
    r"|[ \t]*,[ \t]+(?:sinds|since|vanaf|seit)[ \t]+(?:vorig|vorige|dit|afgelopen|last|this)[ \t]+"
    r"(?:jaar|year|jahr|zomer|summer|najaar|voorjaar)"
    rf"|[ \t]+{_YEAR}(?=[ \t]*(?:[,.;:!?)]|$|[ \t](?:en|and|maar|but|dus)\b))"
    rf"|[ \t]*,?[ \t]+(?:van|from)[ \t]+{_YEAR}(?:[ \t]+(?:tot|to|until|-)[ \t]+"
    rf"(?:{_YEAR}|nu|heden|(?:de|het|mijn|zijn|haar|my|his|her|the)[ \t]+[\w'’-]+"
    r"(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:en|and|maar|but)\b))|(?=[ \t]+(?:tot|until)\b))"
    rf"|[ \t]+\(?{_YEAR}[ \t]*[-–][ \t]*(?:{_YEAR}|nu|heden|now)\)?)"
)
"""The years after a role: "sinds 2015", "sunds 1994", "sinds Pasen 1979", ", tot
1993", ", van 1971 tot 2003", "van 1982 tot de herindeling", "van 1958" (tot de zaak stopte), a
year alone that ends the clause ("schutterskoning van Heeten 2025 en …")."""
_YEARS_AT = patterns.compile(_YEARS, re.IGNORECASE)
_N = rf"(?:\d{{1,2}}|{number_words.pattern()})"
_N_SAID = (
    rf"(?:{_N}|(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[ \t]+(?:en|ën)[ \t]+\w+tig)"
)
"""A number, also read out in three words as Twents says it: "twee en twintig joar"."""
_DURATION = (
    r"(?:(?:(?:al|bijna|ruim|zo'n|ongeveer|meer[ \t]+dan|nearly|almost|about|over|more[ \t]+than)"
    r"[ \t]+)?"
    rf"{_N_SAID}[ \t]+(?:jaar|joar|jaor|jaren|years?)(?:[ \t]+(?:lang|long))?"
    rf"|(?:sinds|since|vanaf|in|tot|until)[ \t]+{_YEAR}|sinds[ \t]+kort|for[ \t]+{_N}[ \t]+years"
    rf"|(?:sinds|since|vanaf)[ \t]+(?:(?:vorig|vorige|dit|deze|afgelopen|last|this|{_N})[ \t]+)?"
    r"(?:jaar|jaren|schooljaar|collegejaar|seizoen|semester|week|weken|maand|maanden|zomer|winter|"
    r"voorjaar|najaar|lente|herfst|year|"
    r"years|month|months|summer|spring|autumn)"
    rf"|(?:sinds|since|vanaf)[ \t]+(?:{DUTCH_MONTHS})(?:[ \t]+{_YEAR})?(?![\w'’])"
    rf"|(?:van|from|tussen|between)[ \t]+{_YEAR}[ \t]*(?:tot|to|until|t/m|en|and|-|–)[ \t]*"
    rf"(?:{_YEAR}|nu|heden|now)"
    r"|(?:sinds|vanaf|since)[ \t]+(?:de|het|the)[ \t]+(?:oprichting|begin|start|founding))"
)
_EVERY_WEEK = (
    r"(?:elke|iedere|every)[ \t]+(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag|week|weekend|"
    r"avond|ochtend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)
_IN_THE_WAR = (
    r"(?:na|voor|tijdens|in|after|during|before)[ \t]+(?:de|the)[ \t]+(?:oorlog|war|bezetting)"
)
_ADVERB = (
    r"(?:jarenlang|jaorenlang|joarenlang|jaarnlang|lang|al|nu|ooit|toen|vroeger|vrogger|destijds|"
    r"nog|zelf|zölf|zölm|zelfs|ook|ok|echt|eigenlijk|really|jaren|joaren|jaoren|"
    r"al[ \t]+jaren|"
    r"tot[ \t]+(?:aan[ \t]+)?(?:zijn|haar|mijn|m'n|z'n|hun|his|her|my)[ \t]+"
    r"(?:pensioen|dood|overlijden|retirement|death|\d{2}(?:e|ste)?)|"
    r"inmiddels|intussen|tegenwoordig|eerst|daar|doar|hier|once|still|now|currently|also|"
    r"(?:dat|dit|het[ \t]+afgelopen)[ \t]+(?:jaar|joar|jaor|seizoen|semester|schooljaar|"
    r"collegejaar)|(?:that|this)[ \t]+year|in[ \t]+het[ \t]+(?:dagelijks|gewone|echte)[ \t]+"
    r"leven|in[ \t]+(?:daily|real)[ \t]+life|in[ \t]+(?:'t|het)[ \t]+echt|daarnaast|besides|"
    rf"{_EVERY_WEEK}|"
    rf"{_IN_THE_WAR}|"
    r"daarna|vervolgens|uiteindelijk|afterwards|eventually|"
    r"(?:'s[ \t]+|op[ \t]+)?(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:s|en)?|doordeweeks|"
    r"weekends|in[ \t]+het[ \t]+weekend|"
    r"'s[ \t]+(?:avonds|ochtends|morgens|middags|nachts|zomers|winters)|parttime|fulltime|"
    r"deeltijd|soms|sometimes|on[ \t]+(?:saturdays|sundays|weekends)|"
    r"wel|eigenlijk|trouwens|"
    rf"then|later|dan|er|in[ \t]+de[ \t]+jaren[ \t]+[\w-]+|in[ \t]+the[ \t]+[\w-]+ies|{_DURATION})"
)
_YEAR_ADVERB = patterns.compile(
    rf"(?i)(?:(?:al|already)[ \t]+)?(?:sinds|since|vanaf|from|in|tot|until)[ \t]+{_YEAR}"
    rf"(?:[ \t]+(?:tot|to|until|-)[ \t]+(?:{_YEAR}|nu|heden|now))?"
    rf"|(?:van|tussen|between)[ \t]+{_YEAR}[ \t]*(?:tot|to|until|t/m|en|and|-|–)[ \t]*"
    rf"(?:{_YEAR}|nu|heden|now)"
)
"""Years before a role go with it: "ik ben [sinds 1987 secretaris van …]", "mijn vader was
[van 1946 tot 1970 burgemeester van …]"."""
_SELF_NL = (
    r"ik[ \t]+(?:ben|was|bin|bun|werd|word|wordt)|(?:ben|was|bin|bun|werd|wordt)[ \t]+ik|ben|bin|"
    r"bun|als|"
    r"(?:ben|bin)[ \t]+\d{1,2}(?:[ \t]+(?:jaar|jr))?[ \t]+en|"
    # "Nu ben ik 82 en kerkvoogd …"
    r"(?:ben|bin)[ \t]+ik[ \t]+\d{1,2}(?:[ \t]+(?:jaar|jr))?[ \t]+en|"
    r"(?:en|&)[ \t]+ik[ \t]+(?:zijn|waren|bint|bunt)|"  # "mijn man Tomasz en ik zijn eigenaar …"
    r"en[ \t]+(?:was|werd|bin|ben)|"
    r"(?:wij|we|wiej)[ \t]+(?:zijn|waren|bint|bunt|wazzen)|(?:zijn|waren)[ \t]+(?:wij|we)|"
    r"(?:werk|werkte|werkt|werken|werkten)(?:[ \t]+(?:ik|hij|zij|ze|we|wij|zelf|nu|al|nog|ook|"
    r"toen|daar|hier|inmiddels|tegenwoordig|vroeger|fulltime|parttime|deeltijd))*[ \t]+als|"
    r"ik[ \t]+(?:werk|werkte)|"  # "ik werk heftruckchauffeur bij …", as newcomers write it
    r"ik[ \t]+(?:speel|speelde)|"  # "ik speel rechtsback in de JO17-1 van vv Heeten"
    # "ik ga met pensioen na 38 jaar docent …": one's years in the role
    r"(?:met[ \t]+pensioen|stop|stopte|stoppen|afscheid)[^.!?\n]{0,20}?[ \t](?:na|after)[ \t]+"
    r"(?:ruim[ \t]+|bijna[ \t]+|zo'n[ \t]+)?\d{1,2}[ \t]+(?:jaar|joar|years)(?:[ \t]+als)?|"
    r"werkzaam[ \t]+als|(?:mijn|m'n|mn|zijn|z'n|haar|hun)[ \t]+(?:werk|baan|functie|tijd|"
    r"jaren|rol)[ \t]+als|(?:mijn|m'n|mn|zijn|z'n|haar|hun)[ \t]+(?:bijbaan|bijbaantje|baan|"
    r"baantje|job|werk)[ \t]+is"
)
_SELF_EN = (
    r"i[ \t]+am|i'm|im|i[ \t]+was|i've[ \t]+been|i[ \t]+have[ \t]+been|i[ \t]+became|as|"
    r"(?:i[ \t]+am|i'm|im)[ \t]+\d{1,2}[ \t]+and|"
    r"we[ \t]+are|we're|we[ \t]+were|"
    r"(?:he|she)'s|(?:he|she)[ \t]+(?:is|was)|"
    r"(?:work|works|worked|working)[ \t]+as|(?:my|his|her|their)[ \t]+(?:job|work|role|"
    r"time)[ \t]+as"
)
_THIRD = (
    rf"(?:(?:hij|zij|ze|die|he|she|who|hee|hi'j|zee|zi'j|{RELATIONS_PATTERN})"
    r"|(?P<named>(?-i:[A-Z][\w'’-]+)))"
    r"(?:[ \t]*,?[ \t]+[\w'’-]+){0,2}?[ \t]*,?"
    # one's years of life in brackets: "Mijn man Evert (1933-2018) was koster van …" — not
    # an age ("Fenna (11) was burgemeester" in a game) or a remark
    r"(?:[ \t]*\([ \t]*(?:19|20)\d{2}[ \t]*[-–][ \t]*(?:19|20)\d{2}[ \t]*\)"
    # or an age, where the role has a named where ("mijn dochter Femke (16) is voorzitter van
    # de jongerenraad Dedemsvaart", :func:`_role_span`)
    r"|(?P<aged>[ \t]*\([ \t]*\d{1,2}[ \t]*\)))?"
    r"[ \t]+(?:is|was|werd|wordt|bleef|blijft|became|is[ \t]+nu|was[ \t]+toen)"
)
_INVERTED = (
    r"(?:is|was|werd|wordt)[ \t]+(?:mijn|m'n|mn|zijn|z'n|haar|onze|ons)[ \t]+"
    rf"(?:{RELATIONS_PATTERN})(?:[ \t]+(?-i:[A-Z][\w'’-]+))?"
    r"|(?:is|was|werd|wordt|bleef)[ \t]+(?-i:[A-Z][\w'’-]+)"
    r"(?:[ \t]+(?:van|de|der|den|ter|ten|oude|olde|(?-i:[A-Z][\w'’-]+))){1,3}"
)
"""Kin or a full name after the verb, as a sentence that opens with time has it: "Nu is mijn
kleindochter Esmee [verpleegkundige op de IC in Almelo]", "Vrogger was Jan Oude Luttikhuis
[dartig joar koster van de Pancratiuskerk]"."""
_KIN = frozenset(RELATIONS) | {"hij", "zij", "ze", "die", "he", "she", "who"}
_VERBS = frozenset({"is", "was", "werd", "wordt", "ben", "bin", "zijn", "waren", "became"})
_STOP_WORDS = "|".join(re.escape(w) for w in longest_first(_STOP))
_MOD = rf"(?!(?:{_STOP_WORDS})(?![\w'’-])){_WORD}"
_ARTICLE_NL = r"de|het|'t|een|n|'n"
_ARTICLE_EN = r"a|an|the"
_BEFORE = patterns.compile(
    rf"(?i:(?<![\w'’])(?P<cue>(?P<en>{_SELF_EN})|(?P<nl>{_SELF_NL})|(?P<third>{_THIRD})"
    rf"|(?P<kinof>(?:{RELATIONS_PATTERN})[ \t]+(?:van|of))|(?P<inverted>{_INVERTED}))"
    rf"(?P<adverbs>(?:[ \t]+{_ADVERB})*)[ \t]+"
    rf"(?:(?P<article>{_ARTICLE_EN}|{_ARTICLE_NL}|onze|ons|hun|our|their)[ \t]+)?"
    rf"(?P<mods>(?:(?:(?i:nog|still)[ \t]+)?{_MOD}[ \t]+){{0,3}}))$"
)
"""An adjective in the modifiers may have "nog"/"still" before it: "de laatste nog levende
verzetsman van Markelo"."""
_APPOSITION = patterns.compile(
    rf"(?:(?:[A-Z][\w'’-]+\)?|(?i:here|hier)|[A-Z][\w'’-]+[ \t]*\([ \t]*\d{{1,3}}[ \t]*"
    r"(?:,[^()\n]{1,60})?\)"
    r"|[^\W\d_][\w'’-]*[ \t]*(?:,[ \t]*)?\(?[ \t]*\d{1,2}[ \t]*\)?(?:[ \t]+jaar)?)[ \t]*[,|]"
    r"|(?<![^\n])[ \t]*(?!(?:Beste|Hoi|Hallo|Geachte|Dear|Lieve|Hey|Hi|Groeten|Groetjes)\b)"
    r"[A-Z][\w'’.-]+(?:[ \t]+(?:van|de|der|den|ter|ten|[A-Z][\w'’-]+)){1,3}[ \t]*\n"
    r"|(?P<bracketed>[^\W\d_][\w'’-]*|\[naam\])[ \t]*\("
    r"|,[ \t]*(?i:allebei|alle[ \t]+twee|beiden|both)(?![\w'’]))[ \t]*"
    rf"(?P<tenure>(?i:{_DURATION}|sinds[ \t]+de[ \t]+oprichting|vanaf[ \t]+het[ \t]+begin)[ \t]+)?"
    rf"(?i:(?P<article>{_ARTICLE_EN}|de|het|'t|onze|"
    r"ons|our)[ \t]+)?(?P<mods>(?i:(?:" + _MOD + r"[ \t]+){0,3}))$"
)
_BUSINESS_BEFORE = patterns.compile(
    r"(?i:(?<![\w'’])(?:heb|hebben|hebt|heeft|hef|heft|hemmen|had|hadden|harren|run|runnen|runde|"
    r"runden|beheer|beheren|beheerde|"
    r"bezit|bezitten|own|owns|owned|runs|ran|have|has|manage|manages|managed|"
    r"mijn|m'n|mn|onze|ons|my|our)"
    rf"(?:[ \t]+{_ADVERB})*[ \t]+(?:(?P<det>een|'n|n|de|het|ons|onze|mijn|m'n|a|an|the|our|my)"
    rf"[ \t]+)?(?P<mods>(?:{_MOD}[ \t]+){{0,2}}))$"
)
_CLAUSE_BEFORE = patterns.compile(
    rf"(?i:(?<![\w'’])(?P<cue>die|dee|wie|ik|hij|zij|ze|we|wij|en|{RELATIONS_PATTERN}"
    # "ik heb van 1981 tot 2013 ouderling in … west": Sallands and Twents "have been"
    r"|ik[ \t]+(?:heb|hebbe|hef))"
    rf"(?P<adverbs>(?:[ \t]+(?:{_ADVERB}|(?:in|te|bij|op)[ \t]+(?-i:[A-Z])[\w'’-]+))*)"
    rf"[ \t]+(?:(?P<article>{_ARTICLE_NL})[ \t]+)?(?P<mods>(?:{_MOD}[ \t]+){{0,2}}))$"
)
_VERB_LAST = patterns.compile(
    r"(?i)[ \t]+(?:(?:nog|al|ook|toen|lang|jarenlang)[ \t]+)*"
    r"(?:was|is|ben|bin|werd|wordt|waren|zijn|geweest|gebleven|bleef|geworden|west|ewest)"
    r"(?:[ \t]+(?:geweest|geworden|gebleven))?"
    r"(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:en|maar|toen|dus|want|and|but|lol|haha\w*|xd|omg)"
    r"(?![\w'’]))"
)
"""A Dutch clause ends in its verb: "die in Haaksbergen [bedrijfsleider bij de Twentsche
Kabelfabriek] was,", "die jarenlang de enige huisarts van Blokzijl was", "omdat zijn vader
wethouder is lol"."""
_COORDINATED = patterns.compile(
    rf"(?i)(?<![\w'’])(?P<role>{_WORD})(?:[ \t]*,[ \t]*|[ \t]+(?:en|and|&|of|or|/)[ \t]+)"
    rf"(?:{_ADVERB}[ \t]+)*$"
)
"""A role joined to the one before: "als [veldwachter en later wijkagent in Holten]"."""
_ARTICLE_BEFORE = patterns.compile(r"(?i)(?<![\w'’])(?:de|het|'t|een|'n|the|a|an)[ \t]+$")
_AROUND = patterns.compile(
    r"(?i)[ \t]+(?:en[ \t]+(?:omstreken|omgeving|wijde[ \t]+omtrek|ommeland)|e\.o\.?"
    r"|and[ \t]+(?:surroundings|around|beyond))(?![\w'’])"
)
_PLURAL_OWNER = patterns.compile(r"(?i)^(?:onze|ons|our)\b")
_INDEFINITE = frozenset({"een", "'n", "n", "a", "an"})
_PLACE_LINK_WORDS = frozenset(
    {"in", "bij", "te", "an", "aan", "op", "het", "de", "'t", "’t", "centrum", "buurt", "van"}
    | {"buitengebied", "omgeving", "near", "the", "of", "centre", "center", "area"}
)


def _only_a_wide_place(text: str, end: int, complement: _Complement, mods: str | None) -> bool:
    """Whether a business is told only by a region where there are hundreds like it ("een
    camping in het Vechtdal") — in a town or village it is one of a few, and goes. No street, no
    name, no years, no specialty, no adjective but its size, and nothing later in the sentence
    that says which ("…, in Lemele", "de enige van Vasse", "met 40 plekken")."""
    if complement.years or complement.specialty or complement.end <= end:
        return False
    if mods and any(word not in _PLAIN_SIZES for word in mods.lower().split()):
        return False
    words = re.findall(r"[\w'’-]+", text[end : complement.end])
    rest = " ".join(w for w in words if w.lower() not in _PLACE_LINK_WORDS).lower()
    if rest not in towns.REGIONS:
        return False
    after = text[complement.end : Sentences(text).bounds(complement.end)[1]]
    return not (
        re.search(r"\d", after)
        or _WHICH_ONE.search(after)
        or any(keep_list().is_place(w) for w in re.findall(r"[A-Z][\w'’-]+", after))
    )


_PLAIN_SIZES = frozenset({"klein", "kleine", "groot", "grote", "eigen", "small", "big", "own"})
_WHICH_ONE = patterns.compile(r"(?i)(?<![\w'’])(?:enige|only|laatste|last|eerste|first)(?![\w'’])")


_NEAR = patterns.compile(
    r"(?i)[ \t]+(?:(?:net|vlak|pal|just|right|close)[ \t]+)?(?:buiten|naast|onder|boven|nabij|"
    r"outside|near|bie|bij|to)[ \t]+(?:(?:de|het|'t)[ \t]+)?(?-i:[A-Z])"
)
"""A place near a business: "net buiten Hengevelde", "vlak bij Ommen", "just outside Delden"."""
_NEAR_PHRASE = patterns.compile(
    r"(?i)[ \t]+(?:a?an|op|on|at)[ \t]+(?:de|'t|het|the)[ \t]+(?:kant|kante|rand|grens|zuidkant|"
    r"noordkant|oostkant|westkant|voet|edge|outskirts|foot)[ \t]+(?:van|of)(?![\w'’])"
)
"""Where someone is near, not where the role is: "an de kante van de Sallandse Heuvelrug",
"aan de rand van Ommen", "on the edge of Delden"."""
_LOOK_BACK = 120
_FORMER_PREFIX = patterns.compile(r"(?i)^(oud|ex|former)-(.+)$")
_LINK = patterns.compile(
    r"(?i)[ \t]+(?:van|der|des|bij|in|op|te|voor|aan|at|of|for|on|with|uit|binnen|tussen|"
    r"between|an|bi'j|biej|bie|oet|uut|veur|in'n|met[ \t]+(?:een[ \t]+)?eigen)"
    r"[ \t]+(?:(?P<article>de|het|'t|the|een|a|an|mijn|m'n|mn|zijn|z'n|haar|onze|ons|my|our|"
    r"his|her|die|deze)[ \t]+)?"
)
_COMPLEMENT_WORD = patterns.compile(
    # a team of a club: "aanvoerder van heren 2 bij …", "trainer van JO17-1", "ladies 1"
    r"(?i:heren|dames|ladies|men|women|jongens|meiden|meisjes|veteranen|senioren|junioren)"
    r"[ \t]*\d{1,2}(?![\w-])|(?i:jo|mo|o)\d{1,2}(?:-\d{1,2})?(?![\w-])"
    r"|(?-i:St)\.(?=[ \t]+[A-Z])"  # "schutterij St. Jan in Tubbergen": a saint's name goes on
    r"|(?<=[A-Za-z][ \t])['’]\d{2}(?![\w'’])"  # a club's year: "Achilles '12", "Rohda '29"
    r"|(?i:nr|no|nummer)\.?[ \t]*\d{1,4}(?![\w-])"  # "muziekschool nr. 4", "school no 12"
    # a ward or a unit by its number: "op afdeling 3 oost van het ZGT"
    r"|(?i:afdeling|unit|ward|kamer|lokaal|station)[ \t]+\d{1,3}[a-z]?"
    r"(?:[ \t]+(?i:oost|west|noord|zuid|boven|beneden|east|north|south))?(?![\w-])"
    rf"|&[ \t]+(?i:zn|zonen|zoon|co|dochters?)\.?(?![\w'’])"
    rf"|(?:[A-Za-z]\.){{2,}}(?![\w])|{_WORD}(?:[–—]{_WORD})*\+?|\d+[a-z]+[\w-]*|&"
)
"""A word of where a role is: "the MESA+ lab", "Bagels & Beans", "D.S.V. Kogge", "de o.l.s.",
"de lijn Hardenberg–Emmen"."""
_ADJECTIVE_OF_PLACE = patterns.compile(r"(?:se|sche|ese|ish|ian|an|ch|[rmnlg]de|lijke|ieke|ische)$")
"""A capitalised adjective goes on with its noun: "de Twentse ijsclub", "de Hervormde kerk te
Ootmarsum", "de Katholieke school"."""
_LOCATED = patterns.compile(
    r"(?i)[ \t]+(?:zit|zat|zitten|zaten|is|was|ligt|staat)[ \t]+in(?![\w'’])"
)
"""Where a service is, not who holds a role: "de huisarts zit in Dalfsen"."""
_PARTICIPLE = patterns.compile(
    r"^ge(?!meente|bied|zondheid|bouw|west|zin|heel)\w{3,}(?:d|t|en)"
    r"(?<!raad)(?<!staat)(?<!plaat)(?<!sticht)$"
)
"""A past participle ends where a role is ("in Haarle geweest"); not "gemeenteraad",
"gebiedsteam", "gemeentehuis", "gezondheidscentrum", "gebouwbeheer"."""
_SURNAME_JOINERS = frozenset({"van", "de", "der", "den", "ter", "ten", "het"})
_COORDINATORS = frozenset({"en", "and", "&", "of", "or"})
_ORGANISATION_NOUNS = frozenset(
    {"moskee", "kerk", "kerke", "parochie", "gemeente", "school", "vereniging", "club", "stichting"}
    | {"koor", "fanfare", "harmonie", "orkest", "kapel", "schutterij", "gilde", "mosque", "church"}
)
"""Nouns after the name of what they are: "de Ulu moskee", "het Concordia koor"."""
_NAMED_AFTER_HEADS = (
    *("coöperatie", "cooperatie", "vereniging", "stichting", "centrum", "zorggroep"),
    *("woongroep", "dorpshuis", "buurthuis", "kulturhus", "dorpshoes"),
    *("club", "scouting", "koor", "harmonie", "fanfare", "korps", "orkest"),
    *("basisschool", "obs", "cbs", "pcbs", "rkbs", "ikc", "thuiszorg"),
)
"""Organisations whose name may follow in lower case: "energiecoöperatie de brug", "zwemclub de
snoek", "scouting Sint Joris", "de obs de dolfijn", "thuiszorg de esch"."""
_OF_AFTER = patterns.compile(r"(?i)van[ \t]")
_INSTITUTION_HEADS = (
    *("ziekenhuis", "ziekenhuus", "kliniek", "centrum", "praktijk", "museum", "theater"),
    *("bibliotheek", "verpleeghuis", "verzorgingshuis", "hospice", "hospital", "academie"),
    *("kring", "club", "vereniging"),
)
"""Heads of institutions after their name: "het Sophia ziekenhuis", "het Twickel museum", "de
Stellingwarver schrieverskring", "de Sallandse toneelclub"."""


def _names_an_organisation(word: str) -> bool:
    return (
        word in _ORGANISATION_NOUNS
        or word.endswith(_INSTITUTION_HEADS)
        or _is_business(word)
        or occupations().body(word)
    )


_CLUB_INITIALS = frozenset(
    {"vv", "sv", "tc", "ltc", "hc", "mhc", "kv", "ckv", "rkvv", "rksv", "vv.", "zv", "jc"}
    | {"ijsclub", "ijsvereniging", "tennisclub", "voetbalclub", "hockeyclub", "korfbalclub"}
)
"""What stands before a club's own name, also in lower case: "vv de zweef", "tc de esch"."""
_CLUB_AFTER_PLACE = frozenset(
    {"boys", "girls", "united", "city", "fc", "sv", "vv", "rangers", "afdeling", "afd", "regio"}
    | {"kring", "district", "department", "branch"}
)
"""A club named by its place and a word after it: "bij Hengelo boys", "Rijssen fc"; a branch of
an organisation: "de Zonnebloem afdeling Haaksbergen"."""
_PLACES_LISTED_AFTER = patterns.compile(
    r"[ \t]*,[ \t]+(?=(?-i:[A-Z])[\w'’-]+(?:[ \t]*,[ \t]*(?-i:[A-Z])[\w'’-]+)*[ \t]+(?:en|and|&)"
    r"[ \t]+(?-i:[A-Z]))"
)
"""A comma in a list of places that ends in "en": "voor Blokzijl, Vollenhove en Kuinre"."""
_LISTED_NAMES = patterns.compile(
    r"((?-i:[A-Z])[\w'’-]+)(?:[ \t]*,[ \t]*|[ \t]+(?:en|and|&)[ \t]+)?"
)

_MAX_LISTED = 6


def _all_places(word: str, rest: str) -> bool:
    """Whether ``word`` and every name listed after it up to "en" and the last one are places
    ("Blokzijl, Vollenhove en Kuinre" — not "Ommen, Jan en Piet")."""
    names = [word]
    position = 0
    while (m := _LISTED_NAMES.match(rest, position)) is not None and len(names) < _MAX_LISTED:
        names.append(m.group(1))
        position = m.end()
        if not m.group(0)[len(m.group(1)) :].strip():
            break  # the last one
    return all(keep_list().is_place(name) for name in names)


_ENGLISH_HEADS = frozenset(
    {"group", "department", "lab", "laboratory", "team", "unit", "section", "chair", "plant"}
    | {"institute", "office", "branch", "faculty", "division", "centre", "center", "clinic"}
)
"""Heads after an English name of several words: "in the Biomedical Photonic Imaging group at
UT"."""
_MAX_LINKS = 3
_MAX_WORDS = 3
_MIN_UNKNOWN = 5


@dataclass(frozen=True, slots=True)
class _Complement:
    end: int
    links: int
    proper: bool
    """A capitalised word in it: a place or an organisation ("in Haarle", "bij Isala")."""
    years: bool
    specialty: bool = False
    """What the role is with, right after it: "akkerbouwers met pootaardappelen", "een
    geitenhouderij met 900 melkgeiten" — as telling as a place."""


def find(text: str) -> list[Span]:
    return analyse(text)[0]


def where_after(text: str, position: int) -> int:
    """Where the place or organisation of a role that goes on at ``position`` ends: after the
    programme a role is of, "bij de provincie" ("projectleider van Overijssel doet mee! [bij
    de provincie]")."""
    return _complement(text, position).end


def analyse(
    text: str,
    known_word: Callable[[str], bool] | None = None,
    is_name: Callable[[str], bool] | None = None,
    top_word: Callable[[str], bool] | None = None,
    is_place: Callable[[str], bool] | None = None,
) -> tuple[list[Span], list[tuple[int, int]]]:
    """(roles to replace, unsure spots) in ``text``; ``known_word`` tells an ordinary word,
    ``is_name`` a first name ("Jan was de slager van Wesepe"), ``top_word`` one of the most
    frequent words ("beter", "trots": no job), ``is_place`` a town (which, right after a role,
    goes with it: :func:`towns.with_town`)."""
    spans: list[Span] = (
        _employer_first(text)
        + _sitting_in_body(text)
        + _sat_in_body(text)
        + _job_by_verb(text)
        + _side_jobs(text)
    )
    unsure: list[tuple[int, int]] = []
    vocabulary = occupations()
    job_slots = _job_slots(text)
    dialect = _in_dialect(text)
    predicates = any(verb in f" {text.lower()}" for verb in _PREDICATE_VERBS)
    for token in [*tokens(text), *_ampersand_words(text)]:
        former = False
        word = token.text
        prefixed = _FORMER_PREFIX.match(word) if "-" in word else None
        if prefixed is not None:
            former = True
            word = prefixed.group(2)
        role = vocabulary.role(word)
        if role is not None and _A_HAND_AFTER.match(text, token.end):
            role = None  # "een helpende hand bij de kerk": help, no job
        if role is None and dialect:
            role = _role_in_dialect(word)
        if role is not None and token.capitalised and is_name is not None and is_name(word):
            role = None  # "ik ben Herman uit Dedemsvaart": a first name, no "-man"
        if token.start in job_slots and (role is None or role.sort in (Sort.RARE, Sort.OCCUPATION)):
            slot = _in_job_slot(text, token, role)
            if slot is not None:
                if isinstance(slot, Span):
                    spans.append(slot)
                else:
                    unsure.append(slot)
                continue
        if role is None:
            if known_word is not None and _unknown_in_role_slot(text, token, word, known_word):
                complement = _complement(text, token.end)
                if complement.proper and complement.years:
                    # "ik was melkrieder in Weerselo van 1955 tot 1980": a role by its shape
                    spans.append(_span(token, token.start, complement, "role-unknown-years"))
                elif complement.proper and _unknown_agent(text, token, known_word):
                    # "ik was melkrieder in Okkenbroek": one who does something, and where
                    spans.append(_span(token, token.start, complement, "role-unknown-agent"))
                else:
                    unsure.append((token.start, token.end))
            elif (
                predicates
                and not token.capitalised
                and _WHERE_LINK.match(text, token.end) is not None
                and token.lower not in _STOP
                and (top_word is None or not top_word(token.lower))
            ):
                predicate = _predicate_with_where(text, token)
                if predicate is not None and _unknown_agent(text, token, known_word):
                    # "en was vrogger melkrieder in Saasveld"
                    spans.append(Span(*predicate, Kind.ROLE, "role-unknown-agent"))
                elif predicate is not None:
                    unsure.append(predicate)
            continue
        if role.sort is Sort.PERSON and _member_of_body(text, token):
            role = Role(Sort.RARE, role.english)  # "lid van de dorpsraad"
        found = _role_span(
            text, token, role, word=word, former=former, is_name=is_name, unsure=unsure
        )
        if found is None:
            if (former and role.sort is Sort.OCCUPATION) or _predicate(text, token, role):
                unsure.append((token.start, token.end))
            continue
        spans.append(found)
    spans += _employer_with_place(text) + _feast_roles(text)
    spans = [
        _with_this_year(text, _with_its_year(text, _with_duration(text, _with_article(text, span))))
        for span in spans
    ]
    if _PLAYED_OR_WISHED.found(text):  # checked first: most answers play no game, wish for none
        spans = [span for span in spans if not _not_held(text, span)]
    if is_place is not None:
        spans = [towns.with_town(text, span, is_place, bare=False) for span in spans]
    spans = [_with_a_second_role(text, span) for span in spans]
    return spans, unsure + _years_of_roles(text, spans)


_AND_A_ROLE = patterns.compile(
    r"[ \t]+(?:en|&|and)[ \t]+(?:(?:ook|also)[ \t]+)?([^\W\d_][\w-]*)"
    r"(?P<topic>(?:[ \t]+[^\W\d_][\w-]*){1,3}(?=[ \t]*(?:[,.;:!?)\n]|$)))?"
)
"""A second role joined to the first: "Statenlid voor de VVD en woordvoerder mobiliteit",
"mentor van 3B en docent aardrijkskunde op het …"."""
_ROLES_WITH_A_TOPIC = frozenset(
    {"woordvoerder", "woordvoerster", "portefeuillehouder", "spokesperson", "docent", "docente"}
    | {"leraar", "lerares", "teacher", "coördinator", "coordinator"}
)
"""Roles named with their topic and no link word: "woordvoerder mobiliteit", "docent Duits"."""


def _with_a_second_role(text: str, span: Span) -> Span:
    """``span`` with the role joined to it by "en", its topic or its place and employer."""
    if span.kind is not Kind.ROLE:
        return span
    m = _AND_A_ROLE.match(text, span.end)
    if m is None:
        return span
    role = occupations().role_of_one(m.group(1))
    if role is None or role.sort not in (Sort.RARE, Sort.OCCUPATION):
        return span  # "boer in Staphorst en boeren worden niet gehoord": the others
    complement = _complement(text, m.end(1))
    if complement.links:
        return Span(span.start, complement.end, span.kind, span.source)
    if m.group("topic") and m.group(1).lower() in _ROLES_WITH_A_TOPIC:
        return Span(span.start, m.end("topic"), span.kind, span.source)
    return span  # "voorzitter en secretaris", "… en spits is altijd druk": no second role


_FEAST_ROLE = patterns.compile(
    r"(?i)(?<![\w'’])(?:(?:(?:jeugd)?prins(?:es)?|boer(?:in)?|stadsprins|adjudant)[ \t]+"
    r"(?:carnaval|karnaval|carnival)"
    # "prins carnaval van cv de knollenstekers": the club named after its initials
    r"(?:[ \t]+(?:van|bij|bie)[ \t]+(?:de[ \t]+)?(?:cv|c\.v\.)[ \t]+"
    r"(?:(?:de|het|'t|d'n)[ \t]+)?[^\W\d_][\w'’-]*)?"
    r"|(?:(?:jeugd)?prins(?:es)?|stadsprins)[ \t]+(?:van|bij)[ \t]+(?:de[ \t]+)?"
    r"(?:cv|c\.v\.|carnavalsvereniging|karnavalsvereniging|carnavalsclub)[ \t]+"
    r"(?:(?:de|het|'t|d'n)[ \t]+)?[A-Z][\w'’-]*"
    r"|(?:schutters)?(?:koning(?:in)?|keuning(?:in)?|könning)[ \t]+(?:van|bij)[ \t]+(?:de|'t|het)?"
    r"[ \t]*(?:schutterij|schuttersvereniging|schuttersgilde|gilde|schutters)"
    r"|schutterskoning(?:in)?)(?![\w'’])"
)
_SELF_BEFORE = patterns.compile(
    r"(?i)(?:\b(?:ik|wij|we|i|mijn|mien|m'n|mn|my|onze|our)\b[^.!?\n]{0,40})$"
)


_FEAST_WORDS = ("arnaval", "arnival", "prins", "schutter", "gilde")


def _in_dialect(text: str) -> bool:
    from bot.export.scrub.vocabulary import vocabulary

    return vocabulary().in_dialect(text)


def _role_in_dialect(word: str) -> Role | None:
    """A role spelled as Twents or Sallands says it: "schriever" (schrijver)."""
    from bot.export.scrub.vocabulary import vocabulary

    dutch = vocabulary().dialect_spelling(word)
    return occupations().role(dutch) if dutch is not None else None


def _feast_roles(text: str) -> list[Span]:
    """A prince of carnival is one person of his club or village for a year: "Ik was prins
    carnaval bie De Knollenstekers in Weerselo", "mijn zoon is jeugdprins carnaval", "prins
    van CV De Kwakkels"; so is the king of the schutterij ("keuning van de schutterij in
    Heeten")."""
    lowered = text.lower()
    if not any(word in lowered for word in _FEAST_WORDS):
        return []
    spans = []
    for m in _FEAST_ROLE.finditer(text):
        complement = _complement(text, m.end())
        before = text[max(0, m.start() - 60) : m.start()]
        if complement.proper or _SELF_BEFORE.search(before):
            spans.append(Span(m.start(), max(m.end(), complement.end), Kind.ROLE, "role-feast"))
    return spans


_YEAR_OF_A_ROLE = patterns.compile(
    rf"(?i)\b(?:in|sinds|vanaf|since|from)[ \t]+((?:(?:{MONTHS})[ \t]+)?(?:19|20)\d{{2}})\b"
)


def _years_of_roles(text: str, roles: list[Span]) -> list[tuple[int, int]]:
    """The year a role began, earlier in its sentence: "In 2019 was ik [schutterskoning in
    Buurse]", "Toen ik in maart 1962 begon als [wijkverpleegster in Giethoorn]" — with the
    role it may tell who, but the stories need their years: the editor decides."""
    found: list[tuple[int, int]] = []
    sentences = Sentences(text)
    for role in roles:
        if role.kind is not Kind.ROLE:
            continue
        for m in _YEAR_OF_A_ROLE.finditer(text, sentences.start(role.start), role.start):
            if not any(r.overlaps(m.start(1), m.end(1)) for r in roles):
                found.append((m.start(1), m.end(1)))
    return found


def _with_article(text: str, span: Span) -> Span:
    """The article before a role goes with it: "ik ben [de enige huisarts van Blokzijl]"."""
    return _with_words_before(text, span, _ARTICLE_BEFORE, reach=6)


def _with_words_before(text: str, span: Span, before: re.Pattern[str], *, reach: int) -> Span:
    """``span`` starting where ``before`` matches right before it, within ``reach``."""
    m = before.search(text, max(0, span.start - reach), span.start)
    return span if m is None else Span(m.start(), span.end, span.kind, span.source)


_DURATION_BEFORE = patterns.compile(
    rf"(?i)(?<![\w'’])(?:(?:al|bijna|ruim|meer[ \t]+dan|zo'n|ongeveer|over|nearly|almost|"
    rf"for|more[ \t]+than)[ \t]+)?(?:{_N_SAID}[ \t]+(?:jaar|joar|jaor|jier|years?)(?:[ \t]+lang)?"
    r"|jarenlang|jaorenlang|joarenlang|jaarnlang|jarenlaang)[ \t]+"
    # "acht jaar [in de gemeenteraad van Olst-Wijhe] gezeten": the link before a body too
    r"(?:(?:als|as|onze|ons|hun|our|their|in)[ \t]+)?$"
    rf"|(?<![\w'’])(?:{_EVERY_WEEK}|{_IN_THE_WAR})[ \t]+$"
    rf"|(?<![\w'’])(?:sinds|since|vanaf|seit)[ \t]+(?:(?:vorig|vorige|dit|deze|afgelopen|last|this|"
    rf"{_N})[ \t]+)?(?:jaar|schooljaar|collegejaar|seizoen|semester|week|maand|zomer|winter|"
    rf"voorjaar|najaar|lente|herfst|year|month|summer|spring|autumn|{DUTCH_MONTHS}|januar|februar|"
    r"märz|mai|oktober|dezember)"
    rf"(?:[ \t]+{_YEAR})?[ \t]+$"
    r"|(?<![\w'’])(?:(?:maan|dins|woens|donder|vrij|zater|zon)dags|doordeweeks|"
    r"'s[ \t]+(?:avonds|ochtends|zaterdags|zondags))[ \t]+$"
    rf"|(?<![\w'’])(?:sinds|since|vanaf|seit)[ \t]+{_YEAR}[ \t]+$"
    r"|(?<![\w'’])(?:sinds|vanaf|since)[ \t]+(?:de|het|the)[ \t]+(?:oprichting|begin|start)[ \t]+$"
)
"""How long or when someone has the role goes with it, as people mark it: "ik was [veertig
jaar koster in Tilligte]", "[tweeënveertig jaar als sluiswachter bij Ramspol]", "ik werk
[zaterdags bij bakkerij … in Goor]", "die [na de oorlog veldwachter in Markelo] was" — a
tenure or an era tells as much as the role."""


_THIS_YEAR_AFTER = patterns.compile(
    r"(?i)[ \t]+(?:van|of)[ \t]+(?:dit|vorig|afgelopen|this|last)[ \t]+(?:jaar|year|seizoen|season)"
    r"(?![\w'’])"
)


def _with_this_year(text: str, span: Span) -> Span:
    """A role found with its cue takes the year it is of: "onze [schutterskoning van dit jaar]"
    — "de voorzitter van dit jaar moet nog gekozen worden" names no one and is not found."""
    m = _THIS_YEAR_AFTER.match(text, span.end)
    if m is None and _THIS_AT_THE_END.search(text, span.start, span.end):
        m = _YEAR_WORD_AFTER.match(text, span.end)  # the role's words took "van dit"
    return span if m is None else Span(span.start, m.end(), span.kind, span.source)


_THIS_AT_THE_END = patterns.compile(r"(?i)[ \t](?:van|of)[ \t]+(?:dit|vorig|afgelopen|this|last)$")
_YEAR_WORD_AFTER = patterns.compile(r"(?i)[ \t]+(?:jaar|year|seizoen|season)(?![\w'’])")


def _with_duration(text: str, span: Span) -> Span:
    """The role with how long it is held, before it ("[sinds 2010 raadslid …]") or set off
    after it ("[huisarts in Vroomshoop, al 26 jaar]", "[koster …, al 31 joar]") — after it only
    below fifty years: "[voorzitter van de ijsclub], al 81 jaor" is the holder's age."""
    span = _with_words_before(text, span, _DURATION_BEFORE, reach=40)
    tenure = _TENURE_AFTER.match(text, span.end)
    if tenure is None:
        return span
    years = number_words.value(tenure.group("years"))
    if years is None or years >= _LONGEST_TENURE_AFTER:
        return span
    return Span(span.start, tenure.end(), span.kind, span.source)


_TENURE_AFTER = patterns.compile(
    r"(?i)[ \t]*,[ \t]*(?:(?:al|nu|inmiddels|ruim|bijna|sinds)[ \t]+){1,2}"
    rf"(?P<years>{_N})[ \t]+(?:jaar|joar|jaor|years)"
    # the clause ends, or the main clause goes on inverted: "Als huisarts in Lutten, nu 22 jaar
    # merk ik …"
    r"(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+[\w'’]+[ \t]+(?:ik|we|wij|I)(?![\w'’]))"
)
_LONGEST_TENURE_AFTER = 50


_IN_A_YEAR = patterns.compile(rf"[ \t]*,?[ \t]+(?i:in)[ \t]+{_YEAR}(?![\w'’])")
_SELF_OR_KIN_BEFORE = patterns.compile(
    rf"(?i)(?<![\w'’])(?:ik|i|wij|we|wiej|mijn|m'n|mn|my|onze|our|{RELATIONS_PATTERN})"
    r"(?![\w'’])[^.!?\n]{0,60}$"
)


_IN_A_YEAR_BEFORE = patterns.compile(rf"(?i)(?<![\w'’])in[ \t]+{_YEAR}[ \t]+$")


def _with_its_year(text: str, span: Span) -> Span:
    """The year of one's own or kin's role goes with it: "Ik was [Prins Carnaval van De
    Knollenrieters in 2024]", "ik was [in 1977 prins carnaval van …]" — not of an office
    spoken of ("De minister-president in 2010 was Balkenende")."""
    before = _IN_A_YEAR_BEFORE.search(text, max(0, span.start - 12), span.start)
    start = before.start() if before is not None else span.start
    if not _SELF_OR_KIN_BEFORE.search(text, max(0, start - 60), start):
        return span
    m = _IN_A_YEAR.match(text, span.end)
    return Span(start, m.end() if m is not None else span.end, span.kind, span.source)


_WORKS_AT = patterns.compile(
    r"(?i:(?<![\w'’])(?:(?:ik|hij|zij|ze|i|he|she|en|and|(?:mijn|m'n|mn|my)[ \t]+[\w'’-]+)[ \t]+"
    r"(?:werk|werkt|werkte|werken|werkten|help|helpt|hielp|work|works|worked|"
    r"(?:loop|liep|doe|deed)[ \t]+(?:mijn[ \t]+|m'n[ \t]+|mn[ \t]+)?stage|intern|"
    r"(?:sta|staat|stond)(?=[ \t]+(?:\w+[ \t]+)?(?:achter|in|op|aan)[ \t]+de))"
    r"|(?:werk|help|sta|stond|werkte)[ \t]+(?:ik|hij|zij|ze))"
    rf"(?:[ \t]+(?:al|nu|ook|daar|er|namelijk|{_ADVERB}))*[ \t]+"
    r"(?P<post>(?:achter|in|op|aan)[ \t]+(?:de|het)[ \t]+[\w'’-]+[ \t]+(?=bij|at))?)"
    r"(?P<at>(?i:bij|in|op|at|for)[ \t]+(?:(?i:de|het|'t|the|een|a)[ \t]+)?)"
)
"""Where someone works, before the place it is in: "ik werk in de snackbar van de camping in
Lemele", "ik werk zaterdags bij bakkerij Nijhuis in Goor", "ik werk achter de kassa bij de
Jumbo in Vroomshoop"."""


_ANY_BUSINESS = frozenset(
    {"bedrijf", "bedrijven", "winkel", "zaak", "supermarkt", "fabriek", "firma", "company"}
    | {"business", "firm", "shop", "store", "webshop"}
)
"""Words for a business that name no kind of business: "bij de supermarkt in Enschede" is one
of many."""


def _employer_with_place(text: str) -> list[Span]:
    """The employer with the place it is in: one business in one village names a few people —
    "ik werk [in de snackbar van de camping in Lemele]" — a business by its word ("snackbar",
    "bakkerij"), not a sector ("in de zorg in Deventer"), a public body or a large employer
    by its name alone ("bij Thales in Hengelo")."""
    spans = []
    for m in _WORKS_AT.finditer(text):
        org_end, named = _complement_words(text, m.end())
        if org_end is None:
            continue
        org = text[m.end() : org_end]
        words = re.findall(r"[\w'’-]+", org)
        if not any(
            _is_business(w) and w[:1].islower() and w.lower() not in _ANY_BUSINESS for w in words
        ):
            continue  # "bij de gemeente in Ommen", "bij Thales in Hengelo": one of many
        if re.match(r"(?i)(?:een|a|an)[ \t]", m.group("at").split(None, 1)[-1] + " "):
            continue  # "bij een groot bedrijf in Enschede": which one is not said
        place = _complement(text, org_end)
        if place.proper and place.end > org_end:
            end = place.end
        elif named:
            end = org_end  # "bij barbershop fadez": a business by its name
        else:
            continue
        start = m.start("post") if m.group("post") else m.start("at")
        spans.append(Span(start, end, Kind.ROLE, "role-employer-place"))
    return spans


_AMPERSAND_WORD = patterns.compile(r"(?i)(?<![\w&])b&b(?![\w&])")


def _ampersand_words(text: str) -> list[Token]:
    """Words the tokens split ("B&B"), looked up as roles too."""
    if "&" not in text:
        return []
    return [
        Token(m.group(0), m.start(), m.end(), m.group(0).lower(), m.group(0)[0].isupper())
        for m in _AMPERSAND_WORD.finditer(text)
    ]


def _role_span(
    text: str,
    token: Token,
    role: Role,
    *,
    word: str,
    former: bool,
    is_name: Callable[[str], bool] | None = None,
    unsure: list[tuple[int, int]],
) -> Span | None:
    complement = _complement(text, token.end)
    if _title_before_name(text, token, complement):
        return None
    window = text[max(0, token.start - _LOOK_BACK) : token.start]
    offset = token.start - len(window)
    if role.sort is Sort.BUSINESS:
        before = _BUSINESS_BEFORE.search(window)
        if before is None or _TO_START.match(text, token.end):
            return None  # "ik wil mijn eigen bedrijf starten in Hengelo": a plan, none had yet
        if not (complement.proper or complement.specialty):
            if _NEAR.match(text, token.end) is None and _NEAR_PHRASE.match(text, token.end) is None:
                return None
            # "een aspergekwekerij net buiten Hengevelde": the business, and the place near it
            # stays (it names the area, not the business)
            complement = _Complement(token.end, 0, False, False, True)
        if _PLURAL_OWNER.match(before.group(0).strip()) or _PLURAL_OWNER.match(
            before.group("det") or ""
        ):
            # "our repair café in Hengelo", "onze supermarkt in Haarle": the village's own,
            # or the writer's? The editor decides.
            unsure.append((offset + before.start("mods"), complement.end))
            return None
        if (before.group("det") or "").lower() in _INDEFINITE and _only_a_wide_place(
            text, token.end, complement, before.group("mods")
        ):
            # "wij hebben een camping in het Vechtdal": one of many there; the editor decides
            unsure.append((offset + before.start("mods"), complement.end))
            return None
        return _span(token, offset + before.start("mods"), complement, "role-business")
    chain = _COORDINATED.search(window)
    chain_start = token.start
    if chain is not None and chain.group("role").islower():
        first = occupations().role(_FORMER_PREFIX.sub(r"\2", chain.group("role")))
        if first is not None and first.sort in (Sort.RARE, Sort.OCCUPATION):
            chain_start = offset + chain.start("role")
            window = window[: chain.start("role")]
    before = _BEFORE.search(window)
    if before is not None and _simile(window, before):
        return None  # "goed bestuur is als een goede smid"
    if (
        before is not None
        and before.group("cue").lower() in {"als", "as"}
        and occupations().role_of_one(word) is None
    ):
        return None  # "wat mot wie as boeren in Haarle": a group in its capacity, no one
    if before is not None and _when_the_office(before, word):
        return None  # "als de commissaris gewoon in het café komt": when, not as
    apposition = _APPOSITION.search(window) if before is None else None
    if apposition is not None and not _bracketed_person(text, apposition, complement, is_name):
        apposition = None
    if before is None and apposition is None and (complement.proper or complement.specialty):
        # "Born in Cork, now a software architect at Thales": who the sentence is about
        apposition = _LOOSE_APPOSITION.search(window)
    clause = None
    if before is None and apposition is None and _VERB_LAST.match(text, complement.end):
        clause = _CLAUSE_BEFORE.search(window)
        if clause is not None and _spoken_of(clause, word, complement):
            clause = None  # "niemand weet wie de wethouder is"
        if clause is None and role.sort is Sort.RARE and complement.proper:
            # "Lid van de PCOB, scriba van de kerkenraad geweest, en": one's roles listed
            clause = _LISTED.search(window)
    if (
        before is None
        and apposition is None
        and clause is None
        and role.sort in (Sort.RARE, Sort.OCCUPATION)
        and complement.proper
    ):
        # "ik ben Wim, 66 en penningmeester van de dorpsraad …": one of one's own traits;
        # "Harm was ouderling … en later nog raadslid voor de CHU in Brederwiede": the next
        clause = _SELF_AND.search(window) or _THEN_AFTER.search(window)
    cue = before or apposition or clause
    mods = (cue.group("mods") if cue else "") or _trailing_mods(window)
    mod_words = [m.lower() for m in mods.split()]
    vocabulary = occupations()
    if is_name is not None and any(is_name(m) for m in mod_words):
        if not _kin_named_before(text, before, mod_words, complement, is_name):
            return None  # "ik ben gerrit kok": a first name and a surname, no cook
        mods, mod_words = "", []  # the name is found apart; the role of the kin goes
    unique = any(m in vocabulary.unique for m in mod_words)
    former = former or any(m in vocabulary.former for m in mod_words)
    start = offset + (cue.start("mods") if cue and mods else len(window) - len(mods))
    if cue is not None and cue.re is not _APPOSITION:
        years = _YEAR_ADVERB.search(cue.group("adverbs") or "")
        if years is not None:
            start = offset + cue.start("adverbs") + years.start()  # "ben [sinds 1987 …]"
    start = min(start, chain_start)
    if (
        role.english
        and not _english_context(
            before, apposition, mod_words, _ENGLISH_LINK.match(text, token.end) is not None
        )
        and _needs_english_around(text, word)
    ):
        return None  # "het was vet": a Dutch word; "ik ben co-founder van SensiGrow" is none
    if unique:
        if role.sort is Sort.PERSON:
            # "de oudste inwoner van Giethoorn" — not "het jongste kind in de klas"
            found = complement.proper
        else:
            found = bool(complement.links) or cue is not None
        return _span(token, start, complement, "role-only") if found else None
    if role.sort is Sort.PERSON:
        if (
            word.lower() in _VOLUNTEERS
            and cue is not None
            and cue.re is not _CLAUSE_BEFORE  # "wie sinds 2020 vrijwilliger … is": anyone
            and complement.links
            and (complement.years or _TENURE_BEFORE.search(window))
        ):
            # "ik ben sinds 2008 vrijwilliger bij de Zonnebloem afdeling Rijssen": with how long
            # and where, a volunteer's place is one person's ("vrijwilliger bij de voedselbank"
            # alone is one of many)
            return _span(token, start, complement, "role-volunteer")
        return None  # "als moeder", "de vrouw van": no role
    if former:
        if role.sort is Sort.RARE or complement.proper:
            return _span(token, start, complement, "role-former")
        return None
    if complement.years and (
        cue is not None or not any(part in vocabulary.offices for part in word.lower().split("-"))
    ):
        # "Onze trainer van de JO13 in 2022" — not an office spoken of: "De burgemeester van
        # Almelo in 2015 was beter"
        return _span(token, start, complement, "role-years")
    if cue is None:
        if (
            role.sort is Sort.RARE
            and complement.proper
            and _named(text, token.end, complement.end)
            and word.lower() not in vocabulary.offices
            and _ARTICLE_BEFORE.search(window) is not None
            and _LOCATED.match(text, token.end) is None
        ):
            # "De veurzitter van de dorpsraod in Wesepe hef …": one person of that place
            # (an office spoken of stays: "de burgemeester van Ommen zei")
            return _span(token, start, complement, "role-of-place")
        if (
            complement.proper
            and _OWNER_BEFORE.search(window) is not None
            and _NAME_SET_OFF_AFTER.match(text, complement.end) is not None
        ):
            # "Onze jeugdprinses van De Kloetjes in Weerselo, Lieke Busscher, is pas twaalf":
            # the role of the one named right after it
            return _span(token, start, complement, "role-named-after")
        return None
    if before is not None and before.group("third") and before.group("article"):
        article = before.group("article").lower()
        named = before.group("named")
        definite = article not in {"een", "n", "'n", "a", "an"}
        subject = re.findall(r"[\w'’]+", before.group("third").lower())[:-1]
        # "mijn oom was de slager": kin; "toen hij jong was, was de burgemeester": not
        kin = any(w in _KIN for w in subject) and not any(w in _VERBS for w in subject)
        office = word.lower() in vocabulary.offices or not complement.proper
        if (
            definite
            and not kin
            and office
            and (named is None or is_name is None or not is_name(named))
        ):
            return None  # "toen was de burgemeester nog bereikbaar": an office spoken of
    if _A_GAME.search(text, token.end, complement.end):
        return None  # "ik speel keeper bij FIFA": a game, no team
    if before is not None and before.group("aged") and not complement.proper:
        return None  # "Fenna (11) was burgemeester": in a game, with no where
    if role.sort is Sort.RARE or complement.proper or complement.specialty:
        # a common occupation with the place or organisation where: "bakker in Haarle",
        # "verpleegkundige bij Isala" — not "zzp'er in de bouw"
        return _span(token, start, complement, "role-self")
    if complement.links and complement.end > token.end:
        # "mijn moeder is juf op de regenboog": where, but in words no list knows
        unsure.append((token.start, complement.end))
    return None


_PERSON_BEFORE_A_BRACKET = frozenset({"ik", "i", "hij", "zij", "ze", "he", "she", "[naam]"})


def _bracketed_person(
    text: str,
    apposition: re.Match[str],
    complement: _Complement,
    is_name: Callable[[str], bool] | None,
) -> bool:
    """For a role in brackets ("Gea (baliemedewerker van de bieb in Heino)", "Mijn zus
    (wethouder in Ommen)", "Ik (secretaris van …)"): whether a person stands before the
    bracket — a first name, kin or a pronoun, not a place ("Almelo (wethouder van wonen)") —
    and the bracket holds the role alone, closing after it ("Tubbergen (burgemeester is een
    vrouw)" says something else)."""
    word = apposition.group("bracketed")
    if word is None:
        return True
    folded = word.lower()
    person = (
        folded in _PERSON_BEFORE_A_BRACKET
        or folded in RELATIONS
        or (
            (word[:1].isupper() or (is_name is not None and is_name(folded)))
            and not keep_list().contains(word)
        )
    )  # a name, also a surname ("Ton Bakker (voorzitter van …)"), not a place or body
    return person and re.match(r"[ \t]*[),]", text[complement.end :]) is not None


_A_GAME = patterns.compile(
    r"(?i)(?<![\w'’])(?:fifa|ea[ \t]+fc|fortnite|minecraft|roblox|call[ \t]+of[ \t]+duty|"
    r"rocket[ \t]+league|valorant|pes|football[ \t]+manager|fm2\d|playstation|xbox|switch)"
    r"(?![\w'’])"
)
"""Games one plays a position in on a screen: no club, no role."""
_LOOSE_APPOSITION = patterns.compile(
    r"[,;:(–][ \t]*(?i:(?:now|then|later|currently|formerly|once|nu|toen|later|inmiddels|"
    r"tegenwoordig|destijds|sindsdien)[ \t]+)?(?P<adverbs>)(?i:(?P<article>a|an|een|'n)[ \t]+)"
    rf"(?P<mods>(?i:(?:{_MOD}[ \t]+){{0,3}}))$"
)
"""A role set off by a comma, with an indefinite article: ", now a radar engineer at Thales",
", nu een verpleegkundige bij Isala" — only with where (checked by the caller); not at the
start of the text ("Een boer uit Raalte zei dat …" speaks of someone)."""
_LISTED = patterns.compile(
    rf"(?:^|[,;:])[ \t]*(?P<cue>)(?P<adverbs>)(?P<article>)(?P<mods>(?i:(?:{_MOD}[ \t]+){{0,2}}))$"
)
"""A rare role in a list of one's own, its verb last and its subject left out: "Lid van de
PCOB, [scriba van de Hervormde Gemeente] geweest, en …"."""
_SELF_AND = patterns.compile(
    r"(?i)(?<![\w'’])(?:ik[ \t]+(?:ben|was|bin)|i'm|i[ \t]+am)(?![\w'’])"
    r"(?:[^.!?\n]{0,80}?[ \t]+(?:en|and)"
    rf"|[ \t]+(?:\d{{1,2}}|{number_words.pattern()})(?:[ \t]+(?:jaar|joar|years?))?[ \t]*,)"
    rf"(?P<adverbs>(?:[ \t]+{_ADVERB})*)(?P<article>)[ \t]+(?P<mods>)$"
)
"""A role joined by "en" to what the writer said of themselves, or by a comma to their age:
"ik ben Wim, 66 en penningmeester van de dorpsraad …", "ik ben 16, kassamedewerker bij de Coop
in Markelo" — not "Ik was erbij, wethouder van Hellendoorn gaf een toespraak"."""
_THEN_AFTER = patterns.compile(
    r"(?i)(?<![\w'’])(?:is|was|ben|bin|werd|ik|hij|zij|ze|i|he|she)(?![\w'’])[^.!?\n]{3,120}?"
    r"(?:[ \t]*,|[ \t]+(?:en|and))[ \t]+(?:later|daarna|vervolgens|nadien|afterwards|then)"
    rf"(?P<adverbs>(?:[ \t]+{_ADVERB})*)(?P<article>)[ \t]+(?P<mods>)$"
)
"""A role after one's earlier one in the same sentence: "Harm was ouderling in Vollenhove en
later nog raadslid voor de CHU in Brederwiede", "Ik was hoofd van de school in Weerselo,
daarna nog jaren voorzitter van het schoolbestuur in Dinkelland"."""
_SIMILE_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:is|was|zijn|waren|ben|bin|bint|bunt|net|precies|gewoon|eigenlijk|"
    # a manner compared: "hij zei dat ik praat als een dominee", "he talks like a vicar"
    r"praat|praatte|praten|proat|klinkt|klonk|doet|deed|gedraagt|gedroeg|kijkt|keek|leeft|leefde|"
    r"kleedt|kleedde|talks|talked|acts|acted|sounds|sounded|looks|looked|behaves|behaved)"
    r"[ \t]+$"
)


def _simile(window: str, before: re.Match[str]) -> bool:
    """ "goed bestuur is als een goede smid", "is as 'n goeie smid": a comparison, no role
    ("ik ben als huisarts begonnen" has no article)."""
    cue = before.group("cue").lower()
    article = (before.group("article") or "").lower()
    return (
        cue in {"als", "as"}
        and article in {"een", "'n", "n", "a", "an"}
        and _SIMILE_BEFORE.search(window, 0, before.start()) is not None
    )


_OWNER_BEFORE = patterns.compile(r"(?i)(?<![\w'’])(?:onze|ons|our)[ \t]+$")
_NAME_SET_OFF_AFTER = patterns.compile(
    r"[ \t]*,[ \t]*(?-i:[A-Z])[\w'’-]+(?:[ \t]+(?:van|de|der|den|ter|ten|(?-i:[A-Z])[\w'’-]+))*"
    r"[ \t]*[,(]"
)
"""A name set off by commas after a role: "…, Lieke Busscher, is …"."""
_PREDICATE_BEFORE = patterns.compile(
    rf"(?i)(?<![\w'’])(?:is|was|werd|wordt|bleef|blijft|ben|bin|became|ist|war)"
    rf"(?:[ \t]+{_ADVERB})*[ \t]+$"
)


def _predicate(text: str, token: Token, role: Role) -> bool:
    """A rare role right after a verb of being, with where, that no rule took: "Mijn man, die
    helaas is overleden, was jarenlang voorzitter van de harmonie in Ootmarsum" — whose role
    it is the rules cannot tell; the editor can."""
    if role.sort is not Sort.RARE or role.english:
        return False  # "het was vet in Ommen": an English word for a role is no cue
    complement = _complement(text, token.end)
    if not complement.proper or _title_before_name(text, token, complement):
        return False
    window = text[max(0, token.start - _LOOK_BACK) : token.start]
    return _PREDICATE_BEFORE.search(window) is not None


def _when_the_office(before: re.Match[str], word: str) -> bool:
    """ "als de commissaris gewoon in het café komt": "als" with a definite article before an
    office is "when the office-holder …" — an office spoken of, no one's own role."""
    return (
        before.group("cue").lower() in {"als", "as"}
        and (before.group("article") or "").lower() in {"de", "het", "'t", "the"}
        and not (before.group("mods") or "").strip()
        and word.lower() in occupations().offices
        and _STARTED_AS.search(before.string, 0, before.start()) is None
    )


_STARTED_AS = patterns.compile(
    r"(?i)(?<![\w'’])(?:begonnen|begon|begint|gestart|startte|werkte|gewerkt|gekozen|benoemd|"
    r"aangesteld|beëdigd|ben|was|werd|started|worked|elected|appointed)[ \t]+$"
)
"""A verb of starting or being before "als de …": "ik ben begonnen als de wethouder van …" is
"as", a role."""


def _kin_named_before(
    text: str,
    before: re.Match[str] | None,
    mod_words: list[str],
    complement: _Complement,
    is_name: Callable[[str], bool],
) -> bool:
    """ "omdat de vader van dewi wethouder in Wierden is": someone's kin by that someone's name,
    the role and then the verb — the role of the kin (the name is found apart)."""
    return (
        before is not None
        and before.group("kinof") is not None
        and len(mod_words) == 1
        and is_name(mod_words[0])
        and _VERB_LAST.match(text, complement.end) is not None
    )


def _spoken_of(clause: re.Match[str], word: str, complement: _Complement) -> bool:
    """An office with a definite article in a clause that asks or tells about the office:
    "wie de wethouder is", "en de burgemeester van Ommen was" — not "die de burgemeester
    van Ommen was" (his role)."""
    article = (clause.group("article") or "").lower()
    return (
        article in {"de", "het", "'t"}
        and word.lower() in occupations().offices
        and (clause.group("cue").lower() in {"en", "wie"} or not complement.proper)
    )


def _member_of_body(text: str, token: Token) -> bool:
    """ "lid van de dorpsraad", "member of the council": a member of a governing body."""
    if token.lower != "member" and not token.lower.endswith("lid"):
        return False  # "lid", "bestuurslid", "jeugdlid van het bestuur", "erelid van …"
    m = re.match(
        r"[ \t]+(?i:van|of)[ \t]+(?i:(?:de|het|the|'t)[ \t]+)?((?:[\w'’-]+[ \t]+){0,2}[\w'’-]+)",
        text[token.end : token.end + 60],
    )
    if m is None:
        return False
    # "lid van het algemeen bestuur": the body may stand after an adjective of bodies
    words = m.group(1).split()
    for i, word in enumerate(words):
        if occupations().body(word):
            return all(w.lower() in _BODY_ADJECTIVES for w in words[:i])
    return False


_BODY_ADJECTIVES = frozenset(
    {"algemeen", "dagelijks", "nieuwe", "nieuw", "oude", "landelijk", "landelijke", "provinciaal"}
    | {"provinciale", "regionaal", "regionale", "lokaal", "lokale", "plaatselijk", "plaatselijke"}
    | {"kerkelijk", "kerkelijke", "centrale", "centraal", "voltallige", "hele", "general"}
    | {"executive", "local", "national", "regional", "governing"}
)
"""What may stand before a governing body: "het algemeen bestuur", "de lokale raad"."""
_EMPLOYER_FIRST = patterns.compile(
    r"(?i:\b(?:werk|werkte|werken|werkten|werkt|work|works|worked|working)"
    rf"(?:[ \t]+(?:ik|al|nu|{_DURATION}|{_ADVERB}))*(?:[ \t]+(?!(?:als|as)\b)[\w'’-]+){{0,3}}?"
    r"[ \t]+(?:bij|at|for|voor)[ \t]+(?:(?:de|het|the|'t|a|an|een|'n)[ \t]+)?)"
)
"""The employer before the job, with how or when in between: "works night shifts at the
hospital in Almelo as a nurse", "werk zaterdags bij de Jumbo in Raalte als vakkenvuller"."""
_AS = patterns.compile(
    r"(?i:[ \t]*,?[ \t]+(?:als|as)[ \t]+(?:(?:een|a|an)[ \t]+)?)((?:[\w'’-]+[ \t]+){0,2}[\w'’-]+)"
)
"""The job after the employer, up to three words: "als vakkenvuller", "als software
engineer"; the first role among them ends it."""


_SITS_IN = patterns.compile(
    r"(?i:\b(?:zit|zat|zitten|zaten|gezeten|sit|sat|served|serve)"
    rf"(?:[ \t]+(?:ik|al|nu|toen|ooit|vroeger|vrogger|destijds|jarenlang|{_DURATION}))*"
    r"[ \t]+(?:in|on|op)[ \t]+"
    r"(?:de|het|the|'t)[ \t]+)(?P<body>[\w'’-]+)"
)


_SEAT_IN_A_COUNCIL = patterns.compile(
    r"(?i:\b(?:ik[ \t]+(?:zit|zat)|(?:zit|zat)[ \t]+ik)[ \t]+(?:(?:al|nu|toen)[ \t]+)*)"
    rf"(?P<seat>(?P<duration>(?i:{_DURATION}|jarenlang)[ \t]+)?"
    r"(?i:in)[ \t]+(?:Provinciale[ \t]+Staten|de[ \t]+Tweede[ \t]+Kamer|de[ \t]+Eerste[ \t]+Kamer))"
    r"(?![\w-])(?P<party>[ \t]+(?i:voor|namens)[ \t]+(?:(?i:de|het)[ \t]+)?(?-i:[A-Z])[\w'’-]*)?"
)
"""One's own seat in Provinciale Staten or the Kamer, with its years or its party ("ik zit sinds
2015 in Provinciale Staten voor het CDA"): one of a few dozen people — not "wij zaten in de
Staten", "ik zat in de Tweede Kamer op de tribune" (a visit) or "de eerste kamer van het
ziekenhuis" (the names take their capitals)."""


def _seats_in_a_council(text: str) -> list[Span]:
    spans = []
    for m in _SEAT_IN_A_COUNCIL.finditer(text):
        if m.group("duration") is None and m.group("party") is None:
            continue  # "ik zat in de Tweede Kamer op de tribune": a visit
        spans.append(Span(m.start("seat"), m.end(), Kind.ROLE, "role-council-seat"))
    return spans


_SIDE_JOB = patterns.CaseFree(
    patterns.compile(
        r"(?i)(?<![\w'’])(?:heb|had|hebben|hadden|doe|deed|loop|liep)[ \t]+"
        r"(?:(?:nu|al|ook|sinds[ \t]+kort|een|'n|mijn|m'n|mn)[ \t]+)*"
        r"((?:bij)?baan(?:tje)?|job|bijbaantje|stage(?:plek|plaats)?|vakantiewerk)"
        r"(?=[ \t]+bij[ \t]+(?!(?:een|'n|n)[ \t]))"
    )
)
"""A side job or an internship by its employer's name: "ik heb een bijbaantje bij de Jumbo in Goor",
"ik loop stage bij Brinkman in Raalte" — where one works, whatever the job is called (not "stage
in Zwolle", "stage bij een verpleeghuis in Stadshagen": a town or one of many names no
workplace)."""


_EMPLOYER_AFTER = patterns.compile(r"[ \t]+bij[ \t]+(?:(?:de|het|'t)[ \t]+)?([\w'’&-]+)")


_CAPITAL_AFTER = patterns.compile(r"[ \t]+(?-i:[A-Z])")


def _side_jobs(text: str) -> list[Span]:
    spans = []
    for start, end in _SIDE_JOB.spans(text, 1):
        employer = _EMPLOYER_AFTER.match(text, end)
        if employer is None:
            continue
        if not employer.group(1)[:1].isupper() and not (
            _is_business(employer.group(1)) and _CAPITAL_AFTER.match(text, employer.end(1))
        ):
            # "stage bij de thuiszorg in kampen": a service of many, no one employer — but
            # "stage bij autobedrijf Nijhuis in Goor" names one
            continue
        complement = _complement(text, end)
        if complement.proper:
            spans.append(Span(start, complement.end, Kind.ROLE, "role-side-job"))
    return spans


def _sitting_in_body(text: str) -> list[Span]:
    """ "ik heb 25 jaar in de gemeenteraad van Raalte gezeten", "ik zit in het bestuur van
    de ijsclub", "I sat on the council": a seat in a governing body, with where; one's own seat
    in Provinciale Staten (:data:`_SEAT_IN_A_COUNCIL`)."""
    lowered = text.lower()
    spans = _seats_in_a_council(text) if "staten" in lowered or "kamer" in lowered else []
    for m in _SITS_IN.finditer(text):
        if not occupations().body(m.group("body")):
            continue
        complement = _complement(text, m.end("body"))
        if _small_or_long(m.group("body"), m.group(0), complement):
            spans.append(Span(m.start("body"), complement.end, Kind.ROLE, "role-body"))
    return spans


_SMALL_BODY = patterns.compile(
    r"(?i)(?:bestuur|dorpsraad|kerkenraad|directie|commissie|board|medezeggenschapsraad|mr|"
    r"ondernemingsraad|ouderraad|cliëntenraad|wijkraad)$"
)
"""Bodies of a dozen seats or fewer: a seat on one says who someone is ("de medezeggenschapsraad
van Windesheim", "de MR van het Vechtdal College")."""
_VOLUNTEERS = frozenset({"vrijwilliger", "vrijwilligster", "volunteer", "vrijwillige"})
_TENURE_BEFORE = patterns.compile(rf"(?i)(?<![\w'’])(?:{_DURATION})[ \t]+$")
"""How long, right before a volunteer: "sinds 2008", "al 12 jaar" (:data:`_DURATION` takes "al")."""
_HAS_DURATION = patterns.compile(rf"(?i)\b{_DURATION}")


def _small_or_long(body: str, before: str, complement: _Complement) -> bool:
    """A seat says who someone is on a small body ("het bestuur van de ijsclub") or held for
    long ("25 jaar in de gemeenteraad"); a youth council of a town has dozens, and the blind
    annotators leave a seat on one."""
    return bool(_SMALL_BODY.search(body) or complement.years or _HAS_DURATION.search(before))


_SAT_IN = patterns.compile(
    r"(?i:\b(?:in|on)[ \t]+(?:de|het|the|'t)[ \t]+)(?P<body>[\w'’-]+)(?=(?:[ \t]+[\w'’-]+){1,6}?"
    r"[ \t]+(?:gezeten|zat|zaten|gezeten))"
)


def _sat_in_body(text: str) -> list[Span]:
    """The verb after: "ik heb 25 jaar in de gemeenteraad van Raalte gezeten"."""
    spans = []
    for m in _SAT_IN.finditer(text):
        if occupations().body(m.group("body")):
            complement = _complement(text, m.end("body"))
            before = text[max(0, m.start() - 40) : m.start()]
            if _small_or_long(m.group("body"), before, complement):
                spans.append(Span(m.start("body"), complement.end, Kind.ROLE, "role-body"))
    return spans


_JOB_SUBJECT = (
    rf"(?:ik|i|hij|zij|ze|he|she|(?:mijn|m'n|mn|my|his|her|onze|our)[ \t]+(?:{RELATIONS_PATTERN}))"
)
_THEN = rf"(?:[ \t]+{_ADVERB})*[ \t]+"
_JOB_BY_VERB = patterns.compile(
    rf"(?i:(?<![\w'’]){_JOB_SUBJECT}(?:[ \t]+{_ADVERB})*[ \t]+(?P<verb>"
    rf"(?:geef|geeft|gaf|gaven|geven){_THEN}(?P<teach>(?:[\w'’-]+[ \t]+)?(?:bij|muziek|zwem|rij|"
    r"gym|taal|[\w'’-]{3,})?(?:les|lessen))"
    r"|(?:teach|teaches|taught)(?:[ \t]+(?P<subject>(?!(?:at|in|for|on)\b)[\w'’-]+))?"
    rf"|(?:rij|rijd|rijdt|reed|reden|drive|drives|drove){_THEN}"
    r"(?:met[ \t]+(?:mijn|m'n|mn|ons|onze|my|our)[ \t]+(?:eigen[ \t]+|own[ \t]+)?[\w'’-]+[ \t]+)?"
    r"(?P<vehicle>(?:(?:de|een|the|a)[ \t]+)?"
    r"[\w'’-]*(?:bus|taxi|vrachtwagen|truck|ambulance|trein|train|tractor|shuttle|busje))"
    rf"|(?:bezorg|bezorgt|bezorgde|deliver|delivers|delivered){_THEN}(?P<goods>(?:(?:de|het|the)"
    r"[ \t]+)?(?:post|kranten|krant|pakketten|pakjes|mail|parcels|newspapers|papers|maaltijden|"
    r"meals))"
    rf"|(?:leid|leidt|leidde|beheer|beheert|beheerde|manage|manages|managed|coördineer|"
    r"coördineert|coördineerde|coordineer|coordineert|coordinate|coordinates|coordinated)"
    rf"{_THEN}(?P<led>(?:de|het|'t|the)[ \t]+(?:[\w'’-]+[ \t]+)?[\w'’-]+)"
    rf"|(?:sta|staat|stond|stonden|werk|werkt|werkte|werkten){_THEN}"
    r"(?P<counter>achter[ \t]+(?:de|het)[ \t]+"
    r"(?:bar|kassa|balie|toonbank|tap|bakkerij|counter)(?![\w'’-]))"
    rf"|(?:doe|doet|deed|deden|draai|draait|draaide|draaiden){_THEN}(?P<task>(?:de|het)[ \t]+"
    r"(?:kassa|bar|bediening|receptie|balie|kantine|administratie|boekhouding|ledenadministratie|"
    r"nachten|nachtdiensten|nachtdienst|diensten|avonddiensten|weekenddiensten|vroege|late)"
    r"(?![\w'’-]))"
    r"))"
)
"""A job told by its verb, with where or for whom: "ik rijd schoolbus voor Syntus in Twente",
"ik geef les op het Carmel", "I teach English at the Bataafs", "mijn vader bezorgt de post
in Lemele", "ik leid de bibliotheek in Ommen", "ik doe zaterdags de kassa bij tuincentrum X
in Wierden", "ik draai de nachten op de psychogeriatrie van De Bongerd in Wierden"."""


_JOB_VERB_WORDS = frozenset(
    {
        *("geef", "geeft", "gaf", "gaven", "geven", "teach", "teaches", "taught", "rijd", "rij"),
        *("rijdt", "reed", "reden", "drive", "drives", "drove", "bezorg", "bezorgt"),
        *("bezorgde", "deliver", "delivers", "delivered", "leid", "leidt", "leidde", "beheer"),
        *("beheert", "beheerde", "manage", "manages", "managed", "coördineer", "coördineert"),
        *("coördineerde", "coordineer", "coordineert", "coordinate", "coordinates"),
        *("coordinated", "werk", "werkt", "werkte", "werkten"),
        *("doe", "doet", "deed", "deden", "draai", "draait", "draaide", "draaiden"),
        *("sta", "staat", "stond", "stonden"),
    }
)


_OBJECTS = ("teach", "subject", "vehicle", "goods", "led", "task", "counter")


def _job_by_verb(text: str) -> list[Span]:
    if not any(token.lower in _JOB_VERB_WORDS for token in tokens(text)):
        return []  # checked first: the pattern is slow
    spans = []
    for m in _JOB_BY_VERB.finditer(text):
        complement = _complement(text, m.end("verb"))
        if not (complement.links and complement.proper):
            continue
        if m.group("vehicle") and (
            _only_places(text[m.end("vehicle") : complement.end])
            or _KIN_VEHICLE.search(text, m.start(), complement.end)
        ):
            # "ik rij taxi in Hengelo en Borne": one of many drivers there; "ik rij de tractor
            # van mijn opa": no job
            continue
        objects = [g for g in _OBJECTS if m.group(g)]
        start = m.start(objects[0]) if objects else m.end("verb")
        while start < complement.end and text[start] in " \t":
            start += 1  # "I teach [at Saxion]"
        spans.append(Span(start, complement.end, Kind.ROLE, "role-by-verb"))
    return spans


_KIN_VEHICLE = patterns.compile(
    rf"(?i)(?<![\w'’])(?:van|met)[ \t]+(?:mijn|m'n|mn|onze|ons|my|our)[ \t]+(?:{RELATIONS_PATTERN})"
)


def _only_places(where: str) -> bool:
    """Whether ``where`` names only places ("in het vechtdal", "in Hengelo en Borne"), no
    employer or client ("voor Syntus in Twente", "voor de gemeente Hardenberg")."""
    words = [w for w in re.findall(r"[\w'’-]+", where) if w.lower() not in _PLACE_LINK_WORDS]
    return bool(words) and all(w.lower() in {"en", "and"} or keep_list().is_place(w) for w in words)


def _employer_first(text: str) -> list[Span]:
    """The employer before the job: "ik werk bij de Jumbo in Raalte als vakkenvuller"."""
    spans = []
    for m in _EMPLOYER_FIRST.finditer(text):
        org_end, named = _complement_words(text, m.end())
        if org_end is None:
            continue
        place = _complement(text, org_end)
        job = _AS.match(text, place.end)
        if job is None:
            continue
        found = _first_role(text, job.start(1), job.end(1))
        if found is None:
            continue
        role, job_end = found
        if role.sort is Sort.OCCUPATION and not (named or place.proper):
            continue  # "bij de provincie als beleidsmedewerker": one of a thousand
        spans.append(Span(m.end(), job_end, Kind.ROLE, "role-employer"))
    return spans


def _first_role(text: str, start: int, end: int) -> tuple[Role, int] | None:
    """The first word between ``start`` and ``end`` that is a role, and where it ends."""
    for m in re.finditer(r"[\w'’-]+", text[start:end]):
        role = occupations().role(m.group(0))
        if role is not None and role.sort not in (Sort.BUSINESS, Sort.PERSON):
            return role, start + m.end()
    return None


def _span(token: Token, start: int, complement: _Complement, source: str) -> Span:
    return Span(min(start, token.start), max(complement.end, token.end), Kind.ROLE, source)


_ENGLISH_LINK = patterns.compile(
    r"(?:[ \t]+(?:in|of)(?:[ \t]+[a-z][\w-]*){1,3}?)?[ \t]+(?:at|for|with|on)[ \t]+"
    r"(?:the[ \t]+)?[A-Z]|[ \t]+in[ \t]+[A-Z]|[ \t]+of[ \t]+(?:the|a|an|our)[ \t]+"
    r"|[ \t]+(?:at|for|with)[ \t]+(?:a|an)[ \t]+[a-z]"
)
"""English words after the role: "researcher (in water management) at the University …", "test
lead at a defence electronics company"."""


_ENGLISH_LITTLE_WORDS = frozenset({"the", "and", "of", "is", "a", "to", "i", "we", "our", "my"})


def _needs_english_around(text: str, word: str) -> bool:
    """Whether an English role word needs English right around it: not a compound no Dutch
    word is ("ik ben co-founder van …"), nor a word no Dutch dictionary has in an answer
    written in English ("The head of the school in Haarle said …") — but "vet" in Dutch, and
    "lead" or "fellow" in a Dutch answer ("Ik ben lead in de schoolmusical")."""
    from bot.export.scrub.vocabulary import vocabulary

    folded = word.lower()
    if folded.count("-") == 1:
        return False
    if folded in vocabulary().dutch or folded in vocabulary().dialect:
        return True
    words = re.findall(r"[a-z]+", text.lower())
    little = sum(1 for w in words if w in _ENGLISH_LITTLE_WORDS)
    return not words or little / len(words) < _ENGLISH_SHARE


_ENGLISH_SHARE = 0.12


def _english_context(
    before: re.Match[str] | None,
    apposition: re.Match[str] | None,
    mods: list[str],
    english_after: bool = False,
) -> bool:
    """An English word for a role only counts after English words: "I'm a vet", "as the only
    GP" — not "het was vet" — or, set off by a comma, before them ("…, PhD researcher at the
    University of Twente")."""
    if (apposition is not None or before is not None) and english_after:
        return True  # "Ik ben head of the community centre in Almelo": English after it
    for match in (before, apposition):
        if match is not None and match.re is _LOOSE_APPOSITION:
            return True
        if match is None:
            continue
        article = (match.group("article") or "").lower()
        if article in {"a", "an", "the", "our"}:
            return True
        if match.re is _BEFORE and match.group("en") and match.group("en").lower() not in {"as"}:
            return True
    return any(m in {"only", "last", "first", "former", "retired", "sole"} for m in mods)


def _trailing_mods(window: str) -> str:
    """Without a cue: "enige", "laatste", "oud", "former" … and the words between it and the
    role ("de [enige huisarts]", "the [only Polish-speaking GP]")."""
    m = _unique_or_former().search(window)
    return m.group("mods") if m else ""


@cache
def _unique_or_former() -> re.Pattern[str]:
    vocabulary = occupations()
    words = "|".join(re.escape(w) for w in sorted(vocabulary.unique | vocabulary.former))
    return re.compile(rf"(?<![\w'’-])(?P<mods>(?i:(?:{words})[ \t]+(?:{_MOD}[ \t]+){{0,2}}))$")


def _title_before_name(text: str, token: Token, complement: _Complement) -> bool:
    """ "burgemeester Jansen", "bakker Bennie": the role is a title before a name."""
    if complement.links:
        return False
    m = re.match(r"[ \t]+([A-Z][\w'’-]*)", text[token.end : token.end + 40])
    return m is not None


_PLAYED_OR_WISHED = patterns.CaseFree(
    patterns.compile(
        r"(?i)spel|game|speel|speelde|mee[ \t]+als|als(?:of)?[ \t]|if[ \t]|wil|wou|zou|hoop|droom|"
        r"want|wanna|hope|would[ \t]+like"
    )
)
"""A word every cue of :func:`_not_held` needs: a game, "als", a wish (checked first)."""
_IF_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:als|alsof|if)[ \t]+(?:we|wij|ik|jij|je|jullie|ze|zij|hij|u|i|you|they|"
    r"he|she)[ \t]+(?:(?:nu|eens|zelf|ooit|echt|ever|really)[ \t]+)?$"
)
_WERE_AFTER = patterns.compile(r"(?i)[ \t]+(?:waren|was|zou|zouden|werden|were|would)(?![\w'’])")
_PLAYED_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:speel(?:de|den|t)?(?:[ \t]+(?:ik|ze|hij|zij|we|wij|jij))?"
    r"(?:[ \t]+(?:de|het|een))?|played(?:[ \t]+(?:the|a))?)[ \t]+$"
)
_WISH_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:wil|wilde|willen|wou|wouden|zou|zouden|hoop|hoopt|droom|droomt)"
    r"(?:[ \t]+(?:ik|we|wij|jij|je|hij|zij|ze|u|later|graag|ook|echt|eens|ooit|zelf|misschien|"
    r"wel|nog|toch|dan|volgende[ \t]+keer|de|het|een))*"
    r"(?:[ \t]+(?P<work_nl>(?:werken|beginnen|starten)[ \t]+als))?[ \t]+$"
    r"|(?<![\w'’])(?:want|wants|wanted|wanna|hope|hopes|would[ \t]+like)[ \t]+"
    r"(?:to[ \t]+)?(?:be|become|(?:work|start)[ \t]+as)(?:[ \t]+(?:a|an|the))?[ \t]+$"
)
_BE_AFTER = patterns.compile(
    r"(?i)[ \t]+(?:zijn|worden|wezen|weurn|be|become)(?![\w'’])"
    r"(?=[ \t]*(?:[.,!?;:)]|$)|[ \t]+(?:en|maar|want|omdat|of|als|dan|later|and|but)(?![\w'’]))"
)
"""A role one wishes for ("volgende keer wil ik voorzitter zijn", "ik wil later dierenarts
worden", "I want to be a vet"): no one's job yet. "zijn" ends the clause there: in "ik wil de
secretaris van de dorpsraad zijn nummer geven" it is his."""
_A_HAND_AFTER = patterns.compile(r"(?i)[ \t]+(?:hand|handen|handje)(?![\w'’-])")
_POSITION_IN_A_TEAM = patterns.compile(
    r"(?i)(?:keeper|doelman|spits|rechtsback|linksback|rechtsbuiten|linksbuiten|middenvelder|"
    r"vleugelspeler|libero|aanvoerder|captain|goalkeeper|striker|midfielder|defender)"
    r"(?![\w'’-])"
)
"""A position in a sports team: a place in a real team, not a role in a game."""
_JOINED_AS = patterns.compile(r"(?i)(?<![\w'’])mee[ \t]+(?:als|as)[ \t]+$")
"""Who one played in a game ("deed onze juf mee als gedeputeerde"), where the sentence is about
the game."""
_GAMES = (
    r"(?:(?:staten|democratie|rollen|simulatie|gemeente|provincie)?spel(?:len)?|game|simulatie|"
    r"simulation|role[ \t-]?play)(?![\w'’-])(?![ \t]+(?:studio|bedrijf|company|ontwikkelaar))"
)
_PLAYED_AFTER = patterns.compile(
    r"(?i)[ \t]+(?:in|tijdens|bij|during)[ \t]+(?:het|de|ons|dat|dit|the)[ \t]+" + _GAMES
)
_GAME_IN_SENTENCE = patterns.compile(r"(?i)(?<![\w'’-])(?:\w*spel|game)(?![\w'’-])")


def _not_held(text: str, span: Span) -> bool:
    """A role played in a game, as a class does in a Statenspel ("onze juf deed mee als
    gedeputeerde", "ik was burgemeester in het spel"), only imagined ("wat zouden we doen
    als we gedeputeerde waren", "hij deed alsof hij echt gedeputeerde was") or wished for
    ("volgende keer wil ik voorzitter zijn") — no one's job."""
    if _POSITION_IN_A_TEAM.match(text, span.start):
        return False  # "ik speel rechtsback in de JO17-1 van vv Heeten": played, and held
    if _PLAYED_BEFORE.search(text, max(0, span.start - 30), span.start):
        return True
    wish = _WISH_BEFORE.search(text, max(0, span.start - 40), span.start)
    if wish is not None and (
        _BE_AFTER.match(text, span.end)
        or wish.group(0).lower().startswith(("want", "hope", "wanna", "would"))
        or (
            wish.group("work_nl") is not None
            and wish.group(0).lower().startswith(("wil", "hoop", "droom"))
        )
    ):
        return True  # "volgende keer wil ik voorzitter zijn", "wil graag werken als …", "wants
        # to work as a pharmacist": wished for
    if _JOINED_AS.search(text, max(0, span.start - 30), span.start) and _GAME_IN_SENTENCE.search(
        Sentences(text).around(span.start, span.end)
    ):
        return True  # "onze juf deed mee als gedeputeerde" in a sentence about a game
    if _IF_BEFORE.search(text, max(0, span.start - 24), span.start) and _WERE_AFTER.match(
        text, span.end
    ):
        return True
    after = _PLAYED_AFTER.search(text, span.start, span.end + 40)
    return after is not None and after.start() <= span.end


_PARTIES = (
    r"SP|VVD|CDA|PVV|GL|GroenLinks|PvdA|GL-PvdA|GroenLinks-PvdA|D66|BBB|JA21|CU|ChristenUnie|SGP|"
    r"PvdD|Partij[ \t]+voor[ \t]+de[ \t]+Dieren|FvD|NSC|Volt|50PLUS|DENK|Lokaal[ \t]+Overijssel"
)
_NAMED_WITHOUT_A_LINK = patterns.compile(
    r"[ \t]+(?P<association>(?i:[\w-]*vereniging|[\w-]*club|[\w-]*raad|[\w-]*raod|schutterij|"
    r"[\w-]*comité|[\w-]*comite|bibliotheek|"
    r"[\w-]*café|[\w-]*cafe|"
    r"stichting|fanfare|harmonie|"
    r"dorpsbelang|rksv|rkvv|vv|sv|v\.v\.|s\.v\.|kbo|pcob|scouting|voedselbank|gemeente|"
    r"plaatselijk[ \t]+belang|parochie|hervormde[ \t]+gemeente|waterschap)"
    r"(?:[ \t]+(?:(?:na|en|de|der|van|voor|op|ter|ten)[ \t]+)?(?:St\.|(?-i:[A-Z])[\w'’-]+)){1,4})"
    r"|[ \t]+(?:(?i:dorpsraad|wijkraad|buurtraad|afdeling|afd\.|[\w-]*vereniging|[\w-]*club|"
    r"schutterij|stichting|fanfare|harmonie|dorpsbelang|buurtvereniging)[ \t]+(?=[A-Z]))?"
    rf"(?:(?:(?i:namens)[ \t]+(?:(?i:de|het)[ \t]+)?)?(?P<party>{_PARTIES})(?![\w'’-])"
    r"(?:[ \t]+(?i:afdeling|afd\.)[ \t]+[A-Z][\w'’-]+)?"
    r"|(?P<school>(?i:obs|cbs|pcbs|rkbs|ikc|basisschool|kbs)[ \t]+(?:(?i:de|het|'t)[ \t]+)?"
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)"
    # "sectievoorzitter maatschappijleer Esch College Wierden": a field, then the school
    r"|(?:[a-zà-ÿ][\w'’-]+[ \t]+)?(?:(?-i:[A-Z])[\w'’-]+[ \t]+){1,2}"
    r"(?i:college|lyceum|scholengemeenschap|gymnasium|atheneum)(?:[ \t]+(?-i:[A-Z])[\w'’-]+)?"
    r"|(?P<place>[A-Z][\w'’-]+))"
)
"""What or where right after a role, as a signature writes it: a party, a school by its form,
a town, or an association or a council by its kind and its own name ("voorzitter
IJsvereniging De Vlijt Lettele", "secretaris schutterij St. Sebastianus Weerselo",
"jeugdcoördinator RKSV Fleringen", "voorzitter leerlingenraad Thorbecke Scholengemeenschap
Zwolle", "voorzitter Jongerenraad Overijssel")."""
_NEXT_CAPITALISED = patterns.compile(r"[ \t]+([A-Z][\w'’-]+)")
_EMPLOYER_AFTER_A_PLACE = patterns.compile(
    r"[ \t]+(?i:bij|voor|van|at|for)[ \t]+(?:(?i:de|het|the)[ \t]+)?[A-Z][\w'’-]+"
    r"(?:[ \t]+[A-Z][\w'’-]+)?(?=[ \t]*(?:[,.;:!?)\n]|$))"
)
_TOWN_ENDING_A_LINE = patterns.compile(
    r"[ \t]*,[ \t]*([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]*(?=\n|$)"
)


def _a_place(word: str) -> bool:
    """A place, or a part of one: "Raalte", "Enschede-Noord"."""
    return keep_list().is_place(district_town(word) or word)


def _named_without_a_link(text: str, position: int) -> int | None:
    """Where a party, a school by its form or a town right after a role ends ("Statenlid SP",
    "directeur obs Het Kompas, Haaksbergen", "oud-raadslid Steenwijkerland") — not a name
    ("burgemeester Jansen": a title before a name)."""
    m = _NAMED_WITHOUT_A_LINK.match(text, position)
    if m is not None and m.group("place") and not _a_place(m.group("place")):
        m = None  # "burgemeester Jansen": a title before a name
    if m is None:
        return _field_then_school_or_village(text, position)
    end = m.end()
    if m.group("place"):
        second = _NEXT_CAPITALISED.match(text, end)
        if second is not None and _a_place(f"{m.group('place')} {second.group(1)}"):
            end = second.end()  # "boswachter Sallandse Heuvelrug": a place of two words
        employer = _EMPLOYER_AFTER_A_PLACE.match(text, end)
        if employer is not None:
            end = employer.end()  # "… Sallandse Heuvelrug bij Staatsbosbeheer": and for whom
    town = _TOWN_ENDING_A_LINE.match(text, end)
    if town is not None and keep_list().is_place(town.group(1)):
        end = town.end(1)
    return end


_AROUND_WORDS = frozenset(
    {"buiten", "near", "outside", "nabij", "rond", "rondom", "around", "naast", "achter", "voor"}
)
_FIELD_BEFORE_A_SCHOOL = patterns.compile(
    r"[ \t]+((?:[a-zà-ÿ][\w'’-]*[ \t]+(?:&[ \t]+)?){1,3})(?=(?-i:[A-Z]))"
)


def _field_then_school_or_village(text: str, position: int) -> int | None:
    """A field, then a school by its name or a village, as one signs: "docent maatschappijleer
    Reggesteyn", "sectievoorzitter geschiedenis Greijdanus Zwolle", "docent burgerschap
    Deltion", "organisator dorpsavonden Lemele" — the town after a school goes too."""
    field = _FIELD_BEFORE_A_SCHOOL.match(text, position)
    if field is None or any(
        word in _STOP or word in _NEAR_WORDS or word in _AROUND_WORDS or _LINK_WORDS.match(word)
        for word in field.group(1).lower().split()
    ):
        # "Als docent weet je dat Deltion …": a clause; "aspergekwekerij net buiten Hengevelde",
        # "a B&B near Vollenhove": near where, no field
        return None
    start = field.end()
    place = _TOWN_AFTER_A_SCHOOL.match(text, start - 1)
    if place is not None and keep_list().is_place(place.group(1)):
        return place.end(1)  # "organisator dorpsavonden Lemele": the field, then the village
    for school_start, school_end in schools.schools(text, institutions=True, short_forms=True):
        if school_start == start:
            town = _TOWN_AFTER_A_SCHOOL.match(text, school_end)
            if town is not None and keep_list().is_place(town.group(1)):
                return town.end(1)
            return school_end
    return None


_TOWN_AFTER_A_SCHOOL = patterns.compile(r"[ \t]+(?-i:([A-Z][\w'’-]+))")


_ON_BEHALF_AFTER = patterns.compile(
    r"(?i)[ \t]+(?:namens|on[ \t]+behalf[ \t]+of)[ \t]+(?:(?:de|het|the)[ \t]+)?"
    r"(?-i:[A-Z])[\w'’-]+"
)
"""For whom the seat is held, after where, by the party's or body's name: "namens de
ChristenUnie" — not a group spoken for ("namens de boeren")."""


_TO_START = patterns.compile(
    r"(?i)[ \t]+(?:starten|beginnen|openen|oprichten|opzetten|overnemen|kopen|to[ \t]+start|"
    r"to[ \t]+open)(?![\w'’])"
)
_AN_INFINITIVE = patterns.compile(r"(?i)[ \t]+te[ \t]+(?-i:[a-z])")
"""After "te" a word in lower case is a verb ("te komen"); a place is written with a capital
("te Zwolle")."""


def _complement(text: str, end: int) -> _Complement:
    """Where the role is and what it is of: "van de ijsclub", "bij Oldenhof in Hardenberg",
    "of the Japanese department at Saxion", then its years ("sinds 1971")."""
    links = 0
    proper = False
    years = False
    position = end
    first_years = _YEARS_AT.match(text, position)
    if first_years is not None:
        # "raadslid sinds 2010 in Hof van Twente": the years end the role
        return _Complement(first_years.end(), 0, False, True)
    if _NEAR_PHRASE.match(text, position):
        return _Complement(end, 0, False, False)  # "an de kante van de Sallandse Heuvelrug"
    specialty = _specialty(text, position)
    if specialty is not None:
        # "akkerbouwers met pootaardappelen op Mastenbroek": what it is with ends the role
        return _Complement(specialty.end(), 0, False, False, True)
    named = _named_without_a_link(text, position)
    if named is not None:
        # "Statenlid SP", "oud-raadslid Steenwijkerland (2014-2022)", "directeur obs Het
        # Kompas, Haaksbergen": what or where, as a signature writes it
        more_years = _YEARS_AT.match(text, named)
        return _Complement(more_years.end() if more_years else named, 1, True, bool(more_years))
    line = _LINE_NUMBER.match(text, position)
    if line is not None:
        # "buschauffeur op lijn 51 tussen Enschede en Oldenzaal": the line is where the job is
        position, links, proper = line.end(), 1, True
    else:
        position = _field_end(text, position)
    while links < _MAX_LINKS:
        line = _LINE_NUMBER.match(text, position) if links else None
        if line is not None:
            position, links = line.end(), links + 1  # "bij Keolis op lijn 51"
            continue
        link = _LINK.match(text, position) or (_route(text, position) if links else None)
        if link is None or _AN_INFINITIVE.match(text, position):
            break  # "als Statenlid beloofd terug te komen": "te" and a verb, no place
        words_end, capitalised = _complement_words(text, link.end())
        if words_end is None:
            break
        position = words_end
        proper = proper or capitalised
        links += 1
        street = text[link.end() : words_end]
        if street.islower() and addresses.is_street_name(street):
            break  # "melkveehouder aan de holterweg": the street says where; a town after it stays
    if not links:
        position = end
    around = _AROUND.match(text, position) if proper else None
    if around is not None:
        position = around.end()  # "van Blokzijl en omstreken"
    on_behalf = _ON_BEHALF_AFTER.match(text, position) if links else None
    if on_behalf is not None:
        position = on_behalf.end()  # "lid van Provinciale Staten namens de ChristenUnie"
    more_years = _YEARS_AT.match(text, position)
    if more_years is not None:
        position = more_years.end()
        years = True
    return _Complement(position, links, proper, years)


_LATER_LINK = patterns.compile(
    r"(?i)[ \t]+(?:over|langs|along|across)[ \t]+(?:(?:de|het|'t|the)[ \t]+)?(?=(?-i:[A-Z]))"
)
"""After a first where, a route over a place or a river: "veerman op de pont [over de IJssel]
bij Wijhe" (only to a place, :func:`_route`; "naar" says where someone went more often)."""
_NEXT_NAME = patterns.compile(r"[\w'’-]+")


_LINE_NUMBER = patterns.compile(
    r"(?i)[ \t]+(?:op|on|of|van)[ \t]+(?:de[ \t]+|the[ \t]+)?(?:bus|buslijn|lijn|line|route|"
    r"tramlijn|treinlijn)[ \t]*\d{1,3}(?![\w])"
)
"""The line of a bus or train someone works on: "op lijn 51", "on route 74"."""


def _route(text: str, position: int) -> re.Match[str] | None:
    """A later link only to a place or a river ("over de IJssel"), not about a topic or a time
    ("journalist bij Tubantia over de Statenverkiezingen", "over Twee weken")."""
    link = _LATER_LINK.match(text, position)
    if link is None:
        return None
    name = _NEXT_NAME.match(text, link.end())
    return link if name is not None and keep_list().is_place(name.group()) else None


_SPECIALTY = patterns.compile(
    r"(?i)[ \t]+(?:met|with)[ \t]+(?:(?:ruim|zo'n|bijna|wel|ongeveer|about|over|around|some)"
    rf"[ \t]+)?(?P<number>\d[\d.]*[ \t]+)?(?-i:(?=[a-zß-ÿ])){_MOD}"
    rf"(?:[ \t]+(?-i:(?=[a-zß-ÿ])){_MOD})?(?![\w'’-])"
)
"""What a role or business is with: "met pootaardappelen", "met 900 melkgeiten", "with 40
cows" — a number or things in the plural (not "met plezier", "met mijn broer", "met Jan",
"met ouderen")."""
_PEOPLE = frozenset(
    {
        *("kinderen", "ouderen", "jongeren", "mensen", "leerlingen", "cliënten", "clienten"),
        *("patiënten", "patienten", "klanten", "collega's", "collegas", "studenten", "kids"),
        *("children", "people", "patients", "clients", "students", "elderly", "pupils"),
        *("customers", "bewoners", "vrijwilligers", "volunteers", "residents", "gasten"),
    }
)


def _specialty(text: str, position: int) -> re.Match[str] | None:
    m = _SPECIALTY.match(text, position)
    if m is None:
        return None
    last = m.group(0).split()[-1].lower()
    if last in _PEOPLE:
        return None  # "verpleegkundige met ouderen": whom, as thousands do
    if m.group("number") or last.endswith(("en", "s")):
        return m
    return None


_LANGUAGES = (
    "Arabisch|Engels|Duits|Frans|Spaans|Pools|Turks|Russisch|Oekraïens|Italiaans|Portugees|"
    "Chinees|Nederlands|Grieks|Latijn|Somalisch|Koerdisch|Perzisch|Farsi|Tigrinya|Dari|"
    "Pasjtoe|English|German|French|Spanish|Polish|Turkish|Russian|Ukrainian|Arabic|Dutch|"
    "Roemeens|Vietnamees|Japans|Fries|Hongaars|Bulgaars|Hebreeuws|Amharisch|Eritrees|"
    "Papiaments|NT2|Gebarentaal|Twents|Hindi|Urdu|Somali|Tamil|Koreaans|Thais|Indonesisch"
)
_FIELD_WORD = patterns.compile(rf"[ \t]+([a-zß-ÿ][\w'’-]*|(?:{_LANGUAGES}))(?![\w'’-])")
"""A field in lower case, or a language ("tolk [Arabisch] bij het COA")."""
_MAX_FIELD = 2


def _field_end(text: str, end: int) -> int:
    """After the role, its field before where it is: "beleidsadviseur [natuur] bij de
    gemeente", "docent [wiskunde] aan het Carmel", "tolk [Arabisch] bij het COA" — one or two
    words in lower case or a language, no little word or participle, with a link after them;
    else ``end``."""
    position = end
    words = 0
    while words < _MAX_FIELD:
        m = _FIELD_WORD.match(text, position)
        if m is None:
            break
        word = m.group(1).lower()
        if word in _FIELD_JOINERS and position > end:
            position = m.end()  # "wethouder [onderwijs en jeugd] van Twenterand"
            continue
        words += 1
        if (
            word in _STOP
            or word in _QUANTIFIERS
            or word in _NEAR_WORDS
            or _PARTICIPLE.match(word)
            or _LINK_WORDS.match(word)
        ):
            break
        position = m.end()
        if _LINK.match(text, position):
            return position
    return end


_FIELD_JOINERS = frozenset({"en", "&", "and"})
_QUANTIFIERS = frozenset(
    {"elke", "elk", "iedere", "ieder", "alle", "sommige", "weinig", "meer", "minder", "every"}
    | {"each", "all", "some", "many", "few"}
)
"""Whom the role deals with, no field: "kende de secretaris elke boer in Markelo"."""


_NEAR_WORDS = frozenset({"net", "vlak", "pal", "just", "right", "close", "dichtbij", "vlakbij"})
_LINK_WORDS = patterns.compile(
    r"(?:van|der|des|bij|in|op|te|voor|aan|at|of|for|on|with|uit|binnen|tussen|between|an|bi'j"
    r"|biej|bie|oet|veur"
    r"|in'n)$"
)


_THE_BEFORE = patterns.compile(r"(?i)(?<![\w'’])the[ \t]+$")


_BUSINESS_NAME = patterns.compile(
    r"(?i:(?:de|het|'t|’t|t)[ \t]+)?((?:(?-i:St|Sint)\.?[ \t]+)?[^\W\d_][\w'’&+-]*"
    r"(?:[ \t]+(?-i:[A-Z])[\w'’&+-]*){0,2}"  # "oranjevereniging Oranje Boven in Blokzijl"
    r"(?:[ \t]+&[ \t]+(?:(?i:zn|zonen|zoon|co|dochters?)\.?|(?-i:[A-Z])[\w'’-]*))?)"
    r"(?=[ \t]+(?i:in|te|aan|op|bij|uit|at|on|in't)[ \t]+(?:(?i:de|het|'t|the)[ \t]+)?[A-Z])"
)
"""A business's name after the word for it, when where it is follows: "snackbar de kroon in
Ootmarsum", "eetcafé 't Pluimpje in Lemele", "kapsalon Knip & Zo in Raalte"."""


_LOWER_BUSINESS_NAME = patterns.compile(
    r"(?:(?:de|het|'t|’t|t|vd|v/d|v\.d\.|van[ \t]+de|van[ \t]+der|van[ \t]+den|van|"
    r"(?:ten|ter)(?![ \t]+(?:noorden|zuiden|oosten|westen|plaatse|behoeve|grootte|hoogte|slotte|"
    r"einde|tijde|aanzien|gevolge|opzichte|laste|minste|hoogste|dienste|overstaan)(?![\w'’])))"
    r"[ \t]+)?"
    r"([^\W\d_][\w'’&+-]*(?:[ \t]+[^\W\d_][\w'’&+-]*){0,2})"
)
_NOT_A_NAME = frozenset(
    {"naast", "achter", "tegenover", "langs", "onder", "boven", "vlakbij", "dichtbij", "zelf"}
    | {"hier", "daar", "om", "rond", "buiten", "binnen", "near", "next", "behind", "there"}
)
_NO_BUSINESS_NAME = _NOT_A_NAME | _STOP
"""Words that never name a business after the word for it ("de iesclub hier in Luttenberg")."""


_TIME_WORD = patterns.compile(
    r"(?:dag|dagen|week|weken|weekend|weekenden|maand|maanden|zomer|winter|vakantie|vakanties|"
    r"ochtend|ochtenden|avond|avonden|middag|middagen|nacht|nachten|seizoen|seizoenen)$"
)


def _lower_business_name_end(text: str, position: int) -> int | None:
    """Where the name of a business typed in lower case ends: "barbershop fadez", "cafetaria t
    hoekje", "restaurant t hooge holt", "pizzeria da mario", "tomatenkwekerij vd vegt",
    "transportbedrijf ten brinke" — after an article or a surname's prefix words that are not
    among the most frequent ("de snackbar de hele zomer" names none), else words no list knows
    ("bij de bakkerij zelf" names none)."""
    from bot.export.scrub.vocabulary import vocabulary

    m = _LOWER_BUSINESS_NAME.match(text, position)
    if m is None:
        return None
    words = vocabulary()
    name_end = None
    after_article = m.start(1) > m.start()
    previous_capital = False
    pieces = list(re.finditer(r"[^ \t]+", m.group(1)))
    for index, word in enumerate(pieces):
        folded = word.group().lower()
        capital = word.group()[:1].isupper()
        joins_capitals = (
            folded == "en"
            and previous_capital
            and not after_article
            and index + 1 < len(pieces)
            and pieces[index + 1].group()[:1].isupper()
            and not words.any_first_name(pieces[index + 1].group().lower())
            and not keep_list().is_place(pieces[index + 1].group())
        )  # "dameskoor Zang en Vreugde" — not "zwemclub de Snoek en Jan", "Smit en Enschede"
        if (folded in _STOP or folded in _NOT_A_NAME or _TIME_WORD.search(folded)) and not (
            _in_an_english_name(folded, capital, previous_capital) or joins_capitals
        ):
            break  # "bij de snackbar de weekenden": when, not which; "Spot On" is a name
        if joins_capitals:
            continue  # the name goes on after "en"
        previous_capital = capital
        if not capital and (
            words.top_word(folded) or not (after_article or not words.known_word(folded))
        ):
            break
        name_end = m.start(1) + word.end()
    return name_end


def _is_business(word: str) -> bool:
    """A word for a business ("snackbar", "Hotel"), after which its name follows."""
    role = occupations().role(word)
    return role is not None and role.sort is Sort.BUSINESS


def _named(text: str, start: int, end: int) -> bool:
    """Whether where a role is has a name in capitals ("in Wesepe"), not only "ons dorp": the
    GP of our village spoken of is a service, not a person's trait."""
    return any(char.isupper() for char in text[start:end])


_SMALL_PLACES = frozenset(
    {"dorp", "dörp", "darp", "dorpje", "buurtschap", "gehucht", "kerkdorp", "stadje", "village"}
    | {"hamlet"}
)
"""Where as small as a named place: "de bakker van ons dorp", "the only vet in our village"."""
_NAME_AFTER_JOINER = patterns.compile(r"[ \t]+(?:(?:der|den|de|het|'t|ter|ten)[ \t]+)?[A-Z]")


_AN_ARTICLE_BEFORE = patterns.compile(r"(?i)(?<![\w'’])(?:de|het|'t|een)[ \t]+$")


_ENGLISH_NAME_WORDS = frozenset({"on", "up", "out", "work"})
"""Little English words capitalised inside the name of a Dutch organisation."""


def _in_an_english_name(folded: str, capital: bool, previous_capital: bool) -> bool:
    """A little English word capitalised after a capitalised word goes on a name: "Stichting
    Spot On"."""
    return capital and previous_capital and folded in _ENGLISH_NAME_WORDS


def _complement_words(text: str, start: int) -> tuple[int | None, bool]:
    """End of the noun phrase at ``start`` ("de ijsclub", "Oldenhof", "vv Bentelo"), and
    whether it has a capitalised word; ``None`` when it has no word."""
    position = start
    end: int | None = None
    capitalised = False
    previous: str | None = None
    count = 0
    # "at the Thales plant in Hengelo": after "the" a name can stand before its noun
    attributive = _THE_BEFORE.search(text, max(0, start - 5), start) is not None
    # "bij de Snackbar op de hoek": a business word after an article is no name's head
    after_article = _AN_ARTICLE_BEFORE.search(text, max(0, start - 6), start) is not None
    while count < _MAX_WORDS + 3:  # capitals and a list joined by "en" may run on
        if previous is not None and (
            (_is_business(previous) and (previous[:1].islower() or not after_article))
            or (
                previous.lower().endswith(_NAMED_AFTER_HEADS)
                and _OF_AFTER.match(text, position) is None  # "oudervereniging van OBS …"
            )
        ):
            named = _BUSINESS_NAME.match(text, position)
            if named is not None and named.group(1).lower() in _NO_BUSINESS_NAME:
                named = None  # "penningmeester van de iesclub hier in Luttenberg": no name
            name_end = named.end(1) if named else _lower_business_name_end(text, position)
            if name_end is not None:
                # "snackbar de kroon in Ootmarsum", "eetcafé 't Pluimpje in Lemele",
                # "barbershop fadez": the name of the business (then where it is)
                end = name_end
                capitalised = True
                break
        m = _COMPLEMENT_WORD.match(text, position)
        if m is None:
            break
        word = m.group(0).rstrip("'’-")
        folded = word.lower()
        is_capital = word[:1].isupper() or (word[:1] == "&" and len(word) > 1)  # "& Zn"
        name_start = (
            (
                is_capital
                and folded in _SURNAME_JOINERS
                and _NAME_AFTER_JOINER.match(text, m.end()) is not None
            )
            or (is_capital and previous in ("St.", "Sint"))
            or (
                previous is not None
                and previous.lower() in _CLUB_INITIALS
                and folded in _SURNAME_JOINERS
            )
        )  # "camping De Vlier", "bij Van der Valk", "van vv de zweef"
        coordinated = (
            previous is not None
            and previous[:1].isupper()
            and folded in _COORDINATORS
            # "in Staphorst en Rouveen" — not "at the MST and I am"
            and re.match(r"[ \t]+(?!I(?:\W|$))[A-Z]", text[m.end() : m.end() + 4]) is not None
        )
        named_organisation = (
            is_capital and previous is not None and _names_an_organisation(previous.lower())
        )  # "moskee Al Amal"
        after_a_joiner = (
            is_capital
            and previous is not None
            and previous[:1].isupper()
            and previous.lower() in _SURNAME_JOINERS
        )  # "Koeltransport Ter Haar": "Haar" is the name, not "her"
        in_an_english_name = _in_an_english_name(
            folded, is_capital, previous is not None and previous[:1].isupper()
        ) or (
            # "het Thomas a Kempis": a little word of the name between its capitals
            folded in ("a", "à")
            and previous is not None
            and previous[:1].isupper()
            and _NAME_AFTER_JOINER.match(text, m.end()) is not None
        )
        # "Oranje Boven": a little word with a capital after a capitalised one is the name's
        in_a_capitalised_name = (
            is_capital
            and previous is not None
            and previous[:1].isupper()
            and folded not in _COORDINATORS
            and folded not in {"i", "a"}
        )
        if (
            folded in _STOP
            and not name_start
            and not coordinated
            and not named_organisation
            and not after_a_joiner
            and not in_an_english_name
            and not in_a_capitalised_name
            and not (capitalised and folded in _SURNAME_JOINERS)
        ):
            break
        if not is_capital and _PARTICIPLE.match(folded):  # not "Genemuiden", "Geesteren"
            break
        if folded == "&" and not coordinated:
            break
        if (
            not coordinated  # "in Staphorst en Rouveen"
            and previous is not None
            and previous[:1].isupper()
            and not is_capital
            and folded not in _CLUB_AFTER_PLACE
            and not _names_an_organisation(folded)
            and not _ADJECTIVE_OF_PLACE.search(previous.lower())
            and previous.lower() not in _SURNAME_JOINERS
            and not (attributive and (count == 1 or folded in _ENGLISH_HEADS))
            and folded[:1] not in "'’"  # "Achilles '12": the club's year
            and not in_an_english_name  # "Thomas a Kempis"
        ):
            break  # "in Haarle geweest": a place ends the phrase
        if not is_capital and folded in _SURNAME_JOINERS and not name_start:
            # "Hof van Twente": a joiner only between capitals
            after = re.match(r"[ \t]+([A-Z])", text[m.end() : m.end() + 3])
            if after is None or previous is None or not previous[:1].isupper():
                break  # "de oudervereniging van OBS …": the next link
        count += 1
        if (
            count > _MAX_WORDS
            and not is_capital
            and not coordinated  # "de Hervormde gemeente Kuinre en Blankenham"
            and not (attributive and folded in _ENGLISH_HEADS)
        ):
            break
        end = m.start() + len(word)
        if m.group(0).endswith(("'", "’")) and re.match(r"[ \t]", text[m.end() : m.end() + 1]):
            end = m.end()  # "the residents' association"
        capitalised = (
            capitalised
            or is_capital
            or folded in _SMALL_PLACES
            or (previous is not None and previous.lower() in _CLUB_INITIALS)
            or (previous is None and not is_capital and keep_list().is_place(word))
            or (previous is None and addresses.is_street_name(word))
        )  # "vv bentelo", "tc de esch": a club by its initials names one; "in markelo": a
        # place typed in lower case is still a place, and so is a street ("aan de holterweg")
        previous = word
        listed = _PLACES_LISTED_AFTER.match(text, end) if is_capital else None
        if listed is not None and _all_places(word, text[listed.end() : listed.end() + 80]):
            position = listed.end()  # "verloskundige voor Blokzijl, Vollenhove en Kuinre"
            continue
        gap = re.match(r"[ \t]+", text[end:])
        if gap is None:
            break
        position = end + gap.end()
    if end is not None:
        while (
            end > start
            and text[end - 1] in ".,;:!?"
            and not _INITIALS_END.search(text, start, end)  # "de o.l.s." keeps its dot
        ):
            end -= 1
    return end, capitalised


_INITIALS_END = patterns.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}$")


_JOB_SLOT = patterns.compile(
    r"(?i:(?<![\w'’])(?:(?:werk|werkt|werkte|werken|werkten|werkzaam)(?:[ \t]+[\w'’-]+){0,4}?"
    r"[ \t]+als|(?:mijn|m'n|mn|zijn|z'n|haar)[ \t]+(?:werk|baan|bijbaan|bijbaantje|job|"
    r"bijbaantje)[ \t]+(?:is[ \t]+)?als"
    r"|(?:work|works|worked|working)(?:[ \t]+[\w'’-]+){0,3}?[ \t]+as(?:[ \t]+(?:a|an))?"
    r"|(?:my|his|her)[ \t]+(?:job|work)[ \t]+(?:is[ \t]+)?as(?:[ \t]+(?:a|an))?"
    r"|(?:loop|liep|lopen|doe|deed|heb|had)[ \t]+(?:\w+[ \t]+)?stage[ \t]+als"
    r"|(?:stage|stagiair|stagiaire|leerling)[ \t]+als"
    r"|(?:arbeite|arbeitet|arbeitete)(?:[ \t]+[\w'’-]+){0,3}?[ \t]+als"
    # "ik heb bijna veertig jaar [uitvaartverzorger bij …] gewerkt": the verb last
    r"|(?:ik|wij|we|hij|zij|ze|(?:mijn|m'n|mn|onze)[ \t]+[\w'’-]+)[ \t]+"
    r"(?:heb|hebben|heeft|had|hadden)(?:[ \t]+(?:bijna|ruim|zo'n|wel|ongeveer|al|daar|er|toen))*"
    r"[ \t]+[\w'’-]+[ \t]+(?:jaar|joar|jaor|maanden|weken)(?:[ \t]+als)?"
    r"(?=[ \t]+[^.!?\n]{3,90}?[ \t]gewerkt(?![\w'’]))"
    r"|(?:ik|wij|we|hij|zij|ze|i|he|she|they|(?:mijn|m'n|mn|onze|my|our|his|her)[ \t]+[\w'’-]+"
    r"(?:[ \t]+(?-i:[A-Z])[\w'’-]+)?)"
    r"(?:[ \t]+(?:ben|is|zijn|was|heb|have|has|had))?"
    r"[ \t]+(?:started|start|starts|began|begon|begonnen|startte)"
    r"(?:[ \t]+(?:here|there|hier|daar))?"
    r"[ \t]+(?:as|als)(?:[ \t]+(?:a|an))?)"
    r"[ \t]+)"
)
"""Where a job stands by the sentence's form, whatever the word: "ik werk zaterdags als
[caddie op de golfbaan in Holten]", "my job as a …" (in Dutch without an article: "werken
als een paard" is a comparison). Found once per text; the word after each is in the slot."""
_JOB_HINT = patterns.compile(r"werk|work|baan|job|stage|arbeit|start|began|begon")
"""Every job slot needs one of these (checked once per text: the slot pattern is slow)."""
_NO_JOB = frozenset(_STOP) | {"vrijwilliger", "volunteer", "zzp'er", "freelancer", "zelfstandige"}


def _job_slots(text: str) -> frozenset[int]:
    """Where the words in the place of a job start."""
    if _JOB_HINT.search(text.lower()) is None:
        return frozenset()
    return frozenset(m.end() for m in _JOB_SLOT.finditer(text))


def _in_job_slot(text: str, token: Token, role: Role | None) -> Span | tuple[int, int] | None:
    """A word in the place of a job ("werk als X", "work as a X", "loop stage als X") with
    where it is: the job (even one no list knows) with a named where becomes a role, and so
    does a known job or one shaped as one who does something with a where in lower case, as
    chat writes it ("ik werk als afwasser bij hotel de brink"); another word with such a where
    is an unsure spot. ``None`` when the word stands in no such place, when what follows says
    when, not where ("als afwasser in het weekend"), or the other rules decide (a known job
    without where)."""
    if token.capitalised or token.lower in _NO_JOB or len(token.text) < 3:
        return None
    if _WHEN_AFTER.match(text, token.end):
        return None
    complement = _complement(text, token.end)
    if complement.proper or complement.specialty or complement.years:
        return _span(token, token.start, complement, "role-job-slot")
    if complement.links and (role is not None or _AGENT_NOUN.search(token.lower)):
        return _span(token, token.start, complement, "role-job-slot")
    if role is None and complement.links:
        return (token.start, complement.end)
    return None


_WHEN_AFTER = patterns.compile(
    r"(?i)[ \t]+(?:in|op|tijdens|during|on|at)[ \t]+(?:het|de|the|'t)?[ \t]*(?:weekend|weekends|"
    r"avond|avonden|vakantie|vakanties|zomer|winter|ochtend|middag|nacht|zaterdag|zondag|"
    r"groep|klas|evening|evenings|summer|holidays|night|nights)(?![\w'’])"
)
"""When a job is done, not where: "ik werk als afwasser in het weekend"."""


_SLOT = patterns.compile(
    rf"(?i:(?<![\w'’])(?:ik[ \t]+(?:ben|was|werk[ \t]+als|werkte[ \t]+als)|"
    rf"(?:mijn|m'n|mn)[ \t]+(?:werk|baan|functie)[ \t]+als|"
    r"i'm[ \t]+(?:a|an|the)|i[ \t]+am[ \t]+(?:a|an|the)|"
    r"i[ \t]+work[ \t]+as(?:[ \t]+(?:a|an))?|(?:de|het|the)[ \t]+(?:enige|laatste|only|last))"
    rf"(?:[ \t]+{_ADVERB})*[ \t]+(?:(?:de|het|een|the|a|an)[ \t]+)?)$"
)


_AGENT_NOUN = patterns.compile(r"(?:[^aeiou]er|ier|ster|eur|ist|aar|man)$")
"""How Dutch and its dialects name one who does something: "melkrieder", "glazenier",
"schaopherder"."""


def _unknown_agent(text: str, token: Token, known_word: Callable[[str], bool] | None) -> bool:
    """A word no list knows that names one who did something, with where: "ik was melkrieder
    in Okkenbroek", "opa was holtrichter van de marke" — a job of the past, or of something
    ("van", "bij"); not a hobby now ("ik ben vogelspotter in de Weerribben") or where one is
    from ("een zestigplusser uit Rijssen")."""
    if (
        known_word is None
        or len(token.text) < _MIN_UNKNOWN
        or known_word(token.lower)
        or _AGENT_NOUN.search(token.lower) is None
        or _NUMBER_WORD_START.match(token.lower) is not None
    ):
        return False
    link = _WORK_LINK.match(text, token.end)
    if link is None:
        return False
    if link.group(1).lower() in {"van", "bij", "bi'j", "biej", "of"}:
        return True
    return _PAST.search(text, max(0, token.start - 40), token.start) is not None


_NUMBER_WORD_START = patterns.compile(number_words.pattern())
_WORK_LINK = patterns.compile(r"(?i)[ \t]+(bij|in|te|op|aan|an|van|bi'j|biej|in'n|at|of)[ \t]")
_PAST = patterns.compile(
    r"(?i)(?<![\w'’])(?:was|wier|werd|wör|wazzen|waren|had|vrogger|vroeger)(?![\w'’])"
)


def _unknown_in_role_slot(
    text: str, token: Token, word: str, known_word: Callable[[str], bool]
) -> bool:
    """A word no list knows where a role would stand, with where it is: "ik ben glazenier
    in Ommen", "de enige klompenmaker van Twente"."""
    if token.capitalised or len(word) < _MIN_UNKNOWN or known_word(word):
        return False
    if _SLOT.search(text, max(0, token.start - 60), token.start) is None:
        return False
    return _complement(text, token.end).links > 0


_PREDICATE_CUE = patterns.compile(
    r"(?i:(?<![\w'’])(?:ik[ \t]+(?:ben|was|bin|werd)|(?:ben|was|bin)[ \t]+ik|i[ \t]+am|i'm|"
    r"i[ \t]+was|(?:mijn|m'n|mn|my|onze|our|mien|oonze|zijn|haar)[ \t]+[\w'’-]+"
    r"(?:[ \t]+(?-i:[A-Z])[\w'’-]+){0,3}[ \t]+(?:is|was|werkt|works|wier)|"
    r"(?:hij|zij|ze|he|she)[ \t]+(?:is|was)|(?:en|and)[ \t]+(?:was|ben|bin|werd|am))"
    r"(?:[ \t]+(?:nu|al|toen|ook|nog|now|also|still|then))*"
    r"[ \t]+(?:(?:een|de|het|'n|a|an|the)[ \t]+)?(?:(?!(?:" + _STOP_WORDS + r")(?![\w'’-]))"
    r"[^\W\d_][\w'’-]*[ \t]+){0,2})$"
)
_PREDICATE_VERBS = (" ben ", " was ", " bin ", " am ", "i'm ", " is ", " werd ", " werkt ")


def _predicate_with_where(text: str, token: Token) -> tuple[int, int] | None:
    """A noun no role list has, said of the writer or someone close, with a named where:
    "ik ben ijsmeester bij de Noaberschap in Lemele", "mijn zus is barista bij Bagels in
    Ommen", "…, en was vrogger melkrieder in Saasveld" — maybe a role; the editor decides (the
    spot runs to the end of where)."""
    if token.capitalised or len(token.text) < 4 or token.lower in _STOP:
        return None
    if _WHERE_LINK.match(text, token.end) is None:
        return None  # "trots op Overijssel", "blij met", "bang voor": a feeling, no role
    if _PARTICIPLE.match(token.lower) or token.lower in _NO_JOB:
        return None
    window = text[max(0, token.start - 60) : token.start]
    if not any(verb in f" {window.lower()}" for verb in _PREDICATE_VERBS):
        return None  # checked first: the pattern is slow
    if _PREDICATE_CUE.search(window) is None:
        return None
    complement = _complement(text, token.end)
    if not (complement.proper and complement.links):
        return None
    return token.start, complement.end


_WHERE_LINK = patterns.compile(
    r"(?i)[ \t]+(?:bij|van|in|aan|te|at|for|of|in'n|bi'j|biej|bie|oet)[ \t]"
)
"""Where a job is: "barista bij …", "docent aan …" (not "op", "met", "voor", "over")."""
