"""Quotes a facilitator sees (and may project to the class) meet the export's standard, and
stricter: classmates' first names never appear, wherever and however they are written."""

from __future__ import annotations

import pytest

from bot.sessions.quotes import QuoteScrubber
from bot.sessions.store import PromptAnswer


def answer(text: str, first: str | None = "Jesse", last: str | None = "Wolters") -> PromptAnswer:
    return PromptAnswer(1, "Wat vind jij?", text, "2025-05-01T10:00:00+00:00", first, last)


@pytest.fixture(scope="module")
def quotes() -> QuoteScrubber:
    return QuoteScrubber()


@pytest.mark.parametrize(
    "text, names",
    [
        ("Net als Bastiaan vind ik dat de bus vaker moet rijden.", ["Bastiaan"]),
        ("De bus is te duur, zegt noortje ook", ["noortje"]),
        ("ik ben het eens met lieke en daan", ["lieke", "daan"]),
        ("sophie vindt het saai maar ik niet", ["sophie"]),
        ("Thijs en ik willen een skatepark", ["Thijs"]),
        ("toen thomas de motie voorlas was iedereen stil", ["thomas"]),
        ("meester van der veen legde het uit", ["van der veen"]),
        ("Juf Kloosterman zei dat het mocht", ["Kloosterman"]),
        ("groetjes jesse", ["jesse"]),  # the author's own name
    ],
)
async def test_classmates_names_never_reach_the_screen(
    quotes: QuoteScrubber, text: str, names: list[str]
) -> None:
    (shown,) = await quotes.answers([answer(text)], "nl")
    for name in names:
        assert name.lower() not in shown.text.lower(), shown.text
    assert "[naam]" in shown.text


async def test_contact_details_and_handles_never_reach_the_screen(quotes: QuoteScrubber) -> None:
    (shown,) = await quotes.answers(
        [answer("app me op 06-12345678 of mail lotte.b@gmail.com, insta @lotte_b2010")], "en"
    )
    assert shown.text == "app me op [phone] of mail [email], insta [account]"


async def test_ordinary_words_stay(quotes: QuoteScrubber) -> None:
    text = "Jij bent het met me eens, ik koos voor de bus naar Zwolle. Born in Kampen."
    (shown,) = await quotes.answers([answer(text, None, None)], "nl")
    assert shown.text == text


async def test_the_interface_keeps_the_answers_order_and_fields(quotes: QuoteScrubber) -> None:
    given = [answer("zei bram"), answer("Niets bijzonders"), answer("")]
    shown = await quotes.answers(given, "nl")
    assert [a.text for a in shown] == ["zei [naam]", "Niets bijzonders", ""]
    assert [(a.push_number, a.prompt, a.answered_at) for a in shown] == [
        (a.push_number, a.prompt, a.answered_at) for a in given
    ]
    assert await quotes.answers([], "nl") == []
