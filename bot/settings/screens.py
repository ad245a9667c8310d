"""/instellingen: language and consent."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.i18n import Translator
from bot.messaging.dates import readable
from bot.messaging.reply import Button, Reply, rows
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
        consent_button = Button(t.gettext("Withdraw my consent"), "withdraw", ("ask",))
    else:
        lines.append(t.gettext("Consent: not given"))
        consent_button = Button(t.gettext("✅ Give consent"), "consent", ("show",))
    if citizen.wants_announcements and citizen.has_consent:  # no consent: no news is sent
        lines.append(t.gettext("News from the programme: on"))
        news_button = Button(t.gettext("🔕 No more news"), "news", ("off",))
    else:
        lines.append(t.gettext("News from the programme: off"))
        news_button = Button(t.gettext("📣 Get news now and then"), "news", ("on",))
    return Reply(
        text="\n".join(lines),
        buttons=rows(
            [Button(t.gettext("🌐 Language"), "menu", ("taal",))], [news_button], [consent_button]
        ),
        replace=replace,
    )


def confirm_withdrawal(t: Translator) -> Reply:
    """Says beforehand exactly what withdrawing does (:mod:`bot.privacy.withdrawal`)."""
    text = "\n".join(
        [
            t.gettext("<b>Do you want to withdraw your consent?</b>"),
            t.gettext("Then we erase right away:"),
            t.gettext(
                "• your answers in conversations and sessions, and which sessions you joined"
            ),
            t.gettext("• your permissions to quote answers"),
            t.gettext("• your ideas and the ideas you support"),
            t.gettext("• your name"),
            t.gettext("And we stop your reminders and news."),
            "",
            t.gettext(
                "We keep your Telegram number, your language and your age group. Do you want "
                "everything gone? Use /vergeetmij."
            ),
            t.gettext("This cannot be undone."),
        ]
    )
    return Reply(
        text=text,
        buttons=rows(
            [
                Button(t.gettext("Yes, withdraw and erase"), "withdraw", ("yes",)),
                Button(t.gettext("No"), "withdraw", ("no",)),
            ]
        ),
        replace=True,
    )


def withdrawn(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "Your consent is withdrawn. We erased your answers, your ideas and your support, "
            "and your reminders and news have stopped. You can take part again at any time "
            "with /start."
        ),
        replace=True,
    )


def nothing_to_withdraw(t: Translator) -> Reply:
    """Withdrawing twice, or an old button after the consent was withdrawn."""
    return Reply(
        text=t.gettext(
            "You have not given consent (any more), so there is nothing to withdraw. Nothing "
            "has changed."
        ),
        replace=True,
    )


def kept(t: Translator) -> Reply:
    return Reply(text=t.gettext("Nothing has changed."), replace=True)
