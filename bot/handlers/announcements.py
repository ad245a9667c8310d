"""How Telegram reaches announcements (:mod:`bot.announcements`): /bericht (staff), its
buttons and the typed text, and the news switch in /instellingen; and what each needs."""

from __future__ import annotations

from bot.announcements import flow as announcements
from bot.announcements.actions import News, SendAnnouncement
from bot.handlers.feature import ANYONE, CONSENT, Command, Feature, TextInput, pressed, staff

STAFF = staff("bericht")

FEATURE = Feature(
    "announcements",
    commands={"bericht": Command(lambda s, v, _: announcements.ask(s, v), STAFF)},
    buttons=(
        pressed(
            SendAnnouncement,
            lambda s, v, a: announcements.decide(s, v, a.announcement_id, a.send),
            STAFF,
        ),
        pressed(
            News,
            lambda s, v, a: announcements.set_news(s, v, a.wanted),
            # News comes only to those who consent; turning it off never needs consent.
            lambda a: CONSENT if a.wanted else ANYONE,
        ),
    ),
    text_inputs={announcements.AWAITING: TextInput(announcements.on_text, STAFF)},
)
