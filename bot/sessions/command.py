"""``/sessie`` typed by a facilitator: ``new [name]``, ``start [dialogue-id]``, ``stand``,
``sluit`` (the English words work too); start, stand and sluit act on the newest open session.
A word that is none of these may be a join code (:func:`bot.sessions.participants.join_command`).
"""

from __future__ import annotations

from bot.messaging.reply import Reply
from bot.people.visitor import Visitor
from bot.services import Services
from bot.sessions import screens, store
from bot.sessions.facilitator import (
    ask_name,
    choose_dialogue,
    confirm_close,
    create,
    overview,
    push_dialogue,
    stand,
    stop_waiting,
)

COMMAND_WORDS = ("new", "nieuw", "start", "stand", "sluit", "close")
"""The words after /sessie that are not a join code."""


async def command(services: Services, visitor: Visitor, args: list[str]) -> list[Reply]:
    """``/sessie [new [name] | start [dialogue-id] | stand | sluit]``; without a word, the
    overview. start, stand and sluit work on the facilitator's newest open session."""
    t = visitor.t
    word = args[0].lower() if args else ""
    if not word:
        return await overview(services, visitor)
    if word in ("new", "nieuw"):
        name = " ".join(args[1:])
        if not name:
            return await ask_name(services, visitor)
        return await create(services, visitor, name)
    if word not in COMMAND_WORDS:
        return [screens.command_help(t), *await overview(services, visitor)]
    await stop_waiting(services, visitor)
    open_sessions = await store.open_of(services.db, visitor.user_id)
    if not open_sessions:
        return [screens.no_open_session(t)]
    session = open_sessions[0]
    if word == "stand":
        return await stand(services, visitor, session.id)
    if word in ("sluit", "close"):
        return await confirm_close(services, visitor, session.id)
    dialogue_id = args[1].lower() if len(args) > 1 else ""
    if services.dialogues.startable(dialogue_id) is None:
        unknown = [screens.unknown_dialogue(t, args[1])] if len(args) > 1 else []
        return [*unknown, *await choose_dialogue(services, visitor, session.id)]
    number = await store.next_number(services.db, session.id)
    pushed = await push_dialogue(services, visitor, session.id, number, dialogue_id)
    return pushed.replies  # a repeated update: the panel shows it was sent
