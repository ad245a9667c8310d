"""Small word lists the name rules share (Dutch, English and a little Twents)."""

from __future__ import annotations

from typing import Final

TITLES: Final[frozenset[str]] = frozenset(
    """
    wethouder burgemeester gedeputeerde statenlid raadslid gemeenteraadslid kamerlid minister
    staatssecretaris commissaris gouverneur loco-burgemeester dijkgraaf directeur voorzitter
    dokter huisarts juf juffrouw meester meneer mevrouw mevr mevr. mw mw. dhr dhr. heer
    mijnheer mr mr. mrs mrs. ms ms. miss dr dr. prof prof. ir ir. ing ing. drs drs. ds ds.
    pastoor dominee pastor imam rabbijn zuster broeder wijkagent agent boa wijkverpleegkundige
    councillor alderman mayor mister sir madam docent leraar lerares mentor coach trainer
    ambtenaar
    """.split()
)
"""Words that may stand before a name; the title itself stays visible ("wethouder [naam]")."""

RELATIONS: Final[frozenset[str]] = frozenset(
    """
    buurman buurvrouw buren buurjongen buurmeisje man vrouw zoon dochter zoontje dochtertje
    kind kinderen vader moeder pa ma opa oma kleinzoon kleindochter broer zus broertje zusje
    schoonvader schoonmoeder schoonzoon schoondochter zwager schoonzus tante oom neef nicht
    vriend vriendin partner echtgenoot echtgenote collega collega's baas chef klasgenoot
    wife husband son daughter father mother dad mum mom grandma grandpa brother sister
    neighbour neighbor friend colleague boss partner teacher
    """.split()
)
"""Nouns for people; a capitalised word right after one is read as a name ("mijn man Wim")."""

GREETINGS: Final[frozenset[str]] = frozenset(
    "beste hoi hallo hey hi hello dear geachte lieve dag goedemorgen goedemiddag".split()
)
"""Opening words; a capitalised word right after one is read as a name ("Beste Sanne")."""

SIGN_OFFS: Final[tuple[str, ...]] = (
    "met vriendelijke groeten",
    "met vriendelijke groet",
    "vriendelijke groeten",
    "vriendelijke groet",
    "hartelijke groeten",
    "hartelijke groet",
    "met hartelijke groet",
    "de groetjes",
    "de groeten",
    "groetjes",
    "groeten",
    "groetn",
    "groet",
    "gegroet",
    "greetz",
    "grtz",
    "grt",
    "gr.",
    "gr",
    "m.v.g.",
    "m.v.g",
    "mvg",
    "liefs",
    "doei",
    "dank je wel",
    "dank",
    "bedankt",
    "alvast bedankt",
    "kind regards",
    "best regards",
    "regards",
    "best wishes",
    "greetings",
    "cheers",
    "thanks",
    "thank you",
    "best",
    "love",
)
"""Closing words; the few words after one at the end of an answer are read as a name."""

CONNECTORS: Final[frozenset[str]] = frozenset(
    """
    van de der den het 't te ter ten aan uit in op bij voor naar en of met door om over
    vanuit oet in't to from of the and at on by for
    """.split()
)
"""Lower-case little words trimmed from the edges of a name span."""

INTERFIXES: Final[tuple[str, ...]] = (
    "van der",
    "van den",
    "van de",
    "van het",
    "van 't",
    "in 't",
    "in het",
    "op de",
    "op den",
    "op 't",
    "uit de",
    "aan de",
    "van",
    "de",
    "der",
    "den",
    "ter",
    "ten",
    "te",
    "'t",
    "la",
    "le",
    "du",
    "el",
    "al",
    "bin",
    "ben",
    "da",
    "di",
    "dos",
    "von",
    "zu",
    "zur",
    "o'",
    "mc",
)
"""Surname prefixes ("tussenvoegsels"), longest first."""

NOT_NAMES: Final[frozenset[str]] = frozenset(
    """
    ik jij je u hij zij ze wij we jullie het dat dit die deze een de en maar ook nog wel niet
    geen al alle allemaal iedereen niemand iemand allen mensen inwoner inwoners burger burgers
    bewoner bewoners familie buren provincie gemeente overheid jongeren ouderen jongere oudere
    nederlander nederlanders nederlandse turk turkse marokkaan syriër syrische pool poolse
    student studente scholier moeder vader boer boerin ondernemer vrijwilliger mantelzorger
    gepensioneerd gepensioneerde werkloos zzp'er verpleegkundige docent leraar agrariër
    boos blij trots bang bezorgd benieuwd het eens oneens tevreden ontevreden teleurgesteld
    hier daar nu even bijna pas net zelf inmiddels gewoon echt heel erg zo dus toch
    namens vanuit uit van voor aan bij in op met over door naar tot sinds
    the a an all everyone you me i we they he she it and from to for of in on at my our
    anoniem anonymous onbekend unknown
    ja nee yes no ok oke oké top super prima mooi fijn graag dank thanks sorry
    """.split()
)
"""Words that are never the first word of a name found by a context rule."""
