"""Ages: "(81)", "ik ben 23", "ik ben zestien", "mijn zoon van 12", "17-jarige", "op mijn 16e",
birth years ("geboren 3 juli, in 1936", "mijn oma is van 1932", "een '61-er").

Numbers may be written as words (:mod:`bot.export.scrub.rules.number_words`).

deduce only finds "<number> jaar" and also takes durations ("de afgelopen 4 jaar") for ages;
:func:`is_duration` lets the scrubber drop those.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from bot.export.scrub import patterns
from bot.export.scrub.keep import trie_regex
from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules import number_words
from bot.export.scrub.sentences import Sentences, at_clause_start
from bot.export.scrub.spans import Span
from bot.export.scrub.words import (
    DURATION_AFTER,
    DURATION_BEFORE,
    EMOJI,
    RELATIONS,
    RELATIONS_PATTERN,
)

_MAX_AGE = 115
_MIN_WORD_AGE_ALONE = 10
"""'ik ben twee…' is rarely an age; 'ik ben zestien' is. Below this, a number word is an
age only with 'jaar' after it or a person noun before it."""
_ADULT = 16
"""From here a number that ends one's traits is an age ("ik ben boer en 66.")."""
_MIN_FIRST_PERSON_AGE = 4
"""'ik ben pas negen maar…' at the end of a clause is an age; 'ik ben twee…' rarely is."""
_WORDS = rf"(?<![\w-])(?:{number_words.pattern()})(?![\w-])"
_N = rf"(\d{{1,3}}|{_WORDS})"
_ANY_WORD = r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)?(?![\w-])"
"""Any word, where the rule's code asks whether it is a number (:func:`_plausible`,
:func:`joined_to_an_age`): smaller to compile than the trie of every number word."""
_YEAR = r"((?:19|20)\d{2}|'\d{2})"
_PERSON_NOUN_WORDS = (
    r"zoon|zoontje|dochter|dochtertje|kind|kinderen|kids|kleinzoon|kleindochter|"
    r"kleinkinderen|vader|moeder|pa|ma|opa|oma|man|vrouw|jongen|meisje|broer|broertje|"
    r"zus|zusje|buurman|buurvrouw|schoonvader|schoonmoeder|tante|oom|neef|nicht|neefje|nichtje|vriend|"
    r"vriendin|partner|baby|boer|boerin|weduwe|weduwnaar|student|studente|scholier|"
    r"dame|heer|jongere|jongeren|puber|pubers|tiener|tieners|meisjes|jongens|scholieren|"
    r"jongste|oudste|middelste|tweeling|kleintje|peuter|kleuter|eldest|youngest|twins|"
    r"studenten|kinderen|leerlingen|leerling|inwoner|inwoonster|bewoner|"
    r"bewoonster|gepensioneerde|mantelzorger|ondernemer|vrijwilliger|burger|persoon|"
    r"grandmother|grandfather|grandma|grandpa|mother|father|mum|mom|dad|son|daughter|"
    r"wife|husband|kid|kids|child|children|neighbour|neighbor|brother|sister|"
    r"iemand|someone|somebody|anyone|anybody|meid|meiden|gast|gasten|knul|girl|boy|teen|"
    r"teenager|va|moe|deelnemer|deelneemster|deelnemers|participant|winnaar|winnares|winner|"
    r"oldste|jongste|meneer|mevrouw|jochie|jongetje|dametje|mannetje|ventje|kereltje|"
    r"kerel|kearl|keerl|vent|wief|wicht|deern|deerntje|dearne|deerne|mens|vrouwke|manneke|"
    r"mann|frau|sohn|tochter|mutter|vater|bruder|schwester|enkel|enkelin|nachbar|nachbarin|"
    r"mem|heit|mam|pap|mama|papa|moeke|vadder|opoe|grootje|omi|opi|kleinzeun|kleinzeune|zeun|"
    r"zeune|zönne|kleinzönne|dochtere|kleindochtere|moo|noaber|naober|noaberske"
)
_PERSON_NOUN_SET = frozenset(_PERSON_NOUN_WORDS.split("|"))
_PERSON_NOUNS = trie_regex(set(_PERSON_NOUN_SET))
"""As a trie: a plain alternation of 90 nouns is tried noun by noun at every position."""
_ONE_PERSON_SET = frozenset(
    w for w in _PERSON_NOUN_SET | RELATIONS if not w.endswith(("en", "s", "'s", "ers"))
)
"""One person, not a group: "mijn man (79, parkinson)" — not "De deelnemers (40, uit …)"."""
_ONE_PERSON = trie_regex(set(_ONE_PERSON_SET))
_ONE_PERSON_WORD = patterns.compile(rf"(?i)(?<![\w'’-])(?:{_ONE_PERSON})(?![\w'’-])")


def one_person_words(text: str) -> list[tuple[int, int]]:
    """Where a word for one person stands ("de buurvrouw", "mijn vrouw"): an age set off
    after it is theirs ("de buurvrouw, ook al negentig, moet …")."""
    return [(m.start(), m.end()) for m in _ONE_PERSON_WORD.finditer(text)]


_NOT_AN_AGE_AFTER = (
    r"(?!\s*(?:%|procent|percent|euro|eur|€|gulden|dollar|pond|km|kilometer|kilo|kg|meter|m\b|keer|x\b|uur|"
    r"minuten|min\b|seconden|dagen|weken|maanden|stuks|mensen|personen|leden|huizen|"
    r"woningen|kinderen\b|kids\b|kinders\b|jongens\b|meiden\b|meisjes\b|zonen\b|dochters\b|"
    r"kleinkinderen\b|kleinkinder\b|children\b|sons\b|daughters\b|boys\b|girls\b|"
    r"grandchildren\b|minutes?\b|hours?\b|days\b|weeks\b|months\b|times\b|miles\b|euros?\b|"
    r"jaar\s+(?:in|op|bij|aan|lang|geleden|terug|later|samen|lid|actief|"
    r"bezig|getrouwd|gewoond|gewerkt|vrijwilliger)\b|years?\s+(?:ago|later|in|of)\b|[.,]\d|"
    # a placing, not an age: "ben vandaag 1 van de 3 winnaars"
    r"van\s+(?:de|het|onze|alle)\b|of\s+the\b|"
    # the start of a span of hours: "mijn broer werkt van 9 tot 5"
    r"(?:tot|t/m|to|till?|until)\s+\d|[-–]\s*\d))"
)
_NOT_A_DURATION = (
    r"(?![ \t]+(?:bestaan|jubileum|huwelijk|contract|lidmaatschap|dienstverband|opleiding|"
    r"cursus|studie|project|plan|traject|programma|periode|termijn|garantie|onderzoek|"
    r"samenwerking|relatie|ervaring|loopbaan|looptijd|oorlog|anniversary|contract|mortgage|"
    r"plan|programme|program|project|history)\b)"
)
_CLAUSE_END = (
    # an emoji ends a clause too: "hij was toen zeventien 😢 er moet …"
    r"(?:[ \t]*(?:[.,!?;:()…" + EMOJI + r"]|$)|"
    r"[ \t]+(?:en|and|maar|mer|mar|moar|but|dus|so|toen|nu|now|geworden|west|"
    r"ewest|oud|old|jong|young|hoor|(?:ha){2,}|lo+l|xd+|al|inmiddels|we|i|he|she|they|you|my|"
    r"our|geboren|born|"
    # a word that opens a new clause or ends this one: "ik ben zestien terwijl de rest 60+
    # is", "ik ben dertien ik mag nog niet eens scooter rijden"
    r"terwijl|omdat|want|zodat|wanneer|sinds|toch|ook|wel|nog|niet|echt|gewoon|gwn|trouwens|"
    r"btw|tho|though|because|while|since|ik|jij|hij|zij|wij|mijn|mn|m'n|onze|omg|lmao|ofzo|"
    r"enzo|joh|und|aber|jetzt|bro|bruh|fr|ngl|tbh|"
    # punctuation as voice typing writes it: "die is elf komma deed ook mee"
    r"komma|punt|uitroepteken|vraagteken)"
    r"(?![\w']))"
)
_AGE_TAIL = (
    r"(?=" + _CLAUSE_END + r"|[ \t]+(?:vorige|vorig|last|this|dit|deze|volgende|next|in|op|on)\b"
    r"|[ \t]+(?:jaar|jaren|joar|jaor|years?|jahre?)(?:[ \t]+(?:oud|old|jong|young|alt))?"
    + _CLAUSE_END
    + ")"
)
"""After a number, what makes it an age rather than an amount or a span of time: the end of
the clause ("ik ben zestien en", "die is al vierennegentig."), or "jaar" and then the end
("ik bin vierentachtig joar") — not "ik was veertig joar koster"."""
_AGE_TAIL_AT = patterns.compile(_AGE_TAIL, re.IGNORECASE)
_MONTHS = (
    r"januari|jan|februari|feb|maart|mrt|april|apr|mei|juni|jun|juli|jul|augustus|aug|"
    r"september|sep|sept|oktober|okt|november|nov|december|dec|january|february|march|may|"
    r"june|july|august|october|oct"
)
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, patterns.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        # "Mijn oma (81)", "Noah (15)", "Niek (da's tiene)"; not list numbers at the start of a
        # line.
        (
            "brackets",
            r"(?<=[\w.])[ \t]*\([ \t]*"
            r"(?:(?:da's|das|dat[ \t]+is|aged?|inmiddels|intussen)[ \t]+)?"
            + _N
            + r"(?:[ \t]*(?:,|en|and|&)[ \t]*"
            + _N
            + r")?(?:[ \t]*(?:,|en|and|&)[ \t]*"
            + _N
            + r")?(?:[ \t]*(?:jaar|jr\.?|j\.|yrs?))?[!?]*[ \t]*\)",
        ),
        # German number words: "ich bin zweiundzwanzig", "meine Tochter ist neunzehn und",
        # "Lena (neun)".
        (
            "german",
            r"(?:\b(?:ich\s+bin|bin\s+ich|ich\s+war|ist|war|wird|sind)\s+"
            r"(?:(?:jetzt|schon|fast|erst|beide|nun|gerade)\s+)*|\([ \t]*)"
            r"(" + number_words.german_pattern() + r")(?![\w-])"
            r"(?=[ \t]*(?:[.,!?;)]|$)|[ \t]+(?:und|aber|jahre|jahr|jetzt|geworden)\b)"
            # "ist 88 Jahre alt": digits only with "Jahre"
            r"|\b(?:ich\s+bin|bin\s+ich|ich\s+war|ist|war|wird)\s+"
            r"(?:(?:jetzt|schon|fast|erst|nun|gerade)\s+)*(\d{1,3})(?=[ \t]+(?i:jahre?)\b)",
        ),
        # "ik was met 15 de jongste", "met zeventig de oudste van het dorp".
        (
            "youngest",
            r"(?<![\w'’])met[ \t]+(\d{1,3}|" + _WORDS + r")[ \t]+(?:jaar[ \t]+)?de[ \t]+"
            r"(?:jongste|oudste|youngest|oldest)\b"
            r"(?![ \t]+(?:groep|ploeg|team|klas|fractie|partij|club|group|class))",
        ),
        # "mijn man (79, parkinson)": an age opening what is said in brackets of a person.
        (
            "brackets",
            rf"(?<![\w'’])(?:{_ONE_PERSON})[ \t]*\([ \t]*"
            r"(\d{1,3}|" + _WORDS + r")[ \t]*(?:jaar[ \t]*)?,",
        ),
        # "al 67 jaar op deze aarde", "80 jaar jong".
        (
            "on-earth",
            r"(?<![\d.,])" + _N + r"[ \t]+jaar[ \t]+(?:op[ \t]+deze[ \t]+(?:aarde|wereld)|jong)\b",
        ),
        # "ik ben 23", "ik ben net 18 geworden", "I'm 34", "ik bin 72", "toen ik 17 was".
        (
            "self",
            r"\b(?:ik\s+ben|ik\s+bin|ben\s+ik|bin\s+ik|i\s+am|i'm|ik\s+word|ik\s+werd|ik\s+wor|"
            # "im 16", not German "im 2. Semester"
            r"im(?!\s+\d{1,2}\.[ \t]+[A-ZÄÖÜ])|ik\s+wörd|"
            r"(?:en|maar|and|but)\s+(?:ben|bin|am)|"
            r"ik\s+wordt|i\s+turned|i\s+turn|(?:he|she)\s+turn(?:s|ed)|ik\s+was|i\s+was|"
            r"toen\s+ik|when\s+i\s+was|"
            r"ich\s+bin|bin\s+ich|ich\s+war|ich\s+werde|"
            r"hij\s+is|zij\s+is|ze\s+is|hij\s+was|zij\s+was|ze\s+was|bin\s*['’]k|ben\s*['’]k|"
            r"hi['’]j\s+is|zi['’]j\s+is|"  # "Hi'j is tachtig."
            r"who\s+is|who's|who\s+was|"
            r"bun\s*['’]k|(?<!de\s)(?<!het\s)zee\s+is|hee\s+is|he\s+is|she\s+is|is\s+nu|is\s+now|is\s+noe|was\s+toen|"
            r"wij\s+zijn|we\s+zijn|zijn\s+we|zijn\s+wij|we\s+are|we're|wiej\s+bint|"
            r"ik\s+zijn|ik\s+bint|and\s+i\s+are|(?:u|jij)\s+bent\s+zelf|"
            r"ik\s+en\s+(?:mijn|m'n|mn|mien)\s+[\w'’]+\s+(?:zijn|bint)|wir\s+sind)\s+"
            r"(?:(?:nu|noe|pas|net|al|bijna|zelf|inmiddels|intussen|ruim|nog|maar|ook|ok|dus|vandaag|"
            r"toch|echt|trouwens|btw|overigens|"
            r"gisteren|eindelijk|officieel|morgen|letterlijk|literally|gewoon|serieus|seriously|"
            r"really|"
            r"allemaal|allebei|beiden|beide|both|all|"
            r"only|just|almost|now|already|over|about|around|ongeveer|zo'n|sinds\s+kort|"
            r"binnenkort|straks|soon|in\s+(?:januari|februari|maart|meert|april|mei|juni|juli|augustus|"
            r"september|oktober|november|december)|(?:volgende|next)\s+(?:week|maand|month))\s+)*"
            + _N
            + r"(?:jaar|jr)?\b"  # "ik ben 72jaar"
            + _NOT_AN_AGE_AFTER,
        ),
        # "we waren achttien en negentien": two ages after "we waren" — not "we waren 30
        # leerlingen", a count.
        (
            "self",
            r"\b(?:(?:wij|we)\s+(?:waren|were)|waren\s+(?:we|wij))\s+"
            + _N
            + r"(?=\s*(?:,|en|and|&)\s*"
            + _N
            + r"(?:\s*(?:jaar|joar|years?))?\s*(?:[,.;:!?)\n]|$|toen|when|oud|old|en|and)|"
            r"\s*(?:jaar|joar|years?)\s+(?:oud|old)\b)",
        ),
        # "ben 15 en heb geen brommer", "…, bin 72", "ook met regen ben pas 13": the verb
        # without its subject "ik", as in chat ("ben" is only ever the writer's).
        (
            "self",
            r"(?<![\w'’])(?i:ben|bin|bun)[ \t]+(?:(?:nu|pas|net|al|bijna|inmiddels|"
            r"intussen|nog|maar|ook|dus|zelf|vandaag|gisteren|eindelijk|officieel)[ \t]+)*"
            + _N
            + r"(?:jaar|jr)?\b"
            + _NOT_AN_AGE_AFTER,
        ),
        # "ik, mijn vrouw, kinderen 14, 11, 8, 5", "mijn kinderen 9, 7": the first of a list of
        # ages right after one's own children (the others are joined to it), with a comma and a
        # space ("kinderen 7,50 euro" is a price, "voor kinderen 6, 7 en 8 jaar" everyone's)
        (
            "children-listed",
            r"(?:\b(?:mijn|m'n|mn|onze|ons|my|our|meine|unsere)[ \t]+(?:[\w'’]+[ \t]+)?|,[ \t]*)"
            r"(?:kinderen|kids|children|zonen|zoons|dochters|kleinkinderen|sons|daughters|"
            r"grandchildren|kinder)[ \t]*:?[ \t]+(\d{1,2})(?=,[ \t]+\d{1,2}\b(?![,.]\d))",
        ),
        # "mijn kinderen waren toen 6 en 10": one's own children then, two ages joined ("de
        # leerlingen waren 30 in totaal", "de jongens waren 2-0 voor" are a count and a score)
        (
            "own-children-were",
            r"\b(?:mijn|m'n|mn|onze|ons|my|our)\s+(?:kinderen|kids|children|zonen|zoons|dochters|"
            r"sons|daughters|jongens|meiden|tweeling|twins)\s+(?:waren|were)\s+(?:toen\s+|then\s+)?"
            + r"(\d{1,2})\s+(?:en|and|&)\s+(\d{1,2})\b"
            + _NOT_AN_AGE_AFTER,
        ),
        # "met mijn dochters yasmin en hiba heen die zijn vier en zes": one's own children,
        # then "die zijn" and two numbers joined
        (
            "own-children-who-are",
            r"\b(?:mijn|m'n|mn|onze|ons|my|our)\s+(?:kinderen|kids|children|zonen|zoons|dochters|"
            r"sons|daughters|jongens|meiden|tweeling|twins|kleinkinderen|grandchildren)\b"
            # names and little words between, no things counted ("twee cavia's die zijn 2 en 3")
            r"(?:(?!\d|twee\b|drie\b|vier\b|\w+'s\b)[^.!?\n]){0,40}?"
            r"\b(?:die|who)\s+(?:zijn|waren|are|were)\s+(?:nu\s+|toen\s+|now\s+)?"
            + _N
            + r"\s+(?:en|and|&)\s+"
            + _N
            + r"\b"
            + _NOT_AN_AGE_AFTER,
        ),
        # "mijn zoon jordy van 19", "onze buurjongen Sem van 16": a name between the person
        # and the age.
        (
            "person-of",
            rf"\b(?:mijn|mn|m'n|onze?|oonze|oons|mien|my|our)\s+(?:{_PERSON_NOUNS})\s+"
            r"[^\W\d_][\w'’-]*\s+van\s+" + _N + r"\b" + _NOT_AN_AGE_AFTER,
        ),
        # "ruben 14j", "lisa (15j)": a number with "j" glued to it is an age.
        ("glued-j", r"(?<![\w.,/-])([1-9]\dj)(?![\w/-])"),
        # "ben hajar, bijna 15, zit in …", "I'm Ama Owusu, student, 27, living in …": a bare
        # number set off by commas in a sentence where the writer introduces themselves.
        (
            "appositive",
            r"(?:\b(?:ik\s+ben|ben|bin|i'm|i\s+am|im|groetjes|groeten|groet|gr|greetings|"
            r"regards)\b[^.!?\n]{0,80}?),[ \t]*(?:(?:bijna|net|almost|just|now|nu|inmiddels|"
            r"already|al)[ \t]+)?"
            rf"(\d{{1,2}}|{_WORDS})[ \t]*(?=,[ \t]*[^\W\d]|$|[.!?)](?:\s|$))",
        ),
        # "mijn zoon van 12", "mijn kinderen van 6 en 8", "als boer van 58", "een man van 45";
        # after a comma a number that ends the clause: "my two daughters, 7 and 11.", "mijn
        # zoon, 12, zit …" (one pattern: the nouns are scanned once).
        (
            "person-of",
            rf"\b(?:{_PERSON_NOUNS}|daughters|sons|dochters|zonen|zoons|grandchildren)"
            r"(?:\s+(?:van|(?:is|was|zijn|are|wordt|werd|wördt|wör|wodt|turns|turned)"
            r"(?:\s+(?:nu|ook|al|nog|inmiddels|intussen|now|also|still|already|just|net|"
            r"(?:volgende|next|deze|dit|this)\s+(?:week|weake|wekke|weke|maand|maond|moand|"
            r"jaar|joar|jaor|month|year)|in\s+(?:januari|"
            r"februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)))?"
            r"|of|aged)\s+"
            + _N
            + r"(?:\s+(?:en|and|&)\s+"
            + _N
            + r")?\b"
            + _NOT_AN_AGE_AFTER
            + r"|[ \t]*,[ \t]*"
            + _N
            + r"(?:[ \t]*(?:,|en|and|&)[ \t]*"
            + _N
            + r")?(?=[ \t]*(?:[.;!?),]|$|\n)))",
        ),
        # "op mijn 16e", "sinds mijn 40e", "met mijn 67 jaar", "van mijn 16e tot mijn 70e", "at 16".
        (
            "possessive",
            r"\b(?:op|sinds|vanaf|tot|na|voor|met|rond|al\s+vanaf)\s+(?:mijn|m'n|mn|zijn|z'n|haar|"
            r"hun)\s+"
            + _N
            + r"(?:e|ste|de|ste\s+jaar)?\b"
            + r"(?!\s*(?:kinderen|kids|kleinkinderen|zonen|dochters|broers|zussen|euro|%|procent|"
            + r"keer|koeien|kippen|schapen|paarden|klasgenoten|vrienden|collega's)\b)"
            + r"|\bvan\s+(?:mijn|m'n|mn|zijn|z'n|haar|hun)\s+(\d{1,3}|"
            + _WORDS
            + r")(?:e|ste|de)\b",
        ),
        # "17-jarige", "17 jarig", "81 jaar oud", "34 years old", "a 72-year-old", "45 jr".
        (
            "jarig",
            r"(?<![\d.,])" + _N + r"[ -]?(?:jarige?|jarig|jr\.?|(?:jaar|joar|jaor)\s+(?:oud|old)|"
            r"year[s]?[ -]old|yo|y/o|"
            r"y\.o\.?|yrs?[ -]old)(?![\w/])" + _NOT_A_DURATION,  # not "ons 65-jarig huwelijk"
        ),
        # "ik ben zestien, bijna zeventien", "I'm 49, almost 50".
        (
            "almost",
            r"(?<![\w-])(?:\d{1,3}|"
            + _WORDS
            + r")[ \t]*,?[ \t]*(?:bijna|almost|nearly|straks)[ \t]+"
            + _N
            + r"\b(?![ \t]*(?:%|procent|euro|km|keer|minuten|uur|mensen|"
            r"jaar[ \t]+(?:geleden|lang)))",
        ),
        # "ik ben op 2 december jarig dus bijna 14 💅": the age the birthday brings
        (
            "birthday-almost",
            r"\bjarig\b[^.!?\n]{0,20}?[ \t,](?:dus|en|so|and)?[ \t]*(?:bijna|almost|straks)[ \t]+"
            + _N
            # the clause ends there: not "jarig en bijna 40 kaarten gekregen"
            + r"(?=(?:[ \t]+(?:jaar|jr))?[ \t]*(?:[.,!?;)]|$|["
            + EMOJI
            + r"]|[ \t](?:en|maar|lol|haha)\b))",
        ),
        # "Kick, Femke en Thijmen (alle drie 15)": the age they share, in brackets after them
        (
            "all-in-brackets",
            r"\([ \t]*(?:alle(?:[ \t]+(?:twee|drie|vier|vijf|zes))?|allebei|beiden|allemaal|both|"
            r"all[ \t]+(?:two|three|four|five))[ \t]+(\d{1,2})(?:[ \t]*(?:jaar|jr))?[ \t]*\)",
        ),
        # "(16, 5 havo Twickelstede College)": one's age first in brackets, then one's school
        (
            "brackets-before-school",
            r"\([ \t]*(1[0-9]|[2-9]\d)[ \t]*,[ \t]*(?=(?:\d[ \t]*(?:havo|vwo|vmbo|mavo)|"
            r"(?:havo|vwo|vmbo|mavo|mbo|groep|klas)[ \t-]*\d)\b)",
        ),
        # "aged 70", "leeftijd: 45", "age 34", "leeftijd 45 jaar".
        ("labelled", r"\b(?:aged|age|leeftijd|lft\.?|ouderdom)\s*[:=]?\s*" + _N + r"\b"),
        # "geboren in 1951", "ik ben van 1951", "bouwjaar 1951" is not a person; "born in 1990".
        (
            "birth-year",
            r"\b(?:geboren\s+(?:in|op)?|geb\.|born\s+in|born|ik\s+ben\s+van|ik\s+bin\s+van|"
            r"geboortejaar:?|jaargang|van\s+het\s+jaar)\s*"
            r"((?:19|20)\d{2}|'\d{2})\b"
            r"(?![ \t]*(?:tot|t/m|-|–|to|until))",
        ),
        # The year left after a date of birth: "geboren op 3 juli, in 1936", "born 4 May 1990".
        (
            "birth-year",
            r"\b(?:geboren|geb\.|born|jarig|verjaardag|birthday|geboorte|birth)\b"
            r"(?:[^.!?\n,]|,(?![ \t]*(?:en|maar|and|but)\b)){0,60}?"  # not the next clause
            r"(?:\bin\s+|,\s*|\s)" + _YEAR + r"\b",
        ),
        # "mijn oma is van 1932", "opa was van '38".
        (
            "birth-year",
            rf"\b(?:{_PERSON_NOUNS}|hij|zij|ze|he|she)\s+(?:is|was|ben|bin|zijn)\s+van\s+"
            + _YEAR
            # not "mijn vader was van 1946 tot 1970 burgemeester": the years of a role
            + r"\b(?![ \t]*(?:tot|t/m|-|–|to|until))",
        ),
        # "een '61-er", "ik ben een 61'er".
        ("birth-year", r"(?<![\w])('\d{2}|\d{2}'|(?:19|20)\d{2}(?=['-]))['-]?ers?\b"),
        # "16 ben ik, en …", "zestien bin ik": the number first.
        (
            "inverted",
            r"(?:^|(?<=[.!?\n])[ \t]*)(\d{1,3}|" + _WORDS + r")[ \t]+"
            r"(?:jaar[ \t]+)?(?:ben|bin|word|werd|was)[ \t]+ik\b",
        ),
        # "Op 18 maart word ik eindelijk 18!", "dan ben ik 40": the verb before its subject.
        (
            "verb-first",
            r"\b(?:(?:word|wordt|werd|ben|bin|bun)[ \t]+(?:ik|hij|zij|ze|jij)"
            # the subject left out after "en": "ik ben jarig op 17 maart en word dan 16"
            r"|(?<=\ben[ \t])word(?=[ \t]+(?:dan|straks|binnenkort|eindelijk)[ \t]))[ \t]+"
            r"(?:(?:eindelijk|dan|al|pas|nu|net|bijna|ook|zelf|straks|binnenkort)[ \t]+)*"
            r"(\d{1,3}|" + _ANY_WORD + r")" + _AGE_TAIL,
        ),
        # "een baby van acht maanden", "ons kleinkind is net zes weken": an age in months.
        (
            "months",
            r"\b(?:baby|babytje|kindje|zoontje|dochtertje|kleinkind|kleinkindje|kleinzoon|"
            r"kleindochter|pasgeborene|son|daughter|grandchild)\s+(?:is\s+|van\s+|of\s+)?"
            r"(?:(?:pas|net|nu|bijna|just|now|almost)\s+)?(\d{1,2}|" + _ANY_WORD + r")\s+"
            r"(?:maanden|maand|weken|week|months?|weeks?)(?:\s+oud|\s+old)?\b",
        ),
        # "ik ben drie en dertig jaar", "mijn vrouw is een en tachtig": tens said apart.
        (
            "tens-apart",
            r"\b(?:ben|bin|is|was|werd|wordt|word|van|aged)\s+(?:(?:al|nu|pas|bijna|net)\s+)?"
            r"((?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)\s+en\s+(?:twintig|dertig|"
            r"veertig|vijftig|zestig|zeventig|tachtig|negentig))(?![\w'’-])"
            r"(?!\s+(?:jaar|joar)\s+(?:geleden|lang|getrouwd|samen|gewerkt|gewoond|lid))",
        ),
        # "(m, 16)", "(16/v)", "m16": gender and age, as in profiles.
        (
            "gender",
            r"(?<![\w])(?:[mvf][ \t]*[,/][ \t]*(\d{1,2})|(\d{1,2})[ \t]*[,/][ \t]*[mvf])(?![\w])",
        ),
        # "ik ben 15 en mijn broer 17", "mijn zusje 9 en ik 12": a person and a bare number.
        (
            "person-bare",
            rf"\b(?:mijn|m'n|mn|onze|my|our|ik|i)[ \t]+(?:(?:{_PERSON_NOUNS})[ \t]+)?"
            r"(\d{1,2}|" + _WORDS + r")(?=[ \t]*(?:[,.;!?)]|$)|[ \t]+(?:en|and|maar|but)\b"
            r"|[ \t]+(?:jaar|jr)(?:[ \t]+oud)?[ \t]*(?:[,.;!?)]|$|en\b|and\b))",
        ),
        # "tachtig jaar", "zestien jaar oud" written in words (digits: deduce), not a duration.
        (
            "words-jaar",
            # Only at the end of a clause ("tachtig jaar, en", "zestien jaar oud."): "dertig
            # jaar heb ik…", "veertig jaar kinderen zien opgroeien", "honderd jaar
            # Oranjevereniging" count years of something else.
            r"("
            + _WORDS
            + r")[ \t]+(?:jaar|jaren|joar|jaor|years?)(?:[ \t]+(?:oud|old|jong|young))?"
            r"(?=" + _CLAUSE_END + r")",
        ),
        # A birth year before "geboren": "ik ben in maart 1946 geboren".
        ("birth-year", r"\b" + _YEAR + r"[ \t]+(?:geboren|born)\b"),
        # "boven de tachtig", "in de zeventig" (written out: an age band of a person; "mensen
        # boven de 60" in digits is said of groups).
        (
            "band",
            r"\b(?:boven|onder|rond|ruim|over|in|richting|tegen)[ \t]+de[ \t]+(" + _WORDS + r")\b"
            r"(?![ \t]*(?:%|procent|euro|eur|€|km|graden|kilo|kg|meter|minuten|uur|dagen|"
            r"jaar[ \t]+(?:geleden|lang)|mensen|personen|huizen|stuks))",
        ),
        # "ik ben de tachtig gepasseerd", "hij is de negentig al voorbij", "ik heb de tachtig
        # gehaald" — said of a person (:func:`_person_before`), not "de temperatuur is de
        # dertig gepasseerd".
        (
            "passed",
            r"\b(?:ben|bin|is|was|heb|heeft|had)[ \t]+(?:(?:al|ruim|ver|reeds|nu)[ \t]+)*"
            r"(?:de|over[ \t]+de)[ \t]+(" + _WORDS + r"|\d{2,3})[ \t]+"
            r"(?:(?:al|ruim|reeds|lang|allang|een[ \t]+tijdje|inmiddels)[ \t]+)*"
            r"(?:gepasseerd|gepasserd|voorbij|gepassierd|gehaald)\b",
        ),
        # Compounds of a number word: "vijftienjarige", "a sixty-year-old", "nine-year-old",
        # "zestigplusser", "thirty-something" — not "een vijftigjarig bestaan".
        (
            "compound",
            r"(?<![\w-])((?:" + number_words.pattern() + r")(?:[ -]?jarig(?:e|en)?"
            r"|[ -]years?[ -]old|[ -]?plussers?|-?something|-ish)|\d{2}[ -]?plussers?)(?![\w-])"
            + _NOT_A_DURATION,
        ),
        # "een tachtiger", "als vijftiger", "wij zestigers": a person of that decade of life.
        (
            "decade",
            r"(?<![\w-])((?:twin|der|veer|vijf|vief|zes|zeven|tach|negen)tigers?)(?![\w-])"
            r"(?![ \t]+jaren)",
        ),
        # "in her forties", "into my late seventies" (not "in the sixties": an era).
        (
            "decade",
            r"\b(?:in|into|to|hit|reached)\s+(?:my|his|her|their|your|our)\s+((?:(?:early|mid|late)"
            r"[ -]?)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
        ),
        # "begin dertig", "eind zeventig", "midden veertig".
        (
            "band",
            r"\b(?:begin|eind|midden|halverwege)[ \t]+(" + _WORDS + r")\b(?![ \t]*(?:%|procent|"
            r"euro|eur|€|km|jaar|mensen|personen|minuten|uur|graden))",
        ),
        # "op mijn achttiende", "sinds mijn vijftigste", "for my seventieth birthday".
        (
            "ordinal",
            r"\b(?:op|sinds|vanaf|tot|na|voor|rond|bij|met|tegen|in|at|since|after|before|until|by|"
            r"on|for|from|in)\s+(?:mijn|m'n|mn|je|jouw|zijn|z'n|haar|hun|my|his|her|their|your)\s+("
            + number_words.ordinal_pattern()
            + r")(?![\w-])",
        ),
        (
            "birthday",
            r"(?<![\w-])(" + number_words.ordinal_pattern() + r"|\d{1,3}(?:e|de|ste|st|nd|rd|th))"
            r"[ \t]+(?:verjaardag|birthday|levensjaar)\b",
        ),
        # "die is al vierennegentig", "Mien wief is zesentachtig en", "ben net zeventien
        # geworden", "ik bin tachtig west": a number word at the end of a clause after a verb
        # of being (a number of things, "het is twintig", has a subject of its own).
        (
            "copula",
            # the verb looked for first: the subject's lookbehinds at every position were slow
            r"(?=(?:is|ben|bin|was|werd|wordt|word|am|'m|turned|turns|became|bent|west)\s)"
            r"(?<!\bhet )(?<!\bdat )(?<!\bdit )(?<!\ber )(?<!\bit )(?<!\bthat )(?<!\bthis )"
            r"\b(?:is|ben|bin|was|werd|wordt|word|am|'m|turned|turns|became|bent|west)\s+"
            r"(?:(?:nu|pas|net|al|bijna|zelf|inmiddels|intussen|ruim|nog|maar|mer|moar|ook|ok|dus|"
            r"only|just|almost|now|already|over|about|around|ongeveer|zo'n|nearly|binnenkort|straks|"
            r"morgen|"
            r"also|still|even|eindelijk|finally|"
            r"soon|(?:volgende|vorige|vorig|deze|dit|next|last|this)\s+(?:week|maand|jaar|month|"
            r"year)|in\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|"
            r"oktober|november|december|january|february|march|may|june|july|august|october))\s+)*"
            r"(" + _WORDS + r")" + _AGE_TAIL,
        ),
        # "ik ben eind twintig", "zij is begin dertig", "I'm in my late forties": a decade of
        # one's life.
        (
            "decade-of-life",
            r"(?=(?:ben|bin|is|was|am|'m|zijn|are|were|bint|bunt)\s)"
            r"(?<!\bhet )(?<!\bdat )(?<!\bdit )(?<!\ber )(?<!\bit )"
            r"\b(?:ben|bin|is|was|am|'m|zijn|are|were|bint|bunt)\s+(?:(?:al|nu|ook|pas|net)\s+)?"
            r"((?:eind|begin|midden|half|halverwege)[ \t-]+(?:twintig|dertig|veertig|vijftig|"
            r"zestig|zeventig|tachtig|negentig|dartig|vieftig|zeuventig))(?![\w'’-])"
            r"(?![ \t]+(?:graden|euro|procent|km|kilo|minuten|uur|degrees|cm|meter)\b)"
            r"|\bin\s+(?:my|his|her|their|our)\s+((?:late|early|mid)[ \t-]*(?:twenties|thirties|"
            r"forties|fifties|sixties|seventies|eighties|nineties))\b",
        ),
        # "At sixty-eight I finally went", "at the age of 70", "op de leeftijd van tachtig", "op
        # de gezegende leeftijd van vierennegentig".
        (
            "at",
            r"\b(?:at|aged)\s+(" + _WORDS + r"|\d{1,3})(?=[ \t]*,|[ \t]+(?:i|we|he|she|you|my|his|"
            r"her|they|years?)\b)",
        ),
        (
            "age-of",
            r"\b(?:at\s+the\s+(?:[a-z]+\s+){0,2}age\s+of|op\s+(?:de\s+)?(?:[a-z]+e\s+)?leeftijd\s+van)"
            r"\s+" + _N + r"\b",
        ),
        # "een kind van 1955", "a child of '62".
        (
            "birth-year",
            r"\b(?:een|a)\s+(?:kind|kindje|child|baby|meisje|jongen|boy|girl)\s+(?:van|of|uit|from)"
            r"\s+(?:het\s+jaar\s+)?" + _YEAR + r"\b",
        ),
        # "ik ben bouwjaar 1949", "wij zijn allebei van 1952", "I'm class of '88".
        (
            "birth-year",
            r"\b(?:ik\s+ben|ik\s+bin|ben|wij\s+zijn|we\s+zijn|wiej\s+bint|(?:wi'j|wiej|wij|we)\s+"
            r"(?:bunt|bint)|zijn\s+(?:allebei|beiden|"
            r"beide)|hij\s+is|zij\s+is|ze\s+is|die\s+is|i'm|i\s+am|we're|we\s+are)\s+"
            r"(?:(?:allebei|beiden|beide|zelf|ook|nog|allemaal|both|all|een|a)\s+)*"
            r"(?:van|uit|bouwjaar|jaargang|lichting|geboortejaar|model|from|class\s+of|born\s+in)"
            r"\s+(?:het\s+jaar\s+)?" + _YEAR + r"\b(?![ \t]*(?:tot|t/m|-|–|to|until|en\s+later))",
        ),
        # The year in the clause of a birth: "ik kwam in 1944 ter wereld", "in 1950 zag ik het
        # levenslicht".
        (
            "birth-year",
            r"\b" + _YEAR + r"\b[^.!?\n]{0,30}?\b(?:geboren|ter\s+wereld|het\s+levenslicht|born)\b",
        ),
        # "als je dertien bent", "toen ze zestien was", "sinds hij twaalf is", "dat we
        # vijftien waren": a clause with its verb last, after a conjunction.
        (
            "when",
            r"\b(?:als|as|toen|sinds|nadat|voordat|totdat|tot|omdat|dat|zodra|when|since|until|"
            r"till|once)\s+(?:ik|je|jij|ze|zij|hij|hee|we|wij|wiej|u|i|you|she|he|"
            rf"(?:mijn|m'n|mn|mien|my|onze|our)\s+(?:{_PERSON_NOUNS}))\s+"
            r"(?:(?:pas|nog|maar|net|al|ongeveer|zo'n|bijna|just|only|still)\s+){0,2}"
            + _N
            + r"(?:\s+(?:jaar|joar|jaor))?\s+(?:bent|ben|bin|was|waren|werd|word|wordt|were|"
            r"turned|is|wordt|zijn|worden|werden|wörde|wör|worre|wordn)\b",
        ),
        # "salma hier 👋 16, 4 havo …": one's age right after "<name> hier" opening the text.
        (
            "here-then-age",
            r"(?:^|(?<=\n))[ \t]*[^\W\d_][\w'’-]*[ \t]+(?:hier|here)(?![\w'’])"
            r"[ \t]*(?:[,!:–-]|[" + EMOJI + r"])*[ \t]*" + _N + _AGE_TAIL,
        ),
        # "Ik bin Hendrikus, geboren in 1939, now 87 joar.": one's age now, set off.
        (
            "now-set-off",
            r"(?:(?<=[,;:(])|(?<=[,;:(]\s))(?:nu|noe|now|inmiddels|intussen)\s+"
            + _N
            + r"\s+(?:jaar|joar|jaor|years?)(?:\s+(?:oud|old|jong|young))?"
            + _CLAUSE_END,
        ),
        # "when she was eight and", "since I turned 12": English says the verb first.
        (
            "when-english",
            r"\b(?:when|since|until|till|once)\s+(?:i|she|he|you|we|they|(?:my|our|his|her)\s+"
            rf"(?:{_PERSON_NOUNS}))\s+(?:was|were|turned|am|is|became)\s+"
            r"(?:(?:only|just|about|around|nearly|almost)\s+)?" + _N + _AGE_TAIL,
        ),
        # "ik word op 3 januari negentig", "hij wordt op 12 mei 16": the birthday, then the
        # age — both go.
        (
            "turns-on",
            r"\b(?:ik|hij|zij|ze|je|jij|i|he|she)\s+(?:word|wordt|wor|wörd|turn|turns)\s+"
            r"(?:op|on)\s+(\d{1,2}\s+(?:" + _MONTHS + r")\.?\s+" + _N + ")" + _AGE_TAIL,
        ),
        # "net 16 geworden 🎂" (a sign-off without its subject), "just turned 15".
        (
            "turned",
            # "jarig (14 geworden!!)": in brackets after the birthday
            r"(?:\b(?:net|pas|al|bijna|just|recently)\s+|\bjarig\b[^.!?\n(]{0,30}\(\s*)"
            + _N
            + r"\s+(?:(?:jaar|jr)\s+)?(?:geworden|worden|turned)\b"
            r"|\b(?:just|recently)\s+turned\s+" + _N + r"\b",
        ),
        # "Ik ben op 14 maart tachtig geworden": the birthday's day, then the age it brought
        (
            "became-on",
            r"\b(?:ik\s+ben|ben\s+ik|hij\s+is|zij\s+is|ze\s+is)\s+(?:op\s+)?"
            r"(?:\d{1,2}(?:e|ste|de)?\s+(?:" + _MONTHS + r")|gisteren|eergisteren|vorige\s+week|"
            r"vorige\s+maand|in\s+(?:" + _MONTHS + r"))\s+" + _N + r"(?:\s+jaar)?\s+geworden\b"
            r"(?!\s+(?:bij|tijdens)\b)",  # not "vorige week 3 geworden bij het NK"
        ),
        # "die zijn allemaal al 16 ofzo", "they're all 17": each of a group of people
        (
            "all-of-them",
            r"(?<![\w'’])(?:(?:die|ze|zij|jullie|wij|we|(?:mijn|m'n|mn|onze|my|our)\s+[\w'’]+)"
            r"\s+(?:zijn|waren|bint)|"
            r"(?:they|we)\s+(?:are|were)|they're|we're)\s+(?:allemaal|allebei|beiden|all|both)\s+"
            r"(?:(?:al|pas|nog|ook|net|ongeveer|rond|zo'n|already|only|just|about|around)\s+)*"
            + _N
            + r"(?:jaar|jr)?\b"
            + _AGE_TAIL
            + _NOT_AN_AGE_AFTER,
        ),
        # "ben op 3-2-2012 geboren dus pas 14", "born in 2010 so I'm 16": the age that
        # follows from one's birth, in the same sentence
        (
            "born-so",
            r"\b(?:geboren|born)\b[^.!?\n]{0,40}?[ \t,]+(?:dus|en|maar|so|and)[ \t]+"
            r"(?:(?:ik[ \t]+ben|i'm|i[ \t]+am|nu|pas|al|bijna|net|now|just|only|almost)[ \t]+)*"
            + _N
            + r"(?:jaar|jr)?\b"
            + _AGE_TAIL
            + _NOT_AN_AGE_AFTER,
        ),
        # "(mijn vrouw Annie en ik, 81 en 83)": the writer, a comma and an age.
        (
            "self-listed",
            r"(?<![\w'’])(?:ik|i|wij|we|allebei|beiden|both)[ \t]*,[ \t]*"
            + r"(\d{1,3}|"
            + _ANY_WORD
            + r")"
            + r"(?=[ \t]*(?:en|and|&|,|\)|jaar|years?)(?![\w'’]))"
            + r"(?![ \t]*(?:jaar|years?)[ \t]+(?:lang|geleden|long|ago))"
            + r"(?![^,.;)\n]{0,10}(?<![\w'’])(?:"
            + _MONTHS
            + r")(?![\w'’]))",
        ),
        # "Ze heet Nina en is 16.", "he is called Bram and is 12": a name, then "en is" and a
        # number that ends the clause.
        (
            "named-and-is",
            rf"\b(?:ze|zij|zie|hij|hee|he|she|er|{_PERSON_NOUNS})\s+(?:heet|heette|heißt|"
            r"is\s+called|is\s+named)\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?"
            r"\s*,?\s+(?:en|and|und)\s+(?:is|was|wordt|werd|turned|turns|ist|wird)\s+"
            r"(?:(?:nu|al|bijna|net|inmiddels|pas|ruim|volgende\s+week|now|already|almost|just|"
            r"schon|fast|erst)\s+)?"
            + _N
            + r"(?=(?:\s+(?:jaar|years?|jahre)(?:\s+(?:oud|old|alt))?)?"
            r"(?:\s+(?:and|en|but|maar|geworden|in[ \t]+(?:januari|februari|maart|april|mei|juni|"
            r"juli|augustus|september|oktober|november|december)|toen|when|und)\b"
            r"|\s*[.,!?;)]|\s*$))",
        ),
        # "My father in Hengelo is 91 and …", "mijn oma in Olst is 88.": a person, then "is"
        # and a number that ends the clause.
        (
            "person-is",
            rf"\b(?:{_PERSON_NOUNS})\b[^.!?\n]{{0,30}}?\b(?:is|was|turned|turns|wordt|werd|ist|war|"
            r"wird)\s+"
            r"(?:(?:now|nu|already|al|almost|bijna|nearly|gisteren|net|pas|vorige\s+week|"
            r"vorige\s+maand|vorig\s+jaar|deze\s+week|vandaag|daar|dan|binnenkort|straks|soon|dus|"
            r"volgende\s+week|volgende\s+maand|volgend\s+jaar|"
            rf"op\s+(?:\d{{1,2}}|[a-zé]+)\s+(?:{_MONTHS}))\s+){{0,2}}"
            + _N
            + r"(?=(?:\s+(?:jaar|years?)(?:\s+(?:oud|old))?)?"
            r"(?:\s+(?:and|en|but|maar|und|aber|geworden|worden|mag|kan|wil|moet|dus)\b"
            r"|\s*[.,!?;)]|\s*$))",
        ),
        # "die bleek al brandweervrijwilliger te zijn, op zn 18e": the age at which.
        (
            "at-ordinal",
            r"\bop\s+(?:zijn|zn|z'n|haar|mijn|mn|m'n)\s+"  # not "op je/hun 18e": anyone's
            r"((?:1[0-9]|[2-9]\d|[4-9])(?:e|ste|de))\b",
        ),
        # "Ze werd vorige week 14 en …", "hij wordt morgen 16!", "he turned 15 last week":
        # becoming a number past ten is an age ("hij werd 3 bij de zwemwedstrijd" is a place).
        (
            "pronoun-becomes",
            r"\b(?:ze|zij|hij|she|he)\s+(?:werd|wordt|turned|turns)\s+"
            r"(?:(?:gisteren|vandaag|morgen|net|pas|eindelijk|vorige\s+week|vorige\s+maand|"
            r"deze\s+week|volgende\s+week|volgende\s+maand|volgend\s+jaar|dit\s+jaar|binnenkort|"
            r"yesterday|today|tomorrow|last\s+week|next\s+week|next\s+year|this\s+year|just|"
            r"finally)\s+){0,2}"
            r"(1[1-9]|[2-9]\d|1[01]\d|\d{1,2}(?=\s+(?:jaar|years?)\b))"
            r"(?=(?:\s+(?:jaar|years?)(?:\s+(?:oud|old))?)?"
            r"(?:\s+(?:and|en|but|maar|dus|so|geworden|last|next|tomorrow|yesterday|today|this|dit|"
            r"vorige|volgende|gisteren|morgen|vandaag|in\s+(?:januari|februari|maart|april|mei|juni|"
            r"juli|augustus|september|oktober|november|december))\b"
            r"|\s*[.,!?;)]|\s*$|\s*[🎉🎂🥳]))",
        ),
        # "shoutout naar jinthe die vandaag 12 wordt 🎉", "omdat ze morgen zestien wordt": a
        # clause with its verb last, a day and becoming a number past nine (or a number of
        # years), the clause ending there — not a placing ("het team dat 3 werd", "die zaterdag
        # 12 werd van de 16"); after "die" only in an answer about a birthday (not "de
        # temperatuur, die morgen 31 wordt."; :func:`_plausible`).
        (
            "becomes-last",
            r"\b(?:die|ze|zij|hij)\s+"
            r"(?:(?:gisteren|eergisteren|vandaag|morgen|overmorgen|zaterdag|zondag|maandag|"
            r"dinsdag|woensdag|donderdag|vrijdag|vorige\s+week|volgende\s+week|deze\s+week|"
            r"binnenkort|straks|net|pas|bijna|al)\s+){1,2}"
            + _N
            + r"(?:\s+(?:jaar|jaor|joar))?\s+(?:wordt|werd|wördt|is\s+geworden|geworden\s+is)\b"
            # the clause ends there: not "die zaterdag 14 werd bij het NK", "die straks 30
            # wordt in de hele dorpskern"
            r"(?=\s*(?:[.,!?;:)]|$|[🎉🎂🥳❤🎈]|\s(?:en|maar|dus|lol|haha|xd|mag|mocht|moet|moest|"
            r"gaat|ging|krijgt|kreeg|kan|kon|wil|wilde|heeft|had|is|was|wordt|werd)\b))",
        ),
        # "ik ben er nu 74 en zie …": one's own age after "er" and "nu" — not how long ("ik ben
        # er al 20 jaar") or how many ("we zijn er nu 40")
        (
            "self-there",
            r"\bik\s+(?:ben|bin)\s+er\s+(?:nu|inmiddels|intussen)\s+"
            + _N
            + r"(?=\s+(?:en|maar|dus)\b|\s*[.,!?;]|\s*$)",
        ),
        # "als ik met 16 al belasting betaal": one's own age with "met", then an adverb — not
        # "we mogen pas met 18 stemmen", "terwijl je met 16 al …" (anyone's)
        (
            "self-with",
            r"\b(?:ik|hij|zij|i)\s+met\s+(1[0-9]|[2-9]\d)(?:\s+(?:jaar|jr))?"
            r"(?=\s+(?:al|pas|nog|ook|wel|niet|zelf|toch|gewoon|already)\b)",
        ),
        # "hij zit in 5 vwo op het Bataafs Lyceum en is pas 16 bro", "ik ben organist en
        # inmiddels 73.": a person the sentence is about, then "en is" (or "en" and an adverb
        # of time) and a number that ends the clause.
        (
            "and-is",
            r"(?<![\w'’])(?:(?:ze|zij|zie|hij|hee|he|she)\s+[^.!?\n]{3,80}?\s(?:en|and)\s+"
            r"(?:is|was)\s+(?:(?:nu|al|bijna|net|inmiddels|intussen|pas|ruim|now|already|almost|"
            r"just|only)\s+)?"
            r"|(?:ik|i)\s+(?:ben|bin|am)\s+[^.!?\n]{3,80}?\s(?:en|and)\s+"
            r"(?:inmiddels|intussen|ondertussen|nu|now)\s+)" + _N + _AGE_TAIL,
        ),
        # "Ik ben havenmeester van Blokzijl sinds 2010 en 66.": one's age last after one's
        # traits, before a stop (an adult's: from sixteen, :func:`_plausible`)
        (
            "and-age",
            r"(?<![\w'’])(?:ik|i)\s+(?:ben|bin|am)\s+[^.!?\n]{3,80}?\s(?:en|and)\s+"
            r"(\d{2}|" + _WORDS + r")(?=\s*(?:[.!?;]|$))",
        ),
        # "14 geworden!!" after a birthday, "jarig, 15 🎂": the number of a birthday set off
        # after it.
        (
            "birthday-set-off",
            r"(?:(?:^|(?<=[,:;!?.🎂🎉🥳😭])|(?<=[,:;!?.🎂🎉🥳😭]\s))"
            + _N
            + r"\s+(?:(?:jaar|jr)\s+)?geworden\b"
            r"|\bjarig\b[ \t]*[,:(–-][ \t]*" + _N + r"(?![^.!?\n]{0,12}?(?:" + _MONTHS + r"|\d))"
            r"(?=[ \t]*(?:jaar|jr)?[ \t]*(?:[^\w\s]|$|en\b|and\b)))",
        ),
        # "Emre en Tess zijn 15", "Sanne en ik zijn 14": two people, then "zijn" and a number
        # that ends the clause (:func:`_two_people` checks the names).
        (
            "two-are",
            r"(?<![\w'’])(?-i:[A-Z])[\w'’-]+\s+(?:en|&|and)\s+(?:(?-i:[A-Z])[\w'’-]+|ik|i)\s+"
            r"(?:zijn|waren|are|were|bint|bunt)\s+"
            r"(?:(?:allebei|beiden|both|al|nu|pas|net|bijna|now|just)\s+)?" + _N + _AGE_TAIL,
        ),
        # "Ik bin Hendrikje Prins, 79 en woon …", "I'm Tom, 16, from Almelo", "ik ben Dylan 15
        # ik woon …", "Wij zijn Aukje en Wessel, 38 en 40": one's name, then one's age set off
        # after it.
        (
            "named-set-off",
            r"(?<![\w'’])(?:(?:ik|i)\s+(?:ben|bin|bun|am|heet|heiße)"
            r"|(?:wij|we)\s+(?:zijn|heten|bint|are)"
            r"(?=\s+(?-i:[A-Z])[\w'’-]+\s+(?:en|&|and)\s+(?-i:[A-Z])))\s+"
            r"(?-i:[A-Z])[\w'’-]+"
            r"(?:\s+(?:(?:van|de|der|den|ter|ten|te|el|al|en|&|and)\s+)*(?-i:[A-Z])[\w'’-]+){0,3}"
            r"\s*,?\s*" + _N + _AGE_TAIL,
        ),
    )
)
_RULES: tuple[tuple[str, patterns.CaseFree], ...] = tuple(
    (name, patterns.CaseFree(pattern)) for name, pattern in _PATTERNS
)
"""Each rule, searched in the lower-cased text where that finds the same
(:class:`bot.export.scrub.patterns.CaseFree`)."""


_SINCE_BEFORE = patterns.compile(
    r"(?i)\b(?:sinds|since|vanaf|tot|until|till|na|after|voor|before|tussen|between|"
    r"rond|around|circa|ca\.?)[ \t]+$"
)
_WITH_POSSESSIVE = patterns.compile(r"(?i)\bmet\s+\S+\s+$")
_MAX_CHILDREN = 12
_PARENT_OF = patterns.compile(
    r"(?i)\b(?:moeder|vader|ouders?|opa|oma|mother|father|parents?|mum|mom|dad)\s+(?:van|of)\s+"
    r"[^\W\d_]+$"
)
_JAAR_AFTER = patterns.compile(r"[ \t]+(?:jaar|joar|jaor|years?|jr)\b", re.IGNORECASE)
_CAPITALISED_BEFORE_BRACKET = patterns.compile(
    r"(?<![\w'’])[A-Z][\w'’-]+[ \t]*\([ \t]*[a-z]+(?:[ \t]+[a-z]+)?[ \t]+$"
)
"""A name right before the brackets: "Femke en Thijmen (alle drie 15)"."""
_DIE_BEFORE = patterns.compile(r"(?i)(?<![\w'’])die[ \t]+(?:[\w'’]+[ \t]+){1,2}$")
_KIN_DIE_BEFORE = patterns.compile(
    rf"(?<![\w'’])(?:(?i:{RELATIONS_PATTERN}|buurjongen|buurmeisje|vriendin|vriend),?|"
    # a name and a comma — not a thing with its article ("een Volvo, die …", "De Harmonie, die")
    r"(?<!een )(?<!Een )(?<!de )(?<!De )(?<!het )(?<!Het )(?<!mijn )(?<!onze )(?<!ons )"
    r"[A-Z][\w'’-]+,)[ \t]+(?i:die)[ \t]+(?:[\w'’]+[ \t]+){1,2}$"
)
_BIRTHDAY_CUE = patterns.compile(
    r"(?i)jarig|verjaardag|gefeliciteerd|proficiat|hoera|taart|feestje|birthday|shout[ \t-]?out"
    r"|[🎉🎂🥳🎈🎁]"
)
"""What says an answer is about a birthday: "shoutout naar jinthe die vandaag 12 wordt 🎉"."""


_NEEDS: dict[str, tuple[str, ...]] = {
    "turned": ("geworden", "worden", "turned"),
    "and-is": (
        *("en is ", "en was ", "and is ", "and was ", "en inmiddels", "en intussen", "en nu "),
        *("en al ", "en ondertussen", "and now", "and already"),
    ),
    "birthday-set-off": ("geworden", "jarig"),
    "when-english": ("when ", "since ", "until ", "till ", "once "),
    "here-then-age": ("hier", "here"),
    "now-set-off": ("nu ", "noe ", "now ", "inmiddels ", "intussen "),
    "and-age": ("ik ben ", "ik bin ", "i am "),
    "two-are": ("zijn ", "waren ", "are ", "were ", "bint ", "bunt "),
    "named-set-off": (
        *("ik ben ", "ik bin ", "ik bun ", "i am ", "ik heet ", "ich heiße ", "wij zijn "),
        *("we zijn ", "wij heten ", "we are "),
    ),
    "all-of-them": ("allemaal", "allebei", "beiden", " all ", " both "),
    "born-so": ("geboren", "born"),
    "person-is": ("is ", "was ", "turn", "wordt ", "werd ", "ist ", "war ", "wird "),
    "pronoun-becomes": ("werd ", "wordt ", "turn"),
    "becomes-last": ("wordt", "werd", "wördt", "geworden"),
    "self-with": (" met ",),
    "self-there": (" er ",),
    "own-children-who-are": ("die zijn", "die waren", "who are", "who were"),
    "named-and-is": ("heet", "heten", "called", "named", "heißt"),
    "turns-on": ("word", "wör", "turn"),
    "on-earth": ("jaar op", "jaar jong"),
    "jarig": ("jari", "jr", "jaar oud", "year", "yo", "y/o", "y.o", "yr", "r old", "r oud"),
    "almost": ("bijna", "almost", "nearly", "straks"),
    "birthday-almost": ("jarig",),
    "all-in-brackets": ("(",),
    "brackets-before-school": ("(",),
    "became-on": ("geworden",),
    "self-listed": ("ik,", "ik ,", "we,", "wij,", "i,", "beiden,", "allebei,", "both,"),
    "tens-apart": ("tig",),
    "months": ("maand", "week", "month"),
    "verb-first": ("word ", "wordt ", "werd ", "ben ik", "bin ik", "bun ik", "ben je", "ben jij"),
    "compound": ("jari", "year", "plusser", "something", "-ish"),
    "decade": ("tiger", "ties"),
    "copula": (
        "is ",
        "ben ",
        "bin ",
        "was ",
        "werd ",
        "word",
        "am ",
        "'m ",
        "turn",
        "became",
        "bent ",
        "west ",
    ),
    "at": ("at ", "aged "),
    "words-jaar": ("jaar", "joar", "jaor", "year"),
    "band": ("de ",),
    "passed": ("gepass", "voorbij", "gehaald"),
    "brackets": ("(",),
    "youngest": ("jongste", "oudste", "youngest", "oldest"),
    "german": ("ich ", "ist ", "war ", "wird ", "sind ", "("),
    "decade-of-life": ("tig", "ties"),
    "own-children-were": ("waren", "were"),
    "children-listed": (
        "kinder",
        "kids",
        "children",
        "zon",
        "zoon",
        "dochter",
        "sons",
        "daughters",
    ),
}
"""Words a rule cannot match without: the rule is skipped when none is in the text (the
rules that start with a number are tried at every position otherwise)."""


def find(text: str) -> list[Span]:
    return analyse(text)[0]


def analyse(text: str) -> tuple[list[Span], list[tuple[int, int]]]:
    """(ages to replace, unsure spots): a number word after "is" or "was" with no person
    before it ("de score was twaalf en") is left in and marked for the editor."""
    spans = []
    unsure: list[tuple[int, int]] = []
    alike = patterns.lowered_alike(text)
    lowered = alike if alike is not None else text.lower()
    numbers = has_a_number(text)
    for name, rule in _RULES:
        needs = _NEEDS.get(name)
        if needs is not None and not any(word in lowered for word in needs):
            continue
        if not numbers and name in _NUMBER_RULES:
            continue
        for m in rule.matches(text):
            for group in range(1, (m.re.groups or 0) + 1):
                if m.start(group) < 0:
                    continue  # a group the match did not take part in
                found = text[m.start(group) : m.end(group)]
                if name not in _WHOLE_WORD_RULES and not _plausible(
                    name, found, text, m.end(group)
                ):
                    continue
                if name == "birth-year" and _SINCE_BEFORE.search(text, 0, m.start(group)):
                    continue  # "Born in Poland, living in Almelo since 2019"
                if _role_after_the_years(text, m.start(group), m.end(group)):
                    continue  # "mijn man was dertig jaar huisarts": how long, not how old
                if name == "band" and _GROUP_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                    continue  # "geen mensen onder de veertig": said of a group
                if name == "jarig" and _years_so_far(text, m.start(group), m.end(group)):
                    continue  # "al 2 jr omrijden": how long
                if name == "tens-apart" and not _person_before(text, m.start(group)):
                    continue  # "de postcode is vijf en twintig"
                if name == "passed" and not _person_before(text, m.start()):
                    continue  # "de temperatuur is de dertig gepasseerd"
                if name == "and-is" and _a_placing(text, m.end(group)):
                    continue  # "ze liep de 10 km en is 3 geworden in haar klasse"
                if name == "birthday-set-off" and (
                    _a_small_placing(text, found) or _OUT_OF.match(text, m.end())
                ):
                    continue  # "zwemwedstrijd, 2 geworden!!", "12 geworden van de 16 teams"
                if name == "now-set-off" and not _SELF_OR_BORN.search(
                    text, max(0, m.start() - 120), m.start()
                ):
                    continue  # "Ik werk bij de bank, nu 12 jaar.": how long, not how old
                if name == "and-age" and _NUMBER_BEFORE_AND.search(text, 0, m.start(group)):
                    continue  # "met punt 12 en 16.", "in week 32 en 33.": a list, no age
                if name == "two-are" and not _two_people(text[m.start() : m.start(group)]):
                    continue  # "Deventer en Zwolle zijn 15 …": places, no people
                if name == "copula" and not _person_before(text, m.start()):
                    unsure.append((m.start(group), m.end(group)))
                    continue
                spans.append(Span(m.start(group), m.end(group), Kind.AGE, f"age-{name}"))
    if "(" in text:
        spans += _typed_in_brackets(text, spans)
    if "oud" in lowered or "old" in lowered or "alt" in lowered:
        spans += _answers_to_how_old(text)
    if any(word in lowered for word in _BIRTHDAY_WORDS):
        spans += _birthday_steps(text)
    return _tens_said_apart(
        text, _almost_after_an_age(spans) + joined_to_an_age(text, spans)
    ), unsure


_BIRTHDAY_WORDS = ("jarig", "verjaardag", "birthday", "geworden", "werd", "turn")
_BIRTHDAY = patterns.compile(
    r"(?i)(?<![\w'’])(?:jarig|verjaardag|birthday|geworden|werd|turned|turns)(?![\w'’])"
)
_NOT_A_STEP_OF_AGE_AFTER = (
    r"(?![ \t]*(?i:graden|°|vrienden|gasten|guests|friends|leden|members|punten|points|cijfer|"
    r"seconden|cent|cm|mensen|people))"
)
_BIRTHDAY_STEP = patterns.compile(
    r"(?<![\w.,:/-])(\d{1,3})[ \t]*(?:➡️|➡|→|->|-->|=>|>)[ \t]*(\d{1,3})(?![\w:/-]|[.,]\d)"
    + _NOT_AN_AGE_AFTER
    + _NOT_A_STEP_OF_AGE_AFTER
    + r"|(?i:\b(?:ik|hij|zij|ze)[ \t]+(?:werd|word|ging|ga|ben|is|was)[ \t]+"
    r"(?:\w+[ \t]+)?van[ \t]+)"
    r"(\d{1,3})[ \t]+(?i:naar)[ \t]+(\d{1,3})(?![\w:/-]|[.,]\d)"
    + _NOT_AN_AGE_AFTER
    + _NOT_A_STEP_OF_AGE_AFTER
)


def _birthday_steps(text: str) -> list[Span]:
    """The step of a birthday, one age to the next, in a text about one: "🥳 12 ➡️ 13 lets go",
    "van 15 naar 16" (not "3 -> 5", a score or a count)."""
    if _BIRTHDAY.search(text) is None:
        return []  # "kerstfeest", "de turnvereniging", "ik word gek": no birthday
    spans = []
    for m in _BIRTHDAY_STEP.finditer(text):
        first, second = (1, 2) if m.group(1) is not None else (3, 4)
        old, new = int(m.group(first)), int(m.group(second))
        if new == old + 1 and _MIN_FIRST_PERSON_AGE <= old < _MAX_AGE:
            spans.append(Span(m.start(first), m.end(first), Kind.AGE, "age-birthday-step"))
            spans.append(Span(m.start(second), m.end(second), Kind.AGE, "age-birthday-step"))
    return spans


_HOW_OLD = patterns.compile(
    r"(?i)(?<![\w'’])(?:hoe[ \t]+oud|how[ \t]+old|wie[ \t]+alt)[ \t]+"
    r"(?:(?:ben|bent|is|waren|was|zijn|are|were|is|ist|bist|sind|seid)[ \t]+)?"
    r"(?:we|wij|jij|je|jullie|ze|zij|hij|u|ik|you|he|she|they|du|ihr|sie|er"
    rf"|(?:mijn|m'n|mn|je|jouw|your|my|dein|deine|mein|meine)[ \t]+(?:{_PERSON_NOUNS}))(?![\w'’])"
    r"(?![ \t]+(?:moet|moeten|mag|mogen|must|should|need|have[ \t]+to|muss|musst|darf)\b)"
    r"(?![ \t]+(?:[\w'’]+[ \t]+)?(?:als|wanneer|when|if|wenn)\b)"
)
_A_THING_SET_OFF = patterns.compile(
    r"(?i)(?<![\w'’])(?:de|het|die|dat|the)[ \t]+[\w'’-]+[ \t]*,[ \t]*$"
)
"""A thing named before the question: "de fietsbrug, hoe oud is hij?" asks of the bridge."""
_HOW_OLD_REACH = 80
_BARE_NUMBER_ANSWER = patterns.compile(
    rf"(?<![\w.,:/-])(\d{{1,2}}|{_WORDS})(?![\w.,:/-]\w)"
    r"(?=[ \t]*(?:$|\n|[,.!?;)]|(?i:en|and|und|jaar|years?|jahre?|of|or|bijna|almost|haha|lol|"
    r"hihi)(?![\w'’])))"
)


def _answers_to_how_old(text: str) -> list[Span]:
    """Numbers that answer "how old" asked of people: "hij vroeg hoe oud we waren, ik zei 14 en
    zij 15" — bare, ending a clause or before "en" or "jaar", in the words after the question.
    Not when it is asked of a thing ("hoe oud is de kerk? 80 jaar", "de fietsbrug, hoe oud is
    hij?") or of everyone ("hoe oud je moet zijn om te stemmen, 16 of 18?", "hoe oud ben je als
    je mag stemmen? 18")."""
    spans = []
    for question in _HOW_OLD.finditer(text):
        if _A_THING_SET_OFF.search(text, max(0, question.start() - 40), question.start()):
            continue
        reach = min(len(text), question.end() + _HOW_OLD_REACH)
        for m in _BARE_NUMBER_ANSWER.finditer(text, question.end(), reach):
            value = number_words.value(m.group(1))
            if value is not None and 2 <= value <= _MAX_AGE:
                spans.append(Span(m.start(1), m.end(1), Kind.AGE, "age-answer-to-how-old"))
    return spans


_TENS = frozenset({20, 30, 40, 50, 60, 70, 80, 90})
_YEARS_THEN = patterns.compile(r"(?i)[ \t]+(?:jaar|jaren|joar|jaor)[ \t]+([\w'’]+)")
_EN_BETWEEN = patterns.compile(r"[ \t]+(?:en|n)[ \t]+")


def _tens_said_apart(text: str, spans: list[Span]) -> list[Span]:
    """A number said in three words ("onze moe van vier en negentig"), read as two ages joined
    by "en": one age, "en" with it — or none where it counts years ("vijf en twintig jaar
    getrouwd")."""
    spans = sorted(spans, key=lambda s: s.start)
    merged: list[Span] = []
    for span in spans:
        last = merged[-1] if merged else None
        if (
            last is not None
            and _EN_BETWEEN.fullmatch(text, last.end, span.start)
            and text[last.start : span.end].replace(" ", "").isalpha()
            and (number_words.value(text[last.start : last.end]) or 0) in range(1, 10)
            and number_words.value(text[span.start : span.end]) in _TENS
        ):
            years = _YEARS_THEN.match(text, span.end)
            if years is not None and years.group(1).lower() in DURATION_AFTER:
                merged.pop()  # "ik ben vijf en twintig jaar getrouwd": how long
            else:
                merged[-1] = Span(last.start, span.end, Kind.AGE, last.source)
            continue
        merged.append(span)
    return merged


_GROUP_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:mensen|iedereen|niemand|iemand|kinderen|jongeren|inwoners|leden|"
    r"vrouwen|mannen|people|everyone|anyone|nobody)[ \t]+$"
)
_WORD_RIGHT_BEFORE = patterns.compile(r"[^\W\d_][ \t]+$")
_JR_AFTER = patterns.compile(r"[ \t]*(?i:jr)\b\.?(?![ \t]+oud)")
_BEING_BEFORE = patterns.compile(
    r"(?i)(?<![\w'’])(?:is|ben|bin|bent|was|wordt|werd|word|zijn)[ \t]+"
    r"(?:(?:al|nu|pas|net|ook)[ \t]+)*$"
)


def _years_so_far(text: str, start: int, end: int) -> bool:
    """ "al 2 jr omrijden": "jr" right after a word of how long, with no verb of being before
    it ("ze is al 2 jr" is an age; "isa hier, 16jr" too)."""
    return (
        _JR_AFTER.match(text, end) is not None
        and _WORD_RIGHT_BEFORE.search(text, max(0, start - 4), start) is not None
        and is_duration(text, start, end)
        and _BEING_BEFORE.search(text, max(0, start - 20), start) is None
    )


_WORD_IN_BRACKETS = patterns.compile(r"(?<=[\w.])[ \t]*\([ \t]*([^\W\d_]{6,})[ \t]*\)")


def _typed_in_brackets(text: str, found: list[Span]) -> list[Span]:
    """A number word with a typo in brackets after a name or a word for a person: "mijn zoon
    Kevin (vijtien)" — no word that is one ("mensen (honderden)", "broodjes (hartig)")."""
    from bot.export.scrub.vocabulary import vocabulary

    spans = []
    for m in _WORD_IN_BRACKETS.finditer(text):
        if any(s.start < m.end(1) and m.start(1) < s.end for s in found):
            continue
        if vocabulary().known_word(m.group(1)):
            continue
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 40), m.start())
        word = before.group(1) if before else ""
        if not (word[:1].isupper() or word.lower() in _PERSON_NOUN_SET):
            continue
        number = number_words.typed_value(m.group(1))
        if number is not None and _MIN_WORD_AGE_ALONE <= number <= _MAX_AGE:
            spans.append(Span(m.start(1), m.end(1), Kind.AGE, "age-brackets-typed"))
    return spans


_NUMBER_RULES = frozenset(
    {
        *("self", "person-of", "almost", "labelled", "brackets", "on-earth", "words-jaar"),
        "age-of",
        "months",
        "tens-apart",
        "children-listed",
        "own-children-were",
        "own-children-who-are",
        *("band", "copula", "at", "when", "inverted", "gender", "person-bare", "birth-year"),
        "passed",
        "youngest",
        "german",
        *("turned", "person-is", "turns-on", "self-listed", "verb-first", "named-and-is"),
        "all-of-them",
        "born-so",
        *("and-is", "birthday-set-off", "two-are", "named-set-off", "when-english"),
        "here-then-age",
        "and-age",
        "now-set-off",
    }
)
"""Rules that match a number standing on its own (digits or a number word): skipped when the
text has none (checked once: the rules are tried at every position otherwise)."""
_DIGIT = patterns.compile(r"\d")


@lru_cache(maxsize=16)
def has_a_number(text: str) -> bool:
    """Whether ``text`` has digits or a number word of two and more."""
    from bot.export.scrub.rules.person_context import tokens

    if _DIGIT.search(text):
        return True
    words = _number_words_from_two()
    return any(token.lower in words for token in tokens(text))


@cache
def _number_words_from_two() -> frozenset[str]:
    """Number words of 2 and more ("een", "one" stand in every text as an article)."""
    return frozenset(w for w, v in number_words.values().items() if v >= 2 and " " not in w)


def _almost_after_an_age(spans: list[Span]) -> list[Span]:
    """ "zestien, bijna zeventien" is an age only when the first number is one."""
    others = [s for s in spans if s.source != "age-almost"]
    kept = [
        s
        for s in spans
        if s.source != "age-almost" or any(0 <= s.start - o.end <= _ALMOST_GAP for o in others)
    ]
    return kept


_ALMOST_GAP = 12
_JOINED_AGE = patterns.compile(
    r"(?i)[ \t]*(?:,|en|and|&|of|or|/)[ \t]*"
    r"(?:(?:zij|hij|ze|zie|hee|she|he|ik|i|(?:mijn|m'n|mn|my)[ \t]+[\w'’]+)[ \t]+"
    # "wij zijn 18 en de rest van de groep is 17", "ik ben 15 en mijn zusje is 12"
    r"|(?:zij|hij|ze|she|he|(?:de|het|mijn|m'n|mn|onze|my|our|the)(?:[ \t]+[\w'’]+){1,4})"
    r"[ \t]+(?:is|zijn|was|waren|wordt|worden|turns|turned)[ \t]+(?:(?:al|pas|nog|net)[ \t]+)?)?"
    r"((?:19|20)\d{2}|'\d{2}|\d{1,3}|" + _WORDS + r")\b"
    r"(?![ \t]*(?:%|procent|euro|km|keer|minuten|uur|dagen|weken|maanden|days|weeks|months|"
    r"mensen|kinderen|jaar[ \t]+(?:geleden|lang)|havo|vwo|vmbo|mavo|atheneum|gymnasium|gym|tl|"
    r"gt|kb|bb|kader|basis|mbo|hbo|klas|e[ \t]+klas|de[ \t]+klas)(?![\w'’]))"
)


_PEOPLE_SUBJECT = patterns.compile(
    rf"(?i)(?<![\w'’])(?:zij|hij|ze|she|he|rest|groep|klas|anderen|others|group|class|"
    rf"jongste|oudste|youngest|oldest|tweeling|twins|{RELATIONS_PATTERN})(?![\w'’])"
)
_COPULA = patterns.compile(r"(?i)(?<![\w'’])(?:is|zijn|was|waren|wordt|worden|turns|turned)[ \t]")
"""Who an age joined by "is" belongs to: "en de rest van de groep is 17", "en mijn zusje is
12" — not "en de score was 3"."""
_LISTED_AGE = patterns.compile(
    r"(?i)[ \t]+("
    + _ANY_WORD
    + r")(?=[ \t]*(?:,|en|and)[ \t]*"
    + number_words.LISTED_NUMBER_WORD
    + r"(?![\w-]))"
    r"|[ \t]+(\d{1,2})(?=[ \t]*(?:,|en|and|&)[ \t]*\d{1,2}(?![\d\w]))"
)
"""A number after an age in a list typed without commas: "van acht zes en twee", "4 6 en 8"."""
_CORRECTED_AGE = patterns.compile(
    r"(?i)(?:[ \t]*(?:jaar|joar|years?)(?:[ \t]+(?:oud|old))?)?[ \t,.!]*"
    r"(?:(?:(?:sorry|sry|oeps|oops|eh|uh)[ \t,.!]*)?"
    r"(?:ik[ \t]+bedoel|bedoel[ \t]+ik|i[ \t]+mean|of[ \t]+eigenlijk)|nee|no|sorry|oeps|oops)"
    r"[ \t,:!]*(\d{1,3}|" + _ANY_WORD + r")(?![\w'’-])" + _NOT_AN_AGE_AFTER
)
"""An age put right after it: "ik ben 26 jaar oud sorry ik bedoel 27", "ik ben 31, nee 32" —
not "ik bedoel 20 euro"."""


_JOINED_NAMED_AGE = patterns.compile(
    r"[ \t]*(?:,|en|and|&)[ \t]+([A-ZÀ-Ö][a-zà-ÿ'’-]+)[ \t]+(\d{1,3}|" + _WORDS + r")" + _AGE_TAIL
)
"""After an age, another name and its age with the verb left out: "Sanne is vijftien en Bas
dertien", "Opa is 90, Oma 88" — only a first name (not "… en Wiskunde 5", "… en Ommen 15
kilometer")."""


def _named_ages_joined(text: str, spans: list[Span]) -> list[Span]:
    found: list[Span] = []
    queue = list(spans)
    while queue:
        span = queue.pop()
        m = _JOINED_NAMED_AGE.match(text, span.end)
        if m is None:
            continue
        word = m.group(1).lower()
        if word not in _first_names() and word not in RELATIONS and not _cued_name(word):
            continue
        value = number_words.value(m.group(2))
        if value is not None and 1 <= value <= _MAX_AGE:
            joined = Span(m.start(2), m.end(2), Kind.AGE, "age-joined")
            found.append(joined)
            queue.append(joined)  # "Ik ben 35, Bram 7, Sem 5 en Julia 2"
    return found


def joined_to_an_age(text: str, spans: list[Span]) -> list[Span]:
    """ "wij zijn van 1955 en 1957", "mijn kinderen van 6, 8 en 10", "ik ben nu 89 en zij 86",
    "van acht zes en twee", "26 jaar oud sorry ik bedoel 27": numbers joined to an age, each
    joined one in turn (a list of three and more)."""
    found = []
    queue = list(spans)
    while queue:
        span = queue.pop()
        m = (
            _JOINED_AGE.match(text, span.end)
            or _LISTED_AGE.match(text, span.end)
            or _CORRECTED_AGE.match(text, span.end)
        )
        if m is None:
            continue
        group = 1 if m.group(1) is not None else 2
        joined_by = text[m.start() : m.start(group)]
        if _COPULA.search(joined_by) and not _PEOPLE_SUBJECT.search(joined_by):
            continue  # "ik ben 15 en de score was 3"
        value = number_words.value(m.group(group).lstrip("'"))
        year = m.group(group)[:1] == "'" or (value is not None and 1900 <= value <= 2030)
        if year or (value is not None and 2 <= value <= _MAX_AGE):
            joined = Span(m.start(group), m.end(group), Kind.AGE, "age-joined")
            found.append(joined)
            queue.append(joined)
    return found + _named_ages_joined(text, spans)


_FIRST_PERSON_VERB = patterns.compile(r"(?i)(?:ben|bin|am|'m|bent)\b")
_BECOMING = patterns.compile(r"(?i)(?:turns|turned|wordt|werd)\b")


_SOMEONE = frozenset(
    {"ik", "mij", "me", "mijn", "m'n", "mn", "hij", "zij", "ze", "haar", "zijn", "wij", "we"}
    | {"ons", "onze", "i", "my", "he", "she", "his", "her", "we", "our", "us", "iej", "wiej"}
)


_GENERIC_SUBJECT = patterns.compile(
    r"(?i)(?<![\w'’])(?:je|men|mensen|kinderen|jongeren|iedereen|you|people|children|everyone|"
    r"we[ \t]+mogen|mag[ \t]+je|moet[ \t]+je)(?![\w'’])"
)


def _said_of_someone(text: str, position: int) -> bool:
    """Whether the sentence at ``position`` is about the writer or someone ("Ik mocht op de
    leeftijd van 87 nog stemmen") — not of everyone ("At the age of 18 you can vote")."""
    start, end = Sentences(text).bounds(position)
    sentence = text[start:end]
    if _GENERIC_SUBJECT.search(sentence):
        return False  # "Ik vind dat je op de leeftijd van 16 al mag stemmen": of everyone
    return any(
        folded in _SOMEONE or folded in RELATIONS or folded in _ONE_PERSON_SET
        for folded in (w.lower() for w in re.findall(r"[\w'’]+", sentence))
    )


_BECAME_AFTER = patterns.compile(r"(?i)[ \t]+geworden(?![\w'’])")
_BIRTHDAY_SAID = patterns.compile(r"(?i)jarig|verjaardag|birthday|🎂|🥳")


def _a_placing(text: str, end: int) -> bool:
    """ "… en is 3 geworden": a placing in a race or a game, unless a birthday is spoken of."""
    return _BECAME_AFTER.match(text, end) is not None and _BIRTHDAY_SAID.search(text) is None


def _a_small_placing(text: str, found: str) -> bool:
    """ "2 geworden!!" with no birthday spoken of: a placing (from ten it is an age: "Gisteren
    was het feest. 14 geworden!!")."""
    number = number_words.value(found)
    return (
        _BIRTHDAY_SAID.search(text) is None and number is not None and number < _MIN_WORD_AGE_ALONE
    )


_OUT_OF = patterns.compile(r"(?i)[ \t]+(?:van|uit|of|out[ \t]+of)[ \t]+(?:de|het|the|\d)")
"""A placing out of a field after "geworden": "12 geworden van de 16 teams"."""
_SELF_OR_BORN = patterns.compile(
    r"(?i)(?<![\w'’])(?:ik[ \t]+(?:ben|bin|bun)|i[ \t]+am|i'm|geboren|born)(?![\w'’])[^.!?\n]*$"
)
"""One's own age "now" only in a sentence about oneself: "Ik bin Hendrikus, geboren in 1939,
now 87 joar"."""
_NUMBER_BEFORE_AND = patterns.compile(
    r"(?<![\w.,])(?:\d{1,3}|\d{1,2}(?:e|ste|de))[ \t]+(?:en|and)[ \t]+$"
)
"""A small number or a day right before "en" and the age: a list ("punt 12 en 16", "de 24e en
31") — a year may stand there ("sinds 2010 en 66")."""


def _two_people(words_before: str) -> bool:
    """Whether the two words joined before "zijn" are people: first names ("Emre en Tess") or
    a first name and "ik"."""
    first, _joined, second = words_before.split()[:3]
    return all(
        word.lower() in ("ik", "i") or word.lower() in _first_names() or _cued_name(word.lower())
        for word in (first, second)
    )


def _person_word_before(text: str, start: int) -> bool:
    """Whether a word for a person, or a name that is no party or club, stands in the clause
    before ``start`` ("mijn zoon wordt drie", "Bia turns five") — not "De PvdA werd drie"."""
    clause = re.split(r"[.!?;,\n]", text[max(0, start - 40) : start])[-1]
    for word in re.findall(r"[\w'’]+", clause):
        folded = word.lower()
        if folded in _PERSON_WORDS or folded in RELATIONS or folded in _PERSON_NOUN_SET:
            return True
        if word[:1].isupper() and word[1:].islower() and folded in _first_names():
            return True
    return False


_PERSON_WORDS = frozenset(
    {
        *("ik", "jij", "je", "u", "hij", "zij", "ze", "die", "wie", "i", "you", "he", "she"),
        *("who", "iej", "hee", "zie", "wief", "kearl", "keerl", "moder", "vader", "heit"),
        *("mem", "mam", "pap", "mama", "papa", "oma", "opa", "omi", "opi", "zus", "broer"),
    }
)
_WORDS_BEFORE = patterns.compile(r"([\w'’]+)[^\w'’]*$")


_SUBJECT_WORDS = 5
"""How far back the subject of "is … achtentachtig" is looked for."""


@cache
def _cued_name(word: str) -> bool:
    """A first name that is a word too, a name where a cue says person ("Bas", "Roos")."""
    from bot.export.scrub.vocabulary import vocabulary

    return vocabulary().cued_name(word)


def _first_names() -> frozenset[str]:
    from bot.export.scrub.vocabulary import vocabulary

    return vocabulary().first_names


def _verb_start(text: str, number_start: int) -> int:
    """Where the verb before the number at ``number_start`` starts (adverbs skipped)."""
    m = re.search(
        r"(?i)\b(?:is|ben|bin|was|werd|wordt|word|am|'m|turned|turns|became|bent|west)\b(?=[^.!?]*$)",
        text[max(0, number_start - 60) : number_start],
    )
    return max(0, number_start - 60) + m.start() if m else number_start


def _person_before(text: str, start: int) -> bool:
    """Whether the verb at ``start`` has a person for its subject: "ik ben", "mijn opa is",
    "Mien wief is", "Gerrit was", or no subject at all ("ben net zeventien geworden")."""
    if _FIRST_PERSON_VERB.match(text, start):
        return True
    position = start
    for step in range(_SUBJECT_WORDS):
        m = _WORDS_BEFORE.search(text, max(0, position - 40), position)
        if m is None or re.search(r"[.!?\n]", text[m.end(1) : position]):
            return step == 0  # the verb opens the clause: "was zestien toen"
        word = m.group(1)
        folded = word.lower()
        if folded in _PERSON_WORDS or folded in RELATIONS or folded in _PERSON_NOUN_SET:
            return True
        if word[:1].isupper() and (
            not at_clause_start(text, m.start(1)) or folded in _first_names()
        ):
            return True  # a name ("Dini van de overkant is achtentachtig")
        position = m.start(1)
    return False


_COUNTING_RULES = frozenset({"person-of", "self", "copula", "person-is", "person-bare"})
"""Rules whose number may count things instead ("mijn opa is al 3 schapen kwijt")."""
_WHOLE_WORD_RULES = frozenset(
    {"birth-year", "compound", "decade", "birthday", "glued-j", "decade-of-life", "turns-on"}
    | {"at-ordinal"}
    | {"tens-apart"}
)
"""Rules whose match is an age as it stands ("vijftienjarige", "tachtiger", "1949")."""


_COUNTED_AFTER = patterns.compile(r"[ \t]+([a-zà-ÿ]{3,}(?:en|s))(?![\w'’-])")
_NOT_COUNTED = frozenset(
    {"trouwens", "inmiddels", "intussen", "overigens", "geworden", "geboren", "tegenwoordig"}
    | {"gewezen", "geweest", "sindsdien", "gisteren", "jaartjes", "lentes", "zomers", "winters"}
)
"""Words that end like a plural noun and say something of the age: "is 80 inmiddels", "ben 18
jaartjes"."""


def _counts_things(text: str, end: int) -> bool:
    """Whether a plural noun follows the number: "mn opa is al 3 schapen kwijt" — a plural whose
    singular is a word ("schaap", "kip", "koe"), not one of the most frequent words ("is 16 dus",
    "turned fifty this spring") nor an adverb that ends like one ("ik ben 17 helaas", "ik was
    19 destijds")."""
    from bot.export.scrub.vocabulary import vocabulary

    m = _COUNTED_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    words = vocabulary()
    if word in _NOT_COUNTED or words.top_word(word):
        return False
    return any(words.known_word(single) for single in _singulars(word))


def _singulars(word: str) -> list[str]:
    """What a Dutch plural may be the plural of: "schapen" → "schaap", "kippen" → "kip",
    "huizen" → "huis", "koeien" → "koe", "auto's" → "auto"."""
    if word.endswith(("'s", "’s")):
        return [word[:-2]]
    if not word.endswith("en"):
        return [word[:-1]]
    stem = word[:-2]
    found = [stem]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        found.append(stem[:-1])  # kippen
    if len(stem) > 2 and stem[-2] in "aeou" and stem[-1] not in "aeiou":
        found.append(stem[:-1] + stem[-2] + stem[-1])  # schapen, bomen
    if stem.endswith("z"):
        found.append(stem[:-1] + "s")  # huizen
    if stem.endswith("v"):
        found.append(stem[:-1] + "f")  # duiven
    if stem.endswith("i"):
        found.append(stem[:-1])  # koeien
    return [single for single in found if len(single) > 2]


def _plausible(rule: str, found: str, text: str, end: int) -> bool:
    """Whether a number (digits or words) found by ``rule`` can be an age."""
    if rule in _COUNTING_RULES and _counts_things(text, end):
        return False
    if rule == "ordinal":
        ordinal = number_words.ordinal_value(found)
        return ordinal is not None and _MIN_WORD_AGE_ALONE <= ordinal <= _MAX_AGE
    number = number_words.value(found)
    if number is None or number > _MAX_AGE:
        return False
    if rule in ("at", "all-of-them"):
        return number >= _MIN_WORD_AGE_ALONE  # "ze zijn allemaal 5 of hoger": marks
    if rule == "and-age":
        return number >= _ADULT  # "ik ben er om 8 en 9.": hours, not an age
    if rule == "appositive":
        return number >= _MIN_WORD_AGE_ALONE
    if (
        rule == "when"
        and number < _MIN_WORD_AGE_ALONE
        and _PLURAL_SUBJECT.search(text, max(0, end - len(found) - 12), end - len(found))
    ):
        return False  # "dat we drie waren": three of us
    if rule == "age-of" and not _said_of_someone(text, end):
        return False  # "At the age of 18 you can vote": of everyone
    if rule == "verb-first" and not found.isdigit():
        return number >= _MIN_FIRST_PERSON_AGE
    if rule == "inverted" and not at_clause_start(text, end - len(found)):
        return False  # "16 ben ik" opens its sentence; "…, dan 16 ben ik" is no age
    if (
        rule == "all-in-brackets"
        and _CAPITALISED_BEFORE_BRACKET.search(
            text, max(0, end - len(found) - 40), end - len(found)
        )
        is None
    ):
        return False  # "de kosten (allebei 20)": the brackets follow no names
    if rule == "becomes-last" and (
        number < _MIN_WORD_AGE_ALONE and _JAAR_AFTER.match(text, end) is None
    ):
        return False  # "het team dat vandaag 3 werd"
    if (
        rule == "becomes-last"
        and _DIE_BEFORE.search(text, max(0, end - len(found) - 40), end - len(found)) is not None
        and _KIN_DIE_BEFORE.search(text, max(0, end - len(found) - 60), end - len(found)) is None
        and _BIRTHDAY_CUE.search(text) is None
    ):
        # "de temperatuur, die morgen 31 wordt.": "die" is a person only after kin ("mijn
        # neefje die volgende week 5 jaar wordt") or in an answer about a birthday
        return False
    if found.isdigit():
        return True
    if number <= 1:
        return False  # "een", "one": an article far more often than an age
    if rule in ("band", "passed"):
        return number >= 20
    if rule == "copula":
        verb = _verb_start(text, end - len(found))
        first_person = _FIRST_PERSON_VERB.match(text, verb)
        least = _MIN_FIRST_PERSON_AGE if first_person else _MIN_WORD_AGE_ALONE
        if _BECOMING.match(text, verb) and _person_word_before(text, verb):
            least = 2  # "Bia turns five on …", "mijn zoon wordt drie": a birthday
        return number >= least or _JAAR_AFTER.match(text, end) is not None
    if rule == "words-jaar":
        return number >= 12 and not is_duration(text, end - len(found), end)
    if (
        rule == "person-of"
        and number <= _MAX_CHILDREN
        and _PARENT_OF.search(text, max(0, end - len(found) - 20), end)
    ):
        return False  # "moeder van drie": three children, not three years
    if rule == "possessive" and _WITH_POSSESSIVE.search(text, 0, end - len(found)):
        # "met mijn 67 jaar", "met z'n 16e" — but "met z'n veertien" counts people
        return re.match(r"(?:e|ste|de)\b|[ \t]+(?:jaar|jr)\b", text[end : end + 8]) is not None
    if rule == "self" and number < _MIN_FIRST_PERSON_AGE:
        return _JAAR_AFTER.match(text, end) is not None
    if rule == "self":
        # "ik was veertig joar koster": a span of time, not an age; "hij is vijftien jaar zijn
        # bsn is …": voice typing runs on into the next clause without a stop
        return (
            _AGE_TAIL_AT.match(text, end) is not None
            or _NEXT_CLAUSE_AFTER_JAAR.match(text, end) is not None
            or (
                # "hij is dertien bel mij even op": voice typing has no stops at all
                number >= _MIN_WORD_AGE_ALONE
                and _SENTENCE_MARK.search(text) is None
                and _JAAR_AFTER.match(text, end) is None
                and _MEASURE_AFTER.match(text, end) is None
            )
        )
    return True


_SENTENCE_MARK = patterns.compile(r"[.!?;]")
_MEASURE_AFTER = patterns.compile(
    r"(?i)[ \t]+(?:vierkante|kubieke|square|cubic|[a-z]*meter|[a-z]*meters|cm|mm|m|km|kilo|"
    r"kilogram|gram|liter|graden|procent|euro|uur|minuten|seconden|stuks|keer|man|punten)"
    r"(?![\w'’])"
)
"""A measure after the number: "hij is twaalf vierkante meter", "twintig centimeter"."""


_NEXT_CLAUSE_AFTER_JAAR = patterns.compile(
    r"(?i)[ \t]+(?:jaar|joar|jaor)[ \t]+(?:zijn|z'n|zn|haar|het|ik|mijn|m'n|hij|zij|ze|we|wij|"
    r"dus|want|maar|en|toen|nu)(?![\w'’])"
)


_PLURAL_SUBJECT = patterns.compile(r"(?i)\b(?:we|wij|ze|zij|jullie|they)\s+(?:\w+\s+)?$")
_UNIT = patterns.compile(
    r"(?i)(?:[ \t]?(?:jaar|jaren|joar|jaor|jr\.?|j\.|years?|yrs?\.?)(?:[ \t]+(?:oud|old))?"
    r"|[ \t]?(?:yo|y/o))(?![\w/])"
)


def with_unit(text: str, span: Span) -> Span:
    """The unit after an age goes with it: "16jr", "88 jaar", "34 years old" → one tag."""
    m = _UNIT.match(text, span.end)
    return span if m is None else Span(span.start, m.end(), span.kind, span.source)


_WORD = patterns.compile(r"[\w']+")


def is_duration(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` ("4" in "de afgelopen 4 jaar") is a span of time.

    deduce tags "<number> jaar" as an age; a neighbouring word like "afgelopen", "al", "lang"
    or "geleden" says it is a duration, which is not personal data.
    """
    before = _WORD.findall(text[max(0, start - 30) : start])
    after_text = text[end : end + 40]
    after = _WORD.findall(after_text)
    if before and before[-1].lower() in DURATION_BEFORE:
        return True
    if after_a_range_of_years(text, start):
        return True
    # after[0] is "jaar"/"jarig"; look at the word after that.
    return (
        len(after) > 1
        and after[0].lower() in {"jaar", "jr"}
        and (after[1].lower() in DURATION_AFTER or _is_role(after[1]))
    )


_YEAR_RANGE_BEFORE = patterns.compile(
    r"(?:19|20)\d{2}[ \t]*(?:tot|-|–|until|to)[ \t]*(?:19|20)\d{2}[ \t]*[,(–-][ \t]*"
    r"(?:(?:bijna|ruim|zo'n|ongeveer|circa|dus|almost|nearly|about|so)[ \t]+)?$"
)


def after_a_range_of_years(text: str, start: int) -> bool:
    """Whether the number at ``start`` says how long a range of years before it was: "van 1958
    tot 1996, bijna veertig jaar"."""
    return _YEAR_RANGE_BEFORE.search(text, max(0, start - 30), start) is not None


_YEARS_OF = patterns.compile(
    r"[ \t]+(?:jaar|joar|jaor|jr)[ \t]+(?:(?:onze|ons|mijn|m'n|mn|hun|de|het|our|the)[ \t]+)?"
    r"([\w'’-]+)",
    re.IGNORECASE,
)
"""The role after years: "35 jaar koster", "al 28 jaar onze terreinman"."""


_YEARS_IN_SPAN = patterns.compile(r"(?i)[ \t]+(?:jaar|joar|jaor|jr)$")


def _role_after_the_years(text: str, start: int, end: int) -> bool:
    """Whether the age found at ``text[start:end]`` ("dertig jaar", "30") counts the years of
    a role after it: "was dertig jaar huisarts"."""
    years = _YEARS_IN_SPAN.search(text, start, end)
    return years_of_a_role(text, years.start() if years is not None else end)


def years_of_a_role(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` counts the years of a role: "35 jaar koster"."""
    m = _YEARS_OF.match(text, end)
    return m is not None and _is_role(m.group(1))


def _is_role(word: str) -> bool:
    """ "hij was 35 jaar koster": the years of a role, not an age."""
    from bot.export.scrub.occupations import Sort, occupations

    role = occupations().role(word)
    return role is not None and not role.english and role.sort in (Sort.RARE, Sort.OCCUPATION)
