"""/dialogen: staff manage dialogues from the chat — overview, link, QR code, file, pause,
activate, archive; a .yaml file sent as a document is checked, previewed and activated, and
the running bot uses it at once. Through the stand-in, with the folder a copy of dialogen/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.answering import store as runs
from bot.config import SHIPPED_DIALOGUES
from bot.dialogues.catalog import DialogueCatalog
from bot.sandbox.client import StandInClient
from bot.storage import audit
from bot.storage.database import Database
from tests.scenarios.conftest import BotUnderTest, consent
from tests.scenarios.test_dialogue_versions import start_and_answer_first

STAFF = 9000
SHIPPED = DialogueCatalog()
SHIPPED.load(SHIPPED_DIALOGUES)
CURRENT = SHIPPED.current("goed-bestuur")
assert CURRENT is not None
OLD_PROMPT = "Wat vind je het belangrijkst aan een goed bestuur?"
NEW_PROMPT = "NIEUW: wat vind je het allerbelangrijkst?"
OLD_PROMPT_EN = "What matters most to you in good governance?"
NEW_PROMPT_EN = "NEW: what matters most of all to you?"


@pytest.fixture
async def folder(bot: BotUnderTest, tmp_path: Path) -> Path:
    """The bot reads (and writes) a copy of the shipped dialogues."""
    copy = tmp_path / "dialogen"
    shutil.copytree(SHIPPED_DIALOGUES, copy)
    await bot.restart(dialogues=copy)
    return copy


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def new_version(folder: Path) -> bytes:
    text = (folder / "goed-bestuur.yaml").read_text(encoding="utf-8")
    return (
        text.replace(f"version: {CURRENT.version}", f"version: {CURRENT.version + 1}", 1)
        .replace(OLD_PROMPT, NEW_PROMPT)
        .replace(OLD_PROMPT_EN, NEW_PROMPT_EN)
        .encode()
    )


async def staff_sends(citizens: StandInClient, data: bytes, name: str) -> dict[str, object]:
    await citizens.send_document(STAFF, data, name)
    return await citizens.wait_for_bot_message(STAFF)


async def pause_current(citizens: StandInClient, **language: str) -> dict[str, object]:
    """Staff pause the current dialogue in /dialogen; returns the card saying so."""
    await citizens.send_text(STAFF, "/dialogen", **language)
    await citizens.wait_for_bot_message(STAFF)
    await citizens.press(STAFF, f"🟢 {CURRENT.title.get('en')}")
    await citizens.wait_for_bot_message(STAFF, contains="Status: active")
    await citizens.press(STAFF, "⏸ Pause")
    return await citizens.wait_for_bot_message(STAFF, contains="Status: paused")


async def uploads(bot: BotUnderTest) -> int:
    row = await bot.db.fetch_one("SELECT COUNT(*) AS n FROM dialogue_uploads")
    assert row is not None
    return int(row["n"])


async def actions(bot: BotUnderTest) -> list[tuple[object, object]]:
    return [
        (entry["action"], entry["detail"])
        for entry in await audit.entries(bot.db, STAFF)
        if str(entry["action"]).startswith("dialogue_")
    ]


async def test_overview_card_link_qr_code_and_file(
    bot: BotUnderTest, citizens: StandInClient, folder: Path
) -> None:
    await start_and_answer_first(citizens, 7001)
    await citizens.send_text(STAFF, "/dialogen", language_code="en")
    listing = await citizens.wait_for_bot_message(STAFF)
    assert (
        f"goed-bestuur, version {CURRENT.version}, active: 1 started, 0 finished"
        in (listing["text"])
    )
    for dialogue in SHIPPED.all_current():
        assert dialogue.title.get("en") in listing["text"]

    await citizens.press(STAFF, f"🟢 {CURRENT.title.get('en')}")
    card = await citizens.wait_for_bot_message(STAFF)
    username = bot.running.services.bot_username if bot.running else ""
    link = f"https://t.me/{username}?start=d_goed-bestuur"
    assert link in card["text"] and "Status: active" in card["text"]

    await citizens.press(STAFF, "📄 File")
    sent = await citizens.wait_for_bot_message(STAFF, contains="The file of")
    documents = [m for m in await citizens.bot_messages(STAFF) if "document" in m]
    assert documents[-1]["document"]["file_name"] == "goed-bestuur.yaml"
    content = await citizens.download(documents[-1]["document"]["file_id"])
    assert content == (folder / "goed-bestuur.yaml").read_bytes()
    assert "raise its 'version'" in sent["text"]

    await citizens.press(STAFF, "🔳 QR code")
    await citizens.wait_for_bot_message(STAFF, contains=link)
    photos = [m for m in await citizens.bot_messages(STAFF) if "photo" in m]
    assert photos, "the QR code comes as a picture"
    png = await citizens.download(photos[-1]["photo"][-1]["file_id"])
    assert png.startswith(b"\x89PNG")


async def test_a_file_with_problems_is_answered_line_by_line_and_nothing_is_kept(
    bot: BotUnderTest, citizens: StandInClient, folder: Path
) -> None:
    before = snapshot(folder)
    broken = (
        b"id: nieuw-gesprek\nversion: 1\ntitle: {nl: Nieuw}\nquestions:\n"
        b'  - id: een\n    type: txt\n    prompt: {nl: "Hoe gaat het?"}\n'
        b"  - id: twee\n    type: scale\n    min: 1\n    max: 30\n    prompt: {nl: Cijfer}\n"
    )
    await citizens.send_text(STAFF, "/dialogen", language_code="en")
    await citizens.wait_for_bot_message(STAFF)
    answer = await staff_sends(citizens, broken, "nieuw-gesprek.yaml")
    assert "has 2 problems" in answer["text"]
    assert "line 6" in answer["text"] and "txt" in answer["text"]
    assert "line 10" in answer["text"] or "line 11" in answer["text"]
    assert "Traceback" not in answer["text"]
    assert snapshot(folder) == before
    assert await uploads(bot) == 0 and await actions(bot) == []


async def test_upload_preview_activate_and_a_citizen_mid_way_finishes_on_the_old_version(
    bot: BotUnderTest, citizens: StandInClient, folder: Path
) -> None:
    await start_and_answer_first(citizens, 7002)  # mid-way on the current version
    old_file = (folder / "goed-bestuur.yaml").read_bytes()
    await citizens.send_text(STAFF, "/dialogen", language_code="en")
    await citizens.wait_for_bot_message(STAFF)

    checked = await staff_sends(citizens, new_version(folder), "goed-bestuur.yaml")
    assert "has no problems" in checked["text"]
    assert f"replaces version {CURRENT.version}" in checked["text"]
    assert "Nothing has changed for residents yet" in checked["text"]
    assert (folder / "goed-bestuur.yaml").read_bytes() == old_file  # not yet

    # The preview: the new questions, as a citizen sees them, stored nowhere.
    await citizens.press(STAFF, "👀 Try it")
    first = await citizens.wait_for_bot_message(STAFF, contains="Question 1 of")
    assert "Preview: your answers are not kept" in first["text"]
    await citizens.send_text(STAFF, "Samen beslissen")
    second = await citizens.wait_for_bot_message(STAFF, contains="Question 2 of")
    assert NEW_PROMPT_EN in second["text"]
    await citizens.press(STAFF, "⏹ End preview")
    ended = await citizens.wait_for_bot_message(STAFF, contains="Preview ended")
    assert "Samen beslissen" in ended["text"]
    assert await runs.of_citizen(bot.db, STAFF) == []
    row = await bot.db.fetch_one("SELECT COUNT(*) AS n FROM answers")
    assert row is not None and row["n"] == 1  # only citizen 7002's first answer

    await citizens.press(STAFF, f"✅ Activate version {CURRENT.version + 1}")
    done = await citizens.wait_for_bot_message(STAFF, contains="is active now")
    assert f"whoever is in the middle of version {CURRENT.version} finishes on it" in done["text"]
    kept = folder / ".versions" / f"goed-bestuur.v{CURRENT.version}.yaml"
    assert f".versions/{kept.name}" in done["text"]
    assert kept.read_bytes() == old_file
    assert NEW_PROMPT in (folder / "goed-bestuur.yaml").read_text(encoding="utf-8")
    assert not [name for name in snapshot(folder) if name.endswith(".part")]
    assert await uploads(bot) == 0
    assert await actions(bot) == [
        ("dialogue_upload", f"goed-bestuur v{CURRENT.version + 1}"),
        ("dialogue_activate", f"goed-bestuur v{CURRENT.version + 1}"),
    ]

    # Without a restart: the citizen mid-way finishes on the old version, a newcomer gets
    # the new one.
    await citizens.send_text(7002, "/gesprek")
    await citizens.wait_for_bot_message(7002, contains="Aan welk gesprek")
    await citizens.press(7002, "Wat betekent goed bestuur voor jou? (ga verder)")
    resumed = await citizens.wait_for_bot_message(7002, contains="Vraag 2 van")
    assert OLD_PROMPT in resumed["text"]
    run = await runs.active(bot.db, 7002)
    assert run is not None and run.version == CURRENT.version

    await consent(citizens, 7003)
    await citizens.send_text(7003, "/start d_goed-bestuur")
    await citizens.wait_for_bot_message(7003, contains="Vraag 1 van")
    await citizens.send_text(7003, "Luisteren")
    newer = await citizens.wait_for_bot_message(7003, contains="Vraag 2 van")
    assert NEW_PROMPT in newer["text"]
    newcomer = await runs.active(bot.db, 7003)
    assert newcomer is not None and newcomer.version == CURRENT.version + 1

    # The folder tells the whole story: the checker is happy with it, .versions/ included.
    from bot.dialogues.loader import check

    assert check(folder).problems == []


async def test_a_new_dialogue_is_added_and_listed(
    bot: BotUnderTest, citizens: StandInClient, folder: Path
) -> None:
    await consent(citizens, 7004)
    text = (
        "id: fietspaden\nversion: 1\ntitle: {nl: Fietspaden, en: Cycle paths}\nquestions:\n"
        "  - id: oordeel\n    type: scale\n    min: 1\n    max: 5\n"
        "    prompt: {nl: 'Hoe goed zijn de fietspaden? Kies een cijfer.',\n"
        "             en: 'How good are the cycle paths?'}\n"
    )
    await citizens.send_text(STAFF, "/dialogen", language_code="en")
    await citizens.wait_for_bot_message(STAFF)
    checked = await staff_sends(citizens, text.encode(), "fietspaden.yaml")
    assert "It is a new conversation (fietspaden)" in checked["text"]
    # Warnings are shown too, with their line; they do not stop the file.
    assert "<b>line 9</b>: warning: The 'nl' prompt says “Kies een cijfer”" in checked["text"]

    # The preview to its end: the scale's buttons, then the end; nothing stored.
    await citizens.press(STAFF, "👀 Try it")
    await citizens.wait_for_bot_message(STAFF, contains="How good are the cycle paths?")
    await citizens.press(STAFF, "4")
    end = await citizens.wait_for_bot_message(STAFF, contains="End of “Cycle paths”")
    assert "4" in end["text"] and "not kept" in end["text"]
    assert await runs.of_citizen(bot.db, STAFF) == []
    await citizens.send_text(7004, "/start d_fietspaden")  # not active yet
    await citizens.wait_for_bot_message(7004, contains="bestaat niet")

    await citizens.press(STAFF, "✅ Activate version 1")
    await citizens.wait_for_bot_message(STAFF, contains="is active now")
    assert (folder / "fietspaden.yaml").read_text(encoding="utf-8") == text
    await citizens.send_text(7004, "/gesprek")
    listing = await citizens.wait_for_bot_message(7004, contains="Aan welk gesprek")
    assert any("Fietspaden" in b for row in listing["buttons"] for b in row)


async def test_pause_and_archive_survive_a_restart_and_runs_under_way_finish(
    bot: BotUnderTest, citizens: StandInClient, folder: Path
) -> None:
    await start_and_answer_first(citizens, 7010)
    await consent(citizens, 7011)
    paused = await pause_current(citizens, language_code="en")
    assert "Whoever already started can finish it" in paused["text"]
    await citizens.press(7010, "Goed luisteren naar inwoners")
    await citizens.wait_for_bot_message(7010, contains="Vraag 3 van")
    await citizens.send_text(7011, "/gesprek")
    listing = await citizens.wait_for_bot_message(7011)
    assert not any("goed bestuur" in b for row in listing["buttons"] for b in row)
    await citizens.send_text(7011, "/start d_goed-bestuur")
    refusal = await citizens.wait_for_bot_message(7011)
    assert refusal["text"].startswith("Dit gesprek is even gepauzeerd.")
    assert await runs.of_citizen(bot.db, 7011) == []

    await citizens.press(STAFF, "🗄 Archive")
    await citizens.wait_for_bot_message(STAFF, contains="Status: archived")
    await bot.restart()
    await citizens.send_text(7011, "/start d_goed-bestuur")
    ended = await citizens.wait_for_bot_message(7011)
    assert ended["text"].startswith("Dit gesprek is afgelopen. Bedankt voor je interesse!")
    assert await runs.of_citizen(bot.db, 7011) == []

    # Whoever already started can finish it.
    await citizens.send_text(7010, "/start d_goed-bestuur")
    await citizens.wait_for_bot_message(7010, contains="Vraag 3 van")
    await citizens.press(7010, "⬅️ Terug")
    await citizens.wait_for_bot_message(7010, contains="Vraag 2 van")

    # The answers stay exportable.
    await citizens.send_text(STAFF, "/export", language_code="en")
    export = await citizens.wait_for_bot_message(STAFF)
    assert any(CURRENT.title.get("en") in b for row in export["buttons"] for b in row)

    await citizens.send_text(STAFF, "/dialogen", language_code="en")
    listing = await citizens.wait_for_bot_message(STAFF)
    assert f"goed-bestuur, version {CURRENT.version}, archived" in listing["text"]
    assert await actions(bot) == [
        ("dialogue_paused", "goed-bestuur"),
        ("dialogue_archived", "goed-bestuur"),
    ]
    await citizens.press(STAFF, f"🗄 {CURRENT.title.get('en')}")
    await citizens.wait_for_bot_message(STAFF, contains="Status: archived")
    await citizens.press(STAFF, "▶️ Activate")
    await citizens.wait_for_bot_message(STAFF, contains="Status: active")
    await citizens.send_text(7011, "/start d_goed-bestuur")
    await citizens.wait_for_bot_message(7011, contains="Vraag 1 van")


BOMB = (
    'id: bom\nversion: 1\ntitle: {nl: "x"}\n'
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(
        f"{n}: &{n} [{','.join([f'*{p}'] * 9)}]\n"
        for p, n in zip("abcdefg", "bcdefgh", strict=True)
    )
    + "questions: [{id: x, type: text, prompt: {nl: hoi}}]\n"
)


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("groot.yaml", b"# " + b"x" * 600_000, "larger than 512 KB"),
        (
            "latin.yaml",
            'id: café\ntitle: {nl: "Caf\xe9"}\n'.encode("latin-1"),
            "not saved as UTF-8",
        ),
        ("bom.yaml", BOMB.encode(), "aliases (*name)"),
        ("notulen.pdf", b"%PDF-1.4 ...", "not a conversation file"),
        ("tekst.yaml", b"Dit is gewoon een briefje.\n", "must be a mapping"),
        ("diep.yaml", b"id: " + b"[" * 100 + b"]" * 100 + b"\n", "nested more than"),
    ],
)
async def test_bad_files_get_a_clear_sentence_and_change_nothing(
    bot: BotUnderTest, citizens: StandInClient, folder: Path, name: str, data: bytes, said: str
) -> None:
    before = snapshot(folder)
    await citizens.send_text(STAFF, "/dialogen", language_code="en")
    await citizens.wait_for_bot_message(STAFF)
    answer = await staff_sends(citizens, data, name)
    assert said in answer["text"]
    assert "We did not keep the file, and nothing changed for residents" in answer["text"]
    assert snapshot(folder) == before
    assert await uploads(bot) == 0 and await actions(bot) == []


async def test_an_id_of_another_dialogue_and_versions_not_higher_are_refused(
    bot: BotUnderTest, citizens: StandInClient, folder: Path
) -> None:
    before = snapshot(folder)
    await citizens.send_text(STAFF, "/dialogen", language_code="en")
    await citizens.wait_for_bot_message(STAFF)
    current = (folder / "goed-bestuur.yaml").read_bytes()

    # A copy of goed-bestuur used as the start of a new conversation, id left unchanged.
    copy = new_version(folder).replace(b"Wat betekent goed bestuur", b"Ons nieuwe gesprek")
    answer = await staff_sends(citizens, copy, "ons-nieuwe-gesprek.yaml")
    assert "The id 'goed-bestuur' belongs to the conversation" in answer["text"]
    assert "name the file goed-bestuur.yaml" in answer["text"]

    answer = await staff_sends(citizens, current, "goed-bestuur.yaml")
    assert (
        f"This is version {CURRENT.version} of 'goed-bestuur', the one already in use"
        in (answer["text"])
    )

    changed = current.replace(OLD_PROMPT.encode(), NEW_PROMPT.encode())
    answer = await staff_sends(citizens, changed, "goed-bestuur (1).yaml")
    assert f"set 'version' to {CURRENT.version + 1}" in answer["text"]
    assert "line 17" in answer["text"]

    lower = current.replace(f"version: {CURRENT.version}".encode(), b"version: 1", 1)
    answer = await staff_sends(
        citizens, lower.replace(OLD_PROMPT.encode(), b"Anders?"), "goed-bestuur.yaml"
    )
    assert f"set 'version' to {CURRENT.version + 1}" in answer["text"]

    assert snapshot(folder) == before
    assert await uploads(bot) == 0 and await actions(bot) == []


async def test_a_file_from_someone_without_the_staff_role_is_refused(
    bot: BotUnderTest, citizens: StandInClient, folder: Path
) -> None:
    before = snapshot(folder)
    await consent(citizens, 7020)
    await citizens.send_document(7020, new_version(folder), "goed-bestuur.yaml")
    refusal = await citizens.wait_for_bot_message(7020)
    assert refusal["text"] == "Sorry, alleen medewerkers van de provincie kunnen dit doen."
    await citizens.send_document(7020, b"%PDF-1.4", "brief.pdf")
    other = await citizens.wait_for_bot_message(7020)
    assert other["text"].startswith("We kunnen alleen tekst lezen.")
    assert snapshot(folder) == before
    assert await uploads(bot) == 0
    await citizens.send_text(7020, "/dialogen")
    command = await citizens.wait_for_bot_message(7020)
    assert command["text"] == "Sorry, alleen medewerkers van de provincie kunnen dit doen."
    refused = [e for e in await audit.entries(bot.db, 7020) if e["action"] == "refused"]
    assert [e["detail"] for e in refused] == ["dialogen", "dialogen"]
    calls = await citizens.call_log("getFile")
    assert calls == []  # nothing was even downloaded


async def test_a_file_placed_in_the_folder_by_hand_shows_up_without_a_restart(
    bot: BotUnderTest, citizens: StandInClient, folder: Path
) -> None:
    (folder / "hand.yaml").write_text(
        "id: met-de-hand\nversion: 1\ntitle: {nl: Met de hand, en: By hand}\nquestions:\n"
        "  - {id: a, type: text, prompt: {nl: Waarom}}\n",
        encoding="utf-8",
    )
    await citizens.send_text(STAFF, "/dialogen", language_code="en")
    listing = await citizens.wait_for_bot_message(STAFF)
    assert "met-de-hand, version 1, active" in listing["text"]
    (folder / "kapot.yaml").write_text("id: kapot\n", encoding="utf-8")
    await citizens.send_text(STAFF, "/dialogen", language_code="en")
    broken = await citizens.wait_for_bot_message(STAFF)
    assert "kapot.yaml" in broken["text"] and "no 'version'" in broken["text"]
    assert "goes on with the files as they were" in broken["text"]
    assert "met-de-hand, version 1, active" in broken["text"]


async def test_an_upload_waits_7_days_and_is_activated_once(
    bot: BotUnderTest, citizens: StandInClient, folder: Path
) -> None:
    from bot.privacy import retention

    wanted = new_version(folder)
    await citizens.send_text(STAFF, "/dialogen", language_code="en")
    await citizens.wait_for_bot_message(STAFF)
    first = await staff_sends(citizens, wanted, "goed-bestuur.yaml")
    assert "has no problems" in first["text"]
    await bot.db.execute("UPDATE dialogue_uploads SET uploaded_at = '2020-01-01T00:00:00+00:00'")
    pressed = await citizens.press(STAFF, f"✅ Activate version {CURRENT.version + 1}")
    await citizens.wait_until_idle()
    notice = await citizens.callback_answer(pressed.callback_query_id or "")
    assert "older than 7 days" in str(notice.get("text"))
    assert (folder / "goed-bestuur.yaml").read_bytes() != wanted
    assert bot.running is not None
    await retention.apply(bot.running.services)
    assert await uploads(bot) == 0

    await staff_sends(citizens, wanted, "goed-bestuur.yaml")
    await citizens.press(STAFF, f"✅ Activate version {CURRENT.version + 1}")
    await citizens.wait_for_bot_message(STAFF, contains="is active now")
    await citizens.press(
        STAFF, f"✅ Activate version {CURRENT.version + 1}", message_id=first["message_id"]
    )
    await citizens.wait_until_idle()
    assert [a for a, _ in await actions(bot)].count("dialogue_activate") == 1
    assert (folder / "goed-bestuur.yaml").read_bytes() == wanted


TRIAL = """id: proef
version: 1
title: {nl: Proef, en: Trial}
questions:
  - id: welkom
    type: info
    prompt: {nl: Welkom, en: Welcome}
  - id: kleur
    type: choice
    prompt: {nl: Kleur, en: Colour}
    options:
      - {id: rood, label: {nl: Rood, en: Red}}
      - {id: blauw, label: {nl: Blauw, en: Blue}}
  - id: waarom-rood
    type: text
    when: {kleur: rood}
    prompt: {nl: Waarom rood, en: Why red}
  - id: dingen
    type: multi
    prompt: {nl: Dingen, en: Things}
    options:
      - {id: a, label: {nl: Appel, en: Apple}}
      - {id: b, label: {nl: Boom, en: Tree}}
      - {id: geen, exclusive: true, label: {nl: Niets, en: Nothing}}
  - id: leeftijd
    type: number
    optional: true
    min: 0
    max: 120
    prompt: {nl: Leeftijd, en: Age}
"""


async def test_the_preview_walks_every_kind_of_step_and_stores_nothing(
    bot: BotUnderTest, citizens: StandInClient, folder: Path
) -> None:
    await citizens.send_text(STAFF, "/dialogen", language_code="en")
    await citizens.wait_for_bot_message(STAFF)
    await staff_sends(citizens, TRIAL.encode(), "proef.yaml")
    await citizens.press(STAFF, "👀 Try it")
    await citizens.wait_for_bot_message(STAFF, contains="Welcome")
    await citizens.press(STAFF, "Next ➡️")
    await citizens.wait_for_bot_message(STAFF, contains="Colour")
    await citizens.press(STAFF, "Red")
    asked = await citizens.wait_for_bot_message(STAFF, contains="Why red")
    assert "Preview" in asked["text"]
    await citizens.send_text(STAFF, "Mooi warm")
    await citizens.wait_for_bot_message(STAFF, contains="Things")
    await citizens.press(STAFF, "Apple")
    await citizens.wait_for_bot_message(STAFF, contains="Things")
    await citizens.press(STAFF, "Tree")
    ticked = await citizens.wait_for_bot_message(STAFF, contains="Things")
    assert ["✓ Tree"] in ticked["buttons"] and ["✓ Apple"] in ticked["buttons"]
    await citizens.press(STAFF, "Done ✔️")
    await citizens.wait_for_bot_message(STAFF, contains="Age")
    await citizens.press(STAFF, "⬅️ Back")
    await citizens.wait_for_bot_message(STAFF, contains="Things")
    await citizens.press(STAFF, "Done ✔️")
    await citizens.wait_for_bot_message(STAFF, contains="Age")
    await citizens.send_text(STAFF, "honderdvijftig")
    await citizens.wait_for_bot_message(STAFF, contains="⚠️")
    await citizens.press(STAFF, "Skip ⏭")
    end = await citizens.wait_for_bot_message(STAFF, contains="End of “Trial”")
    for given in ("Red", "Mooi warm", "Apple; Tree", "(skipped)"):
        assert given in end["text"]

    assert await runs.of_citizen(bot.db, STAFF) == []
    row = await bot.db.fetch_one("SELECT awaiting FROM citizens WHERE user_id = ?", (STAFF,))
    assert row is not None and row["awaiting"] is None
    await citizens.press(STAFF, "⬅️ Back", message_id=asked["message_id"])
    await citizens.wait_until_idle()
    notices = [a.get("text") for a in await citizens.callback_answers()]
    assert notices[-1] == "This preview has ended. Tap 👀 Try it to start it again."


async def test_a_paused_dialogue_cannot_be_sent_in_a_session(
    bot: BotUnderTest, citizens: StandInClient, folder: Path
) -> None:
    await pause_current(citizens, language_code="en")

    await citizens.send_text(STAFF, "/sessie new Klas 3B")
    await citizens.wait_for_bot_message(STAFF, contains="is open")
    await citizens.send_text(STAFF, "/sessie start goed-bestuur")
    await citizens.wait_for_bot_message(STAFF, contains="There is no conversation “goed-bestuur”")
    choose = await citizens.wait_for_bot_message(STAFF, contains="Which conversation")
    labels = [label for row in choose["buttons"] for label in row]
    assert not any(CURRENT.title.get("en") in label for label in labels)
    assert any("Statenspel" in label for label in labels)


async def test_a_push_sent_before_the_pause_does_not_start_after_it(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    student = 7030
    await citizens.send_text(STAFF, "/sessie new Klas 4A", language_code="en")
    created = await citizens.wait_for_bot_message(STAFF, contains="?start=s_")
    code = created["text"].split("?start=s_")[1][:6]
    await consent(citizens, student)
    await citizens.send_text(student, code)
    await citizens.wait_for_bot_message(student, contains="Klas 4A")
    await citizens.send_text(STAFF, "/sessie start goed-bestuur")
    await citizens.wait_for_bot_message(student, contains="Tik op de knop om te beginnen")

    await pause_current(citizens)

    await citizens.press(student, "▶️ Beginnen")
    told = await citizens.wait_for_bot_message(student, contains="gepauzeerd")
    assert "Vraag 1" not in told["text"]
    assert await runs.of_citizen(db, student) == []


async def test_a_file_telegram_will_not_give_or_a_folder_we_cannot_write_changes_nothing(
    bot: BotUnderTest, citizens: StandInClient, folder: Path
) -> None:
    before = snapshot(folder)
    await citizens.send_text(STAFF, "/dialogen", language_code="en")
    await citizens.wait_for_bot_message(STAFF)
    await citizens.fail_next("getFile", 400, description="Bad Request: file is too big")
    answer = await staff_sends(citizens, new_version(folder), "goed-bestuur.yaml")
    assert "We could not fetch this file from Telegram. Nothing changed." in answer["text"]
    assert snapshot(folder) == before and await uploads(bot) == 0

    (folder / ".versions").write_text("not a folder", encoding="utf-8")  # mkdir will fail
    before = snapshot(folder)
    await staff_sends(citizens, new_version(folder), "goed-bestuur.yaml")
    await citizens.press(STAFF, f"✅ Activate version {CURRENT.version + 1}")
    failed = await citizens.wait_for_bot_message(STAFF, contains="could not write")
    assert "Nothing changed" in failed["text"]
    assert snapshot(folder) == before
    await citizens.send_text(STAFF, "/dialogen", language_code="en")
    listing = await citizens.wait_for_bot_message(STAFF)
    assert f"goed-bestuur, version {CURRENT.version}, active" in listing["text"]
