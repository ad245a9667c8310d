"""The kinds of personal data the scrubber replaces, and which wins when two overlap."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """A kind of personal data; the value is the key of its tag in :mod:`bot.export.labels`."""

    NAME = "name"
    ADDRESS = "address"
    POSTCODE = "postcode"
    PHONE = "phone"
    EMAIL = "email"
    IBAN = "iban"
    BSN = "bsn"
    AGE = "age"
    HANDLE = "handle"
    PLATE = "plate"
    URL = "url"
    DATE = "date"
    NUMBER = "number"
    PLACE = "place"
    SCHOOL = "school"
    ROLE = "role"


PRIORITY: dict[Kind, int] = {
    Kind.EMAIL: 100,
    Kind.URL: 95,
    Kind.IBAN: 90,
    Kind.BSN: 85,
    Kind.PHONE: 80,
    Kind.PLATE: 75,
    Kind.POSTCODE: 70,
    Kind.ADDRESS: 65,
    Kind.HANDLE: 60,
    Kind.SCHOOL: 55,
    Kind.ROLE: 52,
    Kind.DATE: 50,
    Kind.AGE: 45,
    Kind.NUMBER: 40,
    Kind.NAME: 30,
    Kind.PLACE: 20,
}
"""When spans overlap they are merged into one, tagged with the kind of highest priority."""
