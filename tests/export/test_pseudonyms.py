"""Pseudonyms: stable and keyed for analysis, fresh and random for the verhalenreeks."""

from __future__ import annotations

import re

from bot.export.pseudonyms import analysis_pseudonym, labeller, story_labels


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


def test_story_labels_numbered_in_random_order() -> None:
    keys = [f"resp-{i}" for i in range(30)]
    first = story_labels(keys, "nl")
    assert sorted(first.values(), key=lambda v: int(v.split()[1])) == [
        f"Inwoner {i}" for i in range(1, 31)
    ]
    orders = {tuple(story_labels(keys, "nl")[k] for k in keys) for _ in range(5)}
    assert len(orders) > 1  # fresh per export
    assert story_labels(["a"], "en") == {"a": "Resident 1"}


def test_story_labels_deterministic_with_injected_shuffle() -> None:
    labels = story_labels(["a", "b", "a"], "nl", shuffle=lambda keys: keys.reverse())
    assert labels == {"b": "Inwoner 1", "a": "Inwoner 2"}


def test_labeller_per_purpose() -> None:
    analysis = labeller("analyse", b"k", ["a", "b"], "nl")
    assert analysis("a") == analysis_pseudonym(b"k", "a")
    story = labeller("verhalenreeks", b"k", ["a", "b"], "nl")
    assert {story("a"), story("b")} == {"Inwoner 1", "Inwoner 2"}
