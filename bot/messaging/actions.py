"""Button actions: small typed frozen dataclasses that screens build and steps receive decoded.

Each feature declares its own in ``bot/<feature>/actions.py``::

    @action("idea_sup")
    @dataclass(frozen=True)
    class Support(Action):
        idea_id: int
        wanted: bool
        view: View

On the wire (:mod:`bot.messaging.callback_codec`) an action is its name, its fixed words, then
its fields, each as text: ``idea_sup:12:1:n0``. Names and layouts are those of the buttons
already in citizens' chats, so those keep working. Field types:

- ``int``: digits only; ``str``: any text without ``:`` or ``~``;
- ``bool``: ``1``/``0``, or two words of its own: ``Annotated[bool, Words("on", "off")]``;
- a ``StrEnum``: one of its values;
- a type with ``to_wire()`` and a classmethod ``from_wire(text)`` (None when not one);
- at the end, optional fields: ``X | None = None`` (left out when None) and flags,
  ``Annotated[bool, Flag("b")] = False`` (the word ``b`` when True, nothing when False).

Anything that does not fit the class exactly — too few or too many parts, a word where a
number belongs, a value the enum does not have — is refused (:class:`ActionError`). A typo in
an action's name or field is an error when the module is imported, not a button that silently
stops working.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar, Protocol, Self, TypeVar


class ActionError(ValueError):
    """Text that is not (or not exactly) a button action we know."""


class Action:
    """The base of every button action (a frozen dataclass registered with :func:`action`)."""

    WIRE: ClassVar[tuple[str, ...]] = ()
    """The name of the action and its fixed words, first on the wire."""


@dataclass(frozen=True)
class Words:
    """A bool written as two words of its own (``on``/``off``)."""

    true: str
    false: str


@dataclass(frozen=True)
class Flag:
    """An optional last word: present when True, left out when False."""

    word: str


class WireValue(Protocol):
    def to_wire(self) -> str: ...

    @classmethod
    def from_wire(cls, text: str) -> Self | None: ...


@dataclass(frozen=True)
class _Field:
    name: str
    write: Callable[[Any], str | None]
    """The field's text, or None: left out (an optional field that is None, a False flag)."""
    read: Callable[[str], Any]
    """The value of the text; raises ActionError when it is not one."""
    optional: bool
    flag: str | None = None
    default: Any = None


_ACTIONS: dict[str, list[type[Action]]] = {}
_FIELDS: dict[type[Action], tuple[_Field, ...]] = {}
A = TypeVar("A", bound=Action)


def _digits(text: str) -> int:
    if not (text.isascii() and text.isdigit()):
        raise ActionError(f"{text!r} is not a number")
    return int(text)


def _words(true: str, false: str) -> Callable[[str], bool]:
    def read(text: str) -> bool:
        if text not in (true, false):
            raise ActionError(f"{text!r} is neither {true!r} nor {false!r}")
        return text == true

    return read


def _member(kind: type[StrEnum]) -> Callable[[str], StrEnum]:
    def read(text: str) -> StrEnum:
        try:
            return kind(text)
        except ValueError:
            raise ActionError(f"{text!r} is no {kind.__name__}") from None

    return read


def _wire_value(kind: Any) -> Callable[[str], Any]:
    def read(text: str) -> Any:
        value = kind.from_wire(text)
        if value is None:
            raise ActionError(f"{text!r} is no {kind.__name__}")
        return value

    return read


def _codec_of(owner: type, field: dataclasses.Field[Any], hint: Any) -> _Field:
    """How one field is written and read, from its type annotation."""
    name = field.name
    extras: tuple[Any, ...] = ()
    if typing.get_origin(hint) is typing.Annotated:
        hint, *rest = typing.get_args(hint)
        extras = tuple(rest)
    optional = False
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        members = [m for m in typing.get_args(hint) if m is not type(None)]
        if len(members) != 1 or field.default is not None:
            raise TypeError(f"{owner.__name__}.{name}: only 'X | None = None' may be optional")
        hint, optional = members[0], True
    flag = next((e for e in extras if isinstance(e, Flag)), None)
    words = next((e for e in extras if isinstance(e, Words)), None)
    if flag is not None:
        if hint is not bool or field.default is not False:
            raise TypeError(f"{owner.__name__}.{name}: a Flag is a bool that defaults to False")
        word = flag.word
        return _Field(name, lambda v: word if v else None, _words(word, ""), True, word, False)
    if hint is bool:
        true, false = (words.true, words.false) if words else ("1", "0")
        read: Callable[[str], Any] = _words(true, false)
        write: Callable[[Any], str] = lambda v: true if v else false  # noqa: E731
    elif hint is int:
        read, write = _digits, str
    elif hint is str:
        read, write = (lambda text: text), str
    elif isinstance(hint, type) and issubclass(hint, StrEnum):
        read, write = _member(hint), lambda v: str(v.value)
    elif isinstance(hint, type) and hasattr(hint, "from_wire") and hasattr(hint, "to_wire"):
        read, write = _wire_value(hint), lambda v: v.to_wire()
    else:
        raise TypeError(f"{owner.__name__}.{name}: a button cannot carry a {hint!r}")
    if optional:
        inner = write
        return _Field(name, lambda v: None if v is None else inner(v), read, True)
    return _Field(name, write, read, False)


def action(name: str, *words: str) -> Callable[[type[A]], type[A]]:
    """Register a frozen dataclass as the button action ``name`` (after it on the wire: the
    fixed ``words``, then the fields)."""

    def register(cls: type[A]) -> type[A]:
        if not dataclasses.is_dataclass(cls) or not cls.__dataclass_params__.frozen:
            raise TypeError(f"{cls.__name__} must be a frozen dataclass")
        hints = typing.get_type_hints(cls, include_extras=True)
        fields = tuple(_codec_of(cls, f, hints[f.name]) for f in dataclasses.fields(cls))
        seen_optional = False
        for field in fields:
            if seen_optional and not field.optional:
                raise TypeError(f"{cls.__name__}.{field.name}: optional fields come last")
            seen_optional = seen_optional or field.optional
        wire = (name, *words)
        for other in _ACTIONS.get(name, []):
            if wire == other.WIRE and len(_FIELDS[other]) == len(fields):
                raise TypeError(f"{cls.__name__} and {other.__name__} look the same on the wire")
        cls.WIRE = wire
        _FIELDS[cls] = fields
        _ACTIONS.setdefault(name, []).append(cls)
        return cls

    return register


def to_parts(pressed: Action) -> tuple[str, ...]:
    """The action as the parts of its callback data: name, fixed words, fields."""
    kind = type(pressed)
    if kind not in _FIELDS:
        raise ActionError(f"{kind.__name__} is not a registered button action")
    values = [field.write(getattr(pressed, field.name)) for field in _FIELDS[kind]]
    return (*kind.WIRE, *(value for value in values if value is not None))


def _parse(kind: type[Action], parts: Sequence[str]) -> Action:
    words = kind.WIRE[1:]
    if tuple(parts[: len(words)]) != words:
        raise ActionError("other words")
    rest = list(parts[len(words) :])
    values: dict[str, Any] = {}
    for field in _FIELDS[kind]:
        if field.flag is not None:
            present = bool(rest) and rest[0] == field.flag
            values[field.name] = present
            if present:
                rest.pop(0)
        elif rest:
            values[field.name] = field.read(rest.pop(0))
        elif field.optional:
            values[field.name] = None
        else:
            raise ActionError(f"{kind.__name__}: {field.name} is missing")
    if rest:
        raise ActionError(f"{kind.__name__}: more than it holds")
    return kind(**values)


def from_parts(parts: Sequence[str]) -> Action:
    """The action these parts are (exactly one registered class must fit them)."""
    if not parts:
        raise ActionError("no action")
    fitting: list[Action] = []
    for kind in _ACTIONS.get(parts[0], []):
        try:
            fitting.append(_parse(kind, parts[1:]))
        except ActionError:
            continue
    if len(fitting) != 1:
        raise ActionError(
            f"{':'.join(parts)!r} is {'no' if not fitting else 'more than one'} action"
        )
    return fitting[0]


def known() -> dict[str, list[type[Action]]]:
    """Every registered action by name (for tests and documentation)."""
    return {name: list(kinds) for name, kinds in _ACTIONS.items()}
