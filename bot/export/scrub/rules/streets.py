"""Streets named without a house number: "we hangen op het bankje aan de Julianastraat", "wi'j
wont an de Larenseweg", "er moet een zebrapad komen bij de haaksbergerstraat".

In a village a street is a few dozen households; with a teenager's age or a family's story
next to it, it points at one of them. Every writer of the blind corpus marked a street after
"aan/op/an/bij de" as an address (66 marks, none left), so the street goes whatever is said
of it. A street is:

- a capitalised word with a street's suffix after "aan", "op", "an", "bij", "achter", "naast" or
  "tegenover" and "de"/"der"/"het"/"'t" ("an 't Jonenpad"),
  with one capitalised word before it if any ("aan de Oude Deventerweg") — not a road anyone
  lives along ("aan de Snelweg", "op de Rijksweg"), not a square where a town meets ("op de
  Grote Markt", "op de Brink": no street suffix here), not after "in", "langs" or "over" ("in
  de Kalverstraat", "langs de Zwolseweg": a shop's street and a road driven along);
- the same in lower case only where the word is made of a place ("de haaksbergerstraat", "de
  larenseweg": "-er", "-se" or "-sche" before "straat", "weg" or "laan") and is no ordinary
  word ("op de overweg", "op de terugweg", "op de modderpad");
- the street named after "onze straat (de …" or "in onze straat, de …".
"""

from __future__ import annotations

from collections.abc import Callable

from bot.export.scrub import patterns
from bot.export.scrub.kinds import Kind
from bot.export.scrub.spans import Span

_STREET_SUFFIXES = (
    "straat|weg|laan|dijk|kade|steeg|singel|pad|dreef|allee|stroat|straete|straote|strate|diek|"
    "wal|waal"
)
_AT = (
    r"(?:(?i:aan|op|an|bij|bie|biej|achter|naast|tegenover)[ \t]+(?i:de|der|het|'t|’t)"
    r"|(?i:straat|stroat)[ \t]*[(,:–-][ \t]*(?i:de))"
)
_CAPITALISED_STREET = patterns.compile(
    rf"(?<![\w'’]){_AT}[ \t]+((?:[A-Z][a-zë]+[ \t]+)?[A-Z][\w'-]{{2,}}(?:{_STREET_SUFFIXES}))"
    r"(?![\w'’-])"
)
_LOWER_STREET = patterns.compile(
    rf"(?<![\w'’]){_AT}[ \t]+([a-z][a-z'-]{{3,}}(?:er|se|sche)(?:straat|weg|laan|stroat|diek))"
    r"(?![\w'’-])"
)
_ROADS_OF_ANYONE = frozenset(
    {"snelweg", "rondweg", "ringweg", "rijksweg", "provinciale", "zandweg", "landweg", "zijweg"}
    | {"hoofdweg", "fietspad", "jaagpad", "zeedijk", "spoordijk", "dijkweg", "polderweg"}
    | {"snelfietspad", "ventweg", "zijstraat", "wandelpad", "bospad", "voetpad", "achterpad"}
    | {"overweg", "terugweg", "heenweg", "onderweg", "buitenweg", "binnenweg", "tussenweg"}
    | {"waterweg", "vaarweg", "afsluitdijk", "houtribdijk", "deltadijk", "pieterpad"}
    | {"pelgrimspad", "trekpad", "laarzenpad", "blotevoetenpad", "klompenpad", "kabouterpad"}
)
"""Roads anyone lives along or takes, no address ("op de Terugweg" typed with a capital, "op de
Nieuwe Waterweg", "op de Afsluitdijk", "op de Pieterpad")."""
SOURCE = "address-street"


def find(text: str, known_word: Callable[[str], bool]) -> list[Span]:
    spans = []
    for m in _CAPITALISED_STREET.finditer(text):
        street = m.group(1).split()[-1].lower()
        if street not in _ROADS_OF_ANYONE:
            spans.append(Span(m.start(1), m.end(1), Kind.ADDRESS, SOURCE))
    for m in _LOWER_STREET.finditer(text):
        street = m.group(1).lower()
        if street not in _ROADS_OF_ANYONE and not known_word(street):
            spans.append(Span(m.start(1), m.end(1), Kind.ADDRESS, SOURCE))
    return spans
