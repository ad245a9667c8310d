"""The shipped dialogues and translations are found in a checkout and in a wheel install."""

from __future__ import annotations

from pathlib import Path

from bot.runtime.shipped_files import shipped


def test_a_checkout_has_them_beside_the_package(tmp_path: Path) -> None:
    (tmp_path / "bot").mkdir()
    assert shipped("dialogen", tmp_path / "bot") == tmp_path / "dialogen"


def test_a_wheel_has_them_inside_the_package(tmp_path: Path) -> None:
    inside = tmp_path / "site-packages" / "bot" / "shipped" / "locales"
    inside.mkdir(parents=True)
    assert shipped("locales", tmp_path / "site-packages" / "bot") == inside


def test_this_installation_finds_both() -> None:
    assert any(shipped("dialogen").glob("*.yaml"))
    assert (shipped("locales") / "nl" / "LC_MESSAGES" / "messages.po").is_file()
