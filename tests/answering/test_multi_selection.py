"""Ticking and unticking on a multi question: what the screen shows is what gets stored, also
after going back, and unticking an earlier answer really removes it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.answering import flow
from bot.answering import store as runs
from bot.answering.presenter import BACK, DONE, TOGGLE
from bot.messaging.reply import Reply
from bot.services import Services
from tests.answering.conftest import WithDialogue
from tests.domain_services import MakeVisitor, visitor_factory

DIALOGUE = """
id: twee-keer
version: 1
title: {nl: "Twee keer kiezen"}
questions:
  - id: eerste
    type: multi
    prompt: {nl: "Wat neem je mee?"}
    options:
      - {id: ja, label: {nl: "Ja"}}
      - {id: nee, label: {nl: "Nee"}}
  - id: tweede
    type: multi
    prompt: {nl: "En wat laat je thuis?"}
    options:
      - {id: ja, label: {nl: "Ja"}}
      - {id: nee, label: {nl: "Nee"}}
  - {id: slot, type: text, prompt: {nl: "Nog iets?"}}
"""
USER = 700


@pytest.fixture
async def services(with_dialogue: WithDialogue) -> AsyncIterator[Services]:
    async with with_dialogue(DIALOGUE) as ready:
        yield ready


def ticked(reply: Reply) -> list[str]:
    return [b.label for row in reply.buttons for b in row if b.label.startswith("✓ ")]


async def press(
    services: Services, make: MakeVisitor, index: int, kind: str, value: str = ""
) -> Reply:
    run = await runs.active(services.db, USER)
    assert run is not None
    outcome = await flow.on_press(services, await make(USER), run.id, index, kind, value)
    (reply,) = outcome.replies
    return reply


async def stored(services: Services) -> dict[str, object]:
    run = await runs.active(services.db, USER)
    assert run is not None
    return await runs.answers(services.db, run.id)


async def test_unticking_an_earlier_answer_removes_it(services: Services) -> None:
    make = visitor_factory(services)
    await flow.start(services, await make(USER), "twee-keer")
    await press(services, make, 0, TOGGLE, "0")  # Ja
    await press(services, make, 0, DONE)
    back = await press(services, make, 1, BACK)
    assert ticked(back) == ["✓ Ja"]  # the earlier answer
    assert ticked(await press(services, make, 0, TOGGLE, "0")) == []  # unticked: nothing
    assert ticked(await press(services, make, 0, TOGGLE, "1")) == ["✓ Nee"]
    await press(services, make, 0, DONE)
    assert (await stored(services))["eerste"] == ("nee",)


async def test_back_shows_the_earlier_answer_not_the_ticks_in_progress(
    services: Services,
) -> None:
    make = visitor_factory(services)
    await flow.start(services, await make(USER), "twee-keer")
    await press(services, make, 0, TOGGLE, "0")  # Ja on the first question
    await press(services, make, 0, DONE)
    await press(services, make, 1, TOGGLE, "1")  # Nee on the second, not confirmed
    back = await press(services, make, 1, BACK)
    assert ticked(back) == ["✓ Ja"]
    await press(services, make, 0, DONE)
    assert (await stored(services))["eerste"] == ("ja",)
