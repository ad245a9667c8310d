"""How Telegram reaches the dialogues (:mod:`bot.answering`): /gesprek, /stop, the buttons of
a dialogue, the link ``d_<dialogue>`` and typed answers; and what each needs."""

from __future__ import annotations

from bot.answering import flow
from bot.answering.actions import Answer, ChooseDialogue, QuotesDone, StartAgain, ToggleQuote
from bot.handlers.feature import CONSENT, Command, Feature, TypedText, pressed
from bot.messaging.reply import Outcome
from bot.people.visitor import Visitor
from bot.screens import notices
from bot.services import Services


async def chosen(
    services: Services, visitor: Visitor, pressed: ChooseDialogue | StartAgain
) -> Outcome:
    """A dialogue from the list, "▶️ Go on" under a paused one, or "Start again"."""
    again = isinstance(pressed, StartAgain)
    in_place = again or (isinstance(pressed, ChooseDialogue) and pressed.listed)
    replies = await flow.start(
        services, visitor, pressed.dialogue_id, again=again, in_place=in_place
    )
    # Nothing to show: "Start again" while a run of it is open (e.g. a second tap).
    return Outcome(replies, None if replies else notices.stale_button(visitor.t))


FEATURE = Feature(
    "dialogues",
    commands={
        "gesprek": Command(lambda s, v, _: flow.list_dialogues(s, v), CONSENT),
        "stop": Command(lambda s, v, _: flow.pause(s, v)),
    },
    buttons=(
        pressed(ChooseDialogue, chosen, CONSENT, resume=lambda a: f"d_{a.dialogue_id}"),
        pressed(StartAgain, chosen, CONSENT, resume=lambda a: f"d_{a.dialogue_id}"),
        # Consent for answers and quoting is checked by the flow (feature.py says why).
        pressed(Answer, lambda s, v, a: flow.on_press(s, v, a.run_id, a.index, a.step, a.value)),
        pressed(
            ToggleQuote,
            lambda s, v, a: flow.on_quote_toggle(s, v, a.run_id, a.index, in_summary=a.in_summary),
        ),
        pressed(
            QuotesDone, lambda s, v, a: flow.on_quotes_done(s, v, a.run_id, in_summary=a.in_summary)
        ),
    ),
    deep_links={"d": lambda s, v, dialogue_id: flow.start(s, v, dialogue_id)},
    typed_text=TypedText(flow.on_text),
    unfinished=flow.unfinished,
)
