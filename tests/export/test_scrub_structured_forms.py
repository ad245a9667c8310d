"""Structured data in the forms a probe of 767 made-up sentences found coming through (none of
it may, by issue 14's bar): numbers read out after the word for them in any mix of digits and
words, German plates as people type them, handles after more platforms and with words between,
e-mail addresses with other providers and other ways to write "at" and the dot — and the
numbers of services and municipalities, which stay. Made-up sentences only."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "mijn nummer is 06 vierentwintig eenentachtig zevenendertig vijfennegentig",
            "mijn nummer is [telefoon]",
        ),
        ("mijn nummer is zes een twee drie vier vijf zes zeven acht", "mijn nummer is [telefoon]"),
        (
            "bel plus eenendertig zes twaalf vierendertig zesenvijftig achtenzeventig",
            "bel [telefoon]",
        ),
        (
            "nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig is mijn nummer",
            "[telefoon] is mijn nummer",
        ),
        (
            "meine Nummer ist null eins sieben null eins zwei drei vier fünf sechs sieben",
            "meine Nummer ist [telefoon]",
        ),
        (
            "my number is oh six double four eight one three seven nine five",
            "my number is [telefoon]",
        ),
        ("mijn nummer is nul zes 24 81 drie zeven 95", "mijn nummer is [telefoon]"),
        ("bsn is zes negen een vier nul nul vijf nul zeven.", "bsn is [bsn]."),
        ("mijn bsn is zes negen een, veertig, nul vijf nul zeven", "mijn bsn is [bsn]"),
        ("Das Auto NOH KS 284 stand vor der Tür.", "Das Auto [kenteken] stand vor der Tür."),
        ("Duits nummerbord noh-ks 284", "Duits nummerbord [kenteken]"),
        ("Duitse auto NOH-KS-284", "Duitse auto [kenteken]"),
        ("gamertag: tukkertje74", "gamertag: [account]"),
        ("twitch kanaal: niekgamet", "twitch kanaal: [account]"),
        ("op insta heet ik fleurtjee", "op insta heet ik [account]"),
        ("mein Insta ist lena_nrw", "mein Insta ist [account]"),
        ("Insta (privé): fleurtjee", "Insta (privé): [account]"),
        ("snap 👻 fleurtjee", "snap 👻 [account]"),
        ("@@tukkertje74", "[account]"),
        ("volg ＠tukkertje74", "volg [account]"),
        ("mail: tukkertje at home punt nl", "mail: [e-mail]"),
        ("schreib an tukkertje (at) t-online (punkt) de", "schreib an [e-mail]"),
        ("mail: tukkertje74{at}gmail.com", "mail: [e-mail]"),
        ("mail: tukkertje74 -at- gmail -dot- com", "mail: [e-mail]"),
        ("mail: jan_at_gmail.com", "mail: [e-mail]"),
    ],
)
def test_forms_that_go(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mijn nummer is twee en ik woon in Ommen",
        "De bus ging van nul, tien, twintig, vijftig, honderd procent vol.",
        "bel 0800-1234567 voor hulp",
        "de gemeente: 14 0548",
        "bel 0900 8844 van de politie",
        "met de auto om 9 uur in de 3 de straat",
        "de auto van ons is 12 jaar",
        "we zien elkaar @ het station",
        "I was at home dot com yesterday",
        "mijn insta is leuk",
        "mijn bsn is geheim",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the twenty-seventh session's probe of voice-typed addresses: a postcode read out
        # after a street read out, its letters typed as one word
        (
            "ons adres is kerkstraat twaalf zeven vier vier een ab nijverdal",
            "ons adres is [adres] [postcode] nijverdal",
        ),
        ("stuur het naar zes vier twee drie ab", "stuur het naar [postcode]"),
        ("zes vier twee drie en ik gingen", "zes vier twee drie en ik gingen"),
        # where one's house is, after "mijn huis is op"
        ("mijn huis is op de Brink 3 in Ommen", "mijn huis is op [adres] in Ommen"),
    ],
)
def test_voice_typed_addresses(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected
