"""Staff invite a facilitator with a link that works once; the new role shows in the menu."""

from __future__ import annotations

import asyncio
import re

import pytest

from bot.cli import main
from bot.sandbox.client import StandInClient
from bot.sessions import store as session_store
from bot.storage import audit, roles
from bot.storage.database import Database
from tests.scenarios.conftest import BotUnderTest, consent

STAFF = 9000


def chat_scope(user_id: int) -> dict[str, object]:
    return {"type": "chat", "chat_id": user_id}


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


async def test_rol_shows_people_by_name_and_takes_a_facilitator_role_back(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    """Finding 7 and issue 13: staff take a facilitator's role away in /rol; the facilitator
    is told, their menu loses /sessie at once, and their open session is closed."""
    payload = await invite_link(citizens)
    statenlid = 3960
    await consent(citizens, statenlid)
    await citizens.send_text(statenlid, f"/start {payload}", first_name="Femke", last_name="Kok")
    await citizens.wait_for_bot_message(statenlid, contains="Welkom!")
    await citizens.send_text(statenlid, "/sessie new Klas 3B")
    await citizens.wait_for_bot_message(statenlid, contains="is open")
    assert len(await session_store.open_of(db, statenlid)) == 1

    await citizens.send_text(STAFF, "/rol")
    overview = await citizens.wait_for_bot_message(STAFF, contains="Rollen")
    assert "Femke Kok (3960)" in overview["text"]
    await citizens.press(STAFF, "✖ Femke Kok (gespreksleider)")
    question = await citizens.wait_for_bot_message(STAFF, contains="afnemen")
    assert "Sessies die nog open zijn, worden gesloten" in question["text"]
    await citizens.press(STAFF, "Ja, neem de rol af", message_id=question["message_id"])
    await citizens.wait_for_bot_message(STAFF, contains="is geen gespreksleider meer")

    told = await citizens.wait_for_bot_message(statenlid, contains="is gestopt", timeout=10)
    assert "gespreksleider" in told["text"]
    await citizens.wait_until_idle()
    assert await roles.members(db, "facilitator") == []
    assert await session_store.open_of(db, statenlid) == []
    menu = [c["command"] for c in await citizens.commands(scope=chat_scope(statenlid))]
    assert "sessie" not in menu and "gesprek" in menu
    await citizens.send_text(statenlid, "/sessie")
    refused = await citizens.wait_for_bot_message(statenlid, contains="gespreksleider")
    assert "alleen" in refused["text"]
    assert [(e["action"], e["detail"]) for e in await audit.entries(db, STAFF)][-1] == (
        "role_revoked",
        f"facilitator {statenlid}",
    )


async def test_an_unused_invitation_is_cancelled_in_rol(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    payload = await invite_link(citizens)
    await citizens.send_text(STAFF, "/rol")
    overview = await citizens.wait_for_bot_message(STAFF, contains="Open uitnodigingen")
    assert "nr. 1: gespreksleider" in overview["text"]
    await citizens.press(STAFF, "✖ Trek uitnodiging nr. 1 in")
    await citizens.wait_for_bot_message(STAFF, contains="De link werkt niet meer")

    await consent(citizens, 3961)
    await citizens.send_text(3961, f"/start {payload}")
    refused = await citizens.wait_for_bot_message(3961, contains="werkt niet (meer)")
    assert "nieuwe" in refused["text"]
    assert await roles.members(db, "facilitator") == []


async def test_doetmee_roles_revoke_changes_the_menu_of_the_running_bot_at_once(
    bot: BotUnderTest,
    citizens: StandInClient,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    payload = await invite_link(citizens)
    await redeem(citizens, 3962, payload)
    assert "sessie" in [c["command"] for c in await citizens.commands(scope=chat_scope(3962))]

    monkeypatch.setenv("DOETMEE_DATABASE", str(bot.settings.database))
    monkeypatch.setenv("DOETMEE_SECRET", bot.settings.secret or "")
    assert await asyncio.to_thread(main, ["roles", "revoke", "3962"]) == 0
    assert "3962 is no longer a facilitator" in capsys.readouterr().out

    await citizens.wait_for_bot_message(3962, contains="is gestopt", timeout=10)
    await citizens.wait_until_idle()
    assert "sessie" not in [c["command"] for c in await citizens.commands(scope=chat_scope(3962))]


async def test_staff_actions_only_in_a_private_chat(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    """Finding 8: a staff button pressed in a group (our callback data is signed, but not tied
    to a chat) and a staff command typed there get a polite refusal, nothing else."""
    await consent(citizens, STAFF)
    await citizens.send_text(STAFF, "/rol")
    await citizens.wait_for_bot_message(STAFF, contains="Rollen")
    invite_button = await citizens.press(STAFF, "Nodig een gespreksleider uit")
    await citizens.wait_for_bot_message(STAFF, contains="start=r_")
    invitations = await db.fetch_all("SELECT id FROM role_invites")

    group = -7001
    await citizens.post_in_group(group, STAFF, "/rol")
    pointed = await citizens.wait_for_bot_message(group)
    assert "alleen in een privéchat" in pointed["text"]
    assert invite_button.data is not None
    pressed = await citizens.forge_callback(
        STAFF, pointed["message_id"], invite_button.data, chat_id=group
    )
    await citizens.wait_until_idle()
    assert len(await citizens.bot_messages(group)) == 1  # only the pointer to the private chat
    assert await db.fetch_all("SELECT id FROM role_invites") == invitations
    answer = await citizens.callback_answer(pressed.callback_query_id or "")
    assert "alleen in je eigen chat" in (answer.get("text") or "")
