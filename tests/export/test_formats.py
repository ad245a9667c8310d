"""Every format opens again, in both languages; formulas are defused; writes are atomic."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from bot.export.atomic import atomic_directory, atomic_path
from bot.export.document import ExportDocument, ExportRow
from bot.export.formats import charts, md_format, writer
from bot.export.formats.cells import neutralise
from bot.export.labels import COLUMNS, QUESTION_TYPES, SUMMARY, headers

DANGEROUS = ["=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx", "＝1"]


def row(answer: str, question_type: str = "text", **fields: object) -> ExportRow:
    values: dict[str, object] = {
        "respondent": "R-ABCDEFGHIJ",
        "dialogue": "goed-bestuur",
        "version": 1,
        "question_id": "betekenis",
        "question": "Wat betekent goed bestuur voor jou?",
        "type": question_type,
        "answer": answer,
        "date": date(2025, 5, 1),
        "municipality": "Zwolle",
        "age_band": "26-40",
    }
    values.update(fields)
    return ExportRow(**values)  # type: ignore[arg-type]


def document(rows: list[ExportRow], language: str = "nl") -> ExportDocument:
    return ExportDocument(
        dialogue_id="goed-bestuur",
        purpose="analyse",
        language=language,  # type: ignore[arg-type]
        since=None,
        until=date(2025, 12, 31),
        k=10,
        made_on=date(2025, 6, 1),
        rows=tuple(rows),
        respondents=3,
        scrubbed={"name": 2, "phone": 1},
        suppressed_cells=1,
    )


def mixed_rows() -> list[ExportRow]:
    return [
        row("Luisteren naar [naam] uit Staphorst. Eerlijk & <b>open</b> | *echt*"),
        row("Goed luisteren", "choice", question_id="belangrijkst", question="Wat telt?"),
        row("Eerlijk en integer", "choice", question_id="belangrijkst", question="Wat telt?"),
        row("Wonen; Natuur", "multi", question_id="thema", question="Thema's?"),
        row("7", "scale", question_id="vertrouwen", question="Vertrouwen?", municipality=None),
        row("42", "number", question_id="leeftijd", question="Hoe oud?", age_band="[onderdrukt]"),
        *[row(text, respondent=f"R-{i:010d}") for i, text in enumerate(DANGEROUS)],
    ]


def test_neutralise() -> None:
    for value in DANGEROUS:
        assert neutralise(value) == "'" + value
    assert neutralise("Gewoon tekst") == "Gewoon tekst"
    assert neutralise("") == ""


@pytest.mark.parametrize("language", ["nl", "en"])
def test_csv_opens_with_bom_and_defused_formulas(tmp_path: Path, language: str) -> None:
    out = tmp_path / "export.csv"
    assert writer("csv")(document(mixed_rows(), language), out) == []
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert table[0] == headers(language)  # type: ignore[arg-type]
    assert len(table) == 1 + len(mixed_rows())
    answers = [line[6] for line in table[1:]]
    assert answers[0].startswith("Luisteren naar [naam] uit Staphorst")
    for value in DANGEROUS:
        assert "'" + value in answers
    scale = next(line for line in table if line[5] == "scale")
    assert scale[8] == ""  # municipality not given stays empty
    assert scale[7] == "2025-05-01"


def test_jsonl_one_object_per_answer(tmp_path: Path) -> None:
    out = tmp_path / "export.jsonl"
    writer("jsonl")(document(mixed_rows()), out)
    objects = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(objects) == len(mixed_rows())
    assert set(objects[0]) == set(COLUMNS["en"]) - {"question id", "age band"} | {
        "question_id",
        "age_band",
    }
    assert objects[0]["version"] == 1
    assert next(o for o in objects if o["type"] == "scale")["municipality"] is None
    assert next(o for o in objects if o["type"] == "number")["age_band"] == "[onderdrukt]"
    assert "=1+1" in [o["answer"] for o in objects]  # JSON is data, not a spreadsheet


@pytest.mark.parametrize("language", ["nl", "en"])
def test_xlsx_sheets_per_type_and_strings_only(tmp_path: Path, language: str) -> None:
    out = tmp_path / "export.xlsx"
    writer("xlsx")(document(mixed_rows(), language), out)
    book = openpyxl.load_workbook(out)
    names = QUESTION_TYPES[language]
    assert book.sheetnames == [
        SUMMARY[language]["sheet"],
        names["text"],
        names["choice"],
        names["multi"],
        names["scale"],
        names["number"],
    ]
    text_sheet = book[names["text"]]
    assert [c.value for c in text_sheet[1]] == headers(language)  # type: ignore[arg-type]
    answers = [r[6].value for r in text_sheet.iter_rows(min_row=2)]
    for value in DANGEROUS:
        # XML reads a lone carriage return back as a line feed.
        assert "'" + value.replace("\r", "\n") in answers
    for sheet in book.worksheets:
        for line in sheet.iter_rows():
            for cell in line:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    summary = book[SUMMARY[language]["sheet"]]
    labels = {r[0].value: r[1].value for r in summary.iter_rows() if r[0].value}
    assert labels[SUMMARY[language]["answers"]] == len(mixed_rows())
    assert labels[SUMMARY[language]["suppressed_cells"]] == 1


def test_markdown_draft_with_charts(tmp_path: Path) -> None:
    out = tmp_path / "draft.md"
    extra = writer("md")(document(mixed_rows()), out)
    text = out.read_text("utf-8")
    folder = tmp_path / "draft_files"
    assert extra and all(
        p.parent == folder and p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in extra
    )
    assert len(extra) == 4  # choice, multi, scale, number
    for png in extra:
        assert f"draft_files/{png.name}" in text
    assert "## 1. Wat betekent goed bestuur voor jou?" in text
    assert (
        "> Luisteren naar [naam] uit Staphorst. Eerlijk & \\<b\\>open\\</b\\> \\| \\*echt\\*"
        in text
    )
    assert "> — R-ABCDEFGHIJ · Zwolle · 26-40" in text
    assert "| Goed luisteren | 1 |" in text
    assert "| Natuur | 1 |" in text and "| Wonen | 1 |" in text
    assert "Overzicht voor een rapport" in text  # analyse, not the verhalenreeks draft


def test_markdown_without_closed_questions_makes_no_folder(tmp_path: Path) -> None:
    out = tmp_path / "quotes.md"
    rows = [row("Eerlijk zijn.", municipality="[suppressed]")]
    assert writer("md")(document(rows, "en"), out) == []
    assert not (tmp_path / "quotes_files").exists()
    text = out.read_text("utf-8")
    assert "> — R-ABCDEFGHIJ · 26-40" in text  # suppressed field left out of the attribution
    assert "_1 answer_" in text


HOSTILE = [
    "[stem nu](//host.example/x) en ![](//203.0.113.7/p.png)",
    "<a href='http://evil.example'>klik</a> of www.evil.example of evil.click/pad",
    "[naam]: http://evil.example/x",
    "kijk op 198.51.100.23:8080 of https://www.overijssel.nl/agenda",
    "[foto][1]\n\n[1]: //evil.example/p.png",
]


def test_markdown_never_makes_a_link_or_image_of_an_answer(tmp_path: Path) -> None:
    from markdown_it import MarkdownIt

    out = tmp_path / "draft.md"
    rows = [row(text, respondent=f"R-{i:010d}") for i, text in enumerate(HOSTILE)]
    rows.append(row("Luisteren naar [naam] uit Staphorst."))
    writer("md")(document(rows), out)
    html = MarkdownIt("gfm-like").render(out.read_text("utf-8"))
    targets = re.findall(r'(?:href|src)="([^"]*)"', html)
    assert targets and all(t.startswith("https://www.overijssel.nl/") for t in targets), targets
    assert "<img" not in html
    assert "evil" not in html and "203.0.113.7" not in html and "198.51.100.23" not in html
    assert "[naam]" in html  # the tags still read as tags


def test_markdown_marks_unsure_spots_for_the_editor(tmp_path: Path) -> None:
    out = tmp_path / "draft.md"
    text = "ik zat naast Brindlewick en [naam] in de bus"
    marked = row(text, marks=((13, 24),))
    doc = dataclasses.replace(document([marked, row("Niets onzekers.")]), marks=1)
    writer("md")(doc, out)
    draft = out.read_text("utf-8")
    assert "> ik zat naast **[controleer: Brindlewick]** en [naam] in de bus" in draft
    assert "- Plekken om na te kijken: 1" in draft
    assert "Een redacteur kijkt naar elke markering voordat er iets wordt gepubliceerd" in draft
    assert "> Niets onzekers." in draft


def test_markdown_marks_in_english(tmp_path: Path) -> None:
    out = tmp_path / "draft.md"
    doc = document([row("with Brindlewick", marks=((5, 16),))], "en")
    writer("md")(doc, out)
    assert "> with **[check: Brindlewick]**" in out.read_text("utf-8")


def test_number_answers_are_binned() -> None:
    counts = md_format.counts_of("number", [str(n) for n in range(16, 90)])
    assert len(counts) <= 11
    assert sum(c for _, c in counts) == 74
    assert md_format.counts_of("scale", ["10", "2", "2", "x"]) == [("2", 2), ("10", 1), ("x", 1)]


def only_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_atomic_path_leaves_nothing_on_error(tmp_path: Path) -> None:
    out = tmp_path / "export.csv"
    with pytest.raises(RuntimeError), atomic_path(out) as temporary:
        temporary.write_text("half")
        raise RuntimeError("boom")
    assert only_files(tmp_path) == []


def test_atomic_path_replaces_old_file_only_on_success(tmp_path: Path) -> None:
    out = tmp_path / "export.csv"
    out.write_text("old")
    with pytest.raises(RuntimeError), atomic_path(out) as temporary:
        temporary.write_text("new but broken")
        raise RuntimeError("boom")
    assert out.read_text() == "old"
    with atomic_path(out) as temporary:
        temporary.write_text("new")
    assert out.read_text() == "new"
    assert only_files(tmp_path) == ["export.csv"]


def test_atomic_directory(tmp_path: Path) -> None:
    target = tmp_path / "x_files"
    with pytest.raises(RuntimeError), atomic_directory(target) as temporary:
        (temporary / "a.png").write_bytes(b"1")
        raise RuntimeError("boom")
    assert only_files(tmp_path) == []
    target.mkdir()
    (target / "old.png").write_bytes(b"0")
    with atomic_directory(target) as temporary:
        (temporary / "new.png").write_bytes(b"1")
    assert only_files(target) == ["new.png"]
    assert only_files(tmp_path) == ["x_files"]


class ExplodingRow(ExportRow):
    __slots__ = ()

    def cells(self) -> tuple[str | int, ...]:
        raise RuntimeError("disk full, say")

    def as_json(self) -> dict[str, str | int | None]:
        raise RuntimeError("disk full, say")


@pytest.mark.parametrize("format_name", ["csv", "jsonl", "xlsx"])
def test_failing_writer_leaves_no_file(tmp_path: Path, format_name: str) -> None:
    good = row("Eerlijk.")
    bad = ExplodingRow(**{f: getattr(good, f) for f in ExportRow.__slots__})
    out = tmp_path / f"export.{format_name}"
    with pytest.raises(RuntimeError):
        writer(format_name)(document([good] * 50 + [bad]), out)
    assert only_files(tmp_path) == []


def test_failing_chart_leaves_no_markdown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(title: str, counts: list[tuple[str, int]], path: Path) -> None:
        path.write_bytes(b"half a png")
        raise RuntimeError("matplotlib broke")

    monkeypatch.setattr(md_format, "bar_chart", broken)
    with pytest.raises(RuntimeError):
        writer("md")(document(mixed_rows()), tmp_path / "draft.md")
    assert only_files(tmp_path) == []


def test_chart_is_a_png(tmp_path: Path) -> None:
    path = tmp_path / "c.png"
    charts.bar_chart("Vraag?", [("Ja", 3), ("Nee", 0)], path)
    assert path.read_bytes()[:4] == b"\x89PNG"
