"""The /mijngegevens overview stays readable messages however much is stored."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.i18n import load_translations
from bot.own_data.screens import overview
from bot.sandbox.formatting import MESSAGE_LIMIT, format_text


def test_a_long_overview_is_split_between_lines_into_messages_that_fit() -> None:
    answers = [
        {"question": f"Vraag {i} over goed bestuur?", "answer_shown": "Een lang antwoord " * 20}
        for i in range(60)
    ]
    data = {
        "made_at": "2026-12-04T10:00:00+00:00",
        "citizen": {"first_name": "Anne", "consent_at": "2026-12-01T10:00:00+00:00"},
        "dialogues": [
            {"title": "Wat betekent goed bestuur voor jou?", "status": "paused", "answers": answers}
        ],
    }
    t = load_translations("nl").get("nl")
    replies = overview(t, data, ZoneInfo("Europe/Amsterdam"))
    assert len(replies) >= 3
    for reply in replies:
        plain, _entities = format_text(reply.text, "HTML", None)  # well-formed, not too long
        assert len(plain) <= MESSAGE_LIMIT
    assert "Vraag 59 over goed bestuur?" in "".join(r.text for r in replies)
