"""The closing summary of a session as a PDF, to keep or forward: per item and question the
counts, the charts and every written answer (scrubbed), newest first.

fpdf2 with DejaVu Sans, which matplotlib ships (so no font file of our own): a Unicode font,
so ë, ĳ, é and “quotes” come out as typed. A symbol the font lacks (most emoji) is left out;
any other character it lacks becomes "�", instead of an empty box.
"""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, cast

from bot.i18n import Translator
from bot.sessions import results_screens as screens
from bot.sessions.results import MIN_ANSWERS, QuestionResult, SessionResults
from bot.sessions.screens import participants_line
from bot.sessions.store import PromptAnswer

if TYPE_CHECKING:
    from fpdf import FPDF

_FONT = "DejaVu"
_INK = (26, 26, 26)
_GREY = (85, 85, 85)
_RED = (208, 17, 43)
_CHART_WIDTH = 150  # mm, on A4 with 20 mm margins
_DROPPED = {"\ufe0e", "\ufe0f", "\u200d"}
"""Emoji variation selectors and joiners: nothing to draw on their own."""


def _font_dir() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def summary_pdf(
    t: Translator,
    found: SessionResults,
    quotes: dict[tuple[int, int], list[PromptAnswer]],
    charts: dict[tuple[int, int], bytes],
    closed_when: str,
) -> bytes:
    """``quotes`` (scrubbed, newest first) and ``charts`` by question key."""
    from fpdf import FPDF  # imported when a summary is made, not at every start of the bot

    class SummaryPdf(FPDF):
        def footer(self) -> None:
            self.set_y(-14)
            self.set_font(_FONT, size=9)
            self.set_text_color(*_GREY)
            label = t.gettext("Page {page} of {pages}", page=self.page_no(), pages="{nb}")
            self.cell(0, 8, label, align="C")

    pdf = SummaryPdf(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    fonts = _font_dir()
    pdf.add_font(_FONT, "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font(_FONT, "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.add_font(_FONT, "I", str(fonts / "DejaVuSans-Oblique.ttf"))
    session = found.session
    pdf.set_title(t.gettext("Summary of “{name}”", name=session.name))
    pdf.set_creator("Overijssel doet mee!")
    pdf.add_page()
    writer = _Writer(pdf)

    writer.text(session.name, size=20, style="B")
    writer.text(t.gettext("Summary of a session of Overijssel doet mee!"), size=11, grey=True)
    writer.gap(2)
    writer.text(
        t.gettext("Closed: {when}", when=closed_when)
        + " · "
        + participants_line(t, found.participants),
        size=11,
    )
    writer.text(
        t.gettext("Only answers given in the session while it was open."), size=11, grey=True
    )
    writer.text(screens.without_names(t), size=11, grey=True)
    writer.text(screens.minimum_rule(t), size=11, grey=True)
    if not found.items:
        writer.gap(4)
        writer.text(t.gettext("Nothing was sent in this session."), size=12)
    for item in found.items:
        writer.gap(6)
        writer.text(screens.item_line(t, item), size=15, style="B", red=True)
        if not item.questions:
            writer.text(t.gettext("No answers."), size=11, grey=True)
        for question in item.questions:
            _question(t, writer, question, quotes.get(question.key, []), charts.get(question.key))
    return bytes(pdf.output())


def _question(
    t: Translator,
    writer: _Writer,
    question: QuestionResult,
    quotes: list[PromptAnswer],
    chart: bytes | None,
) -> None:
    writer.gap(4)
    writer.text(f"{question.position} {question.prompt}", size=12, style="B")
    writer.text(t.ngettext("{n} answer", "{n} answers", question.answered), size=10, grey=True)
    if not question.shown:
        writer.text(
            t.gettext(
                "Too few answers to show: we show a question's answers once at least {n} "
                "people answered it.",
                n=MIN_ANSWERS,
            ),
            size=10,
            grey=True,
        )
        return
    if question.kind == "closed" and question.tally is not None:
        if chart is not None:
            writer.image(chart)
        total = question.tally.respondents or 1
        for label, count in question.tally.counts:
            writer.text(f"{label}: {count} ({round(100 * count / total)}%)", size=10, indent=4)
        return
    if question.kind == "number":
        low, middle, high = question.number_summary()
        writer.text(
            t.gettext(
                "Median {median} · lowest {low} · highest {high}",
                median=f"{middle:g}",
                low=f"{low:g}",
                high=f"{high:g}",
            ),
            size=10,
            indent=4,
        )
        return
    writer.text(t.gettext("Newest first:"), size=10, grey=True)
    for quote in quotes:
        writer.quote(quote.text)


class _Writer:
    """Paragraphs on the PDF in the bot's font, with characters the font lacks replaced."""

    def __init__(self, pdf: FPDF) -> None:
        self.pdf = pdf
        pdf.set_font(_FONT, size=11)
        font = pdf.current_font
        self._known: set[int] = set(getattr(font, "cmap", {}) or {})

    def _drawable(self, text: str) -> str:
        out = []
        for char in unicodedata.normalize("NFC", text):
            if char in "\n\t" or ord(char) in self._known:
                out.append(char)
            elif char not in _DROPPED and unicodedata.category(char) != "So":
                out.append("\ufffd")
        return re.sub(r" {2,}", " ", "".join(out)).strip(" ")  # where a symbol was left out

    def text(
        self,
        text: str,
        *,
        size: float,
        style: str = "",
        grey: bool = False,
        red: bool = False,
        indent: float = 0,
    ) -> None:
        pdf = self.pdf
        pdf.set_font(_FONT, style, size)
        pdf.set_text_color(*(_GREY if grey else _RED if red else _INK))
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(
            0, size * 0.5, self._drawable(text), align="L", new_x="LMARGIN", new_y="NEXT"
        )

    def quote(self, text: str) -> None:
        pdf = self.pdf
        pdf.set_font(_FONT, "", 10.5)
        pdf.set_text_color(*_INK)
        pdf.ln(1.5)
        body = self._drawable("“" + " ".join(text.split()) + "”")
        width = pdf.epw - 5
        lines = cast(
            "list[str]", pdf.multi_cell(width, 5.2, body, align="L", dry_run=True, output="LINES")
        )
        if pdf.get_y() + 5.2 * len(lines) > pdf.page_break_trigger and len(lines) < 40:
            pdf.add_page()  # a quote stays on one page, with its bar
        top_page, top = pdf.page_no(), pdf.get_y()
        pdf.set_x(pdf.l_margin + 5)
        pdf.multi_cell(width, 5.2, body, align="L", new_x="LMARGIN", new_y="NEXT")
        if pdf.page_no() == top_page:  # a red bar beside the quote, as in a chat
            pdf.set_draw_color(*_RED)
            pdf.set_line_width(0.8)
            pdf.line(pdf.l_margin + 1.5, top + 0.5, pdf.l_margin + 1.5, pdf.get_y() - 0.5)

    def image(self, png: bytes) -> None:
        pdf = self.pdf
        pdf.ln(2)
        pdf.image(io.BytesIO(png), x=pdf.l_margin, w=_CHART_WIDTH)
        pdf.ln(2)

    def gap(self, mm: float) -> None:
        self.pdf.ln(mm)
