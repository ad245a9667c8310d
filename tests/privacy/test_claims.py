"""Every claim of the consent screen and of /privacy, and the tests that fail when the bot
stops doing what it says. A new sentence about data needs an entry here (and its test)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.config import PrivacyContacts
from bot.i18n import load_translations
from bot.onboarding import screens as welcome
from bot.privacy import statement as privacy

ROOT = Path(__file__).resolve().parents[2]

FIRST = "tests/scenarios/test_first_contact.py"
MINORS = "tests/scenarios/test_consent_and_minors.py"
OWN = "tests/scenarios/test_own_data.py"
RETENTION = "tests/privacy/test_retention.py"
WITHDRAWAL = "tests/privacy/test_withdrawal.py"
ERASURE = "tests/privacy/test_erasure.py"
STATEMENT = "tests/privacy/test_statement.py"
PROMISES = "tests/privacy/test_promises.py"
CONTACTS = "tests/scenarios/test_privacy_contacts.py"

ORGANISATIONAL = "organisational"
"""A promise about how the province works, not something the code does (no code could
break it); kept in this list so that it is a decision, not an oversight."""

CLAIMS: dict[str, list[str]] = {
    # who we are and how to reach us
    "controller": [f"{STATEMENT}::test_contacts_come_from_configuration"],
    "contact.organisation": [
        f"{STATEMENT}::test_contacts_come_from_configuration",
        f"{CONTACTS}::test_run_warns_once_while_contacts_are_unset",
    ],
    "contact.officer": [f"{STATEMENT}::test_contacts_come_from_configuration"],
    "complaints": [f"{STATEMENT}::test_contacts_come_from_configuration"],
    # what we keep
    "short.kept": [
        f"{FIRST}::test_consent_is_stored_with_time_and_version",
        f"{OWN}::test_data_download_contains_consent_and_answers",
    ],
    "kept.account": [
        f"{FIRST}::test_consent_is_stored_with_time_and_version",
        f"{FIRST}::test_language_switch_changes_replies_and_command_menu",
    ],
    "kept.names": [
        f"{FIRST}::test_start_greets_in_dutch_and_asks_consent",
        "tests/export/test_scrub_rules.py::test_known_person_in_any_case",
        "tests/sessions/test_results.py::test_written_answers_scrubbed_newest_first_in_pages",
    ],
    "kept.answers": [
        f"{OWN}::test_data_download_contains_consent_and_answers",
        "tests/sessions/test_domain.py::test_own_data_and_erasure",
    ],
    "kept.ideas": ["tests/ideas/test_flow.py::test_own_data_lists_ideas_support_and_draft"],
    "kept.subscriptions": [
        "tests/events/test_reminders.py::test_own_data_lists_subscriptions",
        "tests/scenarios/test_announcements.py::test_news_goes_once_to_those_who_opted_in",
    ],
    "kept.consent": [f"{FIRST}::test_consent_is_stored_with_time_and_version"],
    "kept.refused": [
        f"{PROMISES}::test_refusing_keeps_only_the_telegram_number_and_language",
        f"{MINORS}::test_every_old_consent_button_acts_on_the_present",
    ],
    # why
    "purpose.listen": [
        "tests/export/test_service.py::test_analyse_has_everything_with_stable_pseudonyms"
    ],
    "purpose.agenda": [
        "tests/events/test_reminders.py::test_subscribing_queues_both_reminders_once",
        "tests/scenarios/test_announcements.py::test_news_goes_once_to_those_who_opted_in",
    ],
    "purpose.quotes": [
        "tests/export/test_service.py::test_verhalenreeks_only_quotable_16_plus",
        "tests/scenarios/test_dialogues.py::test_under_16_is_never_asked_to_be_quoted",
    ],
    # on what grounds
    "basis.public_task": [ORGANISATIONAL],
    "basis.explicit_consent": [
        f"{WITHDRAWAL}::test_withdrawal_erases_what_rests_on_consent",
        f"{FIRST}::test_refusal_keeps_privacy_and_help_but_not_dialogues",
    ],
    "minors": [
        f"{MINORS}::test_under_16_without_permission_keeps_only_language_and_age_band",
        f"{MINORS}::test_under_16_with_a_parents_permission_takes_part",
        f"{MINORS}::test_under_16_in_a_session_the_school_arranged",
        f"{MINORS}::test_without_the_schools_confirmation_there_is_no_school_route",
        f"{MINORS}::test_the_schools_permission_covers_its_sessions_only",
    ],
    "voluntary": [f"{FIRST}::test_refusal_keeps_privacy_and_help_but_not_dialogues"],
    "voluntary.erase": [f"{OWN}::test_erasure_asks_first_and_then_removes_everything"],
    # who sees it
    "short.recipients": [
        "tests/sessions/test_results.py::test_written_answers_scrubbed_newest_first_in_pages",
        f"{PROMISES}::test_published_ideas_show_no_name",
    ],
    "recipients.staff": [
        "tests/scenarios/test_export.py::test_staff_export_arrives_as_an_anonymised_document",
        "tests/export/test_scrub_quality.py",
    ],
    "recipients.facilitator": [
        "tests/sessions/test_results.py::test_written_answers_scrubbed_newest_first_in_pages",
        "tests/scenarios/test_sessions.py::test_a_whole_session",
    ],
    "recipients.public_ideas": [f"{PROMISES}::test_published_ideas_show_no_name"],
    "recipients.verhalenreeks": [
        "tests/export/test_service.py::test_verhalenreeks_only_quotable_16_plus"
    ],
    "recipients.telegram": [f"{PROMISES}::test_messages_go_through_telegrams_bot_api"],
    "recipients.processors": [ORGANISATIONAL],
    "transfer": [f"{PROMISES}::test_messages_go_through_telegrams_bot_api"],
    # how long
    "retention.answers": [
        f"{RETENTION}::test_answers_go_after_their_period",
        f"{RETENTION}::test_session_answers_and_sessions_go_after_their_period",
    ],
    "retention.account": [
        f"{RETENTION}::test_silent_citizens_are_erased_with_their_name_and_telegram_number",
        f"{RETENTION}::test_a_message_counts_as_activity_once_a_day",
    ],
    "retention.names": [f"{WITHDRAWAL}::test_withdrawal_erases_what_rests_on_consent"],
    "retention.quote_permissions": [
        f"{RETENTION}::test_answers_go_after_their_period",
        f"{WITHDRAWAL}::test_withdrawal_erases_what_rests_on_consent",
    ],
    "retention.ideas": [f"{RETENTION}::test_ideas_and_support_go_after_their_period"],
    "retention.subscriptions": [
        f"{RETENTION}::test_subscriptions_go_some_time_after_the_event",
        f"{WITHDRAWAL}::test_withdrawal_erases_what_rests_on_consent",
    ],
    "retention.consent_records": [f"{RETENTION}::test_consent_records_go_once_they_cover_nothing"],
    "retention.audit_log": [
        f"{RETENTION}::test_the_audit_log_goes_after_its_period",
        f"{ERASURE}::test_staff_actions_stay_under_a_pseudonym",
    ],
    # what you can do
    "rights.access": [f"{OWN}::test_data_download_contains_consent_and_answers"],
    "rights.withdraw": [
        f"{OWN}::test_withdrawing_consent_in_settings",
        f"{WITHDRAWAL}::test_withdrawal_erases_what_rests_on_consent",
        f"{WITHDRAWAL}::test_a_failure_half_way_erases_nothing",
    ],
    "rights.erase": [
        f"{OWN}::test_erasure_asks_first_and_then_removes_everything",
        f"{ERASURE}::test_staff_actions_stay_under_a_pseudonym",
    ],
    "rights.correct": [
        "tests/scenarios/test_dialogues.py::test_back_changes_an_answer_and_drops_the_follow_up",
        "tests/scenarios/test_dialogues.py::test_quoting_uses_the_age_from_consent_and_stores_per_answer",
    ],
    "rights.other": [ORGANISATIONAL],
    "rights.no_automated_decisions": [ORGANISATIONAL],
    # for lawyers: the grounds come from the model that withdrawal and retention enforce
    **{
        f"basis.{kind}": [
            f"{STATEMENT}::test_every_kind_of_data_has_its_period_and_ground_in_the_statement",
            f"{WITHDRAWAL}::test_withdrawal_erases_what_rests_on_consent",
        ]
        for kind in (
            "account",
            "names",
            "answers",
            "quote_permissions",
            "ideas",
            "subscriptions",
            "consent_records",
            "audit_log",
        )
    },
    "minors.law": [f"{MINORS}::test_under_16_with_a_parents_permission_takes_part"],
}


def claims_made(locale: str) -> set[str]:
    t = load_translations("nl").get(locale)
    statement = privacy.sections(t, 730, PrivacyContacts())
    return {c.key for _, claims in statement for c in claims} | {
        c.key for c in welcome.short_statement(t, 730)
    }


@pytest.mark.parametrize("locale", ["nl", "en"])
def test_every_claim_has_its_tests_and_no_test_is_listed_for_a_claim_not_made(
    locale: str,
) -> None:
    assert claims_made(locale) == set(CLAIMS)


def _defined_tests(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    return {
        node.name
        for node in tree.body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.name.startswith("test")
    }


def test_every_listed_test_exists() -> None:
    for key, tests in CLAIMS.items():
        assert tests, key
        for test in tests:
            if test == ORGANISATIONAL:
                continue
            file, _, name = test.partition("::")
            path = ROOT / file
            assert path.is_file(), f"{key}: {file} does not exist"
            if name:
                assert name in _defined_tests(path), f"{key}: {test} does not exist"


def test_few_claims_are_left_to_the_organisation() -> None:
    organisational = sorted(k for k, tests in CLAIMS.items() if ORGANISATIONAL in tests)
    assert organisational == [
        "basis.public_task",
        "recipients.processors",
        "rights.no_automated_decisions",
        "rights.other",
    ]
