"""How Telegram reaches the citizen's own data (:mod:`bot.own_data`): /mijngegevens and
/vergeetmij with its buttons; both work without consent (it is their data)."""

from __future__ import annotations

from bot.handlers.feature import Command, Feature, pressed
from bot.own_data import erasure
from bot.own_data import flow as own_data
from bot.own_data.actions import Erase

FEATURE = Feature(
    "own_data",
    commands={
        "mijngegevens": Command(lambda s, v, _: own_data.download(s, v)),
        "vergeetmij": Command(lambda s, v, _: erasure.ask(s, v)),
    },
    buttons=(pressed(Erase, lambda s, v, a: erasure.answered(s, v, a.now)),),
)
