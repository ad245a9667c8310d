"""The privacy statement and the consent screen: what they contain and how they are cut."""

from __future__ import annotations

import re

import pytest

from bot.config import CONTACT_LIMIT, PrivacyContacts
from bot.i18n import load_translations
from bot.onboarding import screens as welcome
from bot.onboarding.actions import Consent, ConsentChoice
from bot.privacy import statement as privacy
from bot.privacy.durations import duration
from bot.privacy.legal_basis import kinds

CATALOGS = load_translations("nl")
LEGAL_WORDS = re.compile(r"\b(artikel|article|AVG|GDPR|UAVG|lid|sub)\b")
CONTACTS = PrivacyContacts(
    organisation="Provincie Overijssel, privacy@overijssel.example, 038 499 88 99",
    officer="Functionaris gegevensbescherming, fg@overijssel.example",
    complaints="https://www.overijssel.example/klachten <b>",
)


def plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text)


@pytest.mark.parametrize("locale", ["nl", "en"])
def test_every_message_fits_in_telegram(locale: str) -> None:
    longest = PrivacyContacts(*(["x" * CONTACT_LIMIT] * 3))
    t = CATALOGS.get(locale)
    for consented in (True, False):
        for reply in privacy.privacy_statement(t, 36500, longest, consented=consented):
            assert len(reply.text) <= 4096


@pytest.mark.parametrize("locale", ["nl", "en"])
def test_legal_names_only_in_the_block_for_lawyers(locale: str) -> None:
    t = CATALOGS.get(locale)
    replies = privacy.privacy_statement(t, 730, CONTACTS, consented=True)
    text = "\n".join(r.text for r in replies)
    heading = "Voor juristen" if locale == "nl" else "For lawyers"
    before, after = text.split(f"<b>{heading}</b>")
    assert not LEGAL_WORDS.findall(plain(before)), LEGAL_WORDS.findall(plain(before))
    assert LEGAL_WORDS.findall(after)
    assert replies[-1].text.rstrip().endswith(after.rstrip().splitlines()[-1])  # the last block


def test_contacts_come_from_configuration() -> None:
    t = CATALOGS.get("nl")
    text = "\n".join(r.text for r in privacy.privacy_statement(t, 730, CONTACTS, consented=True))
    assert "Provincie Overijssel" in text
    assert "privacy@overijssel.example" in text
    assert "fg@overijssel.example" in text
    assert "https://www.overijssel.example/klachten &lt;b&gt;" in text  # escaped
    assert "Autoriteit Persoonsgegevens" in text
    unset = "\n".join(
        r.text for r in privacy.privacy_statement(t, 730, PrivacyContacts(), consented=True)
    )
    assert unset.count("(nog niet ingevuld)") == 3


def test_every_kind_of_data_has_its_period_and_ground_in_the_statement() -> None:
    t = CATALOGS.get("nl")
    sections = dict(privacy.sections(t, 123, CONTACTS))
    periods = {c.key: c.text for c in sections["Hoe lang bewaren we het?"]}
    grounds = {c.key for c in sections["Voor juristen"]}
    for kind in kinds(123):
        name = kind.kind.value
        assert f"retention.{name}" in periods, name
        assert f"basis.{name}" in grounds, name
        if kind.days is not None:
            assert duration(t, kind.days) in periods[f"retention.{name}"], name


@pytest.mark.parametrize("locale", ["nl", "en"])
def test_the_consent_screen_is_short_and_says_the_essentials(locale: str) -> None:
    t = CATALOGS.get(locale)
    claims = welcome.short_statement(t, 730)
    words = len(plain(" ".join(c.text for c in claims)).split())
    assert words <= 80, words
    assert [c.key for c in claims] == [
        "controller",  # who we are
        "short.kept",  # what we keep
        "short.recipients",  # who sees what
        "retention.answers",  # how long
        "voluntary.erase",  # voluntary
    ]
    screen = welcome.consent_question(t, 730)
    for claim in claims:
        assert claim.text in screen.text
    assert ("hooguit 2 jaar" if locale == "nl" else "at most 2 years") in screen.text
    labels = [b.label for row in screen.buttons for b in row]
    assert any("privacy" in label.lower() for label in labels)  # the full statement


def test_the_statement_ends_with_consent_buttons_only_without_consent() -> None:
    t = CATALOGS.get("nl")
    without = privacy.privacy_statement(t, 730, CONTACTS, consented=False)
    assert [b.action for row in without[-1].buttons for b in row] == [
        Consent(ConsentChoice.YES, below=True),
        Consent(ConsentChoice.NO, below=True),
    ]
    assert all(not r.buttons for r in without[:-1])
    with_consent = privacy.privacy_statement(t, 730, CONTACTS, consented=True)
    assert all(not r.buttons for r in with_consent)


def test_periods_are_said_in_whole_years_or_in_days() -> None:
    """The words say exactly the days the retention job uses: years only when whole."""
    nl, en = CATALOGS.get("nl"), CATALOGS.get("en")
    assert duration(nl, 730) == "2 jaar" and duration(en, 730) == "2 years"
    assert duration(nl, 365) == "1 jaar" and duration(en, 365) == "1 year"
    assert duration(nl, 731) == "731 dagen" and duration(nl, 30) == "30 dagen"
    assert duration(nl, 1) == "1 dag" and duration(en, 1) == "1 day"
    assert "2 jaar" in "\n".join(
        r.text for r in privacy.privacy_statement(nl, 730, CONTACTS, consented=True)
    )
