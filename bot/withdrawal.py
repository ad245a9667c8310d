"""Withdrawing consent (/instellingen): first say what will happen, then erase in one
transaction what rests on the consent (:mod:`bot.legal_basis`) and stop reminders and news.
"""

from __future__ import annotations

from bot.reply import Reply
from bot.screens import preferences as screens
from bot.services import Services
from bot.storage import withdrawal as store
from bot.visitor import Visitor


async def on_button(services: Services, visitor: Visitor, step: tuple[str, ...]) -> Reply:
    """``ask`` (what will happen), ``yes`` (withdraw), ``no`` (keep); each acts on the
    state of now: without consent there is nothing to withdraw."""
    t = visitor.t
    if step == ("no",):
        return screens.kept(t)
    if not visitor.citizen.has_consent:
        return screens.nothing_to_withdraw(t)
    if step == ("ask",):
        return screens.confirm_withdrawal(t)
    if step == ("yes",):
        erased = await store.withdraw(services.db, visitor.user_id)
        await services.db.forget_deleted()
        return screens.withdrawn(t) if erased is not None else screens.nothing_to_withdraw(t)
    return screens.kept(t)
