"""Where the dialogues and translations that ship with the bot are: beside the package in a
checkout or an editable install (``dialogen/``, ``locales/``), inside it (``bot/shipped/``)
when installed from a wheel (``pyproject.toml`` puts them there)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent
"""The ``bot`` package (this module is in ``bot/runtime/``)."""


def shipped(folder: str, package: Path = _PACKAGE) -> Path:
    """``dialogen`` or ``locales`` as shipped with this installation of ``package``."""
    installed = package / "shipped" / folder
    return installed if installed.is_dir() else package.parent / folder
