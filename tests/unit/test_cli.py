"""The command line: one plain line and exit code 2 on wrong usage or configuration."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.sandbox.standin import BotApiStandIn


def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None):
    import os

    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("DOETMEE_", "TELEGRAM_"))
    }
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=cwd,
        timeout=60,
    )


def test_help_on_every_command() -> None:
    for args in (
        ["--help"],
        ["run", "--help"],
        ["staff", "add", "--help"],
        ["dialogues", "check", "--help"],
        ["backup", "--help"],
    ):
        result = run(*args)
        assert result.returncode == 0, args
        assert "usage:" in result.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ([], "COMMAND"),
        (["fly"], "invalid choice"),
        (["staff", "add", "x"], "not a Telegram user id"),
        (["staff", "add", "²"], "not a Telegram user id"),
        (["staff", "add", str(2**63)], "not a Telegram user id"),
    ],
)
def test_wrong_usage_is_one_line_and_exit_2(args: list[str], says: str, tmp_path: Path) -> None:
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_BOT_TOKEN": "1:a", "DOETMEE_TIMEZONE": "Mars/Olympus"}, "DOETMEE_TIMEZONE"),
        ({"TELEGRAM_BOT_TOKEN": "1:a", "DOETMEE_LOCALE": "de"}, "DOETMEE_LOCALE"),
        ({"TELEGRAM_BOT_TOKEN": "1:a", "DOETMEE_DATABASE": "/nope/db"}, "DOETMEE_DATABASE"),
        ({"TELEGRAM_BOT_TOKEN": "1:a", "DOETMEE_WEBHOOK_PORT": "70000"}, "DOETMEE_WEBHOOK_PORT"),
    ],
)
def test_run_refuses_bad_configuration_in_one_line(
    env: dict[str, str], variable: str, tmp_path: Path
) -> None:
    result = run("run", env=env, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and variable in lines[0]


async def test_run_with_a_token_telegram_refuses_says_so_in_one_line(tmp_path: Path) -> None:
    async with BotApiStandIn(token="4242:the-right-token") as standin:
        result = await asyncio.to_thread(
            run,
            "run",
            env={"TELEGRAM_BOT_TOKEN": "4242:a-wrong-token", "DOETMEE_API_URL": standin.base_url},
            cwd=tmp_path,
        )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "doetmee: configuration: TELEGRAM_BOT_TOKEN: Telegram does not accept this token"
    ]


def test_run_without_the_bot_api_says_where_it_looked(tmp_path: Path) -> None:
    with socket.socket() as unused:  # a port nobody listens on
        unused.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{unused.getsockname()[1]}/bot"
    result = run("run", env={"TELEGRAM_BOT_TOKEN": "1:a", "DOETMEE_API_URL": url}, cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and url in lines[0] and "DOETMEE_API_URL" in lines[0]


def test_run_refuses_an_invalid_dialogue_file(tmp_path: Path) -> None:
    folder = tmp_path / "dialogen"
    folder.mkdir()
    (folder / "kapot.yaml").write_text(
        "id: kapot\nversion: 1\ntitle: Kapot\nquestions:\n"
        "  - id: a\n    type: vrij\n    prompt: Hoi\n"
    )
    result = run(
        "run", env={"TELEGRAM_BOT_TOKEN": "1:a", "DOETMEE_DIALOGUES": str(folder)}, cwd=tmp_path
    )
    assert result.returncode == 1
    assert "kapot.yaml:6" in result.stderr
    assert "Traceback" not in result.stderr


def test_dialogues_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["dialogues", "check"]) == 0
    assert "dialogen" in capsys.readouterr().out
    broken = tmp_path / "kapot.yaml"
    broken.write_text("id: kapot\nversion: nul\n")
    assert main(["dialogues", "check", str(broken)]) == 1
    out = capsys.readouterr().out
    assert f"{broken}:2" in out


def test_staff_add_and_remove_and_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DOETMEE_DATABASE", str(tmp_path / "bot.sqlite3"))
    assert main(["staff", "add", "77"]) == 0
    assert "77 is now staff" in capsys.readouterr().out
    assert main(["staff", "add", "77"]) == 0
    assert "already" in capsys.readouterr().out
    assert main(["backup", str(tmp_path / "copy.sqlite3")]) == 0
    assert (tmp_path / "copy.sqlite3").stat().st_size > 0
    assert main(["backup", str(tmp_path / "copy.sqlite3")]) == 2
    assert main(["staff", "remove", "77"]) == 0
    assert "no longer staff" in capsys.readouterr().out


def test_a_backup_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    env = {"DOETMEE_DATABASE": str(tmp_path / "bot.sqlite3")}
    assert run("staff", "add", "5", env=env, cwd=tmp_path).returncode == 0  # a database
    not_sqlite = tmp_path / "notes.txt"
    not_sqlite.write_text("dit is geen database\n" * 100)
    result = run(
        "backup", str(tmp_path / "copy.sqlite3"), env={"DOETMEE_DATABASE": str(not_sqlite)}
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "doetmee backup: cannot write" in lines[0]
    assert not (tmp_path / "copy.sqlite3").exists()
