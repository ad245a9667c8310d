"""/export through the stand-in: staff get an anonymised file; others are refused."""

from __future__ import annotations

import csv
import io

from bot.sandbox.client import StandInClient
from bot.storage import audit
from bot.storage.database import Database
from tests.scenarios.conftest import BotUnderTest, consent

STAFF = 9000


async def test_staff_export_arrives_as_an_anonymised_document(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    citizen = 8801
    await consent(citizens, citizen)
    await citizens.send_text(citizen, "/start d_goed-bestuur")
    await citizens.wait_for_bot_message(citizen, contains="Vraag 1 van")
    await citizens.send_text(
        citizen, "Ik ben Test, bel 06-12345678 als je wilt. Luister naar Kampen."
    )
    await citizens.wait_for_bot_message(citizen, contains="Vraag 2 van")

    await citizens.send_text(STAFF, "/export")
    await citizens.wait_for_bot_message(STAFF, contains="Export")
    await citizens.press(STAFF, "Wat betekent goed bestuur voor jou?")
    await citizens.wait_for_bot_message(STAFF)
    await citizens.press(STAFF, "Analyse")
    formats = await citizens.wait_for_bot_message(STAFF)
    # Each format says what it is: no two "(Excel)" buttons that sound the same.
    assert [row[0] for row in formats["buttons"]] == [
        "CSV",
        "JSONL",
        "Excel-werkmap (XLSX)",
        "Conceptteksten (md)",
    ]
    assert "CSV: één regel per antwoord" in formats["text"]
    await citizens.press(STAFF, "CSV", message_id=formats["message_id"])
    await citizens.press(STAFF, "CSV", message_id=formats["message_id"])  # a double tap
    await citizens.wait_for_bot_message(STAFF, contains="Hier is de export", timeout=120)
    await citizens.wait_until_idle()
    documents = [m for m in await citizens.bot_messages(STAFF) if "document" in m]
    assert len(documents) == 1, [m.get("text") for m in await citizens.bot_messages(STAFF)]
    notices = [a.get("text") for a in await citizens.callback_answers()]
    assert "Deze export wordt al gemaakt." in notices
    content = (await citizens.download(documents[-1]["document"]["file_id"])).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    text = next(r for r in rows if "betekenis" in r)
    assert "06-12345678" not in content
    assert "Kampen" in " ".join(text)
    assert str(citizen) not in content
    assert [e["action"] for e in await audit.entries(db, STAFF)].count("export") == 1


async def test_export_is_refused_to_citizens(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    await citizens.send_text(8802, "/export")
    refusal = await citizens.wait_for_bot_message(8802)
    assert "medewerkers" in refusal["text"]
    assert [e["action"] for e in await audit.entries(db, 8802)] == ["refused"]


async def test_a_dialogue_nobody_answered_yet_is_said_plainly(
    bot: BotUnderTest, citizens: StandInClient
) -> None:
    await citizens.send_text(STAFF, "/export")
    await citizens.wait_for_bot_message(STAFF, contains="Export")
    await citizens.press(STAFF, "Klaar voor het Statenspel?")
    await citizens.wait_for_bot_message(STAFF)
    await citizens.press(STAFF, "Analyse")
    await citizens.wait_for_bot_message(STAFF)
    await citizens.press(STAFF, "JSONL")
    said = await citizens.wait_for_bot_message(STAFF, contains="nog niets", timeout=120)
    assert "geen antwoorden" in said["text"]
    await citizens.wait_until_idle()
    assert not [m for m in await citizens.bot_messages(STAFF) if "document" in m]


async def bot_export(citizens: StandInClient) -> dict[str, object]:
    """Staff make an analysis export (CSV) of goed-bestuur in the bot; its message."""
    await citizens.send_text(STAFF, "/export")
    await citizens.wait_for_bot_message(STAFF, contains="Export")
    await citizens.press(STAFF, "Wat betekent goed bestuur voor jou?")
    await citizens.wait_for_bot_message(STAFF)
    await citizens.press(STAFF, "Analyse")
    formats = await citizens.wait_for_bot_message(STAFF)
    await citizens.press(STAFF, "CSV", message_id=formats["message_id"])
    return await citizens.wait_for_bot_message(STAFF, contains="Hier is de export", timeout=120)


async def test_two_exports_from_the_bot_cannot_be_joined_on_the_pseudonym(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    """Finding 5: each export suppresses small cells on its own; joined on a shared pseudonym,
    two files could show what each hides. The bot says so, and it is true."""
    for citizen in (8811, 8812):
        await consent(citizens, citizen)
        await citizens.send_text(citizen, "/start d_goed-bestuur")
        await citizens.wait_for_bot_message(citizen, contains="Vraag 1 van")
        await citizens.send_text(citizen, "Luisteren naar wat inwoners zeggen.")
        await citizens.wait_for_bot_message(citizen, contains="Vraag 2 van")

    pseudonyms = []
    for _ in range(2):
        said = await bot_export(citizens)
        assert "niet koppelen aan andere exports" in str(said["text"])
        await citizens.wait_until_idle()
        document = [m for m in await citizens.bot_messages(STAFF) if "document" in m][-1]
        content = await citizens.download(document["document"]["file_id"])
        rows = csv.DictReader(io.StringIO(content.decode("utf-8-sig")))
        pseudonyms.append({row["respondent"] for row in rows})
    assert len(pseudonyms[0]) == len(pseudonyms[1]) == 2
    assert not pseudonyms[0] & pseudonyms[1]
    details = [e["detail"] for e in await audit.entries(db, STAFF) if e["action"] == "export"]
    assert all(str(d).endswith("pseudonyms=fresh") for d in details) and len(details) == 2
