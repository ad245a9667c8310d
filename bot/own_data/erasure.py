"""/vergeetmij: erase everything stored about a citizen, in one transaction, after closing the
sessions they lead; their actions as staff or facilitator stay in the audit log under a
pseudonym (:mod:`bot.own_data.audit_pseudonym`). Retention erases silent accounts the same way.
"""

from __future__ import annotations

from bot.own_data.audit_pseudonym import actor_pseudonym
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
