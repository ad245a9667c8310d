"""Finding 1: the database never holds a key. The master secret is DOETMEE_SECRET or a key file
(0600) beside the database; each purpose gets its own key; a key stored by version 1 moves out
of the database and the pseudonyms made with it stay the same."""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

import pytest

from bot.answering.actions import Answer, Step
from bot.cli import main
from bot.config import ConfigError, load_settings
from bot.export.pseudonyms import analysis_pseudonym, labeller
from bot.messaging.callback_codec import CallbackCodec, CallbackDataError
from bot.roles.actions import Invite
from bot.runtime import key_file, runner
from bot.runtime.keys import BUTTONS, PSEUDONYMS, WEBHOOK, Keys
from bot.storage import app_state
from bot.storage.database import open_database
from tests.security.files import mode, on_disk

LONG_SECRET = "a-configured-secret-of-enough-characters"


async def test_without_doetmee_secret_the_key_is_a_file_beside_the_database(
    tmp_path: Path,
) -> None:
    settings = load_settings({"DOETMEE_DATABASE": str(tmp_path / "bot.sqlite3")})
    services = await runner.build_services(settings)
    try:
        key = tmp_path / "bot.key"
        assert key.is_file() and mode(key) == 0o600
        secret = key.read_text().strip()
        assert len(secret) >= 32
        assert services.keys.for_purpose(BUTTONS) == Keys.from_secret(secret).for_purpose(BUTTONS)
        assert await services.db.fetch_all("SELECT key FROM app_state WHERE key = 'secret'") == []
        assert secret.encode() not in on_disk(settings.database)
    finally:
        await services.db.close()

    again = await runner.build_services(settings)  # the next run: the same keys
    try:
        assert again.keys.for_purpose(PSEUDONYMS) == services.keys.for_purpose(PSEUDONYMS)
    finally:
        await again.db.close()


async def test_doetmee_secret_file_moves_the_key_file(tmp_path: Path) -> None:
    elsewhere = tmp_path / "keys"
    elsewhere.mkdir()
    settings = load_settings(
        {
            "DOETMEE_DATABASE": str(tmp_path / "bot.sqlite3"),
            "DOETMEE_SECRET_FILE": str(elsewhere / "doetmee.key"),
        }
    )
    services = await runner.build_services(settings)
    await services.db.close()
    assert mode(elsewhere / "doetmee.key") == 0o600
    assert not (tmp_path / "bot.key").exists()


async def test_a_configured_secret_makes_no_key_file(tmp_path: Path) -> None:
    settings = load_settings(
        {"DOETMEE_DATABASE": str(tmp_path / "bot.sqlite3"), "DOETMEE_SECRET": LONG_SECRET}
    )
    services = await runner.build_services(settings)
    await services.db.close()
    assert services.keys.for_purpose(WEBHOOK) == Keys.from_secret(LONG_SECRET).for_purpose(WEBHOOK)
    assert [name for name in os.listdir(tmp_path) if name.endswith(".key")] == []


def test_settings_never_show_the_secret_or_the_token(tmp_path: Path) -> None:
    settings = load_settings(
        {
            "DOETMEE_DATABASE": str(tmp_path / "bot.sqlite3"),
            "DOETMEE_SECRET": LONG_SECRET,
            "TELEGRAM_BOT_TOKEN": "4242:TOKEN-never-shown",
        }
    )
    assert LONG_SECRET not in repr(settings) and "never-shown" not in repr(settings)


def test_each_purpose_has_its_own_key() -> None:
    keys = Keys.from_secret(LONG_SECRET)
    derived = {keys.for_purpose(label) for label in (BUTTONS, PSEUDONYMS, WEBHOOK, "join-codes")}
    assert len(derived) == 4
    assert LONG_SECRET.encode() not in b"".join(
        keys.for_purpose(label) for label in (BUTTONS, WEBHOOK)
    )
    with pytest.raises(ValueError):
        keys.for_purpose("Not A Label")
    assert LONG_SECRET not in repr(keys)


@pytest.mark.parametrize(
    ("environment", "variable"),
    [
        ({"DOETMEE_SECRET": "short"}, "DOETMEE_SECRET"),
        ({"DOETMEE_SECRET": LONG_SECRET, "DOETMEE_SECRET_FILE": "x.key"}, "DOETMEE_SECRET"),
        ({"DOETMEE_SECRET_FILE": "/no/such/folder/doetmee.key"}, "DOETMEE_SECRET_FILE"),
    ],
)
def test_a_weak_or_unclear_secret_setting_stops_start_up(
    environment: dict[str, str], variable: str, tmp_path: Path
) -> None:
    with pytest.raises(ConfigError) as raised:
        load_settings({"DOETMEE_DATABASE": str(tmp_path / "bot.sqlite3"), **environment})
    assert raised.value.variable == variable


def test_a_short_secret_is_one_line_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DOETMEE_SECRET", "geheim")
    assert main(["staff", "add", "77"]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("doetmee: configuration: DOETMEE_SECRET: is shorter than 32")


VERSION_1_SECRET = "kZ3t0Vq8bQxW1nY5rH2mJ7cL9dF4gS6aE0uT3iO8pMw"  # token_urlsafe(32), as v1 made


async def database_of_version_1(path: Path) -> None:
    """A database in which version 1 of the bot stored its generated secret."""
    db = await open_database(path)
    try:
        await app_state.put(db, "secret", VERSION_1_SECRET)
    finally:
        await db.close()


async def test_a_key_stored_by_version_1_moves_to_the_key_file_and_pseudonyms_stay(
    tmp_path: Path,
) -> None:
    database = tmp_path / "bot.sqlite3"
    await database_of_version_1(database)
    # What version 1 wrote into an analysis export, and how it signed a button.
    pseudonym_before = analysis_pseudonym(("export:" + VERSION_1_SECRET).encode(), "citizen:42")
    button_key_before = hashlib.sha256(("callback:" + VERSION_1_SECRET).encode()).digest()
    pressed = Answer(run_id=7, index=0, step=Step.CHOOSE, value="ja")
    button_before = CallbackCodec(button_key_before).encode(pressed)

    services = await runner.build_services(load_settings({"DOETMEE_DATABASE": str(database)}))
    try:
        assert await app_state.get(services.db, "secret") is None
        assert VERSION_1_SECRET.encode() not in on_disk(database)
        key = tmp_path / "bot.key"
        assert key.read_text().strip() == VERSION_1_SECRET and mode(key) == 0o600

        stable = labeller("analyse", services.keys.for_purpose(PSEUDONYMS), "goed-bestuur", "nl")
        assert stable("citizen:42") == pseudonym_before
        # A button already in a citizen's chat still works; new ones use the new key.
        assert services.codec.decode(button_before) == pressed
        assert services.codec.encode(pressed) != button_before
    finally:
        await services.db.close()


async def test_a_key_file_that_differs_from_the_database_key_is_not_overwritten(
    tmp_path: Path,
) -> None:
    database = tmp_path / "bot.sqlite3"
    await database_of_version_1(database)
    (tmp_path / "bot.key").write_text("another-key-file-with-enough-characters-in-it\n")
    db = await open_database(database)
    try:
        with pytest.raises(ConfigError, match="move one of the two away"):
            await key_file.load(load_settings({"DOETMEE_DATABASE": str(database)}), db)
        assert await app_state.get(db, "secret") == VERSION_1_SECRET  # nothing lost
    finally:
        await db.close()


def test_a_forged_button_is_refused_with_the_database_alone() -> None:
    """Someone with only a copy of the database makes a key of their own: useless."""
    real = CallbackCodec(Keys.from_secret(LONG_SECRET).for_purpose(BUTTONS))
    forger = CallbackCodec(Keys.from_secret("x" * 43).for_purpose(BUTTONS))
    with pytest.raises(CallbackDataError):
        real.decode(forger.encode(Invite("staff")))
    tag = hmac.new(b"", b"1invite:staff", hashlib.sha256).hexdigest()[:6]
    with pytest.raises(CallbackDataError):
        real.decode(f"1invite:staff~{tag}")
