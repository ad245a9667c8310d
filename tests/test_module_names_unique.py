"""No module of the bot binds the same top-level name twice: a second ``_SAYING = …`` or
``_PLATFORM_NAMED = …`` further down silently replaces the first for every function of the
module, also for those written beside the first (both happened in the scrubber's rules)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

BOT = Path(__file__).resolve().parents[1] / "bot"


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
    return names


def test_no_top_level_name_is_bound_twice() -> None:
    twice = {}
    for path in sorted(BOT.rglob("*.py")):
        counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
        repeated = sorted(name for name, count in counts.items() if count > 1)
        if repeated:
            twice[str(path.relative_to(BOT.parent))] = repeated
    assert not twice, twice
