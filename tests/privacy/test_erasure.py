"""/vergeetmij erases everything, except a staff member's actions in the audit log, which
keep a keyed pseudonym instead of their Telegram id."""

from __future__ import annotations

from bot.own_data import erasure
from bot.own_data.audit_pseudonym import actor_pseudonym
from bot.runtime.keys import Keys
from bot.services import Services
from bot.storage import audit, citizens
from tests.domain_services import MakeVisitor

STAFF = 9000


async def test_staff_actions_stay_under_a_pseudonym(
    services: Services, visitor: MakeVisitor
) -> None:
    await visitor(STAFF)
    await audit.record(services.db, STAFF, "export", "dialogue=goed-bestuur purpose=analyse")
    await audit.record(services.db, STAFF, "refused", "/rol")  # not a staff action
    await audit.record(services.db, None, "staff_add", str(STAFF))  # names them as the target
    await audit.record(services.db, 1234, "idea_approved", "idea 7")  # someone else

    assert await erasure.keeps_staff_actions(services, STAFF)
    assert await erasure.erase(services, STAFF) is True

    rows = await services.db.fetch_all("SELECT * FROM audit_log ORDER BY id")
    by_action = {row["action"]: row for row in rows}
    pseudonym = actor_pseudonym(services, STAFF)
    assert pseudonym.startswith("M-") and str(STAFF) not in pseudonym
    assert by_action["export"]["actor_id"] is None
    assert by_action["export"]["actor_pseudonym"] == pseudonym
    assert by_action["staff_add"]["detail"] == pseudonym
    assert "refused" not in by_action
    assert by_action["idea_approved"]["actor_id"] == 1234
    assert not [row for row in rows if str(STAFF) in f"{row['actor_id']} {row['detail']}"]
    assert await citizens.get(services.db, STAFF) is None


async def test_the_pseudonym_is_keyed_and_the_same_for_one_person(
    services: Services,
) -> None:
    first = actor_pseudonym(services, STAFF)
    assert first == actor_pseudonym(services, STAFF)
    assert first != actor_pseudonym(services, STAFF + 1)
    other_key = services.__class__(**{**vars(services), "keys": Keys.from_secret("another-secret")})
    assert actor_pseudonym(other_key, STAFF) != first


async def test_a_citizen_without_staff_actions_keeps_nothing(
    services: Services, visitor: MakeVisitor
) -> None:
    await visitor(5)
    await audit.record(services.db, 5, "refused", "/export")
    assert not await erasure.keeps_staff_actions(services, 5)
    assert await erasure.erase(services, 5) is False
    rows = await services.db.fetch_all("SELECT actor_id, actor_pseudonym, detail FROM audit_log")
    assert [tuple(row) for row in rows] == [(None, None, "")]  # only "citizen_erased"
