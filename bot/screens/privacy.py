"""The full privacy statement (/privacy)."""

from __future__ import annotations

from bot.consent import TERMS_VERSION
from bot.i18n import Translator
from bot.reply import Reply


def privacy_statement(t: Translator, retention_days: int) -> Reply:
    sections = [
        t.gettext(
            "<b>Privacy statement of Overijssel doet mee!</b> (version {version})",
            version=TERMS_VERSION,
        ),
        t.gettext(
            "<b>Who is responsible?</b> The Province of Overijssel (Provincie Overijssel, "
            "Luttenbergstraat 2, Zwolle). The province has a data protection officer "
            "(functionaris gegevensbescherming). You can reach this officer through "
            "www.overijssel.nl (search for 'privacy')."
        ),
        t.gettext(
            "<b>What do we keep?</b> Your Telegram number, your first and last name on "
            "Telegram, your language, your answers to the questions, your ideas and the ideas "
            "you support, the events you follow, the group sessions you join and your answers "
            "there, your age group and municipality if you give them, and when you gave your "
            "consent."
        ),
        t.gettext(
            "<b>Why?</b> To hear what citizens think about good government, to improve how "
            "the province works, and to tell the story of the programme in the "
            "verhalenreeks (a public series of stories). We only quote your words there if "
            "you allow it for that answer, never with your name, and never if you are under 16."
        ),
        t.gettext(
            "<b>On what basis?</b> Your consent (articles 6 and 9 of the GDPR/AVG). Your "
            "opinion about politics is sensitive, so we only store it when you say yes. You "
            "can withdraw your consent at any time in /instellingen."
        ),
        t.gettext(
            "<b>Who receives it?</b> Staff of the province who work on the programme. "
            "Messages go through Telegram, and the bot runs at a hosting company that works "
            "for the province. Reports and stories only contain anonymous answers: no names, "
            "no numbers, no addresses."
        ),
        t.gettext(
            "<b>How long?</b> Answers are deleted after at most {days} days. Your name is "
            "only kept to be able to remove it from your answers when we make them anonymous.",
            days=retention_days,
        ),
        t.gettext(
            "<b>Your rights.</b> See your data: /mijngegevens. Erase everything: "
            "/vergeetmij. Withdraw consent: /instellingen. Change an answer: go back in the "
            "conversation. For other questions, contact the province."
        ),
        t.gettext(
            "<b>Complaints?</b> You can file a complaint with the Dutch Data Protection "
            "Authority (Autoriteit Persoonsgegevens, autoriteitpersoonsgegevens.nl)."
        ),
    ]
    return Reply(text="\n\n".join(sections))
