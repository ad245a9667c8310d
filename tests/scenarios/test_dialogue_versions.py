"""A run finishes on the version it started on; removing a file never deletes answers."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.answering import store as runs
from bot.config import SHIPPED_DIALOGUES
from bot.dialogues.catalog import DialogueCatalog
from bot.sandbox.client import StandInClient
from tests.scenarios.conftest import BotUnderTest, consent

NEW_PROMPT = "NIEUWE VRAAG: wat vind je het allerbelangrijkst?"
SHIPPED = DialogueCatalog()
SHIPPED.load(SHIPPED_DIALOGUES)


async def start_and_answer_first(citizens: StandInClient, user: int) -> None:
    await consent(citizens, user)
    await citizens.send_text(user, "/start d_goed-bestuur")
    await citizens.wait_for_bot_message(user, contains="Vraag 1 van")
    await citizens.send_text(user, "Eerlijk en open zijn")
    await citizens.wait_for_bot_message(user, contains="Vraag 2 van")


async def test_a_new_version_does_not_change_a_run_in_progress(
    bot: BotUnderTest, citizens: StandInClient, tmp_path: Path
) -> None:
    folder = tmp_path / "dialogen"
    shutil.copytree(SHIPPED_DIALOGUES, folder)
    await bot.restart(dialogues=folder)
    await start_and_answer_first(citizens, 6001)

    shipped = SHIPPED.current("goed-bestuur")
    assert shipped is not None
    old, new = shipped.version, shipped.version + 1
    source = folder / "goed-bestuur.yaml"
    text = source.read_text(encoding="utf-8")
    text = text.replace(f"version: {old}", f"version: {new}", 1).replace(
        "Wat vind je het belangrijkst aan een goed bestuur?", NEW_PROMPT
    )
    source.write_text(text, encoding="utf-8")
    await bot.restart()

    await citizens.send_text(6001, "/gesprek")
    listing = await citizens.wait_for_bot_message(6001)
    title = next(b for row in listing["buttons"] for b in row if "goed bestuur" in b)
    await citizens.press(6001, title)
    resumed = await citizens.wait_for_bot_message(6001, contains="Vraag 2 van")
    assert "Wat vind je het belangrijkst aan een goed bestuur?" in resumed["text"]
    await citizens.press(6001, "Eerlijk en integer zijn")
    await citizens.wait_for_bot_message(6001, contains="Vraag 3 van")
    run = await runs.active(bot.db, 6001)
    assert run is not None and run.version == old

    # A newcomer starts on the new version.
    await consent(citizens, 6002)
    await citizens.send_text(6002, "/start d_goed-bestuur")
    await citizens.wait_for_bot_message(6002, contains="Vraag 1 van")
    await citizens.send_text(6002, "Luisteren")
    newer = await citizens.wait_for_bot_message(6002, contains="Vraag 2 van")
    assert NEW_PROMPT in newer["text"]
    newcomer = await runs.active(bot.db, 6002)
    assert newcomer is not None and newcomer.version == new


async def test_removing_the_file_keeps_answers_and_the_run_can_finish(
    bot: BotUnderTest, citizens: StandInClient, tmp_path: Path
) -> None:
    folder = tmp_path / "dialogen"
    shutil.copytree(SHIPPED_DIALOGUES, folder)
    await bot.restart(dialogues=folder)
    await start_and_answer_first(citizens, 6003)
    (folder / "goed-bestuur.yaml").unlink()
    await bot.restart()

    run = next(iter(await runs.of_citizen(bot.db, 6003)))
    assert (await runs.answers(bot.db, run.id))["betekenis"] == "Eerlijk en open zijn"
    await citizens.press(6003, "Samenwerken met inwoners")
    await citizens.wait_for_bot_message(6003, contains="Vraag 3 van")
    assert (await runs.answers(bot.db, run.id))["belangrijkst"] == "samenwerken"
