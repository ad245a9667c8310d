"""/vergeetmij: erase everything stored about a citizen, in one transaction, after closing the
sessions they lead; their actions as staff or facilitator stay in the audit log under a
pseudonym (:mod:`bot.own_data.audit_pseudonym`). Retention erases silent accounts the same way.
"""

from __future__ import annotations

from bot.messaging.reply import Reply
from bot.own_data import screens
from bot.own_data.audit_pseudonym import actor_pseudonym
from bot.people.visitor import Visitor
from bot.services import Services
from bot.sessions import facilitator
from bot.storage import citizens


async def keeps_staff_actions(services: Services, user_id: int) -> bool:
    """Whether /vergeetmij keeps (pseudonymised) audit rows of this person's actions."""
    return await citizens.has_staff_actions(services.db, user_id)


async def erase(services: Services, user_id: int) -> bool:
    """/vergeetmij: first close the sessions they lead, then remove everything; their actions
    as staff or facilitator stay in the audit log under a pseudonym. True when there were
    such actions (the citizen is told)."""
    await facilitator.end_all_led_by(services, user_id)
    kept = await citizens.has_staff_actions(services.db, user_id)
    await citizens.erase(services.db, user_id, actor_pseudonym(services, user_id))
    await services.db.forget_deleted()
    return kept


async def ask(services: Services, visitor: Visitor) -> list[Reply]:
    """/vergeetmij: what erasing means, and the question whether to go on."""
    keeps = await keeps_staff_actions(services, visitor.user_id)
    return [screens.confirm_erasure(visitor.t, keeps)]


async def answered(services: Services, visitor: Visitor, erase_now: bool) -> list[Reply]:
    if not erase_now:
        return [screens.erasure_cancelled(visitor.t)]
    kept = await erase(services, visitor.user_id)
    return [screens.erased(visitor.t, kept)]
