"""/export in the bot: staff choose dialogue, purpose and format with buttons and get the file."""

from __future__ import annotations

import io
import logging
import tempfile
import zipfile
from pathlib import Path

from bot import export_runs
from bot.export.records import FORMATS, ExportError, Format, Purpose
from bot.i18n import Translator
from bot.reply import Button, Document, Reply, rows
from bot.services import Services
from bot.storage import app_state
from bot.storage.database import utc_now
from bot.visitor import Visitor

log = logging.getLogger("bot.staff_export")

PURPOSE_CODES: dict[str, Purpose] = {"v": "verhalenreeks", "a": "analyse"}


def choose_dialogue(services: Services, t: Translator) -> Reply:
    dialogues = services.dialogues.all_current()
    if not dialogues:
        return Reply(text=t.gettext("There are no dialogues to export."))
    return Reply(
        text=t.gettext("<b>Export</b>\nWhich dialogue?"),
        buttons=rows(*[[Button(d.title.get(t.locale), "exp", (d.id,))] for d in dialogues]),
    )


def choose_purpose(t: Translator, dialogue_id: str) -> Reply:
    return Reply(
        text=t.gettext(
            "<b>For what?</b>\n"
            "Verhalenreeks: only text answers their author allowed to be quoted (16+).\n"
            "Analysis: all answers of citizens who gave consent."
        ),
        buttons=rows(
            [Button(t.gettext("Verhalenreeks"), "exp", (dialogue_id, "v"))],
            [Button(t.gettext("Analysis"), "exp", (dialogue_id, "a"))],
        ),
        replace=True,
    )


def choose_format(t: Translator, dialogue_id: str, purpose_code: str) -> Reply:
    names = {
        "csv": "CSV",
        "jsonl": "JSONL",
        "xlsx": t.gettext("Excel workbook (XLSX)"),
        "md": t.gettext("Draft text (md)"),
    }
    return Reply(
        text="\n".join(
            [
                t.gettext("<b>Which format?</b>"),
                t.gettext("• CSV: one row per answer, for any spreadsheet or statistics program."),
                t.gettext(
                    "• Excel workbook: a sheet per kind of question and a sheet with a summary."
                ),
                t.gettext("• JSONL: one answer per line, for other software."),
                t.gettext("• Draft text: the quotes per question, with counts and charts."),
            ]
        ),
        buttons=rows(*[[Button(names[f], "exp", (dialogue_id, purpose_code, f))] for f in FORMATS]),
        replace=True,
    )


async def make(
    services: Services, visitor: Visitor, dialogue_id: str, purpose_code: str, fmt: str
) -> list[Reply]:
    t = visitor.t
    purpose = PURPOSE_CODES.get(purpose_code)
    if purpose is None or fmt not in FORMATS:
        return []
    with tempfile.TemporaryDirectory(prefix="doetmee-export-") as folder:
        out = Path(folder) / f"{dialogue_id}-{purpose}.{fmt}"
        order = export_runs.ExportOrder(
            dialogue_id=dialogue_id,
            purpose=purpose,
            format=fmt,  # type: ignore[arg-type]
            out=out,
            language="en" if t.locale == "en" else "nl",
        )
        current = [d.id for d in services.dialogues.all_current()]
        try:
            summary = await export_runs.make(
                services.db, services.settings, order, visitor.user_id, current=current
            )
        except ExportError as error:
            log.warning("export of %s failed: %s", dialogue_id, error)
            return [
                Reply(
                    text=t.gettext(
                        "Sorry, the export did not work. Try again later; if it keeps failing, "
                        "ask the bot's administrator to look at the log."
                    )
                )
            ]
        if summary.answers == 0:
            return [
                Reply(
                    text=t.gettext(
                        "There is nothing to export yet: no answers fit this choice. "
                        "(For the verhalenreeks only answers that citizens of 16 and over "
                        "allowed to be quoted count.)"
                    )
                )
            ]
        content, filename = _packed(out, summary.extra_files)
    caption = ", ".join(
        [
            t.ngettext("{n} respondent", "{n} respondents", summary.respondents),
            t.ngettext("{n} answer", "{n} answers", summary.answers),
            t.ngettext("{n} cell suppressed", "{n} cells suppressed", summary.suppressed_cells),
        ]
    )
    return [
        Reply(text=t.gettext("Here is the export."), document=Document(filename, content, caption))
    ]


def _packed(out: Path, extra: tuple[Path, ...]) -> tuple[bytes, str]:
    """One file as it is; a Markdown draft with its charts as one zip."""
    if not extra:
        return out.read_bytes(), out.name
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(out, out.name)
        for path in extra:
            if path.is_file():
                archive.write(path, f"{path.parent.name}/{path.name}")
    return buffer.getvalue(), out.with_suffix(".zip").name


async def claim(services: Services, visitor: Visitor, menu_message_id: int) -> str | None:
    """One export per format menu: a second tap on it (or on another format in it) gives a
    short notice to show on the button instead of a second export run."""
    key = f"export-menu:{visitor.chat_id}:{menu_message_id}"
    if await app_state.claim(services.db, key, utc_now()):
        return None
    return visitor.t.gettext("This export is being made already.")


def working(t: Translator) -> Reply:
    return Reply(text=t.gettext("Making the export. This takes about half a minute…"), replace=True)


def parse(args: tuple[str, ...]) -> tuple[str, str | None, Format | None]:
    dialogue_id = args[0] if args else ""
    purpose = args[1] if len(args) > 1 else None
    fmt = args[2] if len(args) > 2 and args[2] in FORMATS else None
    return dialogue_id, purpose, fmt  # type: ignore[return-value]
