"""First contact: the short privacy statement with the consent question, the age band, and
the permission of a parent or guardian for those under 16.

The short statement is the first layer; /privacy (:mod:`bot.privacy.statement`) is the whole.
Every sentence here is a promise covered by a test (``tests/privacy/test_claims.py``).
"""

from __future__ import annotations

from html import escape

from bot.i18n import Translator
from bot.messaging.reply import Button, Reply, rows
from bot.onboarding.actions import AgeBand, Consent, ConsentChoice, Guardian, GuardianAnswer
from bot.people.consent import AGE_BANDS, age_label
from bot.privacy.claims import Claim, texts
from bot.privacy.durations import duration
from bot.screens.menu import OpenMenu
from bot.sessions.store import Session


def _statement_button(t: Translator) -> Button:
    return Button(t.gettext("📄 Read the privacy statement"), OpenMenu("privacy"))


def short_statement(t: Translator, retention_days: int) -> list[Claim]:
    """The first layer: who we are, what we keep, who sees what, how long, voluntary."""
    return [
        Claim("controller", t.gettext("<b>Who are we?</b> The Province of Overijssel.")),
        Claim(
            "short.kept",
            t.gettext(
                "<b>What do we keep?</b> Your answers and ideas, your language, your age "
                "group, your name and the number of your Telegram account."
            ),
        ),
        Claim(
            "short.recipients",
            t.gettext(
                "<b>Who sees it?</b> Staff of the province. The facilitator of a session "
                "sees the answers given in it. Everyone sees published ideas. Never with "
                "your name."
            ),
        ),
        Claim(
            "retention.answers",
            t.gettext(
                "<b>How long?</b> Answers and ideas at most {period}.",
                period=duration(t, retention_days),
            ),
        ),
        Claim(
            "voluntary.erase",
            t.gettext(
                "Taking part is voluntary. You can stop and erase everything at any time: "
                "/vergeetmij."
            ),
        ),
    ]


def consent_question(
    t: Translator, retention_days: int, *, lead: str | None = None, replace: bool = False
) -> Reply:
    intro = lead or t.gettext(
        "Talk with us about good governance in Overijssel. The province listens."
    )
    text = "\n".join(
        [
            t.gettext("<b>Welcome to Overijssel doet mee!</b>"),
            intro,
            "",
            *texts(short_statement(t, retention_days)),
            "",
            t.gettext("Do you want to take part?"),
        ]
    )
    return Reply(
        text=text,
        buttons=rows(
            [
                Button(t.gettext("✅ Yes, I'll take part"), Consent(ConsentChoice.YES)),
                Button(t.gettext("No, thank you"), Consent(ConsentChoice.NO)),
            ],
            [_statement_button(t)],
        ),
        replace=replace,
    )


def needed_lead(t: Translator) -> str:
    return t.gettext("For this we first need your consent.")


def renewed_terms(t: Translator, retention_days: int, *, replace: bool = False) -> Reply:
    """For someone who agreed to an older version of the terms."""
    text = "\n".join(
        [
            t.gettext("<b>Our privacy terms have changed.</b>"),
            t.gettext("Read what applies now, and choose again."),
            "",
            *texts(short_statement(t, retention_days)),
            "",
            t.gettext("Do you still want to take part?"),
        ]
    )
    return Reply(
        text=text,
        buttons=rows(
            [Button(t.gettext("✅ Yes, I'll take part"), Consent(ConsentChoice.YES))],
            [Button(t.gettext("No, stop and erase my answers"), Consent(ConsentChoice.NO))],
            [_statement_button(t)],
        ),
        replace=replace,
    )


def age_question(t: Translator, *, replace: bool = True, again: bool = False) -> Reply:
    lines = []
    if again:
        lines.append(t.gettext("That button does not work. Please choose your age group again."))
    lines.append(
        t.gettext(
            "<b>How old are you?</b> We ask this once. We only keep your age group. "
            "If you are younger than 16, a parent or guardian must agree too."
        )
    )
    buttons = [Button(age_label(t, band), AgeBand(i)) for i, band in enumerate(AGE_BANDS)]
    return Reply(text="\n\n".join(lines), buttons=rows(buttons[:3], buttons[3:]), replace=replace)


def guardian_question(
    t: Translator, school_session: Session | None, *, replace: bool = True
) -> Reply:
    lines = [
        t.gettext(
            "<b>You are younger than 16.</b> Then you may only take part if your parent or "
            "guardian agrees. Show them this message and /privacy."
        ),
        t.gettext("Does your parent or guardian agree? Then tap the button."),
    ]
    buttons: list[list[Button]] = [
        [Button(t.gettext("👍 My parent or guardian agrees"), Guardian(GuardianAnswer.YES))]
    ]
    if school_session is not None:
        lines.append(
            t.gettext(
                "Or are you taking part in the session “{name}”? Your school arranged the "
                "parents' permission for it.",
                name=escape(school_session.name),
            )
        )
        buttons.append(
            [
                Button(
                    t.gettext("🏫 I take part in “{name}”", name=school_session.name[:30]),
                    Guardian(GuardianAnswer.SCHOOL, school_session.id),
                )
            ]
        )
    buttons.append([Button(t.gettext("Not yet"), Guardian(GuardianAnswer.NO))])
    return Reply(text="\n\n".join(lines), buttons=rows(*buttons), replace=replace)


def not_yet(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "Fine. You can still read /agenda and /privacy. We keep nothing but your "
            "language and your age group. Are you allowed to take part later? Then send "
            "/start."
        ),
        replace=True,
    )


def school_permission_gone(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "This session is closed, or the school's permission is not recorded for it. "
            "Ask your parent or guardian, or the facilitator."
        ),
        replace=True,
    )


def consent_given(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "Thank you! You are taking part. You can withdraw your consent at any time "
            "in /instellingen."
        ),
        replace=True,
    )


def guardian_added(t: Translator) -> Reply:
    """A parent's or guardian's permission added to the school's."""
    return Reply(
        text=t.gettext(
            "Thank you. Now you can also take part outside the sessions of your school: in "
            "conversations, with ideas and with reminders."
        ),
        replace=True,
    )


def already_taking_part(t: Translator) -> Reply:
    """An old consent button, pressed after consent was given."""
    return Reply(
        text=t.gettext(
            "You are already taking part. Want to stop? You can withdraw your consent in "
            "/instellingen."
        ),
        replace=True,
    )


def consent_refused(t: Translator, keeps_age_band: bool) -> Reply:
    if keeps_age_band:
        kept = t.gettext(
            "That's fine. We keep nothing but the number of your Telegram account, your "
            "language and your age group."
        )
    else:
        kept = t.gettext(
            "That's fine. We keep nothing but the number of your Telegram account and "
            "your language."
        )
    more = t.gettext(
        "You can still read /privacy, /agenda and /help. Changed your mind? Send /start."
    )
    return Reply(text=f"{kept} {more}", replace=True)
