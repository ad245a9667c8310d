"""How ideas look in the chat: writing one, browsing and supporting, moderating.

Buttons carry the actions of :mod:`bot.ideas.actions`: numbers and one-letter codes, so they
always fit Telegram's 64 bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from babel.lists import format_list

from bot.i18n import N_, Translator
from bot.ideas.actions import (
    Browse,
    CancelIdea,
    ChooseTheme,
    EditIdea,
    Moderate,
    ModerationStep,
    MyIdeas,
    NewIdea,
    Reject,
    SendIdea,
    Support,
    View,
)
from bot.ideas.store import Idea, Listed, Sort
from bot.messaging.reply import Button, Reply, rows

THEMES: tuple[tuple[str, str], ...] = (
    ("meedoen", N_("Taking part")),
    ("wonen", N_("Housing and living environment")),
    ("natuur", N_("Nature and climate")),
    ("verkeer", N_("Traffic and transport")),
    ("jongeren", N_("Young people")),
    ("anders", N_("Other")),
)

# (id, button label for staff, the sentence the author reads)
REASONS: tuple[tuple[str, str, str], ...] = (
    (
        "personal",
        N_("Personal details"),
        N_("It contains personal details, such as a name or an address."),
    ),
    ("hurtful", N_("Hurtful"), N_("It could hurt other people.")),
    ("no_idea", N_("Not an idea"), N_("It is not an idea for Overijssel.")),
    ("duplicate", N_("Duplicate"), N_("The same idea was already sent.")),
)

EXCERPT_LENGTH = 80


def share_link(bot_username: str, idea_id: int) -> str:
    return f"https://t.me/{bot_username}?start=i_{idea_id}"


def excerpt(text: str, length: int = EXCERPT_LENGTH) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def theme_label(t: Translator, theme: str | None) -> str | None:
    labels = dict(THEMES)
    return t.gettext(labels[theme]) if theme in labels else None


def reason_sentence(t: Translator, reason: str | None) -> str:
    sentences = {key: sentence for key, _label, sentence in REASONS}
    return t.gettext(sentences[reason]) if reason in sentences else "–"


def reason_label(t: Translator, reason: str | None) -> str:
    labels = {key: label for key, label, _sentence in REASONS}
    return t.gettext(labels[reason]) if reason in labels else "–"


# writing an idea


def ask(t: Translator, minimum: int, maximum: int, earlier: str | None = None) -> Reply:
    lines = [
        t.gettext("<b>Your idea for Overijssel</b>"),
        "",
        t.gettext("Type your idea in a few sentences. What should change, and why?"),
        t.gettext("<i>Use between {min} and {max} characters.</i>", min=minimum, max=maximum),
    ]
    if earlier:
        lines += ["", t.gettext("Your text so far:"), f"<i>{escape(earlier)}</i>"]
    return Reply(text="\n".join(lines), buttons=rows([Button(t.gettext("✖️ Cancel"), CancelIdea())]))


def too_short(t: Translator, minimum: int) -> Reply:
    return Reply(
        text="⚠️ " + t.gettext("Your idea is too short. Use at least {min} characters.", min=minimum)
    )


def too_long(t: Translator, maximum: int, length: int) -> Reply:
    return Reply(
        text="⚠️ "
        + t.gettext(
            "Your idea is too long ({length} characters). Use at most {max} characters.",
            length=length,
            max=maximum,
        )
    )


def no_words(t: Translator) -> Reply:
    return Reply(
        text="⚠️ "
        + t.gettext(
            "Your idea has no words, only emoji, numbers or punctuation. "
            "Write in words what should change."
        )
    )


def already_sent(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "You already sent this idea. It is still waiting for a decision by staff of the "
            "province. You will get a message when they have decided. Another idea? Send /idee."
        ),
        buttons=rows([Button(t.gettext("📝 My ideas"), MyIdeas())]),
    )


def choose_theme_first(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "You are sending an idea. First choose its theme with one of the buttons below."
        )
    )


def theme_question(t: Translator, text: str) -> Reply:
    buttons = [Button(t.gettext(label), ChooseTheme(i)) for i, (_id, label) in enumerate(THEMES)]
    return Reply(
        text="\n".join(
            [
                t.gettext("<b>Your idea</b>"),
                f"“{escape(text)}”",
                "",
                t.gettext("Which theme fits your idea best?"),
            ]
        ),
        buttons=rows(*[buttons[i : i + 2] for i in range(0, len(buttons), 2)]),
    )


PERSONAL_KINDS: dict[str, str] = {
    "email": N_("an e-mail address"),
    "url": N_("a link"),
    "iban": N_("a bank account number"),
    "bsn": N_("a citizen service number (BSN)"),
    "phone": N_("a phone number"),
    "number": N_("a long number, such as a phone or customer number"),
    "plate": N_("a licence plate"),
    "postcode": N_("a postcode"),
    "address": N_("an address"),
    "handle": N_("a social media account"),
    "school": N_("a school with a class"),
    "role": N_("a job that few people have"),
    "age": N_("an age"),
    "name": N_("a name"),
}
"""What the rules of the export found, as the warning names it (kinds of
:class:`bot.export.scrub.kinds.Kind`)."""


def personal_list(t: Translator, kinds: Sequence[str]) -> str:
    named = [t.gettext(PERSONAL_KINDS[kind]) for kind in kinds if kind in PERSONAL_KINDS]
    return format_list(named, style="standard", locale=t.locale)


def preview(t: Translator, text: str, theme: str | None, personal: Sequence[str] = ()) -> Reply:
    lines = [t.gettext("<b>Your idea</b>"), f"“{escape(text)}”", ""]
    label = theme_label(t, theme)
    if label:
        lines.append(t.gettext("Theme: {theme}", theme=escape(label)))
    if personal:
        lines += [
            t.gettext(
                "⚠️ There may be something personal in it: {what}. Everyone can read a "
                "published idea. To take it out, tap ✏️ Change.",
                what=personal_list(t, personal),
            ),
            "",
        ]
    lines.append(t.gettext("Do you want to send it?"))
    return Reply(
        text="\n".join(lines),
        buttons=rows(
            [Button(t.gettext("📨 Send"), SendIdea())],
            [
                Button(t.gettext("✏️ Change"), EditIdea()),
                Button(t.gettext("✖️ Cancel"), CancelIdea()),
            ],
        ),
        replace=True,
    )


def submitted(t: Translator) -> Reply:
    return Reply(
        text=t.gettext(
            "<b>Thank you for your idea!</b> Staff of the province will look at it first. "
            "You will get a message when they have decided."
        ),
        buttons=rows([Button(t.gettext("📝 My ideas"), MyIdeas())]),
        replace=True,
    )


def cancelled(t: Translator) -> Reply:
    return Reply(
        text=t.gettext("Your idea was not sent. You can start again with /idee."), replace=True
    )


# browsing and supporting


def empty(t: Translator) -> Reply:
    return Reply(
        text=t.gettext("There are no published ideas yet. Send the first one with /idee!"),
        buttons=rows(
            [
                Button(t.gettext("💡 Send an idea"), NewIdea()),
                Button(t.gettext("📝 My ideas"), MyIdeas()),
            ]
        ),
    )


def unavailable(t: Translator) -> Reply:
    return Reply(text=t.gettext("This idea cannot be seen (any more). Send /ideeen to see others."))


def card(
    t: Translator,
    listed: Listed,
    view: View,
    *,
    total: int = 1,
    viewer: int,
    bot_username: str | None = None,
    replace: bool = False,
) -> Reply:
    """One published idea, with its support button and (in the list) the paging buttons."""
    idea = listed.idea
    own = idea.author_id == viewer
    if view.sort == "support":
        heading = t.gettext(
            "💡 <b>Idea {n} of {m}</b>, most support first", n=view.offset + 1, m=total
        )
    elif view.sort == "new":
        heading = t.gettext("💡 <b>Idea {n} of {m}</b>, newest first", n=view.offset + 1, m=total)
    else:
        heading = t.gettext("💡 <b>Idea</b>")
    label = theme_label(t, idea.theme)
    if label:
        heading += f" · <i>{escape(label)}</i>"
    lines = [heading, "", f"“{escape(idea.text)}”", ""]
    lines.append(
        t.ngettext(
            "👍 {n} person supports this idea.",
            "👍 {n} people support this idea.",
            listed.supporters,
        )
    )
    if own:
        lines.append(t.gettext("📝 This is your own idea."))
    elif listed.supported:
        lines.append(t.gettext("<i>You support this idea. Tap the button again to withdraw.</i>"))
    if bot_username:
        lines.append(t.gettext("🔗 Share: {link}", link=share_link(bot_username, idea.id)))

    buttons: list[list[Button]] = []
    if not own:
        support = (
            Button(
                t.gettext("✅ You support this ({n})", n=listed.supporters),
                Support(idea.id, False, view),
            )
            if listed.supported
            else Button(
                t.gettext("👍 Support ({n})", n=listed.supporters),
                Support(idea.id, True, view),
            )
        )
        buttons.append([support])
    if view.sort is None:
        buttons.append(
            [
                Button(t.gettext("💡 More ideas"), Browse(View("new", 0))),
                Button(t.gettext("📝 My ideas"), MyIdeas()),
            ]
        )
    else:
        buttons.append(_paging(t, view, total))
        other: Sort = "support" if view.sort == "new" else "new"
        sort_label = (
            t.gettext("↕️ Most support first") if other == "support" else t.gettext("↕️ Newest first")
        )
        buttons.append(
            [
                Button(sort_label, Browse(View(other, 0))),
                Button(t.gettext("📝 My ideas"), MyIdeas()),
            ]
        )
    return Reply(text="\n".join(lines), buttons=rows(*buttons), replace=replace)


def _paging(t: Translator, view: View, total: int) -> list[Button]:
    assert view.sort is not None
    buttons = []
    if view.offset > 0:
        previous = View(view.sort, view.offset - 1)
        buttons.append(Button(t.gettext("⬅️ Previous idea"), Browse(previous)))
    if view.offset + 1 < total:
        following = View(view.sort, view.offset + 1)
        buttons.append(Button(t.gettext("Next idea ➡️"), Browse(following)))
    return buttons


def support_notice(t: Translator, supported: bool) -> str:
    if supported:
        return t.gettext("Thank you for your support!")
    return t.gettext("You no longer support this idea.")


def own_idea_notice(t: Translator) -> str:
    return t.gettext("This is your own idea.")


def status_text(t: Translator, idea: Idea) -> str:
    return status_of(t, idea.status, idea.reason)


def status_of(t: Translator, status: str, reason: str | None) -> str:
    if status == "pending":
        return t.gettext("⏳ waiting for review")
    if status == "approved":
        return t.gettext("✅ published")
    return t.gettext("❌ not published: {reason}", reason=reason_sentence(t, reason))


def mine(t: Translator, items: list[Listed], consents: bool) -> Reply:
    """The citizen's own ideas, each with its status."""
    if not items:
        return Reply(
            text=t.gettext("You have not sent any ideas yet. Send one with /idee."),
            buttons=rows([Button(t.gettext("💡 Send an idea"), NewIdea())]),
        )
    lines = [t.gettext("<b>Your ideas</b>"), ""]
    for number, listed in enumerate(items, start=1):
        idea = listed.idea
        status = status_text(t, idea)
        if idea.status == "approved":
            status += " · 👍 " + str(listed.supporters)
        lines += [f"{number}. “{escape(excerpt(idea.text))}”", f"    {status}"]
    if not consents:
        lines += [
            "",
            t.gettext(
                "You withdrew your consent, so nobody else sees your ideas now. "
                "Give it again in /instellingen."
            ),
        ]
    return Reply(
        text="\n".join(lines),
        buttons=rows(
            [
                Button(t.gettext("💡 Send an idea"), NewIdea()),
                Button(t.gettext("👀 Ideas of others"), Browse(View("new", 0))),
            ]
        ),
    )


def own_status(t: Translator, idea: Idea) -> Reply:
    """An own idea opened by its link before it was published."""
    return Reply(
        text="\n".join(
            [
                t.gettext("<b>Your idea</b>"),
                f"“{escape(idea.text)}”",
                "",
                t.gettext("Status: {status}", status=status_text(t, idea)),
            ]
        ),
        buttons=rows([Button(t.gettext("📝 My ideas"), MyIdeas())]),
    )


# moderation (staff)


def moderation_card(
    t: Translator,
    idea: Idea,
    waiting: int,
    sent_at: str,
    personal: Sequence[str] = (),
    *,
    replace: bool = False,
) -> Reply:
    # audience: staff
    details = [t.gettext("Idea #{id}", id=idea.id)]
    label = theme_label(t, idea.theme)
    if label:
        details.append(escape(label))
    details.append(sent_at)
    text = "\n".join(
        [
            # audience: staff
            t.ngettext(
                "<b>To review</b> ({n} idea waiting)",
                "<b>To review</b> ({n} ideas waiting)",
                waiting,
            ),
            " · ".join(details),
            "",
            f"“{escape(idea.text)}”",
        ]
    )
    if personal:
        # audience: staff
        text += "\n\n" + t.gettext(
            "⚠️ Perhaps personal details: {what}. Everyone can read a published idea; if it "
            "shows who someone is, choose ❌ Don't publish → Personal details.",
            what=personal_list(t, personal),
        )

    def step(label: str, kind: ModerationStep) -> Button:
        return Button(label, Moderate(idea.id, kind))

    return Reply(
        text=text,
        buttons=rows(
            [
                # audience: staff
                step(t.gettext("✅ Publish"), ModerationStep.APPROVE),
                # audience: staff
                step(t.gettext("❌ Don't publish"), ModerationStep.ASK_REASON),
            ],
            # audience: staff
            [step(t.gettext("⏭ Later"), ModerationStep.LATER)],
        ),
        replace=replace,
    )


def reason_question(t: Translator, idea: Idea) -> Reply:
    return Reply(
        text="\n".join(
            [
                # audience: staff
                t.gettext(
                    "<b>Why not publish idea #{id}?</b> The author sees this reason.", id=idea.id
                ),
                "",
                f"“{escape(excerpt(idea.text))}”",
            ]
        ),
        buttons=rows(
            *[
                # audience: staff
                [Button(t.gettext(label), Reject(idea.id, i))]
                for i, (_, label, _) in enumerate(REASONS)
            ],
            # audience: staff
            [Button(t.gettext("⬅️ Back"), Moderate(idea.id, ModerationStep.BACK))],
        ),
        replace=True,
    )


def decided(t: Translator, idea: Idea) -> Reply:
    if idea.status == "approved":
        # audience: staff
        text = t.gettext("✅ Idea #{id} is published. The author gets a message.", id=idea.id)
    else:
        # audience: staff
        text = t.gettext(
            "❌ Idea #{id} is not published ({reason}). The author gets a message.",
            id=idea.id,
            reason=reason_label(t, idea.reason),
        )
    return Reply(text=text + f"\n\n“{escape(excerpt(idea.text))}”", replace=True)


def nothing_to_review(t: Translator) -> Reply:
    # audience: staff
    return Reply(text=t.gettext("Nothing to review. All ideas have been handled. 🎉"))


def no_more_after(t: Translator, *, replace: bool) -> Reply:
    return Reply(
        # audience: staff
        text=t.gettext(
            "No more ideas after this one. Send /moderatie to start again with the oldest."
        ),
        replace=replace,
    )


def already_decided(t: Translator) -> str:
    # audience: staff
    return t.gettext("Someone already decided about this idea.")


def author_notice(t: Translator, idea: Idea, bot_username: str | None) -> Reply:
    """The message to the author after staff decided (sent through the outbox)."""
    quoted = f"“{escape(excerpt(idea.text))}”"
    if idea.status == "approved":
        lines = [
            t.gettext("🎉 <b>Your idea is published!</b>"),
            quoted,
            "",
            t.gettext("Others can now read and support it with /ideeen."),
        ]
        if bot_username:
            lines.append(t.gettext("🔗 Share: {link}", link=share_link(bot_username, idea.id)))
    else:
        lines = [
            t.gettext("<b>Your idea was not published.</b>"),
            quoted,
            "",
            t.gettext("Reason: {reason}", reason=reason_sentence(t, idea.reason)),
            t.gettext("You are welcome to send a new idea with /idee."),
        ]
    return Reply(text="\n".join(lines), buttons=rows([Button(t.gettext("📝 My ideas"), MyIdeas())]))
