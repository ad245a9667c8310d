"""/export in the bot: staff choose dialogue, purpose and format with buttons and get the file."""

from __future__ import annotations

import io
import logging
import tempfile
import zipfile
from pathlib import Path

from bot.export import runs as export_runs
from bot.export import source as export_source
from bot.export import timing
from bot.export.actions import ExportChoice, FileFormat, PurposeCode
from bot.export.records import FORMATS, ExportError, ExportSummary, Purpose
from bot.export.scrub import deduce_cache
from bot.i18n import Translator
from bot.messaging.reply import Button, Document, Outcome, Reply, rows
from bot.people.visitor import Visitor
from bot.services import Services
from bot.storage import app_state
from bot.storage.database import utc_now

log = logging.getLogger("bot.staff_export")

PURPOSE_CODES: dict[str, Purpose] = {"v": "verhalenreeks", "a": "analyse"}


def choose_dialogue(services: Services, t: Translator) -> Reply:
    dialogues = services.dialogues.all_current()
    if not dialogues:
        return Reply(text=t.gettext("There are no dialogues to export."))
    return Reply(
        text=t.gettext("<b>Export</b>\nWhich dialogue?"),
        buttons=rows(*[[Button(d.title.get(t.locale), ExportChoice(d.id))] for d in dialogues]),
    )


def choose_purpose(t: Translator, dialogue_id: str) -> Reply:
    return Reply(
        text=t.gettext(
            "<b>For what?</b>\nVerhalenreeks: only text answers their author allowed to be "
            "quoted (16+).\nAnalysis: all answers of residents who gave consent."
        ),
        buttons=rows(
            [
                Button(
                    t.gettext("Verhalenreeks"), ExportChoice(dialogue_id, PurposeCode.VERHALENREEKS)
                )
            ],
            [Button(t.gettext("Analysis"), ExportChoice(dialogue_id, PurposeCode.ANALYSE))],
        ),
        replace=True,
    )


def choose_format(t: Translator, dialogue_id: str, purpose_code: PurposeCode) -> Reply:
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
        buttons=rows(
            *[[Button(names[f], ExportChoice(dialogue_id, purpose_code, f))] for f in FileFormat]
        ),
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
            format=fmt,
            out=out,
            language="en" if t.locale == "en" else "nl",
        )
        current = [d.id for d in services.dialogues.all_current()]
        try:
            summary = await export_runs.make(
                services.db,
                services.settings,
                services.keys,
                order,
                visitor.user_id,
                current=current,
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
                        "There is nothing to export yet: no answers fit this choice. (For "
                        "the verhalenreeks only answers that residents of 16 and over "
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
    text = "\n".join(
        [
            t.gettext(
                "Here is the export. Its pseudonyms were made for this file only, so it cannot "
                "be linked to other exports."
            ),
            marks_note(t, summary, fmt),
        ]
    )
    return [Reply(text=text, document=Document(filename, content, caption))]


def marks_note(t: Translator, summary: ExportSummary, fmt: str) -> str:
    """How many spots the scrubber was unsure about, and what happens to them."""
    n = summary.marks
    if n == 0:
        return t.gettext("The scrubber marked no spots to check.")
    if fmt == "md":
        return t.ngettext(
            "The draft marks {n} spot to check as [check: …]. An editor looks at every mark "
            "before anything is published.",
            "The draft marks {n} spots to check as [check: …]. An editor looks at every mark "
            "before anything is published.",
            n,
        ).format(n=n)
    return t.ngettext(
        "The scrubber was unsure about {n} spot and left it in; the draft text (md) marks "
        "it. An editor looks at it before anything is published.",
        "The scrubber was unsure about {n} spots and left them in; the draft text (md) marks "
        "them. An editor looks at every one before anything is published.",
        n,
    ).format(n=n)


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


async def working(services: Services, t: Translator, dialogue_id: str) -> Reply:
    """ "Making the export" with a time we keep (:mod:`bot.export.timing`): the open answers
    to scrub are counted, and whether deduce's cache still has to be built."""
    records = await export_source.records(
        services.db, dialogue_id, None, None, services.settings.timezone, t.locale
    )
    open_answers = sum(r.question_type == "text" for r in records)
    ready = deduce_cache.is_ready()
    minutes = timing.promised_minutes(timing.estimate_seconds(open_answers, ready))
    if minutes <= 0.5:
        text = t.gettext("Making the export. This takes less than half a minute…")
    elif minutes <= 1:
        text = t.gettext("Making the export. This takes less than a minute…")
    else:
        n = int(minutes)
        text = t.ngettext(
            "Making the export. This takes at most {n} minute…",
            "Making the export. This takes at most {n} minutes…",
            n,
        ).format(n=n)
    if not ready:
        text += "\n" + t.gettext(
            "The first export after installing takes longer: the scrubber builds its word "
            "lists once."
        )
    return Reply(text=text, replace=True)


async def chosen(
    services: Services,
    visitor: Visitor,
    dialogue_id: str,
    purpose: PurposeCode | None,
    fmt: FileFormat | None,
) -> Outcome:
    """A button of /export: the purposes, then the formats, then the file (once per format
    menu: a second tap gets a notice); "this takes …" comes before the slow work."""
    t = visitor.t
    if purpose is None:
        return Outcome([choose_purpose(t, dialogue_id)])
    if fmt is None:
        return Outcome([choose_format(t, dialogue_id, purpose)])
    assert visitor.message_id is not None  # a pressed button
    busy = await claim(services, visitor, visitor.message_id)
    if busy is not None:
        return Outcome(notice=busy)

    async def file() -> list[Reply]:
        return await make(services, visitor, dialogue_id, purpose, fmt)

    return Outcome([await working(services, t, dialogue_id)], later=file)
