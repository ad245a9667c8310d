"""The checker refuses YAML bombs and deep nesting (with a line), keeps small reuse with
anchors working, and holds a changed dialogue to a higher version — also against the earlier
versions kept in ``.versions/`` beside the folder's files."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.dialogues.loader import check
from bot.dialogues.reader import read_dialogue
from bot.dialogues.versions import KnownVersion, version_problems

SHIPPED = Path(__file__).resolve().parents[2] / "dialogen"

SMALL = """id: kort
version: 1
title: {nl: Kort}
questions:
  - id: een
    type: choice
    prompt: {nl: Eerste}
    options: &ja-nee
      - {id: ja, label: {nl: Ja}}
      - {id: nee, label: {nl: Nee}}
  - id: twee
    type: choice
    prompt: {nl: Tweede}
    options: *ja-nee
"""


def bomb(levels: int) -> str:
    lines = [
        "id: bom",
        "version: 1",
        "title: {nl: x}",
        'l0: &l0 ["ha","ha","ha","ha","ha","ha","ha","ha","ha","ha"]',
    ]
    for n in range(1, levels):
        lines.append(f"l{n}: &l{n} [" + ",".join([f"*l{n - 1}"] * 10) + "]")
    lines.append("questions: [{id: x, type: text, prompt: {nl: hoi}}]")
    return "\n".join(lines) + "\n"


def test_an_anchor_used_a_few_times_is_fine() -> None:
    result = read_dialogue(SMALL, Path("kort.yaml"))
    assert result.problems == ()
    assert result.dialogue is not None and len(result.dialogue.questions[1].options) == 2


def test_a_yaml_bomb_is_refused_at_once_with_its_line() -> None:
    result = read_dialogue(bomb(9), Path("bom.yaml"))  # 10^9 values written out
    (problem,) = result.problems
    assert "aliases (*name)" in problem.sentence() and problem.line == 4


def test_nesting_too_deep_is_refused_with_its_line_not_a_recursion_error() -> None:
    text = "id: x\nversion: 1\nquestions:\n  - " + "[" * 5000 + "]" * 5000 + "\n"
    (problem,) = read_dialogue(text, Path("diep.yaml")).problems
    assert "nested more than 40 levels" in problem.sentence() and problem.line == 4


def test_the_version_rule() -> None:
    dialogue = read_dialogue(SMALL, Path("kort.yaml")).dialogue
    assert dialogue is not None
    same = KnownVersion.of(dialogue)
    other = KnownVersion("kort", 1, "a different fingerprint")
    newer = KnownVersion("kort", 3, "another")
    where = {"file": Path("kort.yaml"), "line": 2}
    assert version_problems(dialogue, [same], **where) == []
    (again,) = version_problems(dialogue, [same], **where, same_is_news=True)
    assert "the one already in use: nothing is new" in again.sentence()
    (changed,) = version_problems(dialogue, [other], **where)
    assert "set 'version' to 2" in changed.sentence() and changed.line == 2
    (older,) = version_problems(dialogue, [same, newer], **where)
    assert "older than version 3" in older.sentence() and "version 4" in older.sentence()
    assert version_problems(dialogue, [KnownVersion("ander", 5, "x")], **where) == []


def test_doetmee_dialogues_check_compares_with_the_kept_versions(tmp_path: Path) -> None:
    folder = tmp_path / "dialogen"
    shutil.copytree(SHIPPED, folder)
    assert check(folder).problems == []
    source = folder / "goed-bestuur.yaml"
    text = source.read_text(encoding="utf-8")
    version = check(source).dialogues["goed-bestuur"].version
    (folder / ".versions").mkdir()
    (folder / ".versions" / f"goed-bestuur.v{version}.yaml").write_text(text, encoding="utf-8")
    assert check(folder).problems == []  # the kept copy of the version in use
    changed = text.replace('nl: "Wat betekent goed bestuur voor jou?"', 'nl: "Goed bestuur?"', 1)
    assert changed != text
    source.write_text(changed, encoding="utf-8")
    (problem,) = check(folder).problems
    assert problem.file == source and f"set 'version' to {version + 1}" in problem.sentence()
