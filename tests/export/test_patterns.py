"""The rules' patterns, compiled once per machine: the same patterns, no personal data kept."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.export.scrub.patterns import PatternFile

ROOT = Path(__file__).resolve().parents[2]

PATTERNS = [
    (r"(?i)(?<![\w'’])(?:ik|hij)[ \t]+ben[ \t]+(?P<age>\d{1,3})(?![\w])", 0),
    (r"\b(\w+)@(\w+)\.nl\b", re.IGNORECASE),
    (r"(?P<street>[A-Z]\w+straat)[ \t]+(?P<number>\d+[a-z]?)", 0),
    (r"(?x) \d{4} [ ]? [A-Z]{2}  # a postcode", 0),
    (r"^(?:beste|hoi)[ \t]+(\w+)$", re.MULTILINE | re.IGNORECASE),
    (r"(?:zeventien|zestien|vijftien)(?=[ \t]+jaar)|(?:19|20)\d\d", 0),
]
TEXTS = [
    "Hoi Anouk, ik ben 16 jaar en woon aan de Dorpsstraat 12a.",
    "HIJ BEN 81\nbeste Gerrit\nmail JAN@provincie.nl of 7411 AB",
    "zestien jaar, sinds 2019 in Raalte; Kerkstraat 3",
]


def same(compiled: re.Pattern[str], pattern: str, flags: int) -> None:
    expected = re.compile(pattern, flags)
    assert compiled.pattern == expected.pattern
    assert compiled.flags == expected.flags
    assert compiled.groups == expected.groups
    assert compiled.groupindex == expected.groupindex
    for text in TEXTS:
        found = [(m.span(), m.groups(), m.groupdict()) for m in compiled.finditer(text)]
        wanted = [(m.span(), m.groups(), m.groupdict()) for m in expected.finditer(text)]
        assert found == wanted


def test_patterns_from_the_file_match_as_re_compiles_them(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    first = PatternFile(path)
    for pattern, flags in PATTERNS:
        same(first.compile(pattern, flags), pattern, flags)
    assert first.missed
    first.save()
    assert path.exists() and not first.missed

    second = PatternFile(path)
    for pattern, flags in PATTERNS:
        same(second.compile(pattern, flags), pattern, flags)
    assert not second.missed  # every program came from the file


def test_a_changed_pattern_is_compiled_and_the_old_one_dropped(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    first = PatternFile(path)
    first.compile(r"\bkerk\w*", 0)
    first.compile(r"\bschool\b", 0)
    first.save()

    second = PatternFile(path)
    second.compile(r"\bkerk\w*", 0)
    changed = second.compile(r"\bschool(?:en)?\b", 0)
    assert changed.findall("scholen, school en schoolen") == ["school", "schoolen"]
    assert second.missed
    second.save()
    assert rb"\bschool\b" not in path.read_bytes()
    assert rb"\bschool(?:en)?\b" in path.read_bytes()


@pytest.mark.parametrize(
    "content",
    [b"", b"not marshal at all", b"\x00" * 64],
    ids=["empty", "text", "zeros"],
)
def test_a_file_that_cannot_be_read_is_ignored(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(content)
    file = PatternFile(path)
    for pattern, flags in PATTERNS:
        same(file.compile(pattern, flags), pattern, flags)
    assert file.missed


def test_a_file_of_another_python_is_ignored(tmp_path: Path) -> None:
    import marshal

    path = tmp_path / "patterns.marshal"
    pattern = r"\d{4}[ ]?[A-Z]{2}"
    wrong_program = (0, [1, 2, 3], 0, {}, (None,))  # not this engine's code
    path.write_bytes(marshal.dumps((("2.7.18", 0), {(pattern, 0): wrong_program})))
    file = PatternFile(path)
    same(file.compile(pattern), pattern, 0)
    assert file.missed


def test_a_program_the_engine_refuses_is_compiled_again(tmp_path: Path) -> None:
    import marshal

    from bot.export.scrub.patterns import _ENGINE

    path = tmp_path / "patterns.marshal"
    pattern = r"\d{4}[ ]?[A-Z]{2}"
    broken = (32, [99, 99, 99], 0, {}, (None,))
    path.write_bytes(marshal.dumps((_ENGINE, {(pattern, 0): broken})))
    file = PatternFile(path)
    same(file.compile(pattern), pattern, 0)
    assert file.missed


def test_a_folder_that_cannot_be_written_changes_nothing(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    file = PatternFile(blocked / "patterns.marshal")
    same(file.compile(PATTERNS[0][0]), PATTERNS[0][0], 0)
    file.save()  # no error: the next process compiles again
    assert file.missed


def run_python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


IMPORT = "from bot.export.scrub import KnownPerson, Scrubber, patterns\n"


def test_a_second_process_compiles_none_of_the_rules() -> None:
    run_python(IMPORT + "patterns.save()")  # as every export worker does at its start
    second = run_python(
        IMPORT
        + 'print(patterns.shared.missed, Scrubber(engine=None).scrub("Ik ben Lotte, 15.").text)'
    )
    assert second == "False Ik ben [naam], [leeftijd]."


def test_the_file_holds_no_citizen_s_words() -> None:
    path = run_python(
        IMPORT
        + """scrubber = Scrubber(engine=None)
person = KnownPerson("Zwaantje", "Oosterbeek-Kwakkel", "zwaan_ok")
assert "[naam]" in scrubber.scrub("Groetjes, Zwaantje Oosterbeek-Kwakkel (zwaan_ok)", person).text
patterns.shared.missed = True  # written even when nothing was new
patterns.save()
print(patterns.shared.path)
"""
    )
    content = Path(path).read_bytes()
    assert len(content) > 1_000_000  # the rules' programs are there
    for word in ("Zwaantje", "Oosterbeek", "zwaan_ok"):
        assert word.encode() not in content
        assert word.encode("utf-16-le") not in content


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?<![\w'’])(?:ik|hij)[ \t]+(?:ben|bin)[ \t]+(\d{1,3}|zestien)(?![\w])", re.I),
        (r"\b(\w+)@(\w+)\.nl\b", re.IGNORECASE),
        (r"^(?:beste|hoi)[ \t]+(\w+)$", re.MULTILINE | re.IGNORECASE),
        (r"(?:zeventien|zestien)(?=\s+jaar)|\bsinds\s+((?:19|20)\d\d)\b", re.IGNORECASE),
    ],
)
def test_a_pattern_for_lowered_text_finds_what_the_pattern_finds(pattern: str, flags: int) -> None:
    from bot.export.scrub.patterns import for_lowered_text

    original = re.compile(pattern, flags)
    lowered = for_lowered_text(original)
    assert lowered is not None
    assert not lowered.flags & re.IGNORECASE
    for text in [*TEXTS, "IK BEN ZESTIEN Jaar, Sinds 2019 in Ommen\nHoi Femke"]:
        assert len(text.lower()) == len(text)
        found = [
            (m.span(), [m.span(g) for g in range(1, m.re.groups + 1)])
            for m in lowered.finditer(text.lower())
        ]
        wanted = [
            (m.span(), [m.span(g) for g in range(1, m.re.groups + 1)])
            for m in original.finditer(text)
        ]
        assert found == wanted


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?P<street>[A-Z]\w+straat)[ \t]+(?P<number>\d+)", re.IGNORECASE),  # a capital asked
        (r"\bim(?!\s+\d{1,2}\.[ \t]+[A-ZÄÖÜ])\s+\d+", re.IGNORECASE),
        (r"\bik\s+ben\s+(?-i:Anouk)", re.IGNORECASE),  # case minded inside
        (r"\bik\s+ben\s+(\d+)", 0),  # minds case throughout
        (r"\bGroeten\b", re.IGNORECASE),  # a capital letter: matches only on the real text
    ],
)
def test_a_pattern_that_minds_case_has_none_for_lowered_text(pattern: str, flags: int) -> None:
    from bot.export.scrub.patterns import for_lowered_text

    assert for_lowered_text(re.compile(pattern, flags)) is None


def test_a_case_free_pattern_finds_where_the_pattern_finds() -> None:
    from bot.export.scrub.patterns import CaseFree

    original = re.compile(r"(?i)(?<![\w'’])(?:klas|groep)[ \t]*(\d{1,2}[a-h]?)(?![\w-])")
    case_free = CaseFree(original)
    for text in [
        "Ik zit in KLAS 2C en mijn zus in Groep 8",
        "İlayda zit in klas 3b",  # "İ" lower-cases to two letters: the text itself is searched
        "geen klas hier",
    ]:
        assert case_free.spans(text) == [m.span() for m in original.finditer(text)]
        assert case_free.spans(text, 1) == [m.span(1) for m in original.finditer(text)]
        assert case_free.found(text) == (original.search(text) is not None)
        assert case_free.found(text, 5, 12) == (original.search(text, 5, 12) is not None)


@pytest.mark.parametrize(
    "text", ["aylın zit in klas 2b", "İlayda zit in klas 2b", "ſanne in klas 3a"]
)
def test_a_text_ignorecase_folds_otherwise_is_searched_as_it_is(text: str) -> None:
    from bot.export.scrub.patterns import CaseFree, lowered_alike

    assert lowered_alike(text) is None
    original = re.compile(r"(?i)(?<![\w'’])(?:aylin|ilayda|sanne|klas)(?![\w'’])")
    assert CaseFree(original).spans(text) == [m.span() for m in original.finditer(text)]


@pytest.mark.parametrize(
    "pattern",
    [r"(?i)\x41b", r"(?i)[\u0041-\u005a]+", r"(?i)ab(?s-i:[a-z])", r"(?i)aylın"],
)
def test_a_pattern_with_a_hidden_capital_or_case_turned_off_has_none(pattern: str) -> None:
    from bot.export.scrub.patterns import for_lowered_text

    assert for_lowered_text(re.compile(pattern)) is None
