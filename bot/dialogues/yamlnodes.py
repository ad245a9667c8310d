"""Reading YAML safely as a tree of nodes that remember their line.

Files are only *composed* (``yaml.compose`` with the ``SafeLoader``): no Python object is
ever constructed from a tag, and every value keeps the position it came from, so a problem can
point at its line. Scalars are interpreted here, by hand:

- for text (prompts, labels, ids, keys) the characters as written are used, so ``No``,
  ``yes`` or ``on`` stay words instead of turning into booleans (YAML 1.1's "Norway problem");
- for numbers and booleans the node must really be an integer or ``true``/``false``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

_CORE: Final = "tag:yaml.org,2002:"
NULL_TAG: Final = _CORE + "null"
BOOL_TAG: Final = _CORE + "bool"
INT_TAG: Final = _CORE + "int"
_TEXT_TAGS: Final = frozenset(_CORE + name for name in ("str", "int", "float", "bool", "timestamp"))
ALLOWED_TAGS: Final = _TEXT_TAGS | {NULL_TAG, _CORE + "map", _CORE + "seq", _CORE + "merge"}
"""``merge`` is the tag of a ``<<`` key, which the checker reports as an unknown key."""

_CONSTRUCTOR: Final = SafeConstructor()

MAX_DEPTH: Final = 40
"""Lists and mappings inside each other, at most; a dialogue needs five or six."""
MAX_VALUES: Final = 20_000
"""Values in a file with aliases (``*name``), once every alias is written out; the largest
dialogue has a few thousand. More is a "YAML bomb": a few lines that expand to millions."""


def compose(text: str) -> Node | None:
    """The node tree of a single YAML document; ``None`` for an empty one.

    Raises ``yaml.YAMLError`` (usually a ``MarkedYAMLError`` with a position) on bad YAML.
    """
    return yaml.compose(text, Loader=yaml.SafeLoader)


def too_deep(text: str) -> int | None:
    """The line where lists and mappings are nested deeper than :data:`MAX_DEPTH`, if
    anywhere (read as a stream of events, without recursion); None for bad YAML too, which
    :func:`compose` reports."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    return int(mark.line) + 1 if mark is not None else 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return None
    return None


def expanded_beyond(root: Node, limit: int = MAX_VALUES) -> Node | None:
    """A node used again through an alias when the file, with every alias written out, has
    more than ``limit`` values; None when it stays within the limit or has no aliases (its
    size is then bounded by the file's). Counts without building anything, and stops as soon
    as the limit is passed with an alias."""
    seen: set[int] = set()
    reused: Node | None = None
    count = 0
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        count += 1
        if id(node) in seen:
            reused = reused or node
        seen.add(id(node))
        if count > limit and reused is not None:
            return reused
        if isinstance(node, SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
    return None


def line_of(node: Node) -> int:
    """The 1-based line where ``node`` starts."""
    return int(node.start_mark.line) + 1


def is_null(node: Node) -> bool:
    """``~``, ``null`` or nothing at all after the colon."""
    return isinstance(node, ScalarNode) and node.tag == NULL_TAG


def text_of(node: Node) -> str | None:
    """The characters of a non-null scalar, exactly as written (quotes removed)."""
    if isinstance(node, ScalarNode) and node.tag in _TEXT_TAGS:
        return str(node.value)
    return None


def int_of(node: Node) -> int | None:
    """The value of an integer scalar (``3``, ``1_000``, ``0x10``); ``None`` for anything else,
    including ``true``, ``2.5`` and ``"3"``."""
    if isinstance(node, ScalarNode) and node.tag == INT_TAG:
        return int(_CONSTRUCTOR.construct_yaml_int(node))
    return None


def bool_of(node: Node) -> bool | None:
    """The value of a boolean scalar (``true``/``false``, also YAML 1.1's ``yes``/``no``)."""
    if isinstance(node, ScalarNode) and node.tag == BOOL_TAG:
        return bool(_CONSTRUCTOR.construct_yaml_bool(node))
    return None


def is_mapping(node: Node) -> bool:
    return isinstance(node, MappingNode)


def is_sequence(node: Node) -> bool:
    return isinstance(node, SequenceNode)


def items_of(node: Node) -> list[Node]:
    """The items of a sequence node; empty for any other node."""
    return list(node.value) if isinstance(node, SequenceNode) else []


@dataclass(frozen=True)
class Entry:
    """One ``key: value`` pair of a mapping. ``key`` is ``None`` when the key is not text."""

    key: str | None
    key_node: Node
    value: Node


def entries_of(node: Node) -> list[Entry]:
    """The pairs of a mapping node, in file order (duplicates included); empty otherwise."""
    if not isinstance(node, MappingNode):
        return []
    return [Entry(text_of(key), key, value) for key, value in node.value]


def foreign_tags(root: Node) -> Iterator[Node]:
    """Every node carrying a tag other than YAML's plain text, number, list and mapping ones
    (``!!python/object``, ``!custom``, ``!!binary`` …), each node once."""
    seen: set[int] = set()
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.tag not in ALLOWED_TAGS:
            yield node
        if isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, MappingNode):
            for key, value in reversed(node.value):
                stack.extend((value, key))
