"""Staff add and change events in the chat: /evenement → "Evenementen toevoegen of
aanpassen" → a .yaml or .csv file as a document; checked and imported as
``doetmee events import`` does."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.events import store
from bot.sandbox.client import StandInClient
from bot.storage.database import Database
from tests.scenarios.conftest import BotUnderTest, consent

STAFF = 9000
ADD = "📤 Evenementen toevoegen of aanpassen"


def local(days: int, hour: int = 19) -> str:
    moment = datetime.now(ZoneInfo("Europe/Amsterdam")) + timedelta(days=days)
    return moment.replace(hour=hour, minute=30).strftime("%Y-%m-%d %H:%M")


def events_file(start: str, *, second: bool = True) -> bytes:
    text = f"""- id: statenspel-zwolle
  kind: statenspel
  title: {{nl: "Statenspel in Zwolle", en: "Statenspel in Zwolle"}}
  starts_at: "{start}"
  place: "Provinciehuis, Luttenbergstraat 2, Zwolle"
"""
    if second:
        text += f"""- id: debat-deventer
  kind: debat
  title: {{nl: "Debatfinale in Deventer"}}
  starts_at: "{local(10)}"
  place: "Schouwburg, Deventer"
"""
    return text.encode()


async def ask_for_file(citizens: StandInClient, listed: str = "geen evenementen gepland") -> None:
    """/evenement (whose list shows ``listed``), then "add or change events"."""
    await citizens.send_text(STAFF, "/evenement")
    await citizens.wait_for_bot_message(STAFF, contains=listed)
    await citizens.press(STAFF, ADD)
    await citizens.wait_for_bot_message(STAFF, contains="Zo ziet één evenement eruit")


async def test_staff_add_events_by_sending_a_file(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await ask_for_file(citizens)
    await citizens.send_document(STAFF, events_file(local(5)), "evenementen.yaml")
    done = await citizens.wait_for_bot_message(STAFF, contains="is verwerkt")
    assert "Nieuw: 2. Aangepast: 0. Met een nieuwe tijd: 0. Niet veranderd: 0." in done["text"]
    for event_id in ("statenspel-zwolle", "debat-deventer"):
        assert await store.get(db, event_id) is not None
    audit = await db.fetch_all(
        "SELECT actor_id, detail FROM audit_log WHERE action = ?", ("events_imported",)
    )
    assert [(a["actor_id"], a["detail"]) for a in audit] == [
        (STAFF, "evenementen.yaml: statenspel-zwolle, debat-deventer")
    ]

    await consent(citizens, 7301)
    await citizens.send_text(7301, "/agenda")
    agenda = await citizens.wait_for_bot_message(7301, contains="Statenspel in Zwolle")
    assert "Debatfinale in Deventer" in agenda["text"]

    # The same file again changes nothing; the list is one tap away.
    await ask_for_file(citizens, listed="Debatfinale in Deventer")
    await citizens.send_document(STAFF, events_file(local(5)), "evenementen.yaml")
    again = await citizens.wait_for_bot_message(STAFF, contains="is verwerkt")
    assert "Nieuw: 0. Aangepast: 0. Met een nieuwe tijd: 0. Niet veranderd: 2." in again["text"]
    await citizens.press(STAFF, "📅 Naar de evenementen")
    await citizens.wait_for_bot_message(STAFF, contains="Debatfinale in Deventer")


async def test_a_file_with_a_problem_changes_nothing_and_names_the_line(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await ask_for_file(citizens)
    broken = events_file(local(5)).replace(b"kind: debat", b"kind: feest")
    await citizens.send_document(STAFF, broken, "evenementen.yaml")
    refused = await citizens.wait_for_bot_message(STAFF, contains="heeft 1 fout")
    assert "regel 7" in refused["text"]
    assert "We hebben geen evenement toegevoegd of aangepast" in refused["text"]
    assert await store.get(db, "statenspel-zwolle") is None

    # Still waiting for the file: the corrected one is taken.
    await citizens.send_document(STAFF, events_file(local(5)), "evenementen.yaml")
    await citizens.wait_for_bot_message(STAFF, contains="Nieuw: 2.")

    # Not UTF-8, not an events file type, too large: a plain sentence each, nothing kept.
    await ask_for_file(citizens, listed="Debatfinale")
    await citizens.send_document(STAFF, "- id: é".encode("latin-1"), "x.yaml")
    await citizens.wait_for_bot_message(STAFF, contains="geen UTF-8")
    await citizens.send_document(STAFF, b"%PDF-1.4", "agenda.pdf")
    await citizens.wait_for_bot_message(STAFF, contains=".yaml, .yml of .csv")
    await citizens.send_document(STAFF, b"#" * (300 * 1024), "groot.yaml")
    await citizens.wait_for_bot_message(STAFF, contains="groter dan 256 KB")
    await citizens.send_text(STAFF, "hier zijn ze")
    await citizens.wait_for_bot_message(STAFF, contains="als bestand (een bijlage)")


async def test_a_new_time_from_a_file_is_told_to_subscribers_once(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await ask_for_file(citizens)
    await citizens.send_document(STAFF, events_file(local(5), second=False), "a.yaml")
    await citizens.wait_for_bot_message(STAFF, contains="Nieuw: 1.")
    await consent(citizens, 7302)
    await citizens.send_text(7302, "/start e_statenspel-zwolle")
    await citizens.wait_for_bot_message(7302, contains="Statenspel in Zwolle")
    await citizens.press(7302, "🔔 Herinner mij")
    await citizens.wait_for_bot_message(7302, contains="herinnering")

    await ask_for_file(citizens, listed="1 aanmelding")
    await citizens.send_document(STAFF, events_file(local(6), second=False), "a.yaml")
    moved = await citizens.wait_for_bot_message(STAFF, contains="Met een nieuwe tijd: 1.")
    assert "1 aanmelding krijgt bericht over de nieuwe tijd." in moved["text"]
    await citizens.wait_for_bot_message(7302, contains="nieuwe tijd", timeout=10)
    await citizens.wait_until_idle()
    told = [m for m in await citizens.bot_messages(7302) if "nieuwe tijd" in (m["text"] or "")]
    assert len(told) == 1


async def test_only_an_asked_for_file_is_read_as_events_and_only_from_staff(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    # Back from the question: a .yaml file is then a dialogue file again, as before.
    await ask_for_file(citizens)
    await citizens.press(STAFF, "⬅️ Terug")
    await citizens.wait_for_bot_message(STAFF, contains="geen evenementen gepland")
    await citizens.send_document(STAFF, events_file(local(5)), "evenementen.yaml")
    await citizens.wait_until_idle()
    assert await store.get(db, "statenspel-zwolle") is None

    # Someone without the role never gets the button, and a file of theirs is not read.
    await consent(citizens, 7303)
    await citizens.send_text(7303, "/evenement")
    await citizens.wait_for_bot_message(7303, contains="alleen")
    await citizens.send_document(7303, events_file(local(5)), "evenementen.csv")
    await citizens.wait_until_idle()
    assert await store.get(db, "statenspel-zwolle") is None
