"""The kinds the first independent measurement (corpus part ``unseen2``) let through, fixed in
general and shown here on made-up sentences (none is copied from the corpus), without deduce
unless a test says so: structured data typed loosely, schools as students write them, roles in
dialect, English and Dutch clause order, nicknames with "de", bare ages in teen chat, years
of death — and what must stay."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber, ScrubItem
from bot.export.worker import ExportWorker
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text, expected",
    [
        # e-mail with spaces around "@" or the dot, or spelled out
        ("mail: k.olde @kpnmail.nl graag", "mail: [e-mail] graag"),
        ("mijn mail is wout @ hotmail . com", "mijn mail is [e-mail]"),
        ("stuur naar fam.ten.brink at ziggo punt nl aub", "stuur naar [e-mail] aub"),
        ("noor2010 apenstaartje gmail punt com", "[e-mail]"),
        ("mail ria.s at hetnet", "mail [e-mail]"),
        ("mail naar anna punt smit at gmail dot com", "mail naar [e-mail]"),
        ("reach me at jos.m@outlook .com", "reach me at [e-mail]"),
        # a street glued to its number, abbreviated, with "nr.", or after "ik woon op"
        ("we wonen op de esweg7 in Lemele", "we wonen op de [adres] in Lemele"),
        ("adres: Lindelaan14b, Vroomshoop", "adres: [adres], Vroomshoop"),
        ("ik woon aan de kerkstr. 9", "ik woon aan de [adres]"),
        ("de Hoofdstraat nr. 31 is van ons", "de [adres] is van ons"),
        ("we wonen aan de Haar 6 in Daarle", "we wonen aan [adres] in Daarle"),
        ("huisnr 17 en postcode volgt", "huisnr [adres] en postcode volgt"),
        ("ik woon op nummer 8 van de Molenweg", "ik woon op nummer [adres]"),
        # handles after a short platform name
        ("sc: jens_2009 of ig: jens.vd", "sc: [account] of ig: [account]"),
    ],
)
def test_structured_data_typed_loosely(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik was at home toen het begon",
        "We meet at school. Nl is our language.",
        "Ik woon al 12 jaar in Ommen.",
        "Het is 2 km fietsen naar school.",
        "ik woon op de 3e verdieping",
        "We fietsten langs de Dorpsstraat en daar rijden te veel auto's.",
    ],
)
def test_no_structured_data_where_there_is_none(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        # names from the list in lower case, class codes, no space
        ("wij zijn v4b van het celeanum", "wij zijn [school]"),
        ("ik zit in 3havo op t agnieten", "ik zit in [school]"),
        ("we hadden het met klas m2a van het noordik", "we hadden het met [school]"),
        ("ik zit in 4-havo van het Assink", "ik zit in [school]"),
        # ordinal classes with their determiner
        ("ze zit in de tweede klas van het Greijdanus", "ze zit in [school]"),
        ("my son's class 2B at Twickel College went", "my son's [school] went"),
        # a primary school after or before its group, any spelling
        ("mn broertje zit in groep 5 van de wegwijzer", "mn broertje zit in [school]"),
        ("ze zit op de Klimop in groep 3", "ze zit op [school]"),
        ("hij zit op de vlinder in groep 7", "hij zit op [school]"),
        ("in groep 4 van obs het Kompas in Raalte", "in [school]"),
        # a year of study with its programme and institution
        ("ik zit in het 3e jaar pedagogiek bij windesheim", "ik zit in [school]"),
        ("ik ben tweedejaars bij Saxion", "ik ben [school]"),
        ("I'm in my first year of law at Saxion.", "I'm in [school]."),
        ("ik doe niveau 4 zorg bij Landstede", "ik doe [school]"),
        # a class in words, in brackets, with its level between
        ("hij zit in groep zeven van de Esch", "hij zit in [school]"),
        ("ik zit op het greijdanus (4 vwo) in zwolle", "ik zit op [school]"),
        ("de 5e klas atheneum van het Thorbecke", "[school]"),
    ],
)
def test_schools_as_students_write_them(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Groep 8 gaat op kamp naar Ameland.",
        "het 2e jaar van de pilot was beter",
        "ik was op de camping in groep 3",
        "we speelden tegen klas 2c, die waren goed",
        "Ik studeer aan Saxion in Enschede.",
    ],
)
def test_no_school_without_one(rules: Scrubber, text: str) -> None:
    assert "[school]" not in scrubbed(rules, text)


def test_the_town_after_a_school_with_its_class_goes_with_it(rules: Scrubber) -> None:
    """Kept and marked for the editor until the eighteenth round: the town says which of the
    school's buildings, and every blind annotator since ``unseen13`` marks it with the school.
    A word no list knows as a place stays marked."""
    result = rules.scrub("ik zit in 2 havo op het Carmel in Raalte en")
    assert result.text == "ik zit in [school] en"
    assert result.marks == ()
    result = rules.scrub("ik zit in 2 havo op het Carmel in zuidhoek en")
    assert result.text == "ik zit in [school] in zuidhoek en"
    assert [result.text[s:e] for s, e in result.marks] == ["zuidhoek"]


def test_a_school_named_after_a_person_is_no_name_and_is_marked(rules: Scrubber) -> None:
    result = rules.scrub("ik zit op het pius x en vind het leuk")
    assert result.text == "ik zit op het pius x en vind het leuk"
    assert [result.text[s:e] for s, e in result.marks] == ["het pius x"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # dialect spellings and unique words as spoken
        ("Ik bin veurzitter van de schuttersvereniging in Lattrop.", "Ik bin [functie]."),
        ("Mien zus is de enigste tandarts in Vasse.", "Mien zus is [functie]."),
        ("ik ben de ienigste smid van Bentelo", "ik ben [functie]"),
        ("Mien vader was veurzitter van de kerkeraod in Lemele.", "Mien vader was [functie]."),
        # a role of one person of a place, also spoken of; the article goes with it
        ("De voorzitter van de schaakclub in Mander zei ja.", "[functie] zei ja."),
        ("mijn oom is commandant van de vrijwillige brandweer in Ommen", "mijn oom is [functie]"),
        # English: the article, "at" an employer, "the only"
        ("I'm working as a porter at Isala.", "I'm working as [functie]."),
        ("She is the only Dutch teacher at the school in Ootmarsum.", "She is [functie]."),
        ("As the chair of the residents' association in Kampen I", "As [functie] I"),
        # a chain of roles, years before the role, "en omstreken"
        ("ik was boswachter en later rentmeester in Vilsteren", "ik was [functie]"),
        ("Ik ben sinds 1994 penningmeester van de harmonie in Goor.", "Ik ben [functie]."),
        ("Hij was de enige notaris van Ommen en omstreken.", "Hij was [functie]."),
        # a Dutch clause that ends in its verb
        (
            "Mijn zus, die in Rijssen kapster bij salon Anja is, zegt",
            "Mijn zus, die in Rijssen [functie] is, zegt",
        ),
        (
            "mijn opa die jarenlang de laatste molenaar van Haarle was,",
            "mijn opa die [functie] was,",
        ),
        # the job after the employer, in more than one word; places in lower case
        (
            "ik werk bij Nedap in Groenlo als test engineer",
            "ik werk bij [functie]",
        ),
        ("ik werk bij de jumbo in raalte als vakkenvuller", "ik werk bij [functie]"),
        ("mn moeder is kapster in rijssen", "mn moeder is [functie]"),
        # a job told by its verb, with where or for whom
        ("Ik rijd al jaren taxi voor Munckhof in Enschede.", "Ik rijd al jaren [functie]."),
        ("Mijn vader geeft les op het Carmel in Raalte.", "Mijn vader geeft [functie]."),
        ("I teach maths at the Bataafs Lyceum.", "I teach [functie]."),
        ("mijn moeder bezorgt de post in Haarle", "mijn moeder bezorgt [functie]"),
        # Twents and Sallands links, a business written with "&"
        ("Ik bin smid an de Regge bi'j Hellendoorn.", "Ik bin [functie]."),
        ("wij runnen een B&B in Lattrop", "wij runnen [functie]"),
        # an adverbial of time before the role, a trade, two roles joined by "and I"
        (
            "Mijn vader was tot zijn pensioen schoolhoofd in Lattrop.",
            "Mijn vader was tot zijn pensioen [functie].",
        ),
        ("Ik werkte 40 jaar bij Stork in Hengelo als draaier.", "Ik werkte 40 jaar bij [functie]."),
        (
            "My wife is a nurse at the MST and I am a welder at Stork.",
            "My wife is [functie] and I am [functie].",
        ),
    ],
)
def test_roles_in_dialect_english_and_dutch_clause_order(
    rules: Scrubber, text: str, expected: str
) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De burgemeester van Ommen zei dat het goed kwam.",
        "Weet jij wie de wethouder van Wierden is?",
        "en de burgemeester van Dalfsen was er ook",
        "The mayor of Deventer visited our school last year.",
        "De huisarts in ons dorp is al jaren weg.",
        "ik rijd elke dag de bus naar Zwolle",
        "Mijn opa werkte vroeger bij de Twentsche Kabelfabriek.",
    ],
)
def test_offices_spoken_of_and_ordinary_work_stay(rules: Scrubber, text: str) -> None:
    assert "[functie]" not in scrubbed(rules, text)


@pytest.mark.parametrize(
    "text, marked",
    [
        # a business of "our": the village's own, or the writer's?
        ("Our bakery in Delden is the best.", ["bakery in Delden"]),
        # an occupation with a where no list knows
        ("mijn zus is juf op de zonnebloem", ["juf op de zonnebloem"]),
    ],
)
def test_unsure_roles_are_marked(rules: Scrubber, text: str, marked: list[str]) -> None:
    result = rules.scrub(text)
    assert result.text == text
    assert [result.text[s:e] for s, e in result.marks] == marked


@pytest.mark.parametrize(
    "text, expected",
    [
        # nicknames with an article, after or before a verb of naming, after a label
        (
            "we noemen haar de baas omdat ze alles regelt",
            "we noemen haar [naam] omdat ze alles regelt",
        ),
        ("de bril (zo noemen we de conrector) kwam", "[naam] (zo noemen we de conrector) kwam"),
        ("de kale, zoals we hem noemen, deed mee", "[naam], zoals we hem noemen, deed mee"),
        ("onze mentor (bijnaam: de beer) deed mee", "onze mentor (bijnaam: [naam]) deed mee"),
        # a short name after a verb with a person for its object
        ("de gedeputeerde gaf jo een hand", "de gedeputeerde gaf [naam] een hand"),
        ("ik belde sanne meteen", "ik belde [naam] meteen"),
        # a friend's word, and a name before "en ik" that is a word too
        ("mn bestie roos zat naast me", "mn bestie [naam] zat naast me"),
        ("jade en ik waren de groenen", "[naam] en ik waren de groenen"),
        # an introduction with a lower-case surname that is also a word
        ("hoi ik ben gerrit kok uit Wierden", "hoi ik ben [naam] uit Wierden"),
        ("ik ben sanne ter veld", "ik ben [naam]"),
        # "ben" after "en" is the verb, and the age after it an age
        ("ik heet mila en ben 13 en", "ik heet [naam] en ben [leeftijd] en"),
    ],
)
def test_names_and_nicknames_teenagers_use(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "hij gaf Twence een vergunning",
        "The teacher said we did well.",
        "Dat noemen we het succes van de dag.",
        "ze noemen haar de beste juf van de school",
        "koffie en ik zijn goede vrienden",
        "ik zit in de MR van het Carmel",
    ],
)
def test_no_name_where_there_is_none(rules: Scrubber, text: str) -> None:
    assert "[naam]" not in scrubbed(rules, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "politici moeten luisteren naar iemand van 15 ook",
            "politici moeten luisteren naar iemand van [leeftijd] ook",
        ),
        ("Ik ben 81jaar en woon", "Ik ben [leeftijd] en woon"),
        ("wij zijn allemaal 14 en", "wij zijn allemaal [leeftijd] en"),
        ("ik word in april 16 dus", "ik word in april [leeftijd] dus"),
        ("profiel: (v, 15) uit Borne", "profiel: (v, [leeftijd]) uit Borne"),
        ("ik ben 15 en mijn broer 12.", "ik ben [leeftijd] en mijn broer [leeftijd]."),
        ("ik ben zestien en mijn zusje elf", "ik ben [leeftijd] en mijn zusje [leeftijd]"),
        ("ik ben een 2008'er", "ik ben een [leeftijd]'er"),
        ("onze middelste van 9 deed ook mee", "onze middelste van [leeftijd] deed ook mee"),
        ("15 ben ik, dus nog niet stemmen", "[leeftijd] ben ik, dus nog niet stemmen"),
        ("ik loop tegen de tachtig", "ik loop tegen de [leeftijd]"),
        (
            "Ik ben geboren op de boerderij van mijn ouders in Beerze, in 1946.",
            "Ik ben geboren op de boerderij van mijn ouders in Beerze, in [leeftijd].",
        ),
        (
            "na de dood van mijn vrouw in 2012 ben ik",
            "na de dood van mijn vrouw in [datum] ben ik",
        ),
        # a year of death points at one family
        ("mijn vrouw, die in 2017 overleed, zei", "mijn vrouw, die in [datum] overleed, zei"),
        ("since my husband died in 2020 I", "since my husband died in [datum] I"),
    ],
)
def test_bare_ages_and_years_of_death(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Voor de viering van vijftig jaar Dorpsbelang zoeken we hulp.",
        "Onze kerk in Den Ham bestaat 100 jaar.",
        "heb ik dertig jaar lang gezien hoe het dorp veranderde",
        "ik heb 3 katten en een hond",
    ],
)
def test_no_age_or_date_where_there_is_none(rules: Scrubber, text: str) -> None:
    result = scrubbed(rules, text)
    assert "[leeftijd]" not in result and "[datum]" not in result


def test_the_years_of_a_role_are_no_age(rules: Scrubber) -> None:
    """The years go with the role (a tenure tells as much), never as an age."""
    text = "Mijn man Hendrik was 35 jaar koster van de kerk in Ommen."
    result = rules.scrub(text)
    assert result.text == "Mijn man [naam] was [functie]."
    assert "age" not in result.counts


def test_with_deduce_as_an_export_runs(worker: ExportWorker) -> None:
    """deduce takes a capitalised "Bill" for a name and a bracketed age for a number; the
    rules keep a word the writer also uses in lower case and take the age after a name."""
    items = [
        ScrubItem("Arrived from Poland in 2019. Bill after bill lands on my mat in Dutch."),
        ScrubItem("mijn dochter Fleur ( 16 ,zit in 5 vwo op het Celeanum) zegt het ook"),
        ScrubItem("mijn mail is h.jansen @ziggo.nl groet henk"),
    ]
    bill, fleur, mail = worker.scrub(items, "nl").result(timeout=120)
    assert bill.text == "Arrived from Poland in [datum]. Bill after bill lands on my mat in Dutch."
    assert fleur.text == "mijn dochter [naam] ( [leeftijd] ,zit in [school]) zegt het ook"
    assert mail.text == "mijn mail is [e-mail] groet [naam]"
