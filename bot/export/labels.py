"""Every user-visible string of an export, in Dutch and English.

The export runs in a worker process without the bot's gettext catalogs, so the few strings it
writes (column headers, replacement tags, sheet names, headings) live here, keyed by the
request's ``language``. Keys are stable; JSONL field names are not translated (they are for
tools, not people).
"""

from __future__ import annotations

from typing import Final

from bot.export.records import Language

TAGS: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "name": "[naam]",
        "address": "[adres]",
        "postcode": "[postcode]",
        "phone": "[telefoon]",
        "email": "[e-mail]",
        "iban": "[iban]",
        "bsn": "[bsn]",
        "age": "[leeftijd]",
        "handle": "[account]",
        "plate": "[kenteken]",
        "url": "[link]",
        "date": "[datum]",
        "number": "[nummer]",
        "place": "[plaats]",
        "school": "[school]",
        "role": "[functie]",
    },
    "en": {
        "name": "[name]",
        "address": "[address]",
        "postcode": "[postcode]",
        "phone": "[phone]",
        "email": "[email]",
        "iban": "[iban]",
        "bsn": "[bsn]",
        "age": "[age]",
        "handle": "[account]",
        "plate": "[licence plate]",
        "url": "[link]",
        "date": "[date]",
        "number": "[number]",
        "place": "[place]",
        "school": "[school]",
        "role": "[role]",
    },
}
"""Replacement tag per kind of personal data."""

SUPPRESSED: Final[dict[str, str]] = {"nl": "[onderdrukt]", "en": "[suppressed]"}
"""Marker in a demographic cell shared by fewer than k respondents."""

RESPONDENT_LABEL: Final[dict[str, str]] = {"nl": "Inwoner", "en": "Resident"}
"""Prefix of the keyed labels of the verhalenreeks ("Inwoner K7Q2MD")."""

COLUMNS: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "respondent": "respondent",
        "dialogue": "dialoog",
        "version": "versie",
        "question_id": "vraag-id",
        "question": "vraag",
        "type": "type",
        "answer": "antwoord",
        "date": "datum",
        "municipality": "gemeente",
        "age_band": "leeftijdsgroep",
    },
    "en": {
        "respondent": "respondent",
        "dialogue": "dialogue",
        "version": "version",
        "question_id": "question id",
        "question": "question",
        "type": "type",
        "answer": "answer",
        "date": "date",
        "municipality": "municipality",
        "age_band": "age band",
    },
}
"""Column headers, in the order of :data:`COLUMN_KEYS`."""

COLUMN_KEYS: Final[tuple[str, ...]] = (
    "respondent",
    "dialogue",
    "version",
    "question_id",
    "question",
    "type",
    "answer",
    "date",
    "municipality",
    "age_band",
)

QUESTION_TYPES: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "text": "Open vragen",
        "choice": "Keuzevragen",
        "multi": "Meerkeuzevragen",
        "scale": "Schaalvragen",
        "number": "Getalvragen",
    },
    "en": {
        "text": "Open questions",
        "choice": "Choice questions",
        "multi": "Multiple choice",
        "scale": "Scale questions",
        "number": "Number questions",
    },
}
"""Sheet names of the XLSX format (at most 31 characters), per question type."""

SUMMARY: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "sheet": "Samenvatting",
        "title": "Export",
        "dialogue": "Dialoog",
        "purpose": "Doel",
        "period": "Periode",
        "from": "vanaf",
        "until": "tot en met",
        "all": "alles",
        "made_on": "Gemaakt op",
        "respondents": "Respondenten",
        "answers": "Antwoorden",
        "k": "k (kleinste groep voor gemeente en leeftijdsgroep)",
        "suppressed_cells": "Onderdrukte cellen",
        "scrubbed": "Weggehaald uit open antwoorden",
        "marks": "Plekken om na te kijken",
        "check": "controleer",
        "marks_note": (
            "Waar het programma twijfelde, staat **[controleer: …]** om het woord. Een "
            "redacteur kijkt naar elke markering voordat er iets wordt gepubliceerd: haal "
            "het woord weg of laat het staan, en haal de markering weg."
        ),
        "kind": "Soort",
        "count": "Aantal",
        "none": "niets",
        "option": "Antwoord",
        "answers_for_question": "{n} antwoorden",
        "answer_for_question": "1 antwoord",
        "quotes": "Citaten",
        "no_quotes": "Geen citaten.",
        "chart_alt": "Grafiek van de antwoorden",
        "intro": (
            "Concept voor de redactie van de verhalenreeks. Namen, nummers en adressen zijn "
            "vervangen door een label tussen blokhaken; controleer de citaten toch voordat ze "
            "worden gepubliceerd."
        ),
        "intro_analyse": (
            "Overzicht voor een rapport: alle antwoorden van inwoners die toestemming gaven. "
            "Namen, nummers en adressen zijn vervangen door een label tussen blokhaken; deze "
            "antwoorden zijn niet vrijgegeven om te citeren in de verhalenreeks."
        ),
    },
    "en": {
        "sheet": "Summary",
        "title": "Export",
        "dialogue": "Dialogue",
        "purpose": "Purpose",
        "period": "Period",
        "from": "from",
        "until": "up to and including",
        "all": "all",
        "made_on": "Made on",
        "respondents": "Respondents",
        "answers": "Answers",
        "k": "k (smallest group for municipality and age band)",
        "suppressed_cells": "Suppressed cells",
        "scrubbed": "Removed from open answers",
        "marks": "Spots to check",
        "check": "check",
        "marks_note": (
            "Where the program was unsure, **[check: …]** stands around the word. An editor "
            "looks at every mark before anything is published: remove the word or keep it, "
            "and remove the mark."
        ),
        "kind": "Kind",
        "count": "Count",
        "none": "nothing",
        "option": "Answer",
        "answers_for_question": "{n} answers",
        "answer_for_question": "1 answer",
        "quotes": "Quotes",
        "no_quotes": "No quotes.",
        "chart_alt": "Chart of the answers",
        "intro": (
            "Draft for the editors of the verhalenreeks. Names, numbers and addresses have "
            "been replaced by a label in square brackets; still check the quotes before they "
            "are published."
        ),
        "intro_analyse": (
            "Overview for a report: all answers of citizens who gave consent. Names, numbers "
            "and addresses have been replaced by a label in square brackets; these answers are "
            "not released for quoting in the verhalenreeks."
        ),
    },
}

KIND_NAMES: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "name": "namen",
        "address": "adressen",
        "postcode": "postcodes",
        "phone": "telefoonnummers",
        "email": "e-mailadressen",
        "iban": "rekeningnummers (IBAN)",
        "bsn": "burgerservicenummers",
        "age": "leeftijden",
        "handle": "accounts",
        "plate": "kentekens",
        "url": "links",
        "date": "datums",
        "number": "andere nummers",
        "place": "plaatsen buiten de keep-lijst",
        "school": "scholen met klas",
        "role": "functies die weinig mensen hebben",
    },
    "en": {
        "name": "names",
        "address": "addresses",
        "postcode": "postcodes",
        "phone": "phone numbers",
        "email": "e-mail addresses",
        "iban": "bank accounts (IBAN)",
        "bsn": "citizen service numbers",
        "age": "ages",
        "handle": "accounts",
        "plate": "licence plates",
        "url": "links",
        "date": "dates",
        "number": "other numbers",
        "place": "places outside the keep list",
        "school": "schools with a class",
        "role": "roles few people have",
    },
}
"""Plural names of the kinds, for the summary sheet and the Markdown draft."""


def tag(language: Language, kind: str) -> str:
    """The replacement tag of ``kind`` in ``language``."""
    return TAGS[language][kind]


def headers(language: Language) -> list[str]:
    """Column headers in export order."""
    names = COLUMNS[language]
    return [names[key] for key in COLUMN_KEYS]
