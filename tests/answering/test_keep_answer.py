"""Going back to a typed answer only to look at it: one button keeps it, no retyping."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.answering import flow
from bot.answering import store as runs
from bot.answering.presenter import BACK, KEEP
from bot.messaging.reply import Reply
from bot.services import Services
from tests.answering.conftest import WithDialogue
from tests.domain_services import visitor_factory

DIALOGUE = """
id: terugkijken
version: 1
title: {nl: "Terugkijken"}
questions:
  - {id: verhaal, type: text, prompt: {nl: "Vertel je verhaal."}}
  - id: cijfer
    type: scale
    prompt: {nl: "Welk cijfer geef je?"}
"""
USER = 701


@pytest.fixture
async def services(with_dialogue: WithDialogue) -> AsyncIterator[Services]:
    async with with_dialogue(DIALOGUE) as ready:
        yield ready


def labels(reply: Reply) -> list[str]:
    return [b.label for row in reply.buttons for b in row]


async def test_keep_my_earlier_answer(services: Services) -> None:
    make = visitor_factory(services)
    first = await flow.start(services, await make(USER), "terugkijken")
    assert "↩️ Keep my earlier answer" not in labels(first[-1])
    story = "Op de wijkavond in Raalte luisterde de gedeputeerde echt."
    await flow.on_text(services, await make(USER), story)
    run = await runs.active(services.db, USER)
    assert run is not None

    (back,) = (await flow.on_press(services, await make(USER), run.id, 1, BACK, "")).replies
    assert "Your earlier answer" in back.text
    assert "↩️ Keep my earlier answer" in labels(back)

    (kept,) = (await flow.on_press(services, await make(USER), run.id, 0, KEEP, "")).replies
    assert kept.replace and "Welk cijfer" in kept.text
    assert (await runs.answers(services.db, run.id))["verhaal"] == story
    current = await runs.active(services.db, USER)
    assert current is not None and current.current_question == "cijfer"
