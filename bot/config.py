"""Configuration: built once from the environment (and ``.env``) and passed in.

Nothing in the bot reads the environment at import time; :func:`load_settings` is called
by the command line and the resulting :class:`Settings` object is handed to everything
that needs it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values

from bot.i18n import SUPPORTED_LOCALES
from bot.runtime.shipped_files import shipped

DEFAULT_API_URL = "https://api.telegram.org/bot"
DEFAULT_SEND_RATE = 30
"""Telegram's limit for one bot: about 30 messages per second."""
DEFAULT_BACKUP_KEEP_DAYS = 14
LogFormat = Literal["text", "json"]
LOG_FORMATS: tuple[LogFormat, ...] = ("text", "json")
MIN_SECRET_LENGTH = 32
SHIPPED_DIALOGUES = shipped("dialogen")


class ConfigError(Exception):
    """A setting is missing or malformed; the message names the variable."""

    def __init__(self, variable: str, problem: str) -> None:
        super().__init__(f"{variable}: {problem}")
        self.variable = variable


@dataclass(frozen=True)
class Settings:
    token: str | None = field(repr=False)
    api_url: str
    database: Path
    dialogues: Path
    staff: frozenset[int]
    timezone: ZoneInfo
    locale: str
    secret: str | None = field(repr=False)
    retention_days: int
    webhook_url: str | None = None
    webhook_port: int = 8443
    webhook_listen: str = "127.0.0.1"
    secret_file: Path | None = None
    """``DOETMEE_SECRET_FILE``; None: :attr:`key_file` beside the database."""
    send_rate: int | None = DEFAULT_SEND_RATE
    """``DOETMEE_SEND_RATE``: messages per second for the whole bot; None: no limit."""
    backup_dir: Path | None = None
    """``DOETMEE_BACKUP_DIR``: where the daily backup goes; None: no daily backup."""
    backup_keep_days: int = DEFAULT_BACKUP_KEEP_DAYS
    """``DOETMEE_BACKUP_KEEP``: daily backups older than this many days are removed."""
    log_format: LogFormat = "text"
    """``DOETMEE_LOG_FORMAT``: ``text`` or ``json`` (one line per event either way)."""

    @property
    def key_file(self) -> Path:
        """Where the master secret is kept when ``DOETMEE_SECRET`` is not set."""
        if self.secret_file is not None:
            return self.secret_file
        beside = self.database.with_name(self.database.stem + ".key")
        return beside if beside != self.database else self.database.with_name(beside.name + ".key")

    contacts: PrivacyContacts = field(default_factory=lambda: PrivacyContacts())
    """Who to contact about privacy, named in /privacy (see the block at the end)."""

    @property
    def file_api_url(self) -> str:
        """Where files are downloaded from, derived from the API URL as Telegram does."""
        base = self.api_url.rstrip("/")
        if base.endswith("/bot"):
            return base[: -len("/bot")] + "/file/bot"
        return base + "/file/bot"

    def require_token(self) -> str:
        if not self.token:
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN",
                "is not set; get a token from @BotFather, or try the bot without one "
                "with `doetmee sandbox`",
            )
        return self.token


def read_environment(env_file: Path | None = Path(".env")) -> dict[str, str]:
    """The process environment on top of the values in ``env_file`` (if it exists)."""
    values: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ)
    return values


def load_settings(environ: Mapping[str, str]) -> Settings:
    def get(name: str) -> str | None:
        value = environ.get(name)
        return value.strip() if value is not None and value.strip() else None

    token = get("TELEGRAM_BOT_TOKEN")
    if token is not None and (":" not in token or any(c.isspace() for c in token)):
        raise ConfigError("TELEGRAM_BOT_TOKEN", "does not look like a bot token (123456:ABC…)")

    api_url = get("DOETMEE_API_URL") or DEFAULT_API_URL
    if not api_url.startswith(("http://", "https://")):
        raise ConfigError(
            "DOETMEE_API_URL", f"must start with http:// or https://, got {api_url!r}"
        )

    return Settings(
        token=token,
        api_url=api_url,
        database=_database_path(get("DOETMEE_DATABASE") or "doetmee.sqlite3"),
        dialogues=_dialogues_path(get("DOETMEE_DIALOGUES")),
        staff=_staff_ids(get("DOETMEE_STAFF")),
        timezone=_timezone(get("DOETMEE_TIMEZONE") or "Europe/Amsterdam"),
        locale=_locale(get("DOETMEE_LOCALE") or "nl"),
        secret=_secret(get("DOETMEE_SECRET"), get("DOETMEE_SECRET_FILE")),
        retention_days=_positive_int("DOETMEE_RETENTION_DAYS", get("DOETMEE_RETENTION_DAYS"), 730),
        webhook_url=_webhook_url(get("DOETMEE_WEBHOOK_URL")),
        webhook_port=_port("DOETMEE_WEBHOOK_PORT", get("DOETMEE_WEBHOOK_PORT"), 8443),
        webhook_listen=get("DOETMEE_WEBHOOK_LISTEN") or "127.0.0.1",
        secret_file=_secret_file(get("DOETMEE_SECRET_FILE")),
        send_rate=_send_rate(get("DOETMEE_SEND_RATE")),
        backup_dir=_backup_dir(get("DOETMEE_BACKUP_DIR")),
        backup_keep_days=_positive_int(
            "DOETMEE_BACKUP_KEEP", get("DOETMEE_BACKUP_KEEP"), DEFAULT_BACKUP_KEEP_DAYS
        ),
        log_format=_log_format(get("DOETMEE_LOG_FORMAT")),
        contacts=_privacy_contacts(get),
    )


def _database_path(raw: str) -> Path:
    path = Path(raw).expanduser()
    if path.exists() and path.is_dir():
        raise ConfigError("DOETMEE_DATABASE", f"{path} is a folder, not a file")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ConfigError("DOETMEE_DATABASE", f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.R_OK | os.W_OK)):
        raise ConfigError("DOETMEE_DATABASE", f"{path} cannot be read and written")
    return path


# Keys (the master secret; see bot/runtime/key_file.py)


def _secret(raw: str | None, file: str | None) -> str | None:
    if raw is None:
        return None
    if file is not None:
        raise ConfigError(
            "DOETMEE_SECRET", "and DOETMEE_SECRET_FILE are both set; set only one of the two"
        )
    if len(raw) < MIN_SECRET_LENGTH:
        raise ConfigError(
            "DOETMEE_SECRET",
            f"is shorter than {MIN_SECRET_LENGTH} characters; make one with "
            "python3 -c 'import secrets; print(secrets.token_urlsafe(32))', "
            "or leave it unset to use a key file",
        )
    return raw


def _secret_file(raw: str | None) -> Path | None:
    if raw is None:
        return None
    path = Path(raw).expanduser()
    if path.is_dir():
        raise ConfigError("DOETMEE_SECRET_FILE", f"{path} is a folder, not a file")
    if not path.parent.is_dir():
        raise ConfigError("DOETMEE_SECRET_FILE", f"the folder {path.parent} does not exist")
    return path


def _dialogues_path(raw: str | None) -> Path:
    path = Path(raw).expanduser() if raw else SHIPPED_DIALOGUES
    if not path.is_dir():
        raise ConfigError("DOETMEE_DIALOGUES", f"{path} is not a folder")
    return path


def _staff_ids(raw: str | None) -> frozenset[int]:
    if not raw:
        return frozenset()
    ids: set[int] = set()
    for part in raw.split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit():
            raise ConfigError(
                "DOETMEE_STAFF", f"{part!r} is not a Telegram user id (digits, separated by commas)"
            )
        ids.add(int(part))
    return frozenset(ids)


def _timezone(raw: str) -> ZoneInfo:
    try:
        return ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            "DOETMEE_TIMEZONE", f"{raw!r} is not a known time zone (e.g. Europe/Amsterdam)"
        ) from None


def _locale(raw: str) -> str:
    if raw not in SUPPORTED_LOCALES:
        raise ConfigError(
            "DOETMEE_LOCALE",
            f"{raw!r} is not supported; choose one of {', '.join(SUPPORTED_LOCALES)}",
        )
    return raw


def _positive_int(variable: str, raw: str | None, default: int) -> int:
    if raw is None:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError(variable, f"must be a whole number above 0, got {raw!r}")
    return int(raw)


def _port(variable: str, raw: str | None, default: int) -> int:
    port = _positive_int(variable, raw, default)
    if port > 65535:
        raise ConfigError(variable, f"must be a port number from 1 to 65535, got {raw!r}")
    return port


def _webhook_url(raw: str | None) -> str | None:
    if raw is None:
        return None
    parts = urlsplit(raw)
    loopback = parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1")
    if not (parts.scheme == "https" or loopback) or not parts.hostname:
        raise ConfigError(
            "DOETMEE_WEBHOOK_URL", "must be an https:// address (http:// only on this machine)"
        )
    return raw


# Operations (issue 11): the send rate, daily backups, the log format.


def _send_rate(raw: str | None) -> int | None:
    if raw is None:
        return DEFAULT_SEND_RATE
    if raw.lower() == "unlimited":
        return None
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError(
            "DOETMEE_SEND_RATE",
            f"must be a whole number of messages per second above 0, or unlimited; got {raw!r}",
        )
    return int(raw)


def _backup_dir(raw: str | None) -> Path | None:
    """The folder may be made at the first backup, but its parent must be there."""
    if raw is None:
        return None
    path = Path(raw).expanduser()
    if path.exists() and not path.is_dir():
        raise ConfigError("DOETMEE_BACKUP_DIR", f"{path} is not a folder")
    existing = path if path.is_dir() else path.parent
    if not existing.is_dir():
        raise ConfigError("DOETMEE_BACKUP_DIR", f"the folder {existing} does not exist")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise ConfigError("DOETMEE_BACKUP_DIR", f"{existing} cannot be written")
    return path


def _log_format(raw: str | None) -> LogFormat:
    if raw is None:
        return "text"
    for known in LOG_FORMATS:
        if raw.lower() == known:
            return known
    raise ConfigError("DOETMEE_LOG_FORMAT", f"must be text or json, got {raw!r}")


# Privacy contacts (issue 15): named in the privacy statement (/privacy). Unset is allowed
# (a test or a trial run), but `doetmee run` warns at start-up and /privacy says so.

CONTACT_LIMIT = 300


@dataclass(frozen=True)
class PrivacyContacts:
    organisation: str | None = None
    """``DOETMEE_PRIVACY_CONTACT``: how to reach the organisation about privacy."""
    officer: str | None = None
    """``DOETMEE_DPO_CONTACT``: how to reach the data protection officer."""
    complaints: str | None = None
    """``DOETMEE_COMPLAINT_ROUTE``: where to complain to the organisation first."""

    VARIABLES = ("DOETMEE_PRIVACY_CONTACT", "DOETMEE_DPO_CONTACT", "DOETMEE_COMPLAINT_ROUTE")

    def unset(self) -> list[str]:
        values = (self.organisation, self.officer, self.complaints)
        return [name for name, value in zip(self.VARIABLES, values, strict=True) if not value]

    def or_samples(self) -> PrivacyContacts:
        """For the sandbox: clearly fake sample values where nothing is configured."""
        return PrivacyContacts(
            organisation=self.organisation
            or "VOORBEELD (sandbox): privacy@voorbeeld.invalid, 012-3456789",
            officer=self.officer or "VOORBEELD (sandbox): fg@voorbeeld.invalid",
            complaints=self.complaints or "VOORBEELD (sandbox): https://voorbeeld.invalid/klacht",
        )


def _privacy_contacts(get: Callable[[str], str | None]) -> PrivacyContacts:
    values: list[str | None] = []
    for name in PrivacyContacts.VARIABLES:
        value = get(name)
        if value is not None and len(value) > CONTACT_LIMIT:
            raise ConfigError(name, f"is longer than {CONTACT_LIMIT} characters")
        values.append(value)
    return PrivacyContacts(*values)
