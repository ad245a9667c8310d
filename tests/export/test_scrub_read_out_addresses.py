"""A probe of addresses and plates as people type or read them out (made-up sentences, no
corpus line read): a street of ordinary words with its article and a number in digits after
"mijn adres is" ("de brink 1"), a street after "t" typed without its apostrophe, a plate read
out letter by letter after "auto met kenteken"."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mijn adres is de brink 1 in diepenheim", "mijn adres is [adres] in diepenheim"),
        ("ons adres is het hoge veld 8.", "ons adres is [adres]."),
        ("ik woon op t Hooge Veld 8 in Haaksbergen", "ik woon op t [adres] in Haaksbergen"),
        (
            "de auto met kenteken k l m 4 5 6 reed door rood",
            "de auto met kenteken [kenteken] reed door rood",
        ),
    ],
)
def test_read_out(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mijn adres is de bank 3 keer gewisseld",
        "mijn adres is het zelfde als 5 jaar geleden",
        "mijn auto heeft een kenteken en ik rij 4 5 6 dagen",
    ],
)
def test_what_stays(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text
