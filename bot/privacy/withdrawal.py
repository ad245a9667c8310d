"""Withdrawing consent (/instellingen): first say what will happen, then erase in one
transaction what rests on the consent (:mod:`bot.privacy.legal_basis`) and stop reminders and news.
"""

from __future__ import annotations

from bot.messaging.reply import Reply
from bot.people.visitor import Visitor
from bot.privacy import withdrawal_screens as screens
from bot.privacy import withdrawal_store as store
from bot.privacy.actions import WithdrawStep
from bot.services import Services


async def on_button(services: Services, visitor: Visitor, step: WithdrawStep) -> Reply:
    """``ask`` (what will happen), ``yes`` (withdraw), ``no`` (keep); each acts on the
    state of now: without consent there is nothing to withdraw."""
    t = visitor.t
    if step is WithdrawStep.NO:
        return screens.kept(t)
    if not visitor.citizen.has_consent:
        return screens.nothing_to_withdraw(t)
    if step is WithdrawStep.ASK:
        return screens.confirm_withdrawal(t)
    erased = await store.withdraw(services.db, visitor.user_id)
    await services.db.forget_deleted()
    return screens.withdrawn(t) if erased is not None else screens.nothing_to_withdraw(t)
