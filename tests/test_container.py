"""The container image and the systemd unit, checked without Docker (``.ci/run`` builds the
image where a Docker daemon runs): a slim Python base, a user that is not root, the data on
the volume ``/data``, ``doetmee`` as the entry point with a health check, nothing secret in
the build context; the compose example and the unit fit them."""

from __future__ import annotations

import configparser
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Instruction:
    keyword: str
    arguments: str

    def exec_form(self) -> list[str]:
        """``["a", "b"]`` as a list (the form that needs no shell)."""
        parsed = json.loads(self.arguments)
        assert isinstance(parsed, list), f"{self.keyword} is not in exec form"
        return [str(part) for part in parsed]


def instructions(text: str) -> list[Instruction]:
    """A Dockerfile's instructions, continuation lines joined, comments left out."""
    joined = re.sub(r"\\\n(\s*#[^\n]*\n)*", " ", text)
    found = []
    for line in joined.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        keyword, _, arguments = line.partition(" ")
        found.append(Instruction(keyword.upper(), " ".join(arguments.split())))
    return found


def final_stage() -> list[Instruction]:
    every = instructions((ROOT / "Dockerfile").read_text())
    last_from = max(i for i, step in enumerate(every) if step.keyword == "FROM")
    return every[last_from:]


def one(stage: list[Instruction], keyword: str) -> Instruction:
    (found,) = [step for step in stage if step.keyword == keyword]
    return found


def environment(stage: list[Instruction]) -> dict[str, str]:
    values: dict[str, str] = {}
    for step in stage:
        if step.keyword == "ENV":
            for pair in step.arguments.split():
                name, _, value = pair.partition("=")
                values[name] = value
    return values


def test_the_image_runs_doetmee_as_a_user_that_is_not_root() -> None:
    stage = final_stage()
    base = stage[0].arguments
    assert re.fullmatch(r"python:3\.1[1-9]-slim(-\w+)?", base), base
    user = one(stage, "USER").arguments.split(":")[0]
    assert user not in ("root", "0") and user
    keywords = [step.keyword for step in stage]
    assert keywords.index("USER") < keywords.index("ENTRYPOINT")
    # The user is made in the image with a fixed id, and owns the data folder.
    made = " ".join(step.arguments for step in stage if step.keyword == "RUN")
    assert f"useradd --system --uid 10001 --gid {user}" in made
    assert f"chown {user}:{user} /data" in made
    assert one(stage, "ENTRYPOINT").exec_form() == ["doetmee"]
    assert one(stage, "CMD").exec_form() == ["run"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["doetmee"] == "bot.cli:main"


def test_the_database_and_the_key_file_are_on_the_volume() -> None:
    stage = final_stage()
    assert one(stage, "VOLUME").exec_form() == ["/data"]
    env = environment(stage)
    assert env["DOETMEE_DATABASE"].startswith("/data/")
    # The key file is made beside the database (DOETMEE_SECRET_FILE unset): on /data too.
    assert "DOETMEE_SECRET_FILE" not in env and "DOETMEE_SECRET" not in env
    assert "TELEGRAM_BOT_TOKEN" not in env
    assert one(stage, "WORKDIR").arguments == "/data"


def test_the_health_check_asks_doetmee_status() -> None:
    check = one(final_stage(), "HEALTHCHECK").arguments
    options, _, command = check.partition(" CMD ")
    assert json.loads(command) == ["doetmee", "status", "--check"]
    assert "--interval=" in options and "--timeout=" in options


def test_the_build_copies_only_the_sources_and_never_secrets() -> None:
    every = instructions((ROOT / "Dockerfile").read_text())
    for step in every:
        if step.keyword == "COPY" and "--from=" not in step.arguments:
            *sources, _target = step.arguments.split()
            for source in sources:
                assert (ROOT / source).exists(), f"COPY {source}: not in the repository"
    ignored = (ROOT / ".dockerignore").read_text().split()
    for kept_out in (".env", "*.key", "*.sqlite3", ".venv", ".git"):
        assert kept_out in ignored
    # pip installs the package as pyproject.toml says, with the shipped files inside.
    built = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["hatch"]["build"]
    assert set(built["targets"]["wheel"]["force-include"]) == {"dialogen", "locales"}


def test_the_compose_example_keeps_data_on_volumes_and_takes_the_token_from_outside() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    bot = compose["services"]["bot"]
    assert bot["build"] == "."
    mounts = {volume.split(":")[1]: volume.split(":")[0] for volume in bot["volumes"]}
    assert mounts["/data"] in compose["volumes"]
    env = bot["environment"]
    assert env["TELEGRAM_BOT_TOKEN"].startswith("${TELEGRAM_BOT_TOKEN:?")
    assert env["DOETMEE_BACKUP_DIR"] in mounts  # backups on a volume of their own
    assert mounts[env["DOETMEE_BACKUP_DIR"]] != mounts["/data"]
    assert bot["restart"] == "unless-stopped"


def test_the_systemd_unit() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read_string((ROOT / "docs" / "doetmee.service").read_text())
    service = unit["Service"]
    assert service["User"] not in ("root", "0")
    assert service["ExecStart"].endswith("/doetmee run")
    assert service["UMask"] == "0077"
    assert service["Restart"] == "on-failure"
    assert unit["Install"]["WantedBy"] == "multi-user.target"
