"""Our own rules, without deduce (fast): each family of personal data and the keep-list."""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber
from bot.export.scrub.keep import keep_list
from bot.export.scrub.rules import ages, contact, identifiers, phones, plates
from bot.export.scrub.rules.ages import is_duration


def found(spans: list, text: str) -> list[str]:
    return [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("rekening NL91 ABNA 0417 1643 00 graag", "NL91 ABNA 0417 1643 00"),
        ("iban nl91abna0417164300.", "nl91abna0417164300"),
        ("DE89 3704 0044 0532 0130 00 is Duits", "DE89 3704 0044 0532 0130 00"),
    ],
)
def test_iban(text: str, expected: str) -> None:
    assert expected in found(identifiers.find_ibans(text), text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("BSN 111 222 333", "111 222 333"),
        ("nummer 1234.56.782", "1234.56.782"),
        ("123456782", "123456782"),
        ("mijn bsn is 123 456 789 (typo)", "123 456 789"),
    ],
)
def test_bsn(text: str, expected: str) -> None:
    assert found(identifiers.find_bsns(text), text) == [expected]


def test_no_bsn_in_ordinary_numbers() -> None:
    text = "In 2024 woonden er 123 456 789 mensen? Nee, 1.250.000 euro subsidie."
    assert identifiers.find_bsns(text) == []


@pytest.mark.parametrize("text", ["7511 AB", "7511AB", "7511ab"])
def test_postcode(text: str) -> None:
    assert found(identifiers.find_postcodes(f"in {text} Enschede"), f"in {text} Enschede")


@pytest.mark.parametrize("text", ["1500 km", "2000mg", "1200 of meer", "2024 en"])
def test_not_a_postcode(text: str) -> None:
    assert identifiers.find_postcodes(text) == []


@pytest.mark.parametrize(
    "number",
    [
        "+31 6 1234 5678",
        "06-12345678",
        "0031 6 48213377",
        "(038) 425 25 25",
        "06 - 11 22 33 44",
        "0546-812345",
        "+49 30 1234567",
    ],
)
def test_phone(number: str) -> None:
    text = f"bel {number} graag"
    assert any(number in f or f in number for f in found(phones.find(text), text))


@pytest.mark.parametrize(
    "text",
    [
        "In 2023-2024 kwamen 1.250.000 bezoekers.",
        "Het gaat om 12-03-2023.",
        "Bus 74 en trein 2024",
    ],
)
def test_not_a_phone(text: str) -> None:
    assert phones.find(text) == []


@pytest.mark.parametrize(
    "address",
    [
        "maria.gonzalez@protonmail.me",
        "jan@example.amsterdam",
        "a.b@c.frl",
        "statenlid.jansen@overijssel.nl",
        "jan [at] gmail [dot] com",
    ],
)
def test_email(address: str) -> None:
    text = f"mail {address}."
    assert found(contact.find_emails(text), text) == [address]


def test_links_except_public_bodies() -> None:
    text = (
        "zie www.facebook.com/jan.jansen.5 en janjansen.nl en "
        "https://petities.nl/p?ref=ik en https://www.overijssel.nl/statenspel."
    )
    links = found(contact.find_urls(text), text)
    assert links == [
        "www.facebook.com/jan.jansen.5",
        "janjansen.nl",
        "https://petities.nl/p?ref=ik",
    ]


@pytest.mark.parametrize(
    "text, handle",
    [
        ("volg @jan_93 op X", "@jan_93"),
        ("mijn insta is fleurtje_123", "fleurtje_123"),
        ("tiktok: saskia.twente", "saskia.twente"),
    ],
)
def test_handles(text: str, handle: str) -> None:
    assert handle in found(contact.find_handles(text), text)


def test_email_is_not_a_handle(rules: Scrubber) -> None:
    result = rules.scrub("mail jan@ziggo.nl")
    assert result.counts == {"email": 1}


@pytest.mark.parametrize(
    "plate",
    [
        "AB-12-34",
        "12-34-AB",
        "12-AB-34",
        "AB-12-CD",
        "AB-CD-12",
        "12-AB-CD",
        "12-ABC-3",
        "1-ABC-23",
        "AB-123-C",
        "A-123-BC",
        "ABC-12-D",
        "A-12-BCD",
        "1-AB-234",
        "123-AB-4",
        "GV849X",
        "vk-123-b",
    ],
)
def test_all_sidecodes(plate: str) -> None:
    text = f"auto met kenteken {plate} stond er"
    assert found(plates.find(text), text) == [plate]


@pytest.mark.parametrize(
    "text, age",
    [
        ("Mijn oma (81) woont hier", "81"),
        ("ik ben 23 en studeer", "23"),
        ("I'm 34 and", "34"),
        ("Ik bin 72 en", "72"),
        ("mijn zoon van 12 fietst", "12"),
        ("als 17-jarige", "17"),
        ("op mijn 16e", "16"),
        ("met mijn 67 jaar", "67"),
        ("leeftijd: 45", "45"),
        ("ik ben geboren in 1951", "1951"),
        ("toen ik 17 was", "17"),
        # in capitals: the rules run on the lower-cased text, and find the same
        ("IK BEN ZESTIEN EN", "ZESTIEN"),
        ("Mijn Zoon Van 12 Fietst", "12"),
        # a letter that lower-cases to two ("İ"): the rules run on the text itself
        ("İlayda zegt: ik ben zeventien en", "zeventien"),
        ("Geboren In 1951, İzmir", "1951"),
    ],
)
def test_ages(text: str, age: str) -> None:
    assert age in found(ages.find(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben 30 procent minder gaan rijden",
        "Er wonen 1500 mensen",
        "ik ben boos",
        "Route (66) is mooi",
    ],
)
def test_not_ages(text: str) -> None:
    assert [s for s in ages.find(text) if s.source != "age-brackets" or "(" not in text] == []


@pytest.mark.parametrize(
    "text",
    ["de afgelopen 4 jaar", "al 20 jaar", "30 jaar geleden", "ik woon 30 jaar in Kampen"],
)
def test_durations(text: str) -> None:
    start = next(i for i, ch in enumerate(text) if ch.isdigit())
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    assert is_duration(text, start, end)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Groetjes, jan", "Groetjes, [naam]"),
        ("Beste wethouder De Jong, waarom?", "Beste wethouder [naam], waarom?"),
        ("burgemeester Van der Meer kwam", "burgemeester [naam] kwam"),
        ("Mijn man Wim sjouwde", "Mijn man [naam] sjouwde"),
        ("Hoi, mijn naam is piet de vries en ik", "Hoi, mijn naam is [naam] en ik"),
        ("de burgemeester van Kampen kwam", "de burgemeester van Kampen kwam"),
        ("Groetn oet Vasse", "Groetn oet Vasse"),
        ("Greetings from Ootmarsum, sophie", "Greetings from Ootmarsum, [naam]"),
        ("Vriendelijke groet, Gerda Veldkamp, Lemele", "Vriendelijke groet, [naam], Lemele"),
        ("Bedankt voor het luisteren.", "Bedankt voor het luisteren."),
    ],
)
def test_name_rules(rules: Scrubber, text: str, expected: str) -> None:
    assert rules.scrub(text).text == expected


def test_known_person_in_any_case(rules: Scrubber) -> None:
    person = KnownPerson("Esther", "Groothuis", "esthertje")
    result = rules.scrub("groetjes esther groothuis (@esthertje)", person)
    assert result.text == "groetjes [naam] ([account])"


def test_known_name_that_is_a_word_only_capitalised(rules: Scrubber) -> None:
    person = KnownPerson("Ben", "Ton", None)
    result = rules.scrub("Ik ben blij. Groeten, Ben", person)
    assert result.text == "Ik ben blij. Groeten, [naam]"


def test_english_tags(rules: Scrubber) -> None:
    result = rules.scrub("Call +31 6 1234 5678, I'm 34.", language="en")
    assert result.text == "Call [phone], I'm [age]."


def test_keep_list_has_the_25_municipalities() -> None:
    municipalities = [
        *[
            "Almelo",
            "Borne",
            "Dalfsen",
            "Deventer",
            "Dinkelland",
            "Enschede",
            "Haaksbergen",
            "Hardenberg",
        ],
        *[
            "Hellendoorn",
            "Hengelo",
            "Kampen",
            "Losser",
            "Oldenzaal",
            "Ommen",
            "Raalte",
            "Staphorst",
        ],
        *["Steenwijkerland", "Tubbergen", "Twenterand", "Wierden", "Zwartewaterland", "Zwolle"],
        *("Hof van Twente", "Olst-Wijhe", "Rijssen-Holten"),
    ]
    assert len(municipalities) == 25
    keep = keep_list()
    for name in municipalities:
        assert keep.contains(name), name


def test_keep_list_case_rules() -> None:
    keep = keep_list()
    assert keep.contains("zwolle")
    assert keep.contains("Marienberg")  # diacritics folded
    assert keep.contains("Rijssen Holten")  # hyphen or space
    assert keep.contains("Enter") and not keep.contains("enter")


def test_known_person_hyphenated_and_odd_names(rules: Scrubber) -> None:
    person = KnownPerson("Jan-Willem 🚜", "Oude Luttikhuis", None)
    result = rules.scrub("Groet van jan-willem. Willem vindt het oude huis mooi.", person)
    assert result.text == "Groet van [naam]. [naam] vindt het oude huis mooi."
    assert rules.scrub("Gewoon tekst.", KnownPerson("", "  ", "@")).text == "Gewoon tekst."


def test_ordinary_words_that_end_like_a_street_are_not_addresses() -> None:
    from bot.export.scrub.rules import addresses

    assert addresses.find("Antwoord 2: meer luisteren. Akkoord 3 was goed.") == []
    assert addresses.find("Ik woon op de Dorpsstraat 12 in Ommen.") != []
