"""What a review of rounds 81 to 83 found (a helper wrote 140 sentences of its own and scrubbed
them with the code before and after; 84 changed, 57 for the better, 26 for the worse — each
mended here, but "thanks to" before a name no list knows, which now takes first names only):

- the citizen's own initials only after a full stop, a comma, a greeting or an emoji, never a
  body's letters after an article ("van de NS" from Niek Smit, "naar het OV" from Oscar Vos),
  and with the surname's initials or its particles too ("JW" or "JWB", "MvD");
- a birthday with the verb last after a name and a comma, not after a thing with its article
  ("een Volvo, die binnenkort 20 wordt", "De Harmonie, die straks 75 wordt");
- no name after "dankzij", and after "thanks to" only a first name ("Thanks to Spotify");
- one's age first in brackets only right before a class ("(16, 5 havo …)"), and only after a
  name or at a sentence's start ("veel aanmeldingen (40, vooral uit groep 7 en 8)");
- a street's own word apart only with its adjective ("de hoge dijk achttien a in lemele" — not
  "op de dijk drie bij Zwolle");
- a handle read out up to a joiner not across the words of a sentence ("tag apenstaartje
  jeugdraad dan een streepje onder je naam");
- steps back mended: an age "geworden op vakantie", "mijn dochter is Anaïse." (a name with an
  ending some origins have), "Storm in onze klas" (a name that is a word too, cued).
"""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ik ga elke dag met de trein van de NS", KnownPerson("Niek", "Smit", None)),
        ("Meer geld naar het OV", KnownPerson("Oscar", "Vos", None)),
        ("Ik rijd een Volvo, die binnenkort 20 wordt.", None),
        ("De Harmonie, die straks 75 wordt, zoekt leden.", None),
        ("Dankzij Tinder heb ik mijn vriend leren kennen", None),
        ("Thanks to Spotify I heard about it", None),
        ("er waren veel aanmeldingen (40, vooral uit groep 7 en 8)", None),
        ("Op de dijk drie bij Zwolle is het altijd druk", None),
        ("tag dan een streepje onder je naam", None),
    ],
)
def test_what_stays(rules: Scrubber, text: str, person: KnownPerson | None) -> None:
    assert scrubbed(rules, text, person) == text


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        (
            "Dat verwacht ik van de provincie. JW",
            KnownPerson("Jan-Willem", "Bos", None),
            "Dat verwacht ik van de provincie. [naam]",
        ),
        ("mooi gedaan 👍 MvD", KnownPerson("Marieke", "van Dam", None), "mooi gedaan 👍 [naam]"),
        (
            "Ik ga naar Sem, die morgen 16 wordt.",
            None,
            "Ik ga naar [naam], die morgen [leeftijd] wordt.",
        ),
        (
            "ik ben vorige week 18 geworden op vakantie in Spanje",
            None,
            "ik ben vorige week [leeftijd] geworden op vakantie in Spanje",
        ),
        ("mijn dochter is Anaïse.", None, "mijn dochter is [naam]."),
        (
            "Storm in onze klas heeft het hardst gelopen.",
            None,
            "[naam] in onze klas heeft het hardst gelopen.",
        ),
    ],
)
def test_what_goes(rules: Scrubber, text: str, person: KnownPerson | None, expected: str) -> None:
    assert scrubbed(rules, text, person) == expected
