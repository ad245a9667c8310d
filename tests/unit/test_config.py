"""Configuration: every wrong setting names its variable; defaults as in DESIGN.md §3."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import SHIPPED_DIALOGUES, ConfigError, load_settings, read_environment


def test_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings({})
    assert settings.token is None
    assert settings.api_url == "https://api.telegram.org/bot"
    assert settings.file_api_url == "https://api.telegram.org/file/bot"
    assert settings.database == Path("doetmee.sqlite3")
    assert settings.dialogues == SHIPPED_DIALOGUES
    assert settings.staff == frozenset()
    assert str(settings.timezone) == "Europe/Amsterdam"
    assert settings.locale == "nl"
    assert settings.retention_days == 730


@pytest.mark.parametrize(
    ("variable", "value", "says"),
    [
        ("TELEGRAM_BOT_TOKEN", "no-colon", "bot token"),
        ("DOETMEE_API_URL", "ftp://x", "http"),
        ("DOETMEE_DATABASE", "/no/such/folder/db.sqlite3", "does not exist"),
        ("DOETMEE_DIALOGUES", "/no/such/folder", "not a folder"),
        ("DOETMEE_STAFF", "12,abc", "'abc'"),
        ("DOETMEE_TIMEZONE", "Europe/Zwolle", "time zone"),
        ("DOETMEE_LOCALE", "fr", "'fr'"),
        ("DOETMEE_RETENTION_DAYS", "-3", "whole number"),
        ("DOETMEE_RETENTION_DAYS", "0", "whole number"),
    ],
)
def test_malformed_settings_name_the_variable(variable: str, value: str, says: str) -> None:
    with pytest.raises(ConfigError) as raised:
        load_settings({variable: value})
    assert raised.value.variable == variable
    assert str(raised.value).startswith(variable)
    assert says in str(raised.value)


def test_missing_token_is_only_an_error_for_run() -> None:
    settings = load_settings({})
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN"):
        settings.require_token()


def test_staff_and_self_hosted_api(tmp_path: Path) -> None:
    settings = load_settings(
        {
            "DOETMEE_STAFF": " 12, 34 ,",
            "DOETMEE_API_URL": "http://127.0.0.1:8081/bot",
            "DOETMEE_DATABASE": str(tmp_path / "x.sqlite3"),
        }
    )
    assert settings.staff == frozenset({12, 34})
    assert settings.file_api_url == "http://127.0.0.1:8081/file/bot"


def test_environment_wins_over_dotenv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("DOETMEE_LOCALE=en\nDOETMEE_STAFF=5\n", encoding="utf-8")
    monkeypatch.setenv("DOETMEE_STAFF", "6")
    monkeypatch.delenv("DOETMEE_LOCALE", raising=False)
    values = read_environment(env_file)
    assert values["DOETMEE_LOCALE"] == "en"
    assert values["DOETMEE_STAFF"] == "6"


def test_backup_settings(tmp_path: Path) -> None:
    assert load_settings({}).backup_dir is None
    chosen = load_settings({"DOETMEE_BACKUP_DIR": str(tmp_path / "backups")})
    assert chosen.backup_dir == tmp_path / "backups"  # made at the first backup
    assert chosen.backup_keep_days == 14
    assert load_settings({"DOETMEE_BACKUP_KEEP": "30"}).backup_keep_days == 30
    (tmp_path / "file").write_text("x")
    for variable, wrong in (
        ("DOETMEE_BACKUP_DIR", str(tmp_path / "missing" / "backups")),
        ("DOETMEE_BACKUP_DIR", str(tmp_path / "file")),
        ("DOETMEE_BACKUP_KEEP", "0"),
        ("DOETMEE_BACKUP_KEEP", "a week"),
    ):
        with pytest.raises(ConfigError) as refused:
            load_settings({variable: wrong})
        assert refused.value.variable == variable
