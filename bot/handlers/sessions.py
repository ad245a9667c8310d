"""How Telegram reaches sessions (:mod:`bot.sessions`): /sessie and the facilitator's buttons,
the school's permission, and the participants' side — the link ``s_<code>``, a join code
typed or after /sessie, the Start and Answer buttons and typed answers; and what each needs.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.handlers.feature import (
    CONSENT,
    Button,
    Command,
    Feature,
    TextInput,
    TypedText,
    facilitator,
)
from bot.messaging.callback_codec import Callback
from bot.messaging.reply import Outcome, Reply
from bot.people import access
from bot.people.visitor import Visitor
from bot.services import Services
from bot.sessions import command, participants, pushes, school_permission, screens
from bot.sessions import facilitator as facilitating
from bot.storage import audit

FACILITATOR = facilitator("sessie")


async def sessie(services: Services, visitor: Visitor, words: Sequence[str]) -> list[Reply]:
    """/sessie CODE (anyone: join), or a facilitator's /sessie [new|start|stand|sluit …].
    Everyone may use it, so the role is checked here, after the join code: someone else
    gets how to join (and the refusal is logged, as for every role command)."""
    args = list(words)
    joined = await participants.join_command(services, visitor, args)
    if joined is not None:
        return joined
    if not await access.is_facilitator(services.db, services.settings, visitor.user_id):
        await audit.record(services.db, visitor.user_id, "refused", "sessie")
        return [screens.join_how(visitor.t)]
    return await command.command(services, visitor, args)


async def pressed(services: Services, visitor: Visitor, button: Callback) -> Outcome:
    return await facilitating.on_button(services, visitor, button.args)


def _argument(button: Callback) -> str:
    (push_id,) = button.args[:1] or ("",)
    return push_id


async def school(services: Services, visitor: Visitor, button: Callback) -> Outcome:
    args = button.args
    if len(args) != 2 or not str(args[0]).isdigit():
        return Outcome()
    return await school_permission.answer(services, visitor, int(args[0]), args[1] == "yes")


FEATURE = Feature(
    "sessions",
    commands={"sessie": Command(sessie)},
    buttons={
        "sess": Button(pressed, FACILITATOR),
        "school": Button(school),
        "sdlg": Button(lambda s, v, b: participants.start_pushed(s, v, _argument(b))),
        "sanswer": Button(lambda s, v, b: participants.ready_to_answer(s, v, _argument(b))),
    },
    deep_links={"s": participants.join},
    text_inputs={
        pushes.ANSWER_KIND: TextInput(participants.answer, CONSENT),
        facilitating.NAME_KIND: TextInput(facilitating.named, FACILITATOR),
        facilitating.PROMPT_KIND: TextInput(facilitating.prompt_typed, FACILITATOR),
    },
    typed_text=TypedText(participants.typed_code, first=True),
    unfinished=participants.unfinished,
)
