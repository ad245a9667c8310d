"""Pseudonyms: stable and keyed for analysis, fresh and random for the verhalenreeks."""

from __future__ import annotations

import re

from bot.export.pseudonyms import analysis_pseudonym, labeller, story_label


def test_same_key_and_secret_same_pseudonym() -> None:
    assert analysis_pseudonym(b"geheim", "resp-1") == analysis_pseudonym(b"geheim", "resp-1")


def test_different_secret_or_key_different_pseudonym() -> None:
    base = analysis_pseudonym(b"geheim", "resp-1")
    assert analysis_pseudonym(b"ander geheim", "resp-1") != base
    assert analysis_pseudonym(b"geheim", "resp-2") != base


def test_pseudonym_shape() -> None:
    pseudonym = analysis_pseudonym(b"geheim", "resp-1")
    assert re.fullmatch(r"R-[A-Z2-7]{10}", pseudonym)
    assert "resp" not in pseudonym


def test_story_labels_are_keyed_per_dialogue() -> None:
    label = story_label(b"geheim", "goed-bestuur", "resp-1", "nl")
    assert re.fullmatch(r"Inwoner [A-Z2-7]{6}", label)
    assert story_label(b"geheim", "goed-bestuur", "resp-1", "nl") == label
    assert story_label(b"geheim", "meedoen-provincie", "resp-1", "nl") != label
    assert story_label(b"ander geheim", "goed-bestuur", "resp-1", "nl") != label
    assert story_label(b"geheim", "goed-bestuur", "resp-2", "nl") != label
    assert story_label(b"geheim", "goed-bestuur", "resp-1", "en").startswith("Resident ")
    assert label.split()[1] not in analysis_pseudonym(b"geheim", "resp-1")


def test_labeller_per_purpose() -> None:
    analysis = labeller("analyse", b"k", "goed-bestuur", "nl")
    assert analysis("a") == analysis_pseudonym(b"k", "a")
    story = labeller("verhalenreeks", b"k", "goed-bestuur", "nl")
    assert story("a") == story_label(b"k", "goed-bestuur", "a", "nl") != story("b")
