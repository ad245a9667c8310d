"""Staff invite a facilitator with a link that works once; the new role shows in the menu."""

from __future__ import annotations

import re

from bot.sandbox.client import StandInClient
from bot.storage import roles
from bot.storage.database import Database
from tests.scenarios.conftest import BotUnderTest, consent

STAFF = 9000


async def invite_link(citizens: StandInClient) -> str:
    await consent(citizens, STAFF)
    await citizens.send_text(STAFF, "/rol")
    await citizens.wait_for_bot_message(STAFF, contains="Rollen")
    await citizens.press(STAFF, "Nodig een gespreksleider uit")
    sent = await citizens.wait_for_bot_message(STAFF, contains="start=r_")
    found = re.search(r"start=(r_[\w-]+)", sent["text"])
    assert found is not None
    return found.group(1)


async def redeem(citizens: StandInClient, user: int, payload: str) -> None:
    """A citizen consents and follows the invitation link; the role is theirs."""
    await consent(citizens, user)
    await citizens.send_text(user, f"/start {payload}")
    await citizens.wait_for_bot_message(user, contains="Welkom!")


async def test_an_invited_facilitator_gets_the_role_and_its_commands_at_once(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    payload = await invite_link(citizens)
    statenlid = 3950
    await consent(citizens, statenlid)
    chat_scope = {"type": "chat", "chat_id": statenlid}
    assert await citizens.commands(scope=chat_scope) == []

    await citizens.send_text(statenlid, f"/start {payload}")
    welcome = await citizens.wait_for_bot_message(statenlid, contains="Welkom!")
    assert "gespreksleider" in welcome["text"]
    await citizens.wait_until_idle()
    assert await roles.members(db, "facilitator") == [statenlid]
    menu = [c["command"] for c in await citizens.commands(scope=chat_scope)]
    assert "sessie" in menu and "gesprek" in menu
    assert "export" not in menu

    await citizens.send_text(statenlid, "/sessie")
    sessions = await citizens.wait_for_bot_message(statenlid)
    assert "alleen een gespreksleider" not in sessions["text"]

    # Erasing their data takes the invitation they used with it.
    await citizens.send_text(statenlid, "/vergeetmij")
    await citizens.wait_for_bot_message(statenlid, contains="wissen")
    await citizens.press(statenlid, "🗑 Ja, wis alles")
    await citizens.wait_for_bot_message(statenlid, contains="gewist")
    await citizens.wait_until_idle()
    assert await roles.members(db, "facilitator") == []
    assert (
        await db.fetch_all(
            "SELECT * FROM role_invites WHERE redeemed_by = ? OR created_by = ?",
            (statenlid, statenlid),
        )
        == []
    )


async def test_an_invitation_works_only_once(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    payload = await invite_link(citizens)
    await redeem(citizens, 3951, payload)
    await consent(citizens, 3952)
    await citizens.send_text(3952, f"/start {payload}")
    refused = await citizens.wait_for_bot_message(3952)
    assert "werkt niet (meer)" in refused["text"]
    assert await roles.members(db, "facilitator") == [3951]


async def test_a_used_invitation_gives_nothing_back_after_the_role_is_taken_away(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    payload = await invite_link(citizens)
    await redeem(citizens, 3953, payload)
    assert await roles.revoke(db, 3953, "facilitator")
    await citizens.send_text(3953, f"/start {payload}")
    refused = await citizens.wait_for_bot_message(3953)
    assert "werkt niet (meer)" in refused["text"]
    assert await roles.members(db, "facilitator") == []


async def test_staff_writing_for_the_first_time_get_their_menu_at_consent(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    """9000 is staff through DOETMEE_STAFF but had never written when the bot started."""
    await consent(citizens, STAFF)
    menu = [c["command"] for c in await citizens.commands(scope={"type": "chat", "chat_id": STAFF})]
    assert {"export", "rol", "bericht", "sessie", "gesprek"} <= set(menu)
