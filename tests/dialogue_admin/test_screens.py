"""A file with very many problems still gets one message Telegram accepts (4096 characters):
as many problems as fit, with their lines, and how many more there are."""

from __future__ import annotations

from pathlib import Path

from bot.dialogue_admin import screens
from bot.dialogue_admin.upload_check import check_upload
from bot.i18n import load_translations

T = load_translations("nl").get("nl")


def test_hundreds_of_problems_fit_in_one_message(tmp_path: Path) -> None:
    questions = "".join(
        f"  - id: vraag-{n}\n    type: onbekend-type-{n}\n    prompt: {{nl: Vraag {n}}}\n"
        for n in range(300)
    )
    text = f"id: veel\nversion: 1\ntitle: {{nl: Veel}}\nquestions:\n{questions}"
    verdict = check_upload(tmp_path, text.encode(), "veel.yaml")
    assert len(verdict.problems) >= 300
    reply = screens.refused(T, "veel.yaml", verdict)
    assert len(reply.text) < 4096
    assert "<b>regel 6</b>" in reply.text
    assert "… en nog" in reply.text
