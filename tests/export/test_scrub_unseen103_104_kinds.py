"""The eighty-third round of rules, written from what ``unseen103`` and ``unseen104`` let through
(made-up sentences of the same kinds, not the corpus lines; teenagers after a final and people
with rare roles in small places, and a mix of all styles — written blind during this session's
rounds, measured by numbers only, then read in this round: 7 of 224 and 9 of 228 items came
through, none structured; 2 and 4 after it):

- an mbo programme before its year without a comma ("mbo 4 onderwijsassistent 2e jaar bij
  landstede"), and an "onderwijsassistent in groep 7 van obs …" as one role;
- an age after a birthday's emoji ("😭🎂 17 geworden in het provinciehuis");
- how long a role is held before an inverted main clause ("Als huisarts in Lutten, nu 22 jaar
  merk ik …");
- a role of a committee or a library by its name ("voorzitter Oranjecomité Hengevelde",
  "vestigingsmanager Bibliotheek Vriezenveen");
- a first name after "thanks to" ("thanks to Hanna at the library") — not an app or a place
  ("thanks to Twitter", "dankzij Enschede"; since the review of rounds 81–83 a name no list
  knows, "Oksana", is left there: "thanks to Spotify" looks the same);
- a surname typed with "dr" for "der" after a title ("juf van dr Veen");
- "Hi'j is tachtig." in Sallands;
- one's age first in brackets, then one's school ("(16, 5 havo Twickelstede College)").
"""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ik doe mbo 4 onderwijsassistent 2e jaar bij landstede in raalte en",
            "ik doe [school] en",
        ),
        (
            "ik loop stage als onderwijsassistent in groep 7 van obs de vlonder in heeten. die",
            "ik loop stage als [functie]. die",
        ),
        (
            "😭🎂 17 geworden in het provinciehuis, wauw",
            "😭🎂 [leeftijd] geworden in het provinciehuis, wauw",
        ),
        ("Als huisarts in Lutten, nu 22 jaar merk ik dat", "Als [functie] merk ik dat"),
        ("Marco, voorzitter Oranjecomité Hengevelde", "[naam], [functie]"),
        (
            "thanks to Hanna at the library who translated",
            "thanks to [naam] at the library who translated",
        ),
        (". juf van dr Veen zei dat", ". juf [naam] zei dat"),
        ("Hi'j is tachtig. Wi'j hebt", "Hi'j is [leeftijd]. Wi'j hebt"),
        (
            "volgend jaar win ik. (16, 5 havo Twickelstede College)",
            "volgend jaar win ik. ([leeftijd], [school])",
        ),
    ],
)
def test_kinds(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    ["thanks to Twitter we knew", "dankzij Enschede", "de kosten (20, zonder btw)"],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
