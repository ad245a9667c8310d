"""/instellingen: language, news and consent (withdrawing it: :mod:`bot.privacy.withdrawal`)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.announcements.actions import News
from bot.i18n import Translator
from bot.messaging.dates import readable
from bot.messaging.reply import Button, Reply, rows
from bot.onboarding.actions import Consent, ConsentChoice
from bot.privacy.actions import Withdraw, WithdrawStep
from bot.screens.menu import OpenMenu
from bot.settings.language_screens import LANGUAGE_NAMES
from bot.storage.citizens import Citizen


def preferences(
    t: Translator, citizen: Citizen, timezone: ZoneInfo, *, replace: bool = False
) -> Reply:
    lines = [
        t.gettext("<b>Your settings</b>"),
        t.gettext("Language: {language}", language=LANGUAGE_NAMES[t.locale]),
    ]
    if citizen.has_consent and citizen.consent_at:
        lines.append(
            t.gettext(
                "Consent: given on {moment}",
                moment=readable(citizen.consent_at, timezone, t.locale),
            )
        )
        consent_button = Button(t.gettext("Withdraw my consent"), Withdraw(WithdrawStep.ASK))
    else:
        lines.append(t.gettext("Consent: not given"))
        consent_button = Button(t.gettext("✅ Give consent"), Consent(ConsentChoice.SHOW))
    if citizen.wants_announcements and citizen.has_consent:  # no consent: no news is sent
        lines.append(t.gettext("News from the programme: on"))
        news_button = Button(t.gettext("🔕 No more news"), News(wanted=False))
    else:
        lines.append(t.gettext("News from the programme: off"))
        news_button = Button(t.gettext("📣 Get news now and then"), News(wanted=True))
    return Reply(
        text="\n".join(lines),
        buttons=rows(
            [Button(t.gettext("🌐 Language"), OpenMenu("taal"))], [news_button], [consent_button]
        ),
        replace=replace,
    )
