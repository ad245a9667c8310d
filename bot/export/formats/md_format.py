"""Markdown draft for the editors of the verhalenreeks.

Per question: the number of answers; for closed questions (choice, multi, scale, number) a
table of counts and a bar chart; for open questions the scrubbed quotes as blockquotes with
the respondent's label and released demographics. Charts are PNG files in a folder
``<name>_files/`` beside the ``.md`` (relative links, so the pair can be zipped or opened in
any Markdown editor). The folder is only made when there is a chart.

What citizens wrote never becomes a link, an image or HTML in the draft: link and image
syntax is escaped, and host names and IP addresses that are not on the allowed list (public
bodies, the programme's own sites) are replaced by ``[link]`` even where the scrubber left
them. Spots the scrubber was unsure about stand as ``**[controleer: woord]**``.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from urllib.parse import quote

from bot.export.atomic import atomic_directory, atomic_path
from bot.export.document import ExportDocument, ExportRow
from bot.export.formats.charts import bar_chart
from bot.export.formats.summary import facts, scrubbed
from bot.export.labels import SUMMARY, SUPPRESSED, TAGS
from bot.export.scrub.rules.contact import find_urls

CLOSED_TYPES = frozenset({"choice", "multi", "scale", "number"})
_MAX_BARS = 15
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_<>|~])")
_LINK_SYNTAX = re.compile(r"!(?=\[)|\](?=[(\[:])")
"""An image's "![" and a link's "](", "][" or "]:" (a reference definition)."""
_LEADING_HASH = re.compile(r"^(\s*)#", re.MULTILINE)
_SLUG = re.compile(r"[^a-z0-9]+")


def escape(text: str) -> str:
    """Backslash-escape what would turn an answer into HTML, code, emphasis, a table, a
    heading, a link or an image; a lone pair of square brackets stays, so the tags read
    "[naam]" in the raw file too."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    escaped = _LINK_SYNTAX.sub(lambda m: "\\" + m.group(0), escaped)
    return _LEADING_HASH.sub(r"\1\\#", escaped)


def without_hosts(text: str, language: str) -> str:
    """Host names, links and IP addresses not on the allowed list replaced by ``[link]``."""
    tag = TAGS[language]["url"]
    parts = []
    position = 0
    for span in find_urls(text):
        parts.append(text[position : span.start])
        parts.append(tag)
        position = span.end
    parts.append(text[position:])
    return "".join(parts)


def answer_text(text: str, marks: tuple[tuple[int, int], ...], language: str) -> str:
    """An answer as Markdown: escaped, without foreign hosts, unsure spots marked."""
    check = SUMMARY[language]["check"]
    parts = []
    position = 0
    for start, end in sorted(marks):
        if start < position or end > len(text):
            continue
        parts.append(escape(without_hosts(text[position:start], language)))
        parts.append(f"**[{check}: {escape(text[start:end])}]**")
        position = end
    parts.append(escape(without_hosts(text[position:], language)))
    return "".join(parts)


def files_dir(out: Path) -> Path:
    return out.with_name(f"{out.stem}_files")


def _number(value: str) -> float | None:
    try:
        return float(value.replace(",", "."))
    except ValueError:
        return None


def counts_of(question_type: str, answers: list[str]) -> list[tuple[str, int]]:
    """Answer counts in display order: options by frequency, numbers in numeric order."""
    values = [a.strip() for a in answers if a.strip()]
    if question_type == "multi":
        values = [part.strip() for a in values for part in a.split(";") if part.strip()]
    counter = Counter(values)
    if question_type not in {"scale", "number"}:
        return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    numeric = {v: _number(v) for v in counter}
    if question_type == "number" and len(counter) > _MAX_BARS:
        return _bins([n for v in values if (n := numeric[v]) is not None])
    return sorted(counter.items(), key=lambda kv: (numeric[kv[0]] is None, numeric[kv[0]] or 0))


def _bins(numbers: list[float]) -> list[tuple[str, int]]:
    low, high = min(numbers), max(numbers)
    width = max(1, int((high - low) // 10) + 1)
    counter: Counter[int] = Counter(int((n - low) // width) for n in numbers)
    result = []
    for index in range(max(counter) + 1):
        start = int(low) + index * width
        result.append((f"{start}–{start + width - 1}", counter.get(index, 0)))
    return result


def _attribution(row: ExportRow, suppressed: str) -> str:
    """ "Inwoner K7Q2MD · Kampen · 26-40"; suppressed or missing fields are left out."""
    parts = [row.respondent]
    parts += [v for v in (row.municipality, row.age_band) if v and v != suppressed]
    return " · ".join(escape(p) for p in parts)


def _quote(row: ExportRow, suppressed: str, language: str) -> list[str]:
    marked = answer_text(row.answer, row.marks, language)
    lines = [f"> {line}" if line.strip() else ">" for line in marked.splitlines()]
    return [*(lines or [">"]), ">", f"> — {_attribution(row, suppressed)}", ""]


def write(document: ExportDocument, out: Path) -> list[Path]:
    words = SUMMARY[document.language]
    questions: dict[str, list[ExportRow]] = {}
    for row in document.rows:
        questions.setdefault(row.question_id, []).append(row)

    intro = words["intro_analyse"] if document.purpose == "analyse" else words["intro"]
    lines = [f"# {escape(words['title'])}: {escape(document.dialogue_id)}", "", intro, ""]
    lines += [f"- {escape(label)}: {escape(str(value))}" for label, value in facts(document)]
    removed = scrubbed(document)
    summary = ", ".join(f"{count} {escape(name)}" for name, count in removed) or words["none"]
    lines += [f"- {escape(words['scrubbed'])}: {summary}", ""]
    if document.marks:
        lines += [words["marks_note"], ""]

    charts: list[tuple[str, str, list[tuple[str, int]]]] = []
    folder = files_dir(out)
    for number, (question_id, rows) in enumerate(questions.items(), start=1):
        latest = max(rows, key=lambda r: r.version)
        question_type = latest.type
        count = len(rows)
        heading = words["answer_for_question"] if count == 1 else words["answers_for_question"]
        lines += [f"## {number}. {escape(latest.question)}", "", f"_{heading.format(n=count)}_", ""]
        if question_type in CLOSED_TYPES:
            counts = counts_of(question_type, [r.answer for r in rows])
            png = f"q{number:02d}-{_SLUG.sub('-', question_id.lower()).strip('-') or 'vraag'}.png"
            charts.append((png, latest.question, counts))
            link = quote(f"{folder.name}/{png}")
            lines += [f"![{escape(words['chart_alt'])}]({link})", ""]
            lines += [f"| {escape(words['option'])} | {escape(words['count'])} |", "| --- | ---: |"]
            lines += [f"| {escape(label)} | {value} |" for label, value in counts]
            lines.append("")
        else:
            lines += [f"### {escape(words['quotes'])}", ""]
            quotes = [r for r in rows if r.answer.strip()]
            for row in quotes:
                lines += _quote(row, SUPPRESSED[document.language], document.language)
            if not quotes:
                lines += [words["no_quotes"], ""]
    text = "\n".join(lines).rstrip("\n") + "\n"

    if not charts:
        with atomic_path(out) as temporary:
            temporary.write_text(text, encoding="utf-8")
        return []
    with atomic_directory(folder) as temporary_folder, atomic_path(out) as temporary:
        for png, title, counts in charts:
            bar_chart(title, counts, temporary_folder / png)
        temporary.write_text(text, encoding="utf-8")
    return [folder / png for png, _, _ in charts]
