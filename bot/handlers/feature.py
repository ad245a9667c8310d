"""What a feature declares, in one object: its commands, buttons, deep links and typed input,
and what each needs (consent, a role). :mod:`bot.application` registers every feature by
looping over these declarations and checks the needs there, once, for all of them.

A step is a domain function: it gets the services, the visitor and what Telegram brought (the
command's words, the pressed button's action, the link's argument, the typed text) and gives
back what to say. Nothing here knows Telegram; :mod:`bot.application` is the Telegram side.

Where the answer depends on what a step finds first, the step checks consent itself, with the
same notice: a button of an old question says it no longer works before anything else
(:func:`bot.answering.flow.on_press`), withdrawing the permission to quote needs no consent
but giving it does (``on_quote_toggle``), a typed join code or the Start button of a session
is recognised first (:mod:`bot.sessions.participants`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

from bot.messaging.actions import Action
from bot.messaging.incoming_file import IncomingFile
from bot.messaging.reply import Outcome, Reply
from bot.people.visitor import Visitor
from bot.services import Services

A = TypeVar("A", bound=Action)


class Role(StrEnum):
    STAFF = "staff"
    FACILITATOR = "facilitator"
    """Facilitators and staff."""


@dataclass(frozen=True)
class Needs:
    """What someone must have for a step to run; without it they get the polite refusal
    (consent: the consent question; a role: "only staff …" and an audit-log row named after
    ``command``)."""

    consent: bool = False
    in_school_session: bool = False
    """With ``consent``: a step inside a session, which the school's permission for an
    under-16 covers (:func:`bot.people.participation.only_in_school_sessions`); any other
    step that needs consent needs a parent's or guardian's permission from them."""
    role: Role | None = None
    command: str = ""
    """The name the audit log gives a refused use (the command the step belongs to)."""


ANYONE = Needs()
CONSENT = Needs(consent=True)
IN_SESSION = Needs(consent=True, in_school_session=True)


def staff(command: str) -> Needs:
    return Needs(role=Role.STAFF, command=command)


def facilitator(command: str) -> Needs:
    return Needs(role=Role.FACILITATOR, command=command)


Said = Outcome | list[Reply] | Reply
"""What a step gives back: replies (with a notice on the button: an :class:`Outcome`)."""
CommandStep = Callable[[Services, Visitor, Sequence[str]], Awaitable[Said]]
"""(services, visitor, the words after the command) → what to say."""
LinkStep = Callable[[Services, Visitor, str], Awaitable[list[Reply]]]
"""(services, visitor, the argument of ``<prefix>_<argument>``) → what to say."""
InputStep = Callable[[Services, Visitor, str, str], Awaitable[list[Reply]]]
"""(services, visitor, the argument of ``awaiting``, the typed text) → what to say."""
TextStep = Callable[[Services, Visitor, str], Awaitable[list[Reply] | None]]
"""(services, visitor, the typed text) → what to say, or None: not for this feature."""
DocumentStep = Callable[[Services, Visitor, IncomingFile], Awaitable[list[Reply]]]
"""(services, visitor, the file sent) → what to say."""
HintStep = Callable[[Services, Visitor], Awaitable[list[Reply] | None]]
"""(services, visitor) → what the citizen was probably doing, or None."""


@dataclass(frozen=True)
class Command:
    """A command (``/idee``), in a private chat. One that needs consent waits for it: the
    consent question comes first and the command runs once consent is given."""

    step: CommandStep
    needs: Needs = ANYONE


@dataclass(frozen=True)
class Button(Generic[A]):
    """A pressed button whose action is an ``action`` (a class of ``bot/<feature>/actions.py``),
    received decoded by ``step``. ``needs`` may depend on the action (turning reminders on
    needs consent, turning them off does not); ``resume`` is where to go on once consent is
    given (a deep-link payload such as ``e_<event>``)."""

    action: type[A]
    step: Callable[[Services, Visitor, A], Awaitable[Said]]
    needs: Needs | Callable[[A], Needs] = ANYONE
    resume: Callable[[A], str] | None = None

    def needs_for(self, pressed: A) -> Needs:
        return self.needs(pressed) if callable(self.needs) else self.needs


def pressed(
    action: type[A],
    step: Callable[[Services, Visitor, A], Awaitable[Said]],
    needs: Needs | Callable[[A], Needs] = ANYONE,
    *,
    resume: Callable[[A], str] | None = None,
) -> Button[Any]:
    """A :class:`Button` entry: ``pressed(Support, step, CONSENT)``. (A function, so the
    type checker reads ``step``'s action as a ``Support``: a misspelt field is an error.)"""
    return Button(action, step, needs, resume)


@dataclass(frozen=True)
class TextInput:
    """A typed message the feature asked for: ``citizens.awaiting`` is ``"<kind>"`` or
    ``"<kind>:<argument>"``. Any command clears it (the citizen changed their mind); so does
    a refusal."""

    step: InputStep
    needs: Needs = ANYONE


@dataclass(frozen=True)
class TypedText:
    """A typed message nothing asked for that the feature may recognise (a session's join
    code, an answer in a dialogue). ``first``: before what a feature asked for (a join code
    works like a command)."""

    step: TextStep
    first: bool = False


@dataclass(frozen=True)
class DocumentInput:
    """A file sent as a document. ``claims``: the files the feature takes from anyone (so that
    someone without the role gets the polite refusal, e.g. a ``.yaml`` file); someone with the
    role is answered by the feature whatever they send. Any other document from anyone else
    gets "we only read text"."""

    step: DocumentStep
    needs: Needs
    claims: Callable[[IncomingFile], bool]
    awaiting: str | None = None
    """Set: the feature takes a document only when it asked for one (``citizens.awaiting``
    is this kind), and then before any other feature."""


@dataclass(frozen=True)
class Feature:
    name: str
    commands: Mapping[str, Command] = field(default_factory=dict)
    buttons: Sequence[Button[Any]] = ()
    deep_links: Mapping[str, LinkStep] = field(default_factory=dict)
    """By prefix: ``i`` for ``https://t.me/<bot>?start=i_<idea>``. Links need consent:
    /start asks for it first and follows the link after."""
    text_inputs: Mapping[str, TextInput] = field(default_factory=dict)
    typed_text: TypedText | None = None
    documents: DocumentInput | None = None
    unfinished: HintStep | None = None
    """For a typed message nobody took: a pointer to what the citizen was probably doing
    (an idea without a theme, an unanswered question of a session, a paused dialogue)."""
