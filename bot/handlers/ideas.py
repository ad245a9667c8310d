"""How Telegram reaches the ideas feature (:mod:`bot.ideas`): /idee, /ideeen, /moderatie, the
buttons of ideas, the link ``i_<idea>`` and the typed idea; and what each needs."""

from __future__ import annotations

from bot.handlers.feature import CONSENT, Command, Feature, TextInput, pressed, staff
from bot.ideas import flow as ideas
from bot.ideas.actions import (
    Browse,
    CancelIdea,
    ChooseTheme,
    EditIdea,
    Moderate,
    MyIdeas,
    NewIdea,
    Reject,
    SendIdea,
    Support,
    View,
)

MODERATION = staff("moderatie")

FEATURE = Feature(
    "ideas",
    commands={
        "idee": Command(lambda s, v, _: ideas.ask(s, v), CONSENT),
        "ideeen": Command(lambda s, v, _: ideas.browse(s, v, View())),
        "moderatie": Command(lambda s, v, _: ideas.moderation(s, v), MODERATION),
    },
    buttons=(
        pressed(NewIdea, lambda s, v, _: ideas.ask(s, v), CONSENT),
        pressed(ChooseTheme, lambda s, v, a: ideas.choose_theme(s, v, a.index), CONSENT),
        pressed(SendIdea, lambda s, v, _: ideas.send(s, v), CONSENT),
        pressed(EditIdea, lambda s, v, _: ideas.change(s, v), CONSENT),
        pressed(CancelIdea, lambda s, v, _: ideas.cancel(s, v)),
        pressed(Browse, lambda s, v, a: ideas.browse(s, v, a.view, replace=True)),
        pressed(Support, lambda s, v, a: ideas.support(s, v, a.idea_id, a.wanted, a.view), CONSENT),
        pressed(MyIdeas, lambda s, v, _: ideas.mine(s, v)),
        pressed(Moderate, lambda s, v, a: ideas.moderate(s, v, a.idea_id, a.step), MODERATION),
        pressed(Reject, lambda s, v, a: ideas.reject(s, v, a.idea_id, a.reason), MODERATION),
    ),
    deep_links={"i": ideas.open_link},
    text_inputs={ideas.AWAITING: TextInput(ideas.on_text, CONSENT)},
    unfinished=ideas.unfinished,
)
