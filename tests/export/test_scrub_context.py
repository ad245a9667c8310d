"""Issue 14's rules on made-up sentences, without deduce (fast): names from their context,
place or surname, schools with a class, rare roles, ages in words, birth years, dialect and
English words, brackets, links, and the spots marked for an editor."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from bot.export.scrub.rules import number_words
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text, expected",
    [
        # after met / naast / net als, and a verb of saying before or after the name
        ("gisteren zat ik naast femke in de bus", "gisteren zat ik naast [naam] in de bus"),
        ("we gingen met jasper naar huis", "we gingen met [naam] naar huis"),
        ("vindt wouter ook trouwens", "vindt [naam] ook trouwens"),
        ("daarna vroeg mirthe of het klopte", "daarna vroeg [naam] of het klopte"),
        ("en toen zei sven dat het niet kon", "en toen zei [naam] dat het niet kon"),
        ("ik denk dat sanne zei dat het mocht", "ik denk dat [naam] zei dat het mocht"),
        ("een jongen die gijs heette stond op", "een jongen die [naam] heette stond op"),
        ("samen met Marloes deed ik het", "samen met [naam] deed ik het"),
        ("net als fenna vind ik het saai", "net als [naam] vind ik het saai"),
        # names joined to a found one
        ("ik zat met floor, rosa en jip", "ik zat met [naam], [naam] en [naam]"),
        ("met bram en lars gingen we", "met [naam] en [naam] gingen we"),
        # English
        ("I went with priya and we asked", "I went with [naam] and we asked"),
    ],
)
def test_first_names_written_in_lower_case_with_a_person_cue(
    rules: Scrubber, text: str, expected: str
) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("meester de wit legde het uit", "meester [naam] legde het uit"),
        ("mevrouw hofstede was streng", "mevrouw [naam] was streng"),
        ("juf van der linde deed mee", "juf [naam] deed mee"),
        ("meneer Oosterhuis had gelijk", "meneer [naam] had gelijk"),
        ("Tante Gerda kwam ook", "Tante [naam] kwam ook"),
        # a subject, a verb or an ordinary word after the title is no name
        ("meneer van geschiedenis was ziek", "meneer van geschiedenis was ziek"),
        ("de juf zei dat het goed was", "de juf zei dat het goed was"),
    ],
)
def test_any_name_after_a_personal_title(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("toen stond de Dikke op en ging weg", "toen stond [naam] op en ging weg"),
        ("we kochten friet bij Lange Gerrit", "we kochten friet bij [naam]"),
        ('we noemen hem "de Beer" omdat hij groot is', 'we noemen hem "[naam]" omdat hij groot is'),
    ],
)
def test_nicknames(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


def test_a_place_word_after_a_first_name_or_title_is_part_of_the_name(rules: Scrubber) -> None:
    assert scrubbed(rules, "juf Marieke van Ommen deed het goed") == "juf [naam] deed het goed"
    assert scrubbed(rules, "meester van raalte legde het uit") == "meester [naam] legde het uit"
    assert scrubbed(rules, "Henk Hardenberg belde me") == "[naam] belde me"
    # ... but after an office with "van" it is the place of the office
    assert (
        scrubbed(rules, "de burgemeester van Dalfsen zei het")
        == "de burgemeester van Dalfsen zei het"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ik woonde eerst in Putten en daarna in Epe.",
        "We verhuisden van Zwolle naar Doorn.",
        "My wife comes from Assen, I come from Poland.",
        "De trein naar Ede en Wageningen was vol.",
    ],
)
def test_towns_outside_overijssel_that_are_surnames_stay_as_places(
    rules: Scrubber, text: str
) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ik zit in klas 1d van het Thorbecke", "ik zit in [school]"),
        ("ik zit in 6 vwo op Gymnasium Celeanum", "ik zit in [school]"),
        ("wij zijn 3 havo van het Bonhoeffer College!", "wij zijn [school]!"),
        ("onze brugklas van CSG Noorderpoort deed mee", "[school] deed mee"),
        ("we were year 9 at Het Erasmus", "we were [school]"),
    ],
)
def test_a_school_with_a_class_or_level(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


def test_a_school_alone_stays_and_is_marked(rules: Scrubber) -> None:
    result = rules.scrub("ik zit op het Greijdanus en vind het leuk")
    assert result.text == "ik zit op het Greijdanus en vind het leuk"
    assert [result.text[s:e] for s, e in result.marks] == ["het Greijdanus"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Als oud-burgemeester weet ik hoe het gaat.", "Als [functie] weet ik hoe het gaat."),
        ("Ik ben de enige bakker in het dorp en", "Ik ben [functie] en"),
        ("Ik ben raadslid sinds 2014 en", "Ik ben [functie] en"),
        ("Mijn moeder was jarenlang notaris in Ommen.", "Mijn moeder was [functie]."),
        ("Ik werk als verpleegkundige bij Isala Zwolle.", "Ik werk als [functie]."),
        ("I'm a lecturer at Windesheim and", "I'm [functie] and"),
        # an office spoken of, and a title before a name, stay
        ("De burgemeester van Ommen zei het zelf.", "De burgemeester van Ommen zei het zelf."),
        ("Gedeputeerde Staten besluiten dat.", "Gedeputeerde Staten besluiten dat."),
    ],
)
def test_rare_roles(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ik ben zeventien en ik", "ik ben [leeftijd] en ik"),
        ("toen ik negen was", "toen ik [leeftijd] was"),
        ("Ik bin vierentachtig joar", "Ik bin [leeftijd]"),
        ("mijn opa van eenennegentig", "mijn opa van [leeftijd]"),
        ("she is twenty-one and", "she is [leeftijd] and"),
        ("een man, achtenveertig jaar, uit Zwolle", "een man, [leeftijd], uit Zwolle"),
        # not an age: a duration, an article, children counted
        ("we wachten al twintig jaar", "we wachten al twintig jaar"),
        ("ik ben een van de kinderen", "ik ben een van de kinderen"),
        ("moeder van vier", "moeder van vier"),
    ],
)
def test_ages_in_words(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Geboren op 2 mei, in 1948, in Deventer.",
            "Geboren op [datum], in [leeftijd], in Deventer.",
        ),
        ("mijn vader is van 1950", "mijn vader is van [leeftijd]"),
        ("ik ben een '64-er", "ik ben een [leeftijd]-er"),
    ],
)
def test_birth_years(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


def test_number_words() -> None:
    assert number_words.value("zesenzestig") == 66
    assert number_words.value("tweeëntwintig") == 22
    assert number_words.value("tweeentwintig") == 22
    assert number_words.value("achtien") == 18
    assert number_words.value("thirty-four") == 34
    assert number_words.value("honderdtwee") == 102
    assert number_words.value("dertien") == 13
    assert number_words.value("banaan") is None


@pytest.mark.parametrize(
    "text",
    [
        "Mien moder wol altied dat wie nich te laat kwamen.",
        "Hee was d'r ok bie'j.",
        "Born and raised here, I never left.",
        "Will the province listen? Hope so.",
        "jij bent lief en ik koos voor de bus",
    ],
)
def test_dialect_and_english_words_are_no_names(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_name_is_still_a_name_in_a_person_context(rules: Scrubber) -> None:
    assert scrubbed(rules, "tante Mien zei het") == "tante [naam] zei het"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mijn buurman Henk (06-12345678) zegt het", "Mijn buurman [naam] ([telefoon]) zegt het"),
        ("bel (06-12345678) of mail", "bel ([telefoon]) of mail"),
        ("(Groetjes, Sanne)", "(Groetjes, [naam])"),
        ("ik ben (zestien) jaar", "ik ben ([leeftijd]) jaar"),
    ],
)
def test_never_half_a_bracket(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


def test_brackets_stay_balanced_on_the_corpus(rules: Scrubber) -> None:
    from tests.export import corpus_tools

    for part in ("tune", "holdout", "styles", "styles_holdout"):
        for answer in corpus_tools.load(part):
            out = scrubbed(rules, answer.text)
            for opening, closing in ("()", "{}"):
                before = answer.text.count(opening) - answer.text.count(closing)
                assert out.count(opening) - out.count(closing) == before, (answer.id, out)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[stem nu](//host.example/x)", "[stem nu]([link])"),
        ("![](//203.0.113.7/p.png)", "![]([link])"),
        ("ga naar stem-nu.click of 198.51.100.4", "ga naar [link] of [link]"),
        (
            "zie overijssel.nl of www.overijssel.nl/agenda",
            "zie overijssel.nl of www.overijssel.nl/agenda",
        ),
    ],
)
def test_links_hosts_and_ip_addresses(rules: Scrubber, text: str, expected: str | None) -> None:
    assert scrubbed(rules, text) == (expected or text)


@pytest.mark.parametrize(
    "text, marked",
    [
        ("we zagen in de stad ook Brindlewick, heel gezellig", ["Brindlewick"]),
        ("het was leuk toen mees de motie las", ["mees"]),
        ("in de klas zat Sanne 14 keer te praten", ["14"]),
        ("Ik woon in Zwolle en werk in Deventer.", []),
    ],
)
def test_unsure_spots_are_marked(rules: Scrubber, text: str, marked: list[str]) -> None:
    result = rules.scrub(text)
    assert [result.text[s:e] for s, e in result.marks] == marked


def test_names_on_the_list_are_replaced_anywhere(rules: Scrubber) -> None:
    assert scrubbed(rules, "dan hoort Xiomara het ook") == "dan hoort [naam] het ook"
    # frequent first names that are no word in Dutch, English or dialect, in lower case too
    assert scrubbed(rules, "het was leuk toen bram de motie las") == (
        "het was leuk toen [naam] de motie las"
    )
    assert scrubbed(rules, "tijn en lars hadden de beste speech") == (
        "[naam] en [naam] hadden de beste speech"
    )


def test_marks_follow_the_text_through_replacements(rules: Scrubber) -> None:
    result = rules.scrub("Bel 06-12345678, dan hoort Brindlewick het ook.")
    assert result.text == "Bel [telefoon], dan hoort Brindlewick het ook."
    assert [result.text[s:e] for s, e in result.marks] == ["Brindlewick"]
