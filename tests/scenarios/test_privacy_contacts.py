"""The privacy contacts: read from the configuration, documented, fake in the sandbox, and
`doetmee run` (runner.serve) warns once at start-up while they are unset."""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import ConfigError, PrivacyContacts, Settings, load_settings
from bot.runtime import runner
from bot.sandbox.run import sandbox_settings
from bot.sandbox.standin import BotApiStandIn
from tests.scenarios.conftest import TOKEN

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_variables_are_read_and_documented() -> None:
    settings = load_settings(
        {
            "DOETMEE_PRIVACY_CONTACT": "privacy@overijssel.example",
            "DOETMEE_DPO_CONTACT": "fg@overijssel.example",
            "DOETMEE_COMPLAINT_ROUTE": "https://overijssel.example/klacht",
        }
    )
    assert settings.contacts == PrivacyContacts(
        "privacy@overijssel.example", "fg@overijssel.example", "https://overijssel.example/klacht"
    )
    table = README.read_text().split("## Configuration")[1].split("## ")[0]
    for variable in PrivacyContacts.VARIABLES:
        assert re.search(rf"^\| `{variable}` \|", table, re.MULTILINE), variable
    with pytest.raises(ConfigError) as error:
        load_settings({"DOETMEE_DPO_CONTACT": "x" * 301})
    assert error.value.variable == "DOETMEE_DPO_CONTACT"


def test_the_sandbox_uses_clearly_fake_samples(settings: Settings, standin: BotApiStandIn) -> None:
    samples = sandbox_settings(settings, standin).contacts
    for value in (samples.organisation, samples.officer, samples.complaints):
        assert value is not None and "VOORBEELD" in value and ".invalid" in value
    configured = replace(settings, contacts=PrivacyContacts(organisation="echt@overijssel.nl"))
    assert sandbox_settings(configured, standin).contacts.organisation == "echt@overijssel.nl"


async def _serve_briefly(settings: Settings, caplog: pytest.LogCaptureFixture) -> list[str]:
    stop = asyncio.Event()
    with caplog.at_level(logging.INFO, logger="bot.runner"):
        task = asyncio.create_task(runner.serve(settings, TOKEN, stop))
        for _ in range(200):
            if any("is running" in r.getMessage() for r in caplog.records):
                break
            await asyncio.sleep(0.025)
        stop.set()
        await task
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


async def test_run_warns_once_while_contacts_are_unset(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    warnings = [w for w in await _serve_briefly(settings, caplog) if "privacy contacts" in w]
    assert len(warnings) == 1
    for variable in PrivacyContacts.VARIABLES:
        assert variable in warnings[0]


async def test_run_is_quiet_when_contacts_are_set(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    contacts = PrivacyContacts("a@overijssel.nl", "fg@overijssel.nl", "https://overijssel.nl/k")
    warnings = await _serve_briefly(replace(settings, contacts=contacts), caplog)
    assert not [w for w in warnings if "privacy contacts" in w]
