"""The full privacy statement (/privacy), GDPR art. 13, in plain words.

Written from the model in :mod:`bot.privacy.legal_basis` (periods, legal grounds); each sentence is
a :class:`~bot.privacy.claims.Claim` with a test behind it. Legal names of articles only in
the last block, "for lawyers". Sent as a few messages (Telegram's limit is 4096
characters); the last one has the consent button when consent is not (or no longer) given.
"""

from __future__ import annotations

from html import escape

from bot.config import PrivacyContacts
from bot.i18n import Translator
from bot.messaging.reply import Button, Reply, rows
from bot.onboarding.actions import Consent, ConsentChoice
from bot.people.consent import TERMS_VERSION
from bot.privacy.claims import Claim
from bot.privacy.durations import duration
from bot.privacy.legal_basis import Basis, DataKind, Kind, kinds, periods

Section = tuple[str, list[Claim]]


def _contact(t: Translator, value: str | None) -> str:
    return escape(value) if value else t.gettext("(not filled in yet)")


def who(t: Translator, contacts: PrivacyContacts) -> Section:
    return (
        t.gettext("Who are we?"),
        [
            Claim(
                "controller",
                t.gettext(
                    "Overijssel doet mee! is a programme of the Province of Overijssel "
                    "(Provincie Overijssel). The province is responsible for your data."
                ),
            ),
            Claim(
                "contact.organisation",
                t.gettext(
                    "Questions about your data? Contact: {contact}",
                    contact=_contact(t, contacts.organisation),
                ),
            ),
            Claim(
                "contact.officer",
                t.gettext(
                    "The province has a data protection officer who checks how it handles "
                    "personal data. Contact: {contact}",
                    contact=_contact(t, contacts.officer),
                ),
            ),
        ],
    )


def what(t: Translator) -> Section:
    return (
        t.gettext("What do we keep?"),
        [
            Claim(
                "kept.account",
                t.gettext(
                    "Always: the number of your Telegram account, your language and your "
                    "settings. Also your age group, once you give it."
                ),
            ),
            Claim(
                "kept.names",
                t.gettext(
                    "When you take part: your first and last name on Telegram. We only use "
                    "them to remove your name from your answers before anyone else reads "
                    "them."
                ),
            ),
            Claim(
                "kept.answers",
                t.gettext(
                    "Your answers in conversations and sessions, and which sessions you joined."
                ),
            ),
            Claim(
                "kept.ideas",
                t.gettext("Your ideas and the ideas you support."),
            ),
            Claim(
                "kept.subscriptions",
                t.gettext(
                    "The events you want a reminder for, and whether you want news from the "
                    "programme."
                ),
            ),
            Claim(
                "kept.consent",
                t.gettext(
                    "When you gave or withdrew your consent, to which version of this "
                    "statement, your age group then, and who gave permission."
                ),
            ),
            Claim(
                "kept.refused",
                t.gettext(
                    "If you do not take part, we keep only the number of your Telegram "
                    "account and your language, and your age group if you gave it."
                ),
            ),
        ],
    )


def why(t: Translator) -> Section:
    return (
        t.gettext("Why?"),
        [
            Claim(
                "purpose.listen",
                t.gettext(
                    "To hear what people in Overijssel think about good governance. We do "
                    "this in conversations, in sessions with a group and through ideas. "
                    "The province uses this to improve its work, and in reports without "
                    "names."
                ),
            ),
            Claim(
                "purpose.agenda",
                t.gettext(
                    "To remind you of events you chose, and to send news if you asked for it."
                ),
            ),
            Claim(
                "purpose.quotes",
                t.gettext(
                    "To tell the story of the programme in the verhalenreeks, a public series "
                    "of stories. We only quote an answer there if you allowed it for that "
                    "answer. Never with your name, and never if you are younger than 16."
                ),
            ),
        ],
    )


def grounds(t: Translator) -> Section:
    return (
        t.gettext("Why may we do this?"),
        [
            Claim(
                "basis.public_task",
                t.gettext(
                    "Talking with residents is a task of the province. That is why we may "
                    "keep the number of your Telegram account, your language and your "
                    "settings."
                ),
            ),
            Claim(
                "basis.explicit_consent",
                t.gettext(
                    "What you think about politics is sensitive. We only keep your answers, "
                    "ideas and support when you agree. If you withdraw your consent, we erase "
                    "them."
                ),
            ),
            Claim(
                "minors",
                t.gettext(
                    "Are you younger than 16? Then you may only take part if your parent or "
                    "guardian agrees, or in a session for which your school arranged the "
                    "permission of the parents (then only in such sessions). Until then we "
                    "keep only your language and age group."
                ),
            ),
            Claim(
                "voluntary",
                t.gettext(
                    "Taking part is voluntary. Without consent you can still read /agenda, "
                    "/privacy and /help."
                ),
            ),
        ],
    )


def recipients(t: Translator) -> Section:
    return (
        t.gettext("Who sees it?"),
        [
            Claim(
                "recipients.staff",
                t.gettext(
                    "Staff of the province who work on the programme. When they export "
                    "answers, the file has no names and no numbers of Telegram accounts. "
                    "We remove names, phone numbers and addresses from the answers."
                ),
            ),
            Claim(
                "recipients.facilitator",
                t.gettext(
                    "The facilitator of a session sees the answers given in that session: "
                    "numbers, a chart and answers without names. A facilitator is, for "
                    "example, a member of the Provincial Council or a teacher."
                ),
            ),
            Claim(
                "recipients.public_ideas",
                t.gettext(
                    "Everyone who uses the bot sees published ideas and how much support they "
                    "have, without your name."
                ),
            ),
            Claim(
                "recipients.verhalenreeks",
                t.gettext(
                    "Everyone can read the verhalenreeks: only answers you allowed us to "
                    "quote, without your name."
                ),
            ),
            Claim(
                "recipients.telegram",
                t.gettext(
                    "All messages go through Telegram. Telegram is a company outside the "
                    "European Union, with its own privacy rules."
                ),
            ),
            Claim(
                "recipients.processors",
                t.gettext(
                    "IT suppliers that run the bot for the province, under a contract with "
                    "the province."
                ),
            ),
        ],
    )


def _how_long(t: Translator, kind: DataKind) -> Claim | None:
    period = duration(t, kind.days) if kind.days is not None else ""
    match kind.kind:
        case Kind.ACCOUNT:
            text = t.gettext(
                "The number of your Telegram account, your language, age group and "
                "settings: until {period} after you last used the bot. Then we erase "
                "everything about you.",
                period=period,
            )
        case Kind.NAMES:
            text = t.gettext(
                "Your name: as long as you take part. We erase it when you withdraw your consent."
            )
        case Kind.ANSWERS:
            text = t.gettext(
                "Answers: {period} after you gave them. A session, with who joined it: "
                "{period} after it closed.",
                period=period,
            )
        case Kind.QUOTE_PERMISSIONS:
            text = t.gettext("Your permission to quote an answer: as long as we keep that answer.")
        case Kind.IDEAS:
            text = t.gettext(
                "Ideas and support: {period} after you sent the idea or gave the support.",
                period=period,
            )
        case Kind.SUBSCRIPTIONS:
            text = t.gettext(
                "Reminders: until {period} after the event. News: until you switch it off.",
                period=period,
            )
        case Kind.CONSENT_RECORDS:
            text = t.gettext(
                "When you gave your consent: as long as we keep the answers it is about."
            )
        case Kind.AUDIT_LOG:
            text = t.gettext(
                "The log of what staff and facilitators did with the bot: {period}. It "
                "also records attempts to use their commands.",
                period=period,
            )
        case _:  # pragma: no cover - every kind is described
            return None
    return Claim(f"retention.{kind.kind.value}", text)


def how_long(t: Translator, retention_days: int) -> Section:
    described = [_how_long(t, kind) for kind in kinds(retention_days)]
    return (t.gettext("How long do we keep it?"), [c for c in described if c is not None])


def rights(t: Translator, contacts: PrivacyContacts) -> Section:
    return (
        t.gettext("What can you do?"),
        [
            Claim(
                "rights.access",
                t.gettext(
                    "See everything we keep about you, also as a file to take with you: "
                    "/mijngegevens."
                ),
            ),
            Claim(
                "rights.withdraw",
                t.gettext(
                    "Withdraw your consent: /instellingen. We then erase your answers, your "
                    "ideas and your support, and stop reminders and news. What we did before "
                    "stays lawful."
                ),
            ),
            Claim("rights.erase", t.gettext("Erase everything about you: /vergeetmij.")),
            Claim(
                "rights.correct",
                t.gettext(
                    "Change an answer: go back in the conversation. Stop quoting an answer: "
                    "/mijngegevens."
                ),
            ),
            Claim(
                "rights.other",
                t.gettext(
                    "You may also ask us to correct or limit your data, or object to how we "
                    "use it. Ask the contact above."
                ),
            ),
            Claim(
                "rights.no_automated_decisions",
                t.gettext("We make no automatic decisions about you."),
            ),
            Claim(
                "complaints",
                t.gettext(
                    "Not happy with how we handle your data? Tell us: {route}. You can also "
                    "complain to the Dutch Data Protection Authority (Autoriteit "
                    "Persoonsgegevens, autoriteitpersoonsgegevens.nl).",
                    route=_contact(t, contacts.complaints),
                ),
            ),
        ],
    )


def _basis_name(t: Translator, basis: Basis) -> str:
    names = {
        Basis.PUBLIC_TASK: t.gettext("article 6(1)(e) GDPR (public task)"),
        Basis.EXPLICIT_CONSENT: t.gettext(
            "article 6(1)(a) and article 9(2)(a) GDPR (explicit consent, political opinions)"
        ),
        Basis.CONSENT: t.gettext("article 6(1)(a) GDPR (consent)"),
        Basis.QUOTE_CONSENT: t.gettext(
            "article 6(1)(a) and article 9(2)(a) GDPR, per answer. Only from the age of "
            "16 (article 5 UAVG)."
        ),
        Basis.PROOF_OF_CONSENT: t.gettext(
            "article 6(1)(c) with article 7(1) GDPR (proof of consent)"
        ),
    }
    return names[basis]


def _kind_name(t: Translator, kind: Kind) -> str:
    names = {
        Kind.ACCOUNT: t.gettext("Number of your Telegram account, language, age group, settings"),
        Kind.NAMES: t.gettext("names"),
        Kind.ANSWERS: t.gettext("answers in conversations and sessions"),
        Kind.QUOTE_PERMISSIONS: t.gettext("permission to quote"),
        Kind.IDEAS: t.gettext("ideas and support"),
        Kind.SUBSCRIPTIONS: t.gettext("reminders and news"),
        Kind.CONSENT_RECORDS: t.gettext("consent records"),
        Kind.AUDIT_LOG: t.gettext("audit log of staff actions"),
    }
    return names[kind]


def for_lawyers(t: Translator, retention_days: int) -> Section:
    lines = [
        Claim(
            f"basis.{kind.kind.value}",
            f"{_kind_name(t, kind.kind)}: {_basis_name(t, kind.basis)}",
        )
        for kind in kinds(retention_days)
    ]
    lines.append(
        Claim(
            "minors.law",
            t.gettext(
                "Under 16: permission of a parent or guardian (article 8 GDPR, article 5 "
                "UAVG). The young person confirms it, or the school arranges it for a "
                "session."
            ),
        )
    )
    lines.append(
        Claim(
            "transfer",
            t.gettext("Telegram processes messages outside the EEA, under its own responsibility."),
        )
    )
    return (t.gettext("For lawyers"), lines)


def sections(t: Translator, retention_days: int, contacts: PrivacyContacts) -> list[Section]:
    return [
        who(t, contacts),
        what(t),
        why(t),
        grounds(t),
        recipients(t),
        how_long(t, retention_days),
        rights(t, contacts),
        for_lawyers(t, retention_days),
    ]


def _render(section: Section) -> str:
    heading, claims = section
    return "\n".join([f"<b>{heading}</b>", *(f"• {claim.text}" for claim in claims)])


PARTS = ((0, 4), (4, 6), (6, 8))
"""Which sections go in which message (each well under Telegram's 4096 characters)."""


def privacy_statement(
    t: Translator, retention_days: int, contacts: PrivacyContacts, *, consented: bool
) -> list[Reply]:
    all_sections = sections(t, retention_days, contacts)
    title = t.gettext(
        "<b>Privacy statement of Overijssel doet mee!</b> (version {version})",
        version=TERMS_VERSION,
    )
    replies = []
    for number, (start, end) in enumerate(PARTS):
        body = "\n\n".join(_render(section) for section in all_sections[start:end])
        replies.append(Reply(text=f"{title}\n\n{body}" if number == 0 else body))
    if not consented:
        last = replies[-1]
        replies[-1] = Reply(
            text=last.text,
            buttons=rows(
                [
                    Button(
                        t.gettext("✅ Yes, I'll take part"), Consent(ConsentChoice.YES, below=True)
                    ),
                    Button(t.gettext("No, thank you"), Consent(ConsentChoice.NO, below=True)),
                ]
            ),
        )
    return replies


def periods_in_days(retention_days: int) -> dict[str, int]:
    """The periods the statement names (for the README and tests)."""
    p = periods(retention_days)
    return {
        "answers": p.answers,
        "ideas": p.ideas,
        "inactive": p.inactive,
        "subscriptions_after_event": p.subscriptions_after_event,
        "audit_log": p.audit_log,
    }
