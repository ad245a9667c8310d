"""A job in an answer written in German, with where it is: "Ich bin [Hebamme bei der
Verloskundigenpraxis in Oldenzaal]", "arbeite als [Leiterin der Kita De Boomhut in Losser]",
"wo ich als [Hausmeister an der Grundschule St. Nicolaas] arbeite", "Wir sind [seit 2011
Bäcker in Glanerbrug]", "als [Pflegekraft op de IC van ZGT in Almelo, seit drei Jahren]".

German writes the job with a capital, as it writes every noun, so the Dutch rules (which
take a capitalised word for a name or a place) do not see it; its form does: after "als" or
"ich bin", a noun shaped as one who does a job, then where — "bei", "an der", "der" (of),
"in" — with names in capitals; not who one is without a job ("Rentner", "als Kind").
"""

from __future__ import annotations

from bot.export.scrub import german, patterns
from bot.export.scrub.kinds import Kind
from bot.export.scrub.occupations import occupations
from bot.export.scrub.spans import Span

_CAP = r"(?:St\.|[A-ZÄÖÜ](?:[\w'’&–-]|\.(?=\w))*)"
_JOB = patterns.compile(
    r"(?<![\w'’])(?:(?:ich|[Ii]ch)[ \t]+(?:bin|war)|(?:[Ww]ir)[ \t]+(?:sind|waren)|[Aa]ls|is|ben|"
    r"was|bin"
    # someone of one's own: "mein Mann Bernd ist Vorsitzender vom Schützenverein …"
    r"|(?:[Mm]ein|[Mm]eine)[ \t]+(?:Mann|Frau|Sohn|Tochter|Vater|Mutter|Bruder|Schwester|Onkel|"
    r"Tante|Opa|Oma|Nachbar|Nachbarin|Freund|Freundin|Partner|Partnerin|Cousin|Cousine|Schwager|"
    r"Schwägerin|Enkel|Enkelin|Kollege|Kollegin|Schwiegersohn|Schwiegertochter|Schwiegermutter|"
    r"Schwiegervater|Ehemann|Ehefrau|Lebensgefährte|Lebensgefährtin|Verlobter|Verlobte|"
    r"Stiefvater|Stiefmutter|Neffe|Nichte|Großvater|Großmutter|Enkelsohn|Enkeltochter)"
    r"(?:[ \t]+[A-ZÄÖÜ][a-zäöüß]+)?[ \t]+(?:ist|war)"
    r"|(?:[Ee]r|[Ss]ie)[ \t]+(?:ist|war))[ \t]+"
    r"(?P<since>(?:seit|sinds)[ \t]+(?:[A-ZÄÖÜa-zäöü]+[ \t]+)?(?:19|20)\d\d[ \t]+)?"
    r"(?:(?:der|die|eine|ein|einen)[ \t]+)?"
    r"(?P<job>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜa-zäöüß]+)?)"
    r"(?P<where>(?:[ \t]+(?:bei|an|am|im|in|der|des|für|vom|von|zur|zum|auf|beim|op|bij|van)"
    r"(?:[ \t]+(?:der|die|das|dem|den|einer|einem|eines|de|het))?"
    r"(?:[ \t]+[a-zäöüß]+(?:en|er|es|em|e))?"  # "der reformierten Gemeinde"
    rf"[ \t]+{_CAP}(?:[ \t]+(?:{_CAP}|van|der|den|de|ter)(?![\w'’]))*)+)"
    r"(?P<years>[ \t]*,?[ \t]+(?:seit|sinds)[ \t]+"
    r"(?:(?:19|20)\d\d|\w+[ \t]+(?:Jahren|jaar|Monaten)))?"
)
_JOB_SHAPE = patterns.compile(
    r"(?:er|erin|in|ist|istin|ent|entin|eur|eurin|amme|meister|meisterin|leiter|leiterin|"
    r"fahrer|fahrerin|arzt|ärztin|helfer|helferin|kraft|mann|frau|ant|antin|or|orin|ling|ler|"
    r"lerin|ge|gin|ekt|ektin|ieur|ieurin|beauftragte|beauftragter|angestellte|angestellter|"
    r"abgeordnete|abgeordneter|vorsitzende|vorsitzender|koch|köchin)$"
)
"""How German names one who does a job: "Hebamme", "Hausmeister", "Busfahrerin", "Leiterin"."""
_NO_JOB = frozenset(
    {"rentner", "rentnerin", "mitglied", "kind", "familie", "gast", "schüler", "schülerin"}
    | {"student", "studentin", "mutter", "vater", "fan", "nachbar", "nachbarin", "bürger"}
    | {"bürgerin", "einwohner", "einwohnerin", "tourist", "touristin", "teil", "thema"}
    | {"kunde", "kundin", "anfänger", "anfängerin", "partner", "partnerin", "pendler"}
    | {"pendlerin", "deutscher", "deutsche", "niederländer", "niederländerin", "holländer"}
    | {"mitglied", "mitglieder", "nachbarn", "kinder", "eltern", "rentner", "fans"}
    | {"frau", "mann", "bewohner", "bewohnerin", "anwohner", "anwohnerin", "ausländer", "europäer"}
    | {"wähler", "wählerin", "besucher", "besucherin", "zuschauer", "steuerzahler", "autofahrer"}
    | {"fußgänger", "radfahrer", "radfahrerin", "witwe", "witwer", "mutter", "oma", "opa"}
)
"""Who one is without a job: "Ich bin Rentner in Gronau", "als Kind in Glanerbrug"."""


_GERMAN_HINT = patterns.compile(
    r"(?i)(?<![\w'’])(?:ich|wir|der|dem|des|einer|einem|eines|seit|ist|war|mein|meine|und)"
    r"(?![\w'’])"
)
_GERMAN_ARTICLE = patterns.compile(r"[ \t](?:der|dem|des|einer|einem|eines|das)[ \t]")
"""In a Dutch answer, a German job is told by its German where: "werkt als Krankenschwester in
der Euregio-Klinik Nordhorn", "Mijn man is Altenpfleger in der Seniorenresidenz Gronau"."""


def find(text: str, first_names: frozenset[str]) -> list[Span]:
    """Jobs with where they are in a German answer or sentence, or with a German where in any
    answer; a first name after "ich bin" is none."""
    if _GERMAN_HINT.search(text) is None:
        return []
    return [
        Span(
            m.start("since") if m.group("since") else m.start("job"),
            m.end("years") if m.group("years") else m.end("where"),
            Kind.ROLE,
            "role-german",
        )
        for m in _JOB.finditer(text)
        if (
            german.in_german(text, m.start())
            or _GERMAN_ARTICLE.search(m.group("where")) is not None
        )
        and m.group("job").lower() not in first_names
        and m.group("job").lower() not in _NO_JOB
        and (
            _JOB_SHAPE.search(m.group("job").lower()) is not None
            or occupations().role(m.group("job").lower()) is not None  # "als Postdoc an der UT"
        )
    ]
