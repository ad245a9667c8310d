"""What ``unseen7`` still let through after the eighth round, fixed in general in the ninth and
shown here on made-up sentences (none is copied from the corpus): the last of a list of names,
a name found once and written again, a nickname explained in brackets or named by "noemen"
without an article, "mnr" and "mvr" as titles, a word that signs with an age, a family's name
in its business, and roles: an adjective in capitals before the noun of where ("de Hervormde
kerk"), "dat jaar" before the role, a village's king or prince of a feast, "ben 15 en" before
the role, an English role after a Dutch "ik ben" — and what must stay. Rules without deduce."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text, expected",
    [
        # the last of a list of names, whatever word it is
        (
            "in ons groepje zaten fenna, ruben en pluk.",
            "in ons groepje zaten [naam], [naam] en [naam].",
        ),
        # a name found once is a name where it stands again, written the same way
        (
            "wij waren met jesse, daan, pluk en ik. pluk deed het woord",
            "wij waren met [naam], [naam], [naam] en ik. [naam] deed het woord",
        ),
        # a nickname explained in brackets: what sort of name, who it is, or "niemand noemt hem zo"
        (
            "toen snoek (achternaam hoor) de motie voorlas",
            "toen [naam] (achternaam hoor) de motie voorlas",
        ),
        (
            "pino (jelle, maar niemand noemt hem zo) won de debatprijs",
            "[naam] ([naam], maar niemand noemt hem zo) won de debatprijs",
        ),
        (
            "het brein (onze klassenoudste yara) had alles voorbereid",
            "[naam] (onze klassenoudste [naam]) had alles voorbereid",
        ),
        # a nickname of one word before or after "noemen … hem"
        (
            "die lange uit Vriezenveen, zoef noemden ze hem, won",
            "die lange uit Vriezenveen, [naam] noemden ze hem, won",
        ),
        ("iedereen noemt hem knoet sinds groep 3", "iedereen noemt hem [naam] sinds groep 3"),
        # "mnr" is a title like "meneer"
        ("mnr ter beek deelde de kaartjes uit", "mnr [naam] deelde de kaartjes uit"),
        # a word that opens a sentence and signs with an age that ends it
        (
            "echt vet lol. storm, net 17 geworden 🎂",
            "echt vet lol. [naam], net [leeftijd] geworden 🎂",
        ),
        # a family's name in its business
        (
            "ons vlees komt van slagerij ten hove in Diepenheim",
            "ons vlees komt van slagerij [naam] in Diepenheim",
        ),
        (
            "we gaan naar kapsalon Brinkhuis in Nijverdal",
            "we gaan naar kapsalon [naam] in Nijverdal",
        ),
    ],
)
def test_names_in_lists_repeats_nicknames_and_businesses(
    rules: Scrubber, text: str, expected: str
) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the list goes on with no person, or with the writer
        ("ik ging met lotte, sanne en de rest.", "ik ging met [naam], [naam] en de rest."),
        ("ik zat met noor, bas en anderen.", "ik zat met [naam], [naam] en anderen."),
        ("met jip, mees en ik erbij", "met [naam], [naam] en ik erbij"),
        # after an article the word is the word
        (
            "fenna had een roos mee en de roos was rood",
            "[naam] had een roos mee en de roos was rood",
        ),
        # written otherwise, or a capitalised word that opens a sentence: the word
        (
            "Wiej bint nich riek. Mien wief Riek zeg dat ok.",
            "Wiej bint nich riek. Mien wief [naam] zeg dat ok.",
        ),
        # an office explained is no nickname; a nickname given in the brackets is the nickname
        (
            "de wethouder (onze wethouder jan) zei dat het kon",
            "de wethouder (onze wethouder [naam]) zei dat het kon",
        ),
        ("onze mentor (bijnaam: de beer) deed mee", "onze mentor (bijnaam: [naam]) deed mee"),
        # "zo", "niet": no nickname
        ("zo noemden ze hem vroeger", "zo noemden ze hem vroeger"),
        ("ze noemen hem niet zo", "ze noemen hem niet zo"),
        # a sign-off word, or a sentence that goes on after the age
        ("doei! liefs, net 13 geworden 🎉", "doei! liefs, net [leeftijd] geworden 🎉"),
        ("Eerlijk, 16 is te jong om te stemmen", "Eerlijk, 16 is te jong om te stemmen"),
        # a prefix before no surname, and a business with a name of its own
        ("we kopen brood bij bakkerij van de buurt", "we kopen brood bij bakkerij van de buurt"),
        (
            "we doen boodschappen bij supermarkt Plus in Raalte",
            "we doen boodschappen bij supermarkt Plus in Raalte",
        ),
    ],
)
def test_what_stays_next_to_those_names(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mijn opa was veertig jaar koster van de Gereformeerde kerk in Nieuwleusen en hij",
            "Mijn opa was [functie] en hij",
        ),
        (
            "ik ben 15 en aanvoerder bij de JO16-2 van vv Bergentheim",
            "ik ben [leeftijd] en [functie]",
        ),
        (
            "Ik ben head of the Eritrean community in Deventer and we need help",
            "Ik ben [functie] and we need help",
        ),
        (
            "mijn broer was dat jaar schutterskoning in Lemelerveld",
            "mijn broer was dat jaar [functie]",
        ),
        ("mijn zus is carnavalsprinses in Oldenzaal", "mijn zus is [functie]"),
        # a king spoken of is no role of the writer's
        ("de koning kwam naar Zwolle", "de koning kwam naar Zwolle"),
    ],
)
def test_roles_of_church_club_and_village(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected
