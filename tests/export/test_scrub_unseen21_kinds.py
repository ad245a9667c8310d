"""The twenty-first round of rules, written from what ``unseen21`` let through (made-up
sentences of the same kinds, not the corpus lines):

- an age after "ik ben" is followed by any word that opens a new clause ("terwijl", "omdat",
  "ik"), not only by a full stop or "en";
- every day with its month in an answer about people is a day of someone's life (a birthday,
  an exam, the day someone died), as every blind annotator marks it: the policy of the
  seventeenth round's years, now for days; the day of a public or programme event stays;
- the citizen's own whole name typed glued to other words;
- a business named in lower case ("cafetaria t hoekje"), with or without its place, after
  someone's work;
- a year of study at an institution named by its kind or initials ("de verloskunde-academie",
  "de pabo", "de UT");
- a German job's where after "der"; an institution's name before its head ("het Sophia
  ziekenhuis"); a job with its years and the verb last ("heb tien jaar kok … gewerkt");
- a nickname explained by "dat is" and a first name; letter names "kaa", "bee"; a spoken year
  glued together ("negentienachtenvijftig").
"""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ik ben vijftien omdat mijn broer ook meedeed",
            "ik ben [leeftijd] omdat mijn broer ook meedeed",
        ),
        ("ik ben veertien ik wil gewoon stemmen", "ik ben [leeftijd] ik wil gewoon stemmen"),
        ("ik ben 16 hahaha", "ik ben [leeftijd] hahaha"),
        ("Mijn man en ik zijn allebei 81.", "Mijn man en ik zijn allebei [leeftijd]."),
        (
            "Gisteren sprak ik een kerel van zevenennegentig die alles wist.",
            "Gisteren sprak ik een kerel van [leeftijd] die alles wist.",
        ),
    ],
)
def test_ages_before_a_new_clause(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik ben 16 keer geweest",
        "ik ben 40 minuten te laat",
        "het zijn er twintig niet meer",
        "de score was twaalf toch?",
    ],
)
def test_counts_after_a_verb_of_being_stay(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mn rijexamen is 9 januari duimen", "mn rijexamen is [datum] duimen"),
        (
            "het was mijn verjaardag (3 juni) dus taart",
            "het was mijn verjaardag ([datum]) dus taart",
        ),
        (
            "Mijn vrouw ligt daar sinds 17 augustus vorig jaar.",
            "Mijn vrouw ligt daar sinds [datum] vorig jaar.",
        ),
        (
            "op zaterdag 14 maart werd mijn dochter achttien",
            "op [datum] werd mijn dochter [leeftijd]",
        ),
        (
            "wij gaan van 9 tot 12 mei met mijn ouders weg",
            "wij gaan van [datum] met mijn ouders weg",
        ),
        ("ik was op 12, 13 en 14 mei met mijn ouders weg", "ik was op [datum] met mijn ouders weg"),
        (
            "My daughter was born on the 3rd of June in Deventer.",
            "My daughter was born on the [datum] in Deventer.",
        ),
        ("My son turned ten on March 14th.", "My son turned [leeftijd] on [datum]."),
        # the sentence's full stop stays; an abbreviation's goes with the day
        ("Ik ben op 12 mei jarig.", "Ik ben op [datum] jarig."),
    ],
)
def test_days_of_a_life(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Op 14 maart is het Statenspel in Zwolle, ik ga met mijn klas.",
        "Ik vond de inloopavond op 15 maart in Raalte heel goed.",
        "Mijn kinderen horen het verhaal elk jaar op 4 mei.",
        "Op 12 mei is ons nieuwe ziekenhuis in Almelo geopend.",
        "Het hoogwater van 3 februari staat ons nog bij.",
        "Op 15 maart was de inloopavond in Raalte.",  # about no one
    ],
)
def test_days_of_public_events_stay(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_own_name_glued_to_other_words(rules: Scrubber) -> None:
    gerda = KnownPerson("Gerda", "ter Steege", None)
    assert (
        scrubbed(rules, "mijnidee:betaaldebenzine.groetgerdatersteege", gerda)
        == "mijnidee:betaaldebenzine.groet[naam]"
    )
    # a short whole name glued to words could be anything, but after "groetjes" a word no list
    # knows is a name (round 47)
    assert scrubbed(rules, "groetjes janvos", KnownPerson("Jan", "Vos", None)) == "groetjes [naam]"
    assert scrubbed(rules, "ik zag janvos", KnownPerson("Jan", "Vos", None)) == "ik zag janvos"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "daar sta ik achter de frituur bij cafetaria t hoekje dus ik zie iedereen",
            "daar sta ik [functie] dus ik zie iedereen",
        ),
        ("ik werk bij bakkerij nijhuis", "ik werk [functie]"),
        (
            "ik werk in de kas bij tomatenkwekerij vd vegt in ijsselmuiden en we stoken",
            "ik werk [functie] en we stoken",
        ),
        ("ik werk als bezorger bij pizzeria da mario en", "ik werk als [functie] en"),
        ("mijn moeder is kapster bij kapsalon knipidee", "mijn moeder is [functie]"),
        ("ik werk als kok bij restaurant Kabul Kitchen in Deventer.", "ik werk als [functie]."),
    ],
)
def test_businesses_named_in_lower_case(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik werk bij de bakkerij zelf",
        "ik werk bij de snackbar de hele zomer in Ommen",
        "ik werk bij de snackbar naast de kerk",
        "ik sta op de markt",
    ],
)
def test_businesses_without_a_name_stay(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mijn kleindochter zit in het derde jaar van de verloskunde-academie in Groningen, "
            "de cirkel is rond.",
            "Mijn kleindochter zit in [school], de cirkel is rond.",
        ),
        ("ik zit in het 2e jaar van de pabo in Deventer", "ik zit in [school]"),
    ],
)
def test_year_of_study_at_an_institution_by_its_kind(
    rules: Scrubber, text: str, expected: str
) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize("text", ["de pabo in Deventer is goed", "ik zit op de kunstacademie"])
def test_institution_alone_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ich bin Hebamme im Kreißsaal der ZGT in Almelo und komme aus Münster.",
            "Ich bin [functie] und komme aus Münster.",
        ),
        (
            "Ik was hoofdverpleegkundige op de kraamafdeling van het Sophia ziekenhuis in Zwolle"
            " en dat was zwaar.",
            "Ik was [functie] en dat was zwaar.",
        ),
        (
            "Ik heb bijna veertig jaar uitvaartverzorger bij uitvaartcentrum Nijhuis in Rijssen"
            " gewerkt.",
            "Ik heb [functie] gewerkt.",
        ),
        ("Ik heb tien jaar als kok in Ommen gewerkt.", "Ik heb [functie] gewerkt."),
        ("ik ben 20, tweedejaars bestuurskunde aan de UT, en", "ik ben [leeftijd], [school], en"),
        (
            "stekkie (dat is timo, hij heeft altijd zn haar omhoog) won de prijs",
            "[naam] (dat is [naam], hij heeft altijd zn haar omhoog) won de prijs",
        ),
        (
            "mijn postcode is zeven zes nul negen bee kaa en ik ben geboren in "
            "negentienachtenvijftig en ik vind",
            "mijn postcode is [postcode] en ik ben geboren in [datum] en ik vind",
        ),
    ],
)
def test_roles_schools_nicknames_and_spoken_signs(
    rules: Scrubber, text: str, expected: str
) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb tien jaar hard gewerkt.",
        "Ik heb twee jaar in Ommen gewerkt.",
        "De UT is groot.",
        "de bieb (dat is de bibliotheek) is dicht",
        "het provinciehuis (dat is groot) staat in Zwolle",
    ],
)
def test_ordinary_sentences_of_those_kinds_stay(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
