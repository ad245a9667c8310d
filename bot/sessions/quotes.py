"""Participants' answers shown in the chat (a session's results and summary) with personal data
replaced by the export's own rules (:class:`bot.export.scrub.Scrubber`, issue 14's standard):
phone numbers, e-mail, handles, links, addresses and postcodes, IBAN and BSN, ages, schools
with a class, rare roles, the author's own name, any name after a title, and every first name
on our list, capitalised or not, wherever it stands ("Net als [naam] vind ik…", "zegt [naam]
ook"). deduce (1 GB) stays in
the export worker, so surnames without a first name or title can still come through; the
facilitator is asked to read the quotes before showing them to a group."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from bot.sessions.store import PromptAnswer

if TYPE_CHECKING:
    from bot.export.scrub.scrubber import Scrubber


NOT_WARNED = frozenset({"date", "place"})


class QuoteScrubber:
    """Built on first use, in a thread (reading the word lists takes about a second).

    ``answers(answers, language)`` is the stable interface the session screens call.
    """

    def __init__(self) -> None:
        self._scrubber: Scrubber | None = None
        self._lock = asyncio.Lock()

    async def _ready(self) -> Scrubber:
        # Imported here: the rules bring phonenumbers' metadata, needed only once a session
        # shows answers, not at every start of the bot.
        from bot.export.scrub.scrubber import Scrubber

        async with self._lock:
            if self._scrubber is None:
                self._scrubber = await asyncio.to_thread(Scrubber, None)
            return self._scrubber

    async def answers(self, answers: list[PromptAnswer], language: str) -> list[PromptAnswer]:
        """The same answers with personal data in their text replaced by tags ("[naam]")."""
        if not answers:
            return []
        from bot.export.scrub.rules.names import KnownPerson

        scrubber = await self._ready()
        tags: Literal["nl", "en"] = "en" if language == "en" else "nl"

        def scrubbed() -> list[PromptAnswer]:
            return [
                replace(
                    answer,
                    text=scrubber.scrub(
                        answer.text, KnownPerson(answer.first_name, answer.last_name), tags
                    ).text,
                )
                for answer in answers
            ]

        # About a millisecond per answer: a long session's summary runs beside the bot.
        return await asyncio.to_thread(scrubbed)

    async def personal_data(
        self, text: str, first_name: str | None = None, last_name: str | None = None
    ) -> tuple[str, ...]:
        """The kinds of personal data the same rules find in ``text`` (an idea before it is
        published), the author's own name included; most sensitive first. Dates and places are
        left out: in an idea they are almost always about the idea."""
        from bot.export.scrub.kinds import PRIORITY, Kind
        from bot.export.scrub.rules.names import KnownPerson

        scrubber = await self._ready()
        person = KnownPerson(first_name, last_name)
        found = await asyncio.to_thread(lambda: scrubber.scrub(text, person, "nl").counts)
        kinds = sorted((Kind(k) for k in found if k not in NOT_WARNED), key=lambda k: -PRIORITY[k])
        return tuple(str(kind) for kind in kinds)
